import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { BlobMissingError } from './evidence-store';
import { LocalEvidenceStore } from './local-store';

const org = '0b7c5e52-52b4-4d59-9b7e-7a3f1f1f0001';
const item = '0b7c5e52-52b4-4d59-9b7e-7a3f1f1f0002';
const key = `${org}/${item}`;

/** 40 MiB in 64 KiB pieces, past the point where the store asks the disk to take what it has. */
function* pieces(hash: ReturnType<typeof createHash>, failAfterBytes = Infinity) {
  for (let sent = 0; sent < 40 * 1024 * 1024; sent += 64 * 1024) {
    if (sent >= failAfterBytes) throw new Error('the sender went away');
    const piece = randomBytes(64 * 1024);
    hash.update(piece);
    yield piece;
  }
}

describe('local evidence store', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'cairn-local-store-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('keeps a large write whole, and leaves no partial file beside it', async () => {
    const store = new LocalEvidenceStore(root);
    const sent = createHash('sha256');
    await store.write(key, Readable.from(pieces(sent)));
    const read = createHash('sha256');
    for await (const chunk of await store.read(key)) read.update(chunk as Buffer);
    expect(read.digest('hex')).toBe(sent.digest('hex'));
    expect(await readdir(join(root, org))).toEqual([item]);
  });

  it('keeps nothing of a large write that fails after the disk was asked to take part of it', async () => {
    const store = new LocalEvidenceStore(root);
    const failing = Readable.from(pieces(createHash('sha256'), 36 * 1024 * 1024));
    await expect(store.write(key, failing)).rejects.toThrow('the sender went away');
    expect(await readdir(join(root, org))).toEqual([]);
  });

  it('answers a blob that is not there as missing, before any stream exists', async () => {
    const store = new LocalEvidenceStore(root);
    await expect(store.read(key)).rejects.toBeInstanceOf(BlobMissingError);
  });

  it('keeps nothing of a write whose sender fails at once, while the file is still being opened', async () => {
    const store = new LocalEvidenceStore(root);
    for (let attempt = 0; attempt < 200; attempt += 1) {
      let sent = false;
      const failing = new Readable({
        read() {
          if (!sent) {
            sent = true;
            this.push(Buffer.from(' '));
          } else setTimeout(() => this.destroy(new Error('the sender went away')), attempt % 3);
        },
      });
      await expect(store.write(key, failing)).rejects.toThrow('the sender went away');
      expect(await readdir(join(root, org))).toEqual([]);
    }
  });
});
