import { AppError } from '../errors/app-error';

/** What a route that reads multipart bodies says about each way the parser can refuse one. */
export interface MultipartWords {
  /** For a body that is not multipart at all: "Send the file as multipart/form-data". */
  notMultipart: string;
  /** For a body cut short or malformed: "The form could not be read to its end". */
  unreadable: string;
  tooManyFiles: { field: string; message: string };
  tooManyParts: string;
  badFieldName: string;
  jsonField: string;
}

/**
 * Errors of @fastify/multipart's parser, as the problem a caller reads: the parser's codes
 * decide the kind of refusal, the route's words what it says. An AppError thrown while the
 * parts were read (a route's own check) passes through unchanged.
 */
export function multipartProblem(
  error: unknown,
  words: MultipartWords,
  bodyError: (field: string, message: string) => AppError,
): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new AppError('unsupported-media-type', words.notMultipart);
    case 'FST_FILES_LIMIT':
      return bodyError(words.tooManyFiles.field, words.tooManyFiles.message);
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return bodyError('body', words.tooManyParts);
    case 'FST_PROTO_VIOLATION':
      return bodyError('body', words.badFieldName);
    case 'FST_INVALID_JSON_FIELD_ERROR':
      return bodyError('body', words.jsonField);
    default:
      return new AppError('upload-incomplete', words.unreadable, {
        errors: [{ in: 'body', field: 'body', message: 'not a complete multipart body' }],
      });
  }
}
