import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import type { Test } from 'supertest';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a real program (unzip, 7z, sha256sum) and reports how it ended, without throwing. */
export function run(command: string, args: string[], cwd?: string): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Reads a supertest answer's body as bytes, whatever its type. */
export function asBytes(test: Test): Promise<Response & { body: Buffer }> {
  return test.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  }) as unknown as Promise<Response & { body: Buffer }>;
}

/** Writes a ZIP to a fresh folder and unpacks it there with a real tool; returns the folder. */
export async function unpack(
  zip: Buffer,
  passphrase?: string,
): Promise<{ dir: string; result: Ran }> {
  const dir = await mkdtemp(join(tmpdir(), 'cairn-bundle-'));
  await writeFile(join(dir, 'bundle.zip'), zip);
  const out = join(dir, 'out');
  const result =
    passphrase === undefined
      ? await run('unzip', ['-q', 'bundle.zip', '-d', 'out'], dir)
      : await run('7z', ['x', `-p${passphrase}`, '-y', `-o${out}`, 'bundle.zip'], dir);
  return { dir: out, result };
}
