import { request as httpRequest, IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestApp } from './test-app';

export type Part =
  { name: string; value: string } | { name: string; filename: string; type?: string; data: Buffer };

export const BOUNDARY = 'cairn-test-boundary-7f3a';

/** A multipart/form-data body, built by hand so that tests can cut it anywhere. */
export function multipartBody(parts: Part[], { close = true } = {}): Buffer {
  const pieces: Buffer[] = [];
  for (const part of parts) {
    if ('value' in part) {
      pieces.push(
        Buffer.from(
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`,
        ),
      );
    } else {
      pieces.push(
        Buffer.from(
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\n` +
            `Content-Type: ${part.type ?? 'application/octet-stream'}\r\n\r\n`,
        ),
        part.data,
        Buffer.from('\r\n'),
      );
    }
  }
  if (close) pieces.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(pieces);
}

/** The port of the app's own HTTP server, listening on loopback. */
export async function listeningPort(t: TestApp): Promise<number> {
  const server = t.app.getHttpServer();
  if (!server.listening) await t.app.listen(0, '127.0.0.1');
  return (server.address() as AddressInfo).port;
}

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The whole message arrived (false when the server cut it short). */
  complete: boolean;
}

/** A GET that reports a response cut short instead of failing, for downloads that abort. */
export async function rawGet(t: TestApp, path: string, token: string): Promise<RawAnswer> {
  const port = await listeningPort(t);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, headers: { authorization: `Bearer ${token}` } },
      (res) => {
        const chunks: Buffer[] = [];
        const finish = () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
            complete: res.complete,
          });
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', finish);
        res.on('close', finish);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * Sends an upload whose sender goes away: the headers promise a chunked body, some of it is
 * written, then the connection is destroyed.
 */
export async function abandonedUpload(
  t: TestApp,
  path: string,
  token: string,
  sent: Buffer,
): Promise<void> {
  const port = await listeningPort(t);
  await new Promise<void>((resolve) => {
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      path,
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'transfer-encoding': 'chunked',
      },
    });
    req.on('error', () => resolve());
    req.on('response', () => resolve());
    req.write(sent, () => {
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 300);
    });
  });
}

/** Polls until check passes or the time is up; returns the last value seen. */
export async function eventually<T>(
  read: () => Promise<T>,
  passes: (value: T) => boolean,
  ms = 5_000,
): Promise<T> {
  const until = Date.now() + ms;
  let value = await read();
  while (!passes(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}
