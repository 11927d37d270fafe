import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../core/errors/app-error';
import { multipartProblem, type MultipartWords } from '../core/http/multipart-problem';
import type { IncomingFile, StagedEvidence } from './evidence-upload.service';

/**
 * Multipart parsing for uploads. Sizes are not limited by the parser: the upload service
 * counts bytes against the organisation's own limit as they stream.
 */
export async function registerMultipart(fastify: FastifyInstance): Promise<void> {
  await fastify.register(fastifyMultipart, {
    // A few of the socket's 64 KiB chunks in hand, so parsing and storing overlap.
    highWaterMark: 256 * 1024,
    fileHwm: 256 * 1024,
    limits: {
      fileSize: Number.MAX_SAFE_INTEGER,
      files: 2,
      fields: 20,
      fieldSize: 10_000,
      parts: 30,
      headerPairs: 20,
    },
  });
}

const bodyError = (field: string, message: string) =>
  AppError.validation([{ in: 'body', field, message }]);

/** What the parser's refusals say to a caller uploading one file. */
const UPLOAD_WORDS: MultipartWords = {
  notMultipart: 'Send the file as multipart/form-data',
  unreadable: 'The multipart body could not be read to its end',
  tooManyFiles: { field: 'file', message: 'send one file per upload' },
  tooManyParts: 'too many or unexpected parts',
  badFieldName: 'too many or unexpected parts',
  jsonField: 'send each field as plain text',
};

const parserProblem = (error: unknown): AppError =>
  multipartProblem(error, UPLOAD_WORDS, bodyError);

function parseFields<F extends z.ZodType>(schema: F, fields: Record<string, string>): z.output<F> {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  throw AppError.validation(
    parsed.error.issues.map((issue) => ({
      in: 'body' as const,
      field: issue.path.join('.') || 'body',
      message: issue.message,
    })),
  );
}

/**
 * Reads a multipart upload: the text fields, then exactly one file part, which is handed to
 * stage while it streams. The body is still read after the file: a second file, a late
 * field or a body cut short there discards what was staged.
 */
export async function receiveUpload<F extends z.ZodType>(
  request: FastifyRequest,
  upload: { file: string; fields: F },
  stage: (fields: z.output<F>, file: IncomingFile) => Promise<StagedEvidence>,
): Promise<StagedEvidence> {
  if (!request.isMultipart()) throw parserProblem({ code: 'FST_INVALID_MULTIPART_CONTENT_TYPE' });
  const fields: Record<string, string> = {};
  let staged: StagedEvidence | undefined;
  try {
    const parts = request.parts();
    for (;;) {
      const next = await parts.next().catch((error: unknown) => {
        throw parserProblem(error);
      });
      if (next.done) break;
      const part = next.value;
      if (part.type === 'field') {
        if (staged)
          throw bodyError(part.fieldname, `send the fields before the ${upload.file} part`);
        if (Object.hasOwn(fields, part.fieldname)) throw bodyError(part.fieldname, 'sent twice');
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (part.fieldname !== upload.file) {
        throw bodyError(part.fieldname, `the file part must be named ${upload.file}`);
      }
      if (staged) throw bodyError(upload.file, 'send one file per upload');
      staged = await stage(parseFields(upload.fields, fields), {
        content: part.file,
        fileName: part.filename,
        declaredType: part.mimetype || null,
      });
    }
  } catch (error) {
    await staged?.discard();
    throw error;
  }
  if (!staged) throw bodyError(upload.file, `no ${upload.file} part: send the file as one part`);
  return staged;
}
