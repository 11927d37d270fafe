import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';
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

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  });
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
