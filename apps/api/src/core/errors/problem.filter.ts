import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from './problem';

/** Answers every error raised in Nest's pipeline as problem+json. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(exception, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }
}

/** Shared by the filter and Fastify's error handler (errors before Nest's pipeline). */
export function sendProblem(
  exception: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const answer = toProblem(exception, request.url.split('?')[0] ?? '/');
  if (answer.errorId) {
    request.log.error({ err: exception, errorId: answer.errorId }, 'request failed');
  }
  void reply.status(answer.status).headers(answer.headers).send(JSON.stringify(answer.body));
}
