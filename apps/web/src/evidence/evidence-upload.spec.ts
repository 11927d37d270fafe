import Busboy from '@fastify/busboy';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVIDENCE_MESSAGES } from './evidence-messages';

jest.mock('server-only', () => ({}));

/** One upload as the fake API saw it: its parts in order, and the file's bytes hashed. */
interface Received {
  parts: string[];
  fileName?: string;
  sha256?: string;
  bytes: number;
  /** How many chunks the browser's side had produced when the file's first byte arrived here. */
  producedAtFirstByte?: number;
}

const CASE_ID = '5b0f4c1e-8a59-4c1b-9d7e-2f0a6c3b1d11';
const BOUNDARY = 'browser-boundary';
const CHUNK = 64 * 1024;

describe('the upload route splitting a form into one API upload per file', () => {
  let server: Server;
  const received: Received[] = [];
  let produced = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const seen: Received = { parts: [], bytes: 0 };
      received.push(seen);
      const parser = Busboy({ headers: request.headers as { 'content-type': string } });
      parser.on('field', (name, value) => seen.parts.push(`${name}=${value}`));
      parser.on('file', (name, stream, fileName) => {
        seen.parts.push(`${name}:${fileName}`);
        seen.fileName = fileName;
        if (fileName === 'refused-early.bin') {
          // As the API does once a file passes the limit: it answers at once and reads no
          // more of this upload (Node discards the rest of the body).
          request.unpipe(parser);
          request.resume();
          response.statusCode = 413;
          response.setHeader('content-type', 'application/problem+json');
          response.end(
            JSON.stringify({
              type: 'about:blank',
              title: 'too large',
              status: 413,
              code: 'upload-too-large',
              limitBytes: 1024,
            }),
          );
          stream.resume();
          return;
        }
        const hash = createHash('sha256');
        stream.on('data', (chunk: Buffer) => {
          seen.producedAtFirstByte ??= produced;
          seen.bytes += chunk.length;
          hash.update(chunk);
        });
        stream.on('end', () => (seen.sha256 = hash.digest('hex')));
      });
      parser.on('finish', () => {
        if (response.headersSent) return;
        response.setHeader('content-type', 'application/json');
        if (seen.fileName === 'too-big.bin') {
          response.statusCode = 413;
          response.end(
            JSON.stringify({
              type: 'about:blank',
              title: 'too large',
              status: 413,
              code: 'upload-too-large',
              limitBytes: 1024,
            }),
          );
          return;
        }
        response.end(JSON.stringify({ id: `item-${received.length}` }));
      });
      request.pipe(parser);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env.API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env.NEXTAUTH_SECRET = 'x'.repeat(32);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    received.length = 0;
    produced = 0;
  });

  /** A browser's multipart body, produced a chunk at a time only as it is read. */
  function browserBody(
    fields: [string, string][],
    files: { name: string; chunks: number; fill: number }[],
  ): ReadableStream<Uint8Array> {
    const pieces: (() => Buffer)[] = [];
    for (const [name, value] of fields)
      pieces.push(() =>
        Buffer.from(
          `--${BOUNDARY}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
        ),
      );
    for (const file of files) {
      pieces.push(() =>
        Buffer.from(
          `--${BOUNDARY}\r\ncontent-disposition: form-data; name="files"; filename="${file.name}"\r\n` +
            'content-type: application/octet-stream\r\n\r\n',
        ),
      );
      for (let index = 0; index < file.chunks; index += 1)
        pieces.push(() => {
          produced += 1;
          return Buffer.alloc(CHUNK, file.fill);
        });
      pieces.push(() => Buffer.from('\r\n'));
    }
    pieces.push(() => Buffer.from(`--${BOUNDARY}--\r\n`));
    let next = 0;
    return new ReadableStream({
      pull(controller) {
        const piece = pieces[next++];
        if (piece) controller.enqueue(new Uint8Array(piece()));
        else controller.close();
      },
    });
  }

  const upload = async (body: ReadableStream<Uint8Array>) => {
    const { uploadFiles } = await import('./evidence-upload');
    return uploadFiles({
      caseId: CASE_ID,
      token: 'token',
      headers: new Headers({ 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }),
      body,
      words: EVIDENCE_MESSAGES.en,
      locale: 'en',
      toInstant: (local) => (local === '2026-03-14T21:30' ? '2026-03-14T20:30:00.000Z' : undefined),
    });
  };

  it('sends each file as its own upload, the fields first, and goes on past a refused one', async () => {
    const outcomes = await upload(
      browserBody(
        [
          ['capturedAt', '2026-03-14T21:30'],
          ['incidentId', ''],
        ],
        [
          { name: 'one.bin', chunks: 2, fill: 1 },
          { name: 'too-big.bin', chunks: 3, fill: 2 },
          { name: 'three.bin', chunks: 1, fill: 3 },
        ],
      ),
    );
    expect(outcomes.map((outcome) => outcome.sentence)).toEqual([
      'one.bin is stored.',
      "too-big.bin was not stored: it is larger than this organisation's limit of 1\u00a0KiB.",
      'three.bin is stored.',
    ]);
    expect(received.map((upload) => upload.parts)).toEqual([
      ['capturedAt=2026-03-14T20:30:00.000Z', 'file:one.bin'],
      ['capturedAt=2026-03-14T20:30:00.000Z', 'file:too-big.bin'],
      ['capturedAt=2026-03-14T20:30:00.000Z', 'file:three.bin'],
    ]);
    const sha = (chunks: number, fill: number) =>
      createHash('sha256')
        .update(Buffer.alloc(chunks * CHUNK, fill))
        .digest('hex');
    expect(received[0]!.sha256).toBe(sha(2, 1));
    expect(received[2]!.sha256).toBe(sha(1, 3));
  });

  it('goes on to the next file when the API refuses one before its end', async () => {
    const outcomes = await upload(
      browserBody(
        [],
        [
          { name: 'refused-early.bin', chunks: 256, fill: 4 },
          { name: 'after.bin', chunks: 1, fill: 5 },
        ],
      ),
    );
    expect(outcomes.map((outcome) => outcome.sentence)).toEqual([
      "refused-early.bin was not stored: it is larger than this organisation's limit of 1\u00a0KiB.",
      'after.bin is stored.',
    ]);
  });

  it('passes a large file on while it is still arriving, rather than holding it first', async () => {
    const chunks = 512; // 32 MiB
    const outcomes = await upload(browserBody([], [{ name: 'video.mp4', chunks, fill: 7 }]));
    expect(outcomes[0]!.stored).toBe(true);
    expect(received[0]!.bytes).toBe(chunks * CHUNK);
    // The API had the first bytes when only a small part of the file had been produced.
    expect(received[0]!.producedAtFirstByte).toBeLessThan(chunks / 4);
  });

  it('says so when a form sends more files than it may, rather than dropping them silently', async () => {
    const { MAX_FILES } = await import('./evidence-upload');
    const files = Array.from({ length: MAX_FILES + 2 }, (_, index) => ({
      name: `shot-${index}.png`,
      chunks: 1,
      fill: index,
    }));
    const outcomes = await upload(browserBody([], files));
    expect(received).toHaveLength(MAX_FILES);
    expect(outcomes.filter((outcome) => outcome.stored)).toHaveLength(MAX_FILES);
    expect(outcomes.at(-1)!.sentence).toBe(
      `Only the first ${MAX_FILES} files were sent. Upload the others again, in a second go.`,
    );
  });

  it('refuses a "captured at" that is not a time, storing nothing', async () => {
    const outcomes = await upload(
      browserBody([['capturedAt', 'last Tuesday']], [{ name: 'a.bin', chunks: 1, fill: 1 }]),
    );
    expect(outcomes.map((outcome) => outcome.sentence)).toEqual([
      'a.bin was not stored: the "captured at" time is not a date and time.',
    ]);
    expect(received).toHaveLength(0);
  });
});
