import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { ReadAheadFile } from './read-ahead';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const openDescriptors = () => readdirSync('/proc/self/fd').length;

describe('a file read with reads ahead', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'cairn-read-ahead-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  async function fileOf(bytes: Buffer): Promise<string> {
    const path = join(folder, 'blob');
    await writeFile(path, bytes);
    return path;
  }

  it('gives the whole file in order to a reader slower than the disk', async () => {
    // Not a multiple of the piece or read size, and many reads: any piece out of order shows.
    const content = randomBytes(1024 * 1024 + 123);
    const reader = await ReadAheadFile.open(await fileOf(content), {
      pieceBytes: 4096,
      piecesPerRead: 3,
      readsInFlight: 3,
    });
    const chunks: Buffer[] = [];
    for await (const chunk of reader) {
      chunks.push(chunk as Buffer);
      if (chunks.length % 16 === 0) await sleep(1);
    }
    const read = Buffer.concat(chunks);
    expect(read.length).toBe(content.length);
    expect(sha256(read)).toBe(sha256(content));
  });

  it('hands a head, then pieces of the size asked for, as a reader of sealed frames wants', async () => {
    const content = randomBytes(12 + 5 * 1000 + 7);
    const reader = await ReadAheadFile.open(await fileOf(content), {
      headBytes: 12,
      pieceBytes: 1000,
      piecesPerRead: 4,
    });
    // Flowing, as the vault pipes it: each piece arrives as it was pushed.
    const chunks: Buffer[] = [];
    reader.on('data', (chunk: Buffer) => chunks.push(chunk));
    await once(reader, 'end');
    expect(chunks.map((chunk) => chunk.length)).toEqual([12, 1000, 1000, 1000, 1000, 1000, 7]);
    expect(Buffer.concat(chunks).equals(content)).toBe(true);
  });

  it('ends at once on an empty file', async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of await ReadAheadFile.open(await fileOf(Buffer.alloc(0))))
      chunks.push(chunk);
    expect(chunks).toEqual([]);
  });

  it('ends where a file cut short after it was opened now ends, for the decipher to refuse', async () => {
    const content = randomBytes(256 * 1024);
    const path = await fileOf(content);
    const reader = await ReadAheadFile.open(path, { pieceBytes: 4096, piecesPerRead: 2 });
    const chunks: Buffer[] = [];
    const iterator = reader[Symbol.asyncIterator]();
    chunks.push((await iterator.next()).value as Buffer);
    await truncate(path, 64 * 1024);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      chunks.push(next.value as Buffer);
    }
    const read = Buffer.concat(chunks);
    expect(read.length).toBeLessThan(content.length);
    expect(read.equals(content.subarray(0, read.length))).toBe(true);
  });

  it('closes its descriptor when the reader goes away halfway, reads still running', async () => {
    const path = await fileOf(randomBytes(2 * 1024 * 1024));
    const before = openDescriptors();
    const reader = await ReadAheadFile.open(path, { readsInFlight: 4 });
    await once(reader, 'readable');
    expect(openDescriptors()).toBe(before + 1);
    reader.destroy();
    await once(reader, 'close');
    expect(openDescriptors()).toBe(before);
  });

  it('refuses a file that is not there when opening, before any stream exists', async () => {
    await expect(ReadAheadFile.open(join(folder, 'missing'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
