import { LoggerService } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import pino, { DestinationStream, Logger } from 'pino';
import { RequestContext } from '../context/request-context';

/**
 * Paths never written to the log: credentials, tokens, and the survivor's personal fields
 * that later domains add (keep this list as those fields appear).
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.token',
  '*.tokenHash',
  '*.email',
  '*.survivor',
  '*.safeContact',
  '*.pseudonym',
  '*.survivorName',
  '*.phone',
  'password',
  'token',
  'email',
];

/** A URL's path: its query string can carry what a caseworker searched for, a survivor's name. */
function pathOf(url: string): string {
  return url.split('?', 1)[0] ?? '/';
}

/** Survivors' routes (the public guide, intake, follow-up): their address is never logged. */
const isSurvivorPath = (path: string): boolean => path.startsWith('/public/');

/** Fastify's request fields, with the path in place of the whole URL. */
function requestFields(request: FastifyRequest): Record<string, unknown> {
  const path = pathOf(request.url);
  return {
    method: request.method,
    path,
    ...(isSurvivorPath(path) ? {} : { remoteAddress: request.ip }),
  };
}

/** The process's logger; tests pass a destination to read what it wrote. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { req: requestFields },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Routes Nest's own log calls (`new Logger(...)` in services) into pino, with the request
 * id of the request they ran for. Fastify's request logs carry it already.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  private fields(context?: string): Record<string, unknown> {
    const reqId = RequestContext.requestId();
    return reqId ? { context, reqId } : { context };
  }

  log(message: unknown, context?: string): void {
    this.logger.info(this.fields(context), String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ ...this.fields(context), trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn(this.fields(context), String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug(this.fields(context), String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace(this.fields(context), String(message));
  }
}
