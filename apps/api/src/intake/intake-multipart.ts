import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { AppError } from '../core/errors/app-error';
import { multipartProblem, type MultipartWords } from '../core/http/multipart-problem';
import type { IncomingFile } from '../evidence/evidence-upload.service';

/** A form's text fields: answers need not be long, but a text area holds 20,000 characters. */
const LIMITS = {
  fields: 400,
  // In bytes: 20,000 characters of any script, with room for line endings.
  fieldSize: 100_000,
  parts: 500,
  headerPairs: 20,
  fileSize: Number.MAX_SAFE_INTEGER,
} as const;

/** Shows a name as it can be read in an error, control characters escaped. */
export function printableName(name: string): string {
  return /[\u0000-\u001f\u007f]|[\uD800-\uDFFF]/.test(name)
    ? JSON.stringify(name).slice(1, -1)
    : name;
}

export const bodyError = (field: string, message: string): AppError =>
  AppError.validation([{ in: 'body', field: printableName(field), message }]);

/** What the parser's refusals say to a survivor's form. */
const FORM_WORDS: MultipartWords = {
  notMultipart: 'Send the form as multipart/form-data',
  unreadable: 'The form could not be read to its end',
  tooManyFiles: { field: 'body', message: 'too many files in one form' },
  tooManyParts: 'too many fields in one form',
  badFieldName: 'a field name that cannot be used',
  jsonField: 'send every answer as a plain text field',
};

const parserProblem = (error: unknown): AppError => multipartProblem(error, FORM_WORDS, bodyError);

/** Text fields by name, in the order sent; a repeated name (a multiple choice) keeps each value. */
export type FormFields = Map<string, string[]>;

export interface IntakeParts<G, S> {
  /** The result of the gate, run once the control fields are in. */
  gate: G;
  fields: FormFields;
  /** Each file stored, with the name of the item it was sent under. */
  files: { item: string; staged: S }[];
}

export interface IntakeReading<G, S extends { discard(): Promise<void> }> {
  /** Names of the fields that must come before any file (the form's control fields). */
  isControl(name: string): boolean;
  /**
   * Judges the control fields before any file is stored: throws to refuse the submission,
   * returns what the rest needs (or `skipFiles` to read files without keeping them).
   */
  gate(control: Record<string, string>): Promise<G>;
  skipFiles(gate: G): boolean;
  /** Stores one file; the gate's outcome says which items take files. */
  stage(gate: G, item: string, file: IncomingFile): Promise<S>;
  maxFiles: number;
}

async function drain(stream: Readable): Promise<void> {
  stream.resume();
  if (stream.readableEnded) return;
  await new Promise<void>((resolve, reject) => {
    stream.once('end', resolve);
    stream.once('error', reject);
  });
}

/**
 * Reads a form as a browser sends it (multipart/form-data): its control fields first, then
 * answers and files in any order. The gate runs before the first file is stored, or at the
 * end when none is sent. Anything refused, or a body cut short, discards what was stored.
 */
export async function readIntakeParts<G, S extends { discard(): Promise<void> }>(
  request: FastifyRequest,
  reading: IntakeReading<G, S>,
): Promise<IntakeParts<G, S>> {
  if (!request.isMultipart()) throw parserProblem({ code: 'FST_INVALID_MULTIPART_CONTENT_TYPE' });
  const control: Record<string, string> = {};
  const fields: FormFields = new Map();
  const files: { item: string; staged: S }[] = [];
  let gated: { value: G } | undefined;
  const runGate = async () => (gated ??= { value: await reading.gate(control) }).value;
  try {
    const parts = request.parts({ limits: { ...LIMITS, files: reading.maxFiles } });
    for (;;) {
      const next = await parts.next().catch((error: unknown) => {
        throw parserProblem(error);
      });
      if (next.done) break;
      const part = next.value;
      if (part.type === 'field') {
        const name = part.fieldname;
        if (part.fieldnameTruncated) throw bodyError('body', 'a field name is too long');
        if (part.valueTruncated) throw bodyError(name, 'this answer is too long');
        if (typeof part.value !== 'string')
          throw bodyError(name, 'send every answer as a plain text field');
        if (reading.isControl(name)) {
          if (gated) throw bodyError(name, 'send the form’s control fields before its files');
          if (Object.hasOwn(control, name)) throw bodyError(name, 'sent twice');
          control[name] = part.value;
        } else {
          fields.set(name, [...(fields.get(name) ?? []), part.value]);
        }
        continue;
      }
      // A file input left untouched sends an empty part with no file name.
      if (part.filename === '') {
        await drain(part.file);
        continue;
      }
      const gate = await runGate();
      if (reading.skipFiles(gate)) {
        await drain(part.file);
        continue;
      }
      files.push({
        item: part.fieldname,
        staged: await reading.stage(gate, part.fieldname, {
          content: part.file,
          fileName: part.filename,
          declaredType: part.mimetype || null,
        }),
      });
    }
    return { gate: await runGate(), fields, files };
  } catch (error) {
    await Promise.allSettled(files.map(({ staged }) => staged.discard()));
    throw error;
  }
}
