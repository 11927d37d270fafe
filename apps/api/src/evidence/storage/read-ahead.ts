import { close, fstat, open, read } from 'node:fs';
import { Readable } from 'node:stream';

interface PendingRead {
  buffer: Buffer;
  expected: number;
  bytes?: number;
  error?: Error;
}

/**
 * A file read in order with several reads in the thread pool at once. Node's file stream
 * has one read in flight and asks for the next only after the last was handled, so a reader
 * that spends its time deciphering and hashing waits for each read in turn: measured on
 * bench/evidence, the export's one thread stood idle almost half of the time. Here the next
 * reads run while a chunk is handled.
 *
 * Each read is small (64 KiB), for glibc maps every block over 128 KiB fresh under the API's
 * settings. The length is taken when the file opens (a blob never changes once stored); a
 * read that comes back short ends the stream there, which the decipher reports as cut short.
 */
export class ReadAheadFile extends Readable {
  private fd: number | undefined;
  private size = 0;
  private issued = 0;
  private readonly queue: PendingRead[] = [];
  private wanted = false;
  private ended = false;
  private inFlight = 0;
  private afterReads: (() => void) | undefined;

  constructor(
    private readonly path: string,
    private readonly chunkBytes = 64 * 1024,
    private readonly depth = 4,
  ) {
    super({ highWaterMark: chunkBytes * depth });
  }

  override _construct(done: (error?: Error | null) => void): void {
    open(this.path, 'r', (error, fd) => {
      if (error) return done(error);
      this.fd = fd;
      fstat(fd, (statError, stats) => {
        if (statError) return done(statError);
        this.size = stats.size;
        done();
      });
    });
  }

  override _read(): void {
    this.wanted = true;
    this.deliver();
  }

  /** Pushes finished reads in file order while the reader wants more, then issues more. */
  private deliver(): void {
    while (this.wanted && !this.ended) {
      const head = this.queue[0];
      if (head && head.bytes === undefined && !head.error) break;
      if (!head && this.issued < this.size) break;
      if (head) this.queue.shift();
      if (head?.error) {
        this.destroy(head.error);
        return;
      }
      if (!head || head.bytes === 0) {
        this.finish();
        return;
      }
      const bytes = head.bytes ?? 0;
      this.wanted = this.push(head.buffer.subarray(0, bytes));
      if (bytes < head.expected) {
        this.finish();
        return;
      }
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
    while (!this.ended && this.queue.length < this.depth && this.issued < this.size) {
      const expected = Math.min(this.chunkBytes, this.size - this.issued);
      const pending: PendingRead = { buffer: Buffer.allocUnsafeSlow(expected), expected };
      this.queue.push(pending);
      this.inFlight += 1;
      read(fd, pending.buffer, 0, expected, this.issued, (error, bytes) => {
        this.inFlight -= 1;
        if (error) pending.error = error;
        else pending.bytes = bytes;
        if (!this.destroyed) this.deliver();
        else if (this.inFlight === 0) this.afterReads?.();
      });
      this.issued += expected;
    }
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
