import { createHash, Hash } from 'node:crypto';
import { Readable, Transform, TransformCallback } from 'node:stream';
import { AppError } from '../core/errors/app-error';
import { SNIFF_BYTES } from './file-type';

/** Buffering between the upload's stages: a few 64 KiB chunks, so they do not stall each other. */
const STREAM_BUFFER_BYTES = 256 * 1024;

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
    super({ highWaterMark: STREAM_BUFFER_BYTES });
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

/** How a sender's stream feeds a meter, and whether it was the sender that failed. */
export interface SenderFeed {
  /** The sender's side broke: a cut connection, a body that ended inside the file. */
  senderFailed(): boolean;
  /** Stops reading the sender after a failure further on, without blaming it. */
  stop(): void;
}

/**
 * Pipes the sender's stream into the meter. Unlike `pipeline`, a failure further on (the
 * store) is not pushed back into the sender's stream, so a failure there is told apart
 * from one of the sender's. A sender that failed or closed before it was fed counts too.
 */
export function feedMeter(source: Readable, meter: UploadMeter): SenderFeed {
  let failed = false;
  let stopped = false;
  const fail = (error: Error) => {
    if (stopped) return;
    failed = true;
    meter.destroy(error);
  };
  source.on('error', fail);
  source.on('close', () => {
    if (!source.readableEnded) fail(new Error('The sender closed the file before its end'));
  });
  if (source.errored) fail(source.errored);
  else if (source.destroyed && !source.readableEnded) {
    fail(new Error('The sender closed the file before its end'));
  } else source.pipe(meter);
  return {
    senderFailed: () => failed,
    stop: () => {
      stopped = true;
      source.unpipe(meter);
      source.destroy();
    },
  };
}
