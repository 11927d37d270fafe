import 'server-only';
import Busboy from '@fastify/busboy';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { evidenceRoutes, type FieldLocale } from '@cairn/contracts';
import { readJson } from '../api/api-client';
import { serverEnv } from '../config/env';
import type { EvidenceMessages } from './evidence-messages';
import { uploadRefusal } from './evidence-problems';

/** What became of one file of an upload. */
export interface UploadOutcome {
  fileName: string;
  stored: boolean;
  /** The stored item, to link to. */
  itemId?: string;
  /** A whole sentence for the caseworker. */
  sentence: string;
}

/** Files one form may send; more are refused with a sentence, not silently left out. */
export const MAX_FILES = 100;

/** The text fields the page sends with the files; anything else is not passed on. */
const FIELDS = ['incidentId', 'capturedAt'] as const;
type UploadFieldName = (typeof FIELDS)[number];

/** Field values the browser sent, made into what the API takes (empty means left out). */
export type UploadFields = Partial<Record<UploadFieldName, string>>;

/** The parts before the file and after it, with a boundary the file's bytes are checked against. */
function partsAround(fields: UploadFields, fileName: string, type: string) {
  const boundary = `----cairn-evidence-${randomBytes(16).toString('hex')}`;
  const quoted = (value: string) => value.replace(/[\r\n"\\]/g, (char) => encodeURIComponent(char));
  let head = '';
  for (const name of FIELDS) {
    const value = fields[name];
    if (!value) continue;
    head += `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  }
  head +=
    `--${boundary}\r\ncontent-disposition: form-data; name="${evidenceRoutes.upload.upload!.file}"; ` +
    `filename="${quoted(fileName)}"\r\ncontent-type: ${type.replace(/[\r\n]/g, '') || 'application/octet-stream'}\r\n\r\n`;
  return {
    boundary,
    head: Buffer.from(head, 'utf8'),
    tail: Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
  };
}

/**
 * One upload's body: the parts before the file, the file's bytes as the browser sends them,
 * and the closing boundary. The file is read only as fast as the API takes it. Once the
 * API has answered (it may refuse before the end: over the limit), `stop` lets the rest of
 * the file be read past and dropped, so the browser's form goes on to its next file; the
 * file's stream is never destroyed, which would leave the form's parser waiting forever.
 */
function requestBody(head: Buffer, file: Readable, tail: Buffer) {
  let stopped = false;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    // Ends this request's body, so its connection is not left waiting for the rest.
    try {
      controller?.close();
    } catch {
      // Already closed or errored: nothing is left to end.
    }
    file.resume();
  };
  // Paused first, so that listening for data does not start the flow before it is asked for.
  file.pause();
  const stream = new ReadableStream<Uint8Array>(
    {
      start(started) {
        controller = started;
        started.enqueue(new Uint8Array(head));
        file.on('data', (chunk: Buffer) => {
          if (stopped) return;
          started.enqueue(new Uint8Array(chunk));
          if ((started.desiredSize ?? 0) <= 0) file.pause();
        });
        file.on('end', () => {
          if (stopped) return;
          stopped = true;
          started.enqueue(new Uint8Array(tail));
          started.close();
        });
        file.on('error', (error) => {
          if (!stopped) started.error(error);
        });
      },
      pull() {
        if (!stopped) file.resume();
      },
      cancel() {
        stopped = true;
        file.resume();
      },
    },
    { highWaterMark: 4 },
  );
  return { stream, stop };
}

/**
 * Sends one file to the API as an upload of its own, its bytes passed along as they arrive
 * (never gathered in memory): the browser's stream is read only as fast as the API takes it.
 */
async function forwardOne(
  caseId: string,
  token: string,
  fields: UploadFields,
  file: Readable,
  fileName: string,
  type: string,
): Promise<{ status: number; body: unknown }> {
  const { boundary, head, tail } = partsAround(fields, fileName, type);
  const body = requestBody(head, file, tail);
  const path = evidenceRoutes.upload.path.replace('{id}', caseId);
  const response = await fetch(new URL(path, serverEnv().API_URL), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/json, application/problem+json',
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    body: body.stream,
    // Node's fetch sends a stream only when told the request goes on while the answer comes.
    duplex: 'half',
    cache: 'no-store',
  } as RequestInit & { duplex: 'half' }).catch((error: unknown) => {
    body.stop();
    throw error;
  });
  try {
    return { status: response.status, body: await readJson(response) };
  } finally {
    body.stop();
  }
}

export interface UploadRequest {
  caseId: string;
  token: string;
  headers: Headers;
  body: WebReadableStream<Uint8Array> | ReadableStream<Uint8Array>;
  words: EvidenceMessages;
  locale: FieldLocale;
  /** Turns the "captured at" the page sends (local time in the organisation's zone) into an instant. */
  toInstant: (local: string) => string | undefined;
}

/**
 * Reads a multipart form with one or more files and stores each as an item of its own,
 * one after another, in the order the browser sent them. The fields must come before the
 * files (they do in the page's form). A refused file does not stop the ones after it.
 */
export async function uploadFiles(request: UploadRequest): Promise<UploadOutcome[]> {
  const { caseId, token, words, locale } = request;
  const contentType = request.headers.get('content-type') ?? '';
  const parser = Busboy({
    headers: { 'content-type': contentType },
    limits: { files: MAX_FILES, fields: 10, fieldSize: 1_000, parts: MAX_FILES + 20 },
  });
  const fields: UploadFields = {};
  const outcomes: UploadOutcome[] = [];
  let queue: Promise<void> = Promise.resolve();
  let badTime = false;
  let overLimit = false;
  parser.on('filesLimit', () => (overLimit = true));
  parser.on('partsLimit', () => (overLimit = true));

  parser.on('field', (name, value) => {
    if (name === 'capturedAt' && value.trim()) {
      const instant = request.toInstant(value.trim());
      if (instant) fields.capturedAt = instant;
      else badTime = true;
    } else if (name === 'incidentId' && value.trim()) fields.incidentId = value.trim();
  });
  parser.on('file', (_name, stream, fileName, _encoding, type) => {
    // An empty file input still sends a part, with no name and no bytes.
    if (!fileName) {
      stream.resume();
      return;
    }
    const shown = fileName || words.unnamed;
    // Later files wait in the parser, the browser's stream paused behind them.
    queue = queue.then(async () => {
      if (badTime) {
        stream.resume();
        outcomes.push({
          fileName: shown,
          stored: false,
          sentence: words.uploadRefused(shown, words.badCapturedAt),
        });
        return;
      }
      try {
        const answer = await forwardOne(caseId, token, fields, stream, fileName, type);
        const item = answer.body as { id?: unknown } | undefined;
        if (answer.status >= 200 && answer.status < 300 && typeof item?.id === 'string') {
          outcomes.push({
            fileName: shown,
            stored: true,
            itemId: item.id,
            sentence: words.uploadStored(shown),
          });
        } else {
          outcomes.push({
            fileName: shown,
            stored: false,
            sentence: words.uploadRefused(
              shown,
              uploadRefusal(answer.status, answer.body, words, locale),
            ),
          });
        }
      } catch {
        outcomes.push({
          fileName: shown,
          stored: false,
          sentence: words.uploadRefused(shown, words.unavailable),
        });
      } finally {
        // What the API did not read (it refused early) is read past, to reach the next file.
        stream.resume();
      }
    });
  });

  const finished = new Promise<void>((resolve, reject) => {
    parser.on('finish', resolve);
    parser.on('error', reject);
  });
  const source = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  try {
    await finished;
  } catch {
    // The browser's body broke off: what was whole is stored, the rest is said not to be.
    await queue.catch(() => undefined);
    outcomes.push({
      fileName: words.unnamed,
      stored: false,
      sentence: words.uploadRefused('…', words.fileCut),
    });
    return outcomes;
  }
  await queue;
  // Said rather than dropped: the files past the limit were never sent on.
  if (overLimit) {
    outcomes.push({
      fileName: words.unnamed,
      stored: false,
      sentence: words.tooManyFiles(MAX_FILES),
    });
  }
  return outcomes;
}
