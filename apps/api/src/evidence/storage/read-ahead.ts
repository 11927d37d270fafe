import { close, fstat, open, readv } from 'node:fs';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';

interface PendingRead {
  pieces: Buffer[];
  expected: number;
  bytes?: number;
  error?: Error;
}

export interface ReadAheadOptions {
  /** Size of the first buffer handed on, when the file starts with a header of its own. */
  headBytes?: number;
  /** Size of each buffer handed on (after the head). */
  pieceBytes?: number;
  /** Buffers filled by one read of the thread pool. */
  piecesPerRead?: number;
  /** Reads in the thread pool at once. */
  readsInFlight?: number;
}

/**
 * A file read in order with reads in the thread pool ahead of the reader. Node's file stream
 * has one read in flight and asks for the next only after the last was handled, so a reader
 * that spends its time deciphering and hashing waits for each read in turn: measured on
 * bench/evidence, the export's one thread stood idle almost half of the time. Here the next
 * reads run while a chunk is handled.
 *
 * Each buffer is small (64 KiB), for glibc maps every block over 128 KiB fresh under the
 * API's settings; one read fills four of them at once (readv), since each read costs a
 * thread-pool wake-up, which took 7 % of an export's CPU at one read per buffer. The length
 * is taken when the file opens (a blob never changes once stored); a read that comes back
 * short ends the stream there, which the decipher reports as cut short.
 */
const openFile = promisify(open);
const fstatFile = promisify(fstat);

export class ReadAheadFile extends Readable {
  /**
   * Opens the file and takes its length before the stream exists, so that a file that is not
   * there is the caller's rejected promise rather than a stream that errors later.
   */
  static async open(path: string, options: ReadAheadOptions = {}): Promise<ReadAheadFile> {
    // A plain descriptor, not a FileHandle: the reads below are callback readv calls on it.
    const fd = await openFile(path, 'r');
    try {
      const { size } = await fstatFile(fd);
      return new ReadAheadFile(fd, size, options);
    } catch (error) {
      close(fd, () => undefined);
      throw error;
    }
  }

  private fd: number | undefined;
  private readonly size: number;
  private issued = 0;
  private readonly queue: PendingRead[] = [];
  private wanted = false;
  private ended = false;
  private inFlight = 0;
  private afterReads: (() => void) | undefined;
  private readonly headBytes: number;
  private readonly pieceBytes: number;
  private readonly piecesPerRead: number;
  private readonly readsInFlight: number;

  private constructor(fd: number, size: number, options: ReadAheadOptions) {
    const pieceBytes = options.pieceBytes ?? 64 * 1024;
    const piecesPerRead = options.piecesPerRead ?? 4;
    super({ highWaterMark: pieceBytes * piecesPerRead });
    this.fd = fd;
    this.size = size;
    this.headBytes = options.headBytes ?? 0;
    this.pieceBytes = pieceBytes;
    this.piecesPerRead = piecesPerRead;
    this.readsInFlight = options.readsInFlight ?? 2;
  }

  override _read(): void {
    this.wanted = true;
    this.deliver();
  }

  /** Pushes finished reads in file order while the reader wants more, then issues more. */
  private deliver(): void {
    while (this.wanted && !this.ended) {
      const head = this.queue[0];
      if (!head) {
        if (this.issued >= this.size) this.finish();
        break;
      }
      if (head.bytes === undefined && !head.error) break;
      this.queue.shift();
      if (head.error) {
        this.destroy(head.error);
        return;
      }
      let left = head.bytes ?? 0;
      for (const piece of head.pieces) {
        if (left <= 0) break;
        this.wanted = this.push(left >= piece.length ? piece : piece.subarray(0, left));
        left -= piece.length;
      }
      if ((head.bytes ?? 0) < head.expected) this.finish();
    }
    this.issue();
  }

  private finish(): void {
    this.ended = true;
    this.queue.length = 0;
    this.push(null);
  }

  private issue(): void {
    const fd = this.fd;
    if (fd === undefined || this.destroyed) return;
    while (!this.ended && this.queue.length < this.readsInFlight && this.issued < this.size) {
      const pieces: Buffer[] = [];
      let expected = 0;
      while (pieces.length < this.piecesPerRead && this.issued + expected < this.size) {
        const position = this.issued + expected;
        const length = Math.min(this.pieceAt(position), this.size - position);
        pieces.push(Buffer.allocUnsafeSlow(length));
        expected += length;
      }
      const pending: PendingRead = { pieces, expected };
      this.queue.push(pending);
      this.inFlight += 1;
      readv(fd, pieces, this.issued, (error, bytes) => {
        this.inFlight -= 1;
        if (error) pending.error = error;
        else pending.bytes = bytes;
        if (!this.destroyed) this.deliver();
        else if (this.inFlight === 0) this.afterReads?.();
      });
      this.issued += expected;
    }
  }

  /** The length of the piece that starts at position: the head, or a piece after it. */
  private pieceAt(position: number): number {
    if (position < this.headBytes) return this.headBytes - position;
    return this.pieceBytes - ((position - this.headBytes) % this.pieceBytes);
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    this.queue.length = 0;
    this.afterReads = () => {
      const fd = this.fd;
      this.fd = undefined;
      if (fd === undefined) done(error);
      else close(fd, () => done(error));
    };
    // Reads still in the thread pool finish on the descriptor before it closes.
    if (this.inFlight === 0) this.afterReads();
  }
}
