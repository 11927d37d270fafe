import { createHash, Hash } from 'node:crypto';
import { Transform, TransformCallback } from 'node:stream';
import { AppError } from '../core/errors/app-error';
import { SNIFF_BYTES } from './file-type';

/**
 * Passes an upload's bytes through while counting them against the limit, hashing them
 * and keeping the first few for type detection. Exceeding the limit fails the stream,
 * which stops the upload before the store has kept a byte past it.
 */
export class UploadMeter extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private readonly headParts: Buffer[] = [];
  private headBytes = 0;
  bytes = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      done(
        new AppError(
          'upload-too-large',
          `This organisation takes files up to ${this.maxBytes} bytes`,
          {
            limitBytes: this.maxBytes,
            errors: [{ in: 'body', field: 'file', message: `larger than ${this.maxBytes} bytes` }],
          },
        ),
      );
      return;
    }
    this.hash.update(chunk);
    if (this.headBytes < SNIFF_BYTES) {
      const piece = chunk.subarray(0, SNIFF_BYTES - this.headBytes);
      this.headParts.push(Buffer.from(piece));
      this.headBytes += piece.length;
    }
    done(null, chunk);
  }

  /** The first bytes, for type detection; call once the stream has ended. */
  head(): Buffer {
    return Buffer.concat(this.headParts);
  }

  /** Hex SHA-256 of everything that passed; call once the stream has ended. */
  sha256(): string {
    return this.hash.digest('hex');
  }
}
