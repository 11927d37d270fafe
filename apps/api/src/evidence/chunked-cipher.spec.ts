import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { CHUNK_BYTES, decryptStream, encryptStream, SEALED_LAYOUT } from './chunked-cipher';

const key = randomBytes(32);
const item = '0b7c5e52-52b4-4d59-9b7e-7a3f1f1f0001';
const other = '0b7c5e52-52b4-4d59-9b7e-7a3f1f1f0002';

/** Feeds the bytes in uneven pieces, as a network would. */
function pieces(bytes: Buffer): Readable {
  const parts: Buffer[] = [];
  for (
    let offset = 0, size = 1;
    offset < bytes.length;
    offset += size, size = ((size * 7) % 90_001) + 1
  ) {
    parts.push(bytes.subarray(offset, offset + size));
  }
  return Readable.from(parts);
}

const seal = (plain: Buffer, id = item) => buffer(pieces(plain).pipe(encryptStream(key, id)));
const open = (sealed: Buffer, id = item, withKey = key) =>
  buffer(pieces(sealed).pipe(decryptStream(withKey, id)));

describe('chunked evidence cipher', () => {
  it.each([0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES, 200_001])(
    'opens what it sealed, %i bytes, and hides the plaintext',
    async (size) => {
      const plain = randomBytes(size);
      const sealed = await seal(plain);
      expect((await open(sealed)).equals(plain)).toBe(true);
      if (size > 32) expect(sealed.includes(plain.subarray(0, 32))).toBe(false);
    },
  );

  it('refuses a flipped byte, a cut at a chunk boundary, swapped chunks, another item or key', async () => {
    const plain = randomBytes(3 * CHUNK_BYTES + 10);
    const sealed = await seal(plain);
    const flipped = Buffer.from(sealed);
    flipped[100_000] = (flipped[100_000] ?? 0) ^ 1;
    await expect(open(flipped)).rejects.toThrow(/integrity/);

    const frame = CHUNK_BYTES + 16;
    const header = 12;
    await expect(open(sealed.subarray(0, header + 2 * frame))).rejects.toThrow(/integrity/);

    const swapped = Buffer.concat([
      sealed.subarray(0, header),
      sealed.subarray(header + frame, header + 2 * frame),
      sealed.subarray(header, header + frame),
      sealed.subarray(header + 2 * frame),
    ]);
    await expect(open(swapped)).rejects.toThrow(/integrity/);

    await expect(open(sealed, other)).rejects.toThrow(/integrity/);
    await expect(open(sealed, item, randomBytes(32))).rejects.toThrow(/integrity/);
    await expect(open(Buffer.alloc(0))).rejects.toThrow(/integrity/);
  });

  it.each([
    ['in one piece', (bytes: Buffer) => Readable.from([bytes])],
    [
      'in 1 MiB reads',
      (bytes: Buffer) => {
        const parts: Buffer[] = [];
        for (let offset = 0; offset < bytes.length; offset += 1024 * 1024) {
          parts.push(bytes.subarray(offset, offset + 1024 * 1024));
        }
        return Readable.from(parts);
      },
    ],
  ])('opens what it sealed when the input comes %s, whole frames and all', async (_, feed) => {
    for (const size of [CHUNK_BYTES, 16 * CHUNK_BYTES, 40 * CHUNK_BYTES + 123]) {
      const plain = randomBytes(size);
      const sealed = await buffer(feed(plain).pipe(encryptStream(key, item)));
      expect(sealed.length).toBe(12 + size + 16 * Math.ceil(size / CHUNK_BYTES));
      const opened = await buffer(feed(sealed).pipe(decryptStream(key, item)));
      expect(opened.equals(plain)).toBe(true);
    }
  });

  it('opens content handed in the stored layout, one whole frame a piece, and refuses it cut', async () => {
    /** The header alone, then one sealed frame a piece, as the local store reads it. */
    const inLayout = (sealed: Buffer) => {
      const parts = [sealed.subarray(0, SEALED_LAYOUT.headBytes)];
      for (let at = SEALED_LAYOUT.headBytes; at < sealed.length; at += SEALED_LAYOUT.pieceBytes) {
        parts.push(sealed.subarray(at, at + SEALED_LAYOUT.pieceBytes));
      }
      return Readable.from(parts);
    };
    for (const size of [CHUNK_BYTES, 4 * CHUNK_BYTES, 4 * CHUNK_BYTES + 5]) {
      const plain = randomBytes(size);
      const sealed = await seal(plain);
      const opened = await buffer(inLayout(sealed).pipe(decryptStream(key, item)));
      expect(opened.equals(plain)).toBe(true);
      // Its last whole frame held back as the last: a cut at a frame boundary still fails.
      const cut = sealed.subarray(0, SEALED_LAYOUT.headBytes + 2 * SEALED_LAYOUT.pieceBytes);
      if (cut.length < sealed.length) {
        await expect(buffer(inLayout(cut).pipe(decryptStream(key, item)))).rejects.toThrow(
          /integrity/,
        );
      }
    }
  });

  it('gives out every chunk before a flipped one, and nothing of it or after it', async () => {
    const plain = randomBytes(20 * CHUNK_BYTES);
    const sealed = await seal(plain);
    const frame = CHUNK_BYTES + 16;
    const flipped = Buffer.from(sealed);
    const bad = 12 + 5 * frame + 7;
    flipped[bad] = (flipped[bad] ?? 0) ^ 1;
    const received: Buffer[] = [];
    const opening = Readable.from([flipped]).pipe(decryptStream(key, item));
    opening.on('data', (chunk: Buffer) => received.push(chunk));
    await expect(
      new Promise((resolve, reject) => opening.on('error', reject).on('end', resolve)),
    ).rejects.toThrow(/chunk 5 does not authenticate/);
    const out = Buffer.concat(received);
    expect(out.equals(plain.subarray(0, 5 * CHUNK_BYTES))).toBe(true);
  });
});
