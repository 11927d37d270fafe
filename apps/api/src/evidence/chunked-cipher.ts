import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Transform, TransformCallback } from 'node:stream';
import { noteStreamed } from './transfer-memory';

/**
 * Stored evidence is AES-256-GCM in 64 KiB chunks, so a file of any size is sealed and opened
 * in constant memory and no plaintext leaves the decryptor before its chunk's tag is checked.
 *
 * Layout: `CEV1`, an 8-byte random nonce prefix, then chunks of ciphertext + 16-byte tag.
 * Chunk i's nonce is the prefix followed by i (32 bits, big-endian). Its associated data is
 * the item's id, i and whether it is the last chunk, so a chunk reordered, a file cut short
 * at a chunk boundary, or a blob copied under another item's id all fail to open.
 */
export const CHUNK_BYTES = 64 * 1024;
const TAG_BYTES = 16;
const MAGIC = Buffer.from('CEV1', 'ascii');
const PREFIX_BYTES = 8;
const HEADER_BYTES = MAGIC.length + PREFIX_BYTES;
const MAX_CHUNKS = 2 ** 32;

/** The stored content is not what was sealed for this item: changed, cut, reordered or moved. */
export class EvidenceUnreadableError extends Error {
  constructor(reason: string) {
    super(`Stored evidence failed its integrity check: ${reason}`);
  }
}

function nonce(prefix: Buffer, index: number): Buffer {
  const value = Buffer.alloc(12);
  prefix.copy(value, 0);
  value.writeUInt32BE(index, PREFIX_BYTES);
  return value;
}

function associatedData(itemId: string, index: number, final: boolean): Buffer {
  const position = Buffer.alloc(5);
  position.writeUInt32BE(index, 0);
  position[4] = final ? 1 : 0;
  return Buffer.concat([Buffer.from(`cairn-evidence:${itemId}:`, 'utf8'), position]);
}

/**
 * Base of both directions: gathers input into fixed-size frames and hands a full frame on
 * only once more input arrives, so the last frame is known at flush time.
 *
 * A frame that lies whole inside an input chunk, with more bytes after it, is processed where
 * it lies rather than copied first (S3's reads, a thumbnail sealed at once). The local store
 * reads 64 KiB at a time, so its frames are gathered: a copy costs less than a read buffer of
 * 128 KiB or more, which glibc maps fresh from the kernel for each read under the API's
 * settings.
 * Each frame's output is pushed in its pieces, kept under 128 KiB, which glibc serves from
 * its arenas and reuses; buffers of 1 MiB (tried) come from mmap, are zero-filled by the
 * kernel each time, and gave no gain that showed through the benchmark's noise.
 */
abstract class Framer extends Transform {
  private readonly frame: Buffer;
  private filled = 0;
  protected index = 0;
  private out: Buffer[] = [];

  constructor(frameBytes: number) {
    // Room for a few frames each side, so that each 64 KiB frame does not stall the stream.
    super({ highWaterMark: 4 * frameBytes });
    this.frame = Buffer.allocUnsafe(frameBytes);
  }

  /** The output of one frame, in pieces. */
  protected abstract frameOut(frame: Buffer, final: boolean): Buffer[];

  /** Input read before the frames start (the header); returns how many bytes it took. */
  protected abstract takeHeader(chunk: Buffer): number;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      let offset = this.takeHeader(chunk);
      const size = this.frame.length;
      while (offset < chunk.length) {
        if (this.filled === size) {
          this.next(this.frame, false);
          this.filled = 0;
        }
        if (this.filled === 0 && chunk.length - offset > size) {
          // A whole frame with bytes after it, so not the last: processed in place.
          this.next(chunk.subarray(offset, offset + size), false);
          offset += size;
          continue;
        }
        const count = Math.min(size - this.filled, chunk.length - offset);
        chunk.copy(this.frame, this.filled, offset, offset + count);
        this.filled += count;
        offset += count;
      }
      this.pushOut();
      done();
    } catch (error) {
      // The frames checked before the failing one go on, as they would have one by one.
      this.pushOut();
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.takeHeader(Buffer.alloc(0));
      this.next(this.frame.subarray(0, this.filled), true);
      this.pushOut();
      done();
    } catch (error) {
      // The frames checked before the failing one go on, as they would have one by one.
      this.pushOut();
      done(error as Error);
    }
  }

  /** Output to push with the next; a header or a frame's pieces. */
  protected give(piece: Buffer): void {
    if (piece.length > 0) this.out.push(piece);
  }

  private pushOut(): void {
    const pieces = this.out;
    this.out = [];
    for (const piece of pieces) this.push(piece);
  }

  private next(frame: Buffer, final: boolean): void {
    if (this.index >= MAX_CHUNKS) throw new Error('Evidence larger than the format allows');
    for (const piece of this.frameOut(frame, final)) this.give(piece);
    this.index += 1;
    noteStreamed(frame.length);
  }
}

class Encryptor extends Framer {
  private readonly prefix = randomBytes(PREFIX_BYTES);
  private headerSent = false;

  constructor(
    private readonly key: Buffer,
    private readonly itemId: string,
  ) {
    super(CHUNK_BYTES);
  }

  protected takeHeader(): number {
    if (!this.headerSent) {
      this.give(Buffer.concat([MAGIC, this.prefix]));
      this.headerSent = true;
    }
    return 0;
  }

  protected frameOut(plain: Buffer, final: boolean): Buffer[] {
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce(this.prefix, this.index));
    cipher.setAAD(associatedData(this.itemId, this.index, final));
    return [cipher.update(plain), cipher.final(), cipher.getAuthTag()];
  }
}

class Decryptor extends Framer {
  private header = Buffer.alloc(0);
  private prefix: Buffer | undefined;

  constructor(
    private readonly key: Buffer,
    private readonly itemId: string,
  ) {
    super(CHUNK_BYTES + TAG_BYTES);
  }

  protected takeHeader(chunk: Buffer): number {
    if (this.prefix) return 0;
    const wanted = HEADER_BYTES - this.header.length;
    this.header = Buffer.concat([this.header, chunk.subarray(0, wanted)]);
    if (this.header.length < HEADER_BYTES) {
      if (chunk.length === 0) throw new EvidenceUnreadableError('no header');
      return chunk.length;
    }
    if (!this.header.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw new EvidenceUnreadableError('not an evidence blob');
    }
    this.prefix = this.header.subarray(MAGIC.length);
    return Math.min(wanted, chunk.length);
  }

  protected frameOut(sealed: Buffer, final: boolean): Buffer[] {
    if (!this.prefix || sealed.length < TAG_BYTES) {
      throw new EvidenceUnreadableError('cut short');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.key, nonce(this.prefix, this.index));
    decipher.setAAD(associatedData(this.itemId, this.index, final));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const plain = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
    try {
      decipher.final();
    } catch {
      throw new EvidenceUnreadableError(`chunk ${this.index} does not authenticate`);
    }
    return [plain];
  }
}

/** Seals a plaintext stream for one item under its own key. */
export function encryptStream(key: Buffer, itemId: string): Transform {
  return new Encryptor(key, itemId);
}

/** Opens what encryptStream sealed for the same item and key; errors on any change. */
export function decryptStream(key: Buffer, itemId: string): Transform {
  return new Decryptor(key, itemId);
}
