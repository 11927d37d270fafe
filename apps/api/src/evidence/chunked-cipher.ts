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

/** The layout of stored content: a header, then sealed frames, the last possibly shorter. */
export const SEALED_LAYOUT = { headBytes: HEADER_BYTES, pieceBytes: CHUNK_BYTES + TAG_BYTES };

/**
 * Each frame's nonce and associated data, written into the same two buffers frame after
 * frame: the cipher copies both when it takes them, and a stream of 1 GiB otherwise makes
 * 48,000 small buffers for the collector.
 */
class FrameParameters {
  private readonly nonceBytes = Buffer.alloc(12);
  private readonly aad: Buffer;
  private readonly positionAt: number;

  constructor(prefix: Buffer, itemId: string) {
    prefix.copy(this.nonceBytes, 0);
    const label = Buffer.from(`cairn-evidence:${itemId}:`, 'utf8');
    this.aad = Buffer.alloc(label.length + 5);
    label.copy(this.aad, 0);
    this.positionAt = label.length;
  }

  nonce(index: number): Buffer {
    this.nonceBytes.writeUInt32BE(index, PREFIX_BYTES);
    return this.nonceBytes;
  }

  associatedData(index: number, final: boolean): Buffer {
    this.aad.writeUInt32BE(index, this.positionAt);
    this.aad[this.positionAt + 4] = final ? 1 : 0;
    return this.aad;
  }
}

/**
 * Base of both directions: gathers input into fixed-size frames and hands a full frame on
 * only once more input arrives, so the last frame is known at flush time.
 *
 * A frame that lies whole inside an input chunk is processed where it lies rather than copied
 * first (S3's reads, the local store's, which hands sealed content in frames, a thumbnail
 * sealed at once); when it ends its chunk it is held, by reference, until the next input
 * or the end says whether it is the last. Frames split across chunks are gathered.
 * Each frame's output is pushed in its pieces, kept under 128 KiB, which glibc serves from
 * its arenas and reuses; buffers of 1 MiB (tried) come from mmap, are zero-filled by the
 * kernel each time, and gave no gain that showed through the benchmark's noise.
 */
abstract class Framer extends Transform {
  private readonly frame: Buffer;
  private filled = 0;
  /** A whole frame that ended its input chunk, not yet known to be the last or not. */
  private held: Buffer | undefined;
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
        if (this.held) {
          // Bytes follow the held frame, so it is not the last.
          const held = this.held;
          this.held = undefined;
          this.next(held, false);
        }
        if (this.filled === size) {
          this.next(this.frame, false);
          this.filled = 0;
        }
        if (this.filled === 0 && chunk.length - offset >= size) {
          // A whole frame where it lies: processed now when bytes follow it, else held.
          const whole = chunk.subarray(offset, offset + size);
          offset += size;
          if (offset < chunk.length) this.next(whole, false);
          else this.held = whole;
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
      this.next(this.held ?? this.frame.subarray(0, this.filled), true);
      this.held = undefined;
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
  private readonly parameters: FrameParameters;
  private headerSent = false;

  constructor(
    private readonly key: Buffer,
    itemId: string,
  ) {
    super(CHUNK_BYTES);
    this.parameters = new FrameParameters(this.prefix, itemId);
  }

  protected takeHeader(): number {
    if (!this.headerSent) {
      this.give(Buffer.concat([MAGIC, this.prefix]));
      this.headerSent = true;
    }
    return 0;
  }

  protected frameOut(plain: Buffer, final: boolean): Buffer[] {
    const cipher = createCipheriv('aes-256-gcm', this.key, this.parameters.nonce(this.index));
    cipher.setAAD(this.parameters.associatedData(this.index, final));
    return [cipher.update(plain), cipher.final(), cipher.getAuthTag()];
  }
}

class Decryptor extends Framer {
  private header = Buffer.alloc(0);
  private parameters: FrameParameters | undefined;

  constructor(
    private readonly key: Buffer,
    private readonly itemId: string,
  ) {
    super(CHUNK_BYTES + TAG_BYTES);
  }

  protected takeHeader(chunk: Buffer): number {
    if (this.parameters) return 0;
    const wanted = HEADER_BYTES - this.header.length;
    this.header = Buffer.concat([this.header, chunk.subarray(0, wanted)]);
    if (this.header.length < HEADER_BYTES) {
      if (chunk.length === 0) throw new EvidenceUnreadableError('no header');
      return chunk.length;
    }
    if (!this.header.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw new EvidenceUnreadableError('not an evidence blob');
    }
    this.parameters = new FrameParameters(this.header.subarray(MAGIC.length), this.itemId);
    return Math.min(wanted, chunk.length);
  }

  protected frameOut(sealed: Buffer, final: boolean): Buffer[] {
    if (!this.parameters || sealed.length < TAG_BYTES) {
      throw new EvidenceUnreadableError('cut short');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.key, this.parameters.nonce(this.index));
    decipher.setAAD(this.parameters.associatedData(this.index, final));
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
