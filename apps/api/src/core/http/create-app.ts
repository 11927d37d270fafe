import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { AppModule } from '../../app.module';
import { AppConfig } from '../config/config.schema';
import { RequestContext } from '../context/request-context';
import { AppError } from '../errors/app-error';
import { sendProblem } from '../errors/problem.filter';
import { PinoNestLogger } from '../logging/logger';
import { registerMultipart } from '../../evidence/multipart-upload';
import { applyBodyLimit } from './body-limit';
import { brokenQueryFields, unstorableFields } from './unstorable-text';

const REQUEST_ID = /^[A-Za-z0-9_.-]{8,100}$/;

/** Builds the HTTP application: Fastify, the request context, and Cairn's modules. */
export async function createApp(
  config: AppConfig,
  logger: Logger,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Sign-ins arrive through the web server: its X-Forwarded-For, and only its, makes
    // `request.ip` the browser's address, which rate limits and the audit log then use.
    trustProxy: config.TRUST_PROXY,
    routerOptions: { maxParamLength: 200 },
    // The router's own refusals (bad encoding, overlong parameter) answer problem+json too.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) =>
      sendProblem(error, request, reply),
    // A caller's request id is kept when it looks like one, so logs can be followed across services.
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config),
    adapter,
    {
      logger: new PinoNestLogger(logger),
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  // Before app.init(), which registers the routes.
  fastify.addHook('onRoute', applyBodyLimit);
  // JSON only: a text body would otherwise reach the handlers as a string.
  fastify.removeContentTypeParser(['text/plain']);
  await registerMultipart(fastify);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  // The net under every route's schema: no string that PostgreSQL cannot store (NUL) or that
  // is not well-formed Unicode reaches a guard, a handler or the database, whatever the route.
  // Node's HTTP parser already refuses NUL in headers, and headers cannot carry surrogates.
  fastify.addHook('preValidation', async (request, reply) => {
    const errors = [
      ...brokenQueryFields(request.url),
      ...unstorableFields('params', request.params),
      ...unstorableFields('query', request.query),
      ...unstorableFields('body', request.body),
    ];
    if (errors.length > 0) {
      sendProblem(AppError.validation(errors), request, reply);
      return reply;
    }
  });
  // After body parsing, so the context survives into the handler, its guards and services.
  fastify.addHook('preHandler', (request, _reply, done) => {
    RequestContext.run({ requestId: String(request.id), ip: request.ip }, done);
  });
  app.enableShutdownHooks();
  await app.init();
  return app;
}
