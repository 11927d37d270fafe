import { HttpException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppError } from './app-error';
import { fromDatabase } from './database-errors';
import { describeError, ErrorCode, problemType } from './error-codes';

const invalidJson = (): AppError =>
  new AppError('malformed-body', 'The body is not valid JSON', {
    errors: [{ in: 'body', field: 'body', message: 'not valid JSON' }],
  });

/** Fastify's own errors (raised before our code runs) mapped to Cairn's codes. */
function fromFastify(error: { code?: unknown; statusCode?: unknown }): AppError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return invalidJson();
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('body-too-large', 'The body exceeds the size limit', {
        errors: [{ in: 'body', field: 'body', message: 'too large' }],
      });
    case 'FST_ERR_BAD_URL':
      return new AppError('bad-url', 'The path has an invalid encoding', {
        errors: [
          {
            in: 'params',
            field: 'path',
            message: 'This address has a broken character: part of a symbol was lost',
          },
        ],
      });
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError('uri-too-long', 'A path parameter is too long');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return new AppError(
        'unsupported-media-type',
        'Send JSON with Content-Type: application/json',
      );
    default:
      // The JSON parser throws a SyntaxError marked with status 400.
      if (error instanceof SyntaxError && error.statusCode === 400) return invalidJson();
      return undefined;
  }
}

/**
 * Nest wraps errors raised before our handlers (Fastify's body parser, its router) in an
 * HttpException carrying the status; the only 400s that arrive this way are unreadable bodies.
 */
function fromHttpException(exception: HttpException): AppError {
  switch (exception.getStatus()) {
    case 400:
      return invalidJson();
    case 401:
      return new AppError('unauthenticated');
    case 403:
      return new AppError('forbidden');
    case 404:
      return new AppError('not-found', 'No such route');
    case 413:
      return new AppError('body-too-large', 'The body exceeds the size limit', {
        errors: [{ in: 'body', field: 'body', message: 'too large' }],
      });
    case 415:
      return new AppError(
        'unsupported-media-type',
        'Send JSON with Content-Type: application/json',
      );
    default:
      return new AppError('internal');
  }
}

export interface ProblemAnswer {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown>;
  /** Set for a 500: the id the client sees and the log line carries. */
  errorId?: string;
}

/** Turns anything thrown while serving a request into its RFC 9457 answer. */
export function toProblem(exception: unknown, instance: string): ProblemAnswer {
  let error: AppError | undefined;
  if (exception instanceof AppError) error = exception;
  else if (exception instanceof HttpException) error = fromHttpException(exception);
  else if (exception && typeof exception === 'object')
    error = fromFastify(exception) ?? fromDatabase(exception);

  const code: ErrorCode = error?.code ?? 'internal';
  const { status, title } = describeError(code);
  const body: Record<string, unknown> = { type: problemType(code), title, status, code, instance };
  const headers = { ...(error?.headers ?? {}), 'content-type': 'application/problem+json' };
  if (status >= 500) {
    const errorId = randomUUID();
    body.errorId = errorId;
    return { status, headers, body, errorId };
  }
  if (error?.detail) body.detail = error.detail;
  Object.assign(body, error?.extra);
  return { status, headers, body };
}
