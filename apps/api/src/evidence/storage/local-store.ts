import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { type FileHandle, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ReadAheadFile } from './read-ahead';
import {
  BlobMissingError,
  EvidenceStore,
  parseBlobKey,
  type ReadLayout,
  StoredBlob,
} from './evidence-store';

const PARTIAL = '.partial-';
/** How much is written between two requests to the disk to take it. */
const WRITEBACK_EVERY_BYTES = 32 * 1024 * 1024;

/**
 * Asks the disk to take what has been written so far every 32 MiB, in the background (libuv's
 * thread pool), so that the flush that ends a large write waits for its last stretch only:
 * without it the kernel keeps the whole file in memory and writes all of it at the end, about
 * 0.7 s per GiB on the machines measured, after every byte has arrived (bench/evidence). It
 * syncs through a descriptor of its own, closed once no sync is running, so the write
 * stream's closing never races one.
 */
class WritebackPacer extends Transform {
  private sinceLast = 0;
  private busy = false;
  private syncing: Promise<void> = Promise.resolve();
  private handle: Promise<FileHandle> | undefined;

  constructor(private readonly path: string) {
    super({ highWaterMark: 256 * 1024 });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.sinceLast += chunk.length;
    if (this.sinceLast >= WRITEBACK_EVERY_BYTES && !this.busy) {
      this.sinceLast = 0;
      this.busy = true;
      this.handle ??= open(this.path, 'r');
      // Only a head start: a failure here shows again in the flush that ends the write.
      this.syncing = this.handle
        .then((handle) => handle.datasync())
        .catch(() => undefined)
        .finally(() => (this.busy = false));
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    void this.release().then(() => done());
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    void this.release().then(() => done(error));
  }

  private async release(): Promise<void> {
    await this.syncing;
    const handle = await this.handle?.catch(() => undefined);
    this.handle = undefined;
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Evidence on the local disk, under one folder per organisation. A blob is written to a
 * partial file, flushed to disk, then renamed into place, so a finished name always holds a
 * whole blob; a partial file left by a crash is swept like any orphan.
 */
export class LocalEvidenceStore implements EvidenceStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private path(key: string): string {
    const parsed = parseBlobKey(key.split(PARTIAL)[0] ?? '');
    if (!parsed) throw new Error(`Not an evidence key: ${key}`);
    return join(this.root, key);
  }

  async write(key: string, content: Readable): Promise<void> {
    const target = this.path(key);
    const partial = `${target}${PARTIAL}${randomBytes(6).toString('hex')}`;
    let file: WriteStream | undefined;
    try {
      await mkdir(join(target, '..'), { recursive: true });
      file = createWriteStream(partial, { flags: 'wx', flush: true, highWaterMark: 1024 * 1024 });
      await pipeline(content, new WritebackPacer(partial), file);
      await rename(partial, target);
      await this.syncFolder(join(target, '..'));
    } catch (error) {
      content.destroy();
      // The pipeline can fail while the partial file's open is still in the thread pool; that
      // open then creates the file after an unlink made at once. The pipeline has destroyed
      // the stream, which closes the file once it is open: the unlink waits for that.
      const opening = file;
      if (opening && !opening.closed)
        await new Promise<void>((closed) => opening.once('close', () => closed()));
      await unlink(partial).catch(() => undefined);
      throw error;
    }
  }

  /** Makes the rename itself survive a power cut. */
  private async syncFolder(folder: string): Promise<void> {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async read(key: string, layout?: ReadLayout): Promise<Readable> {
    return ReadAheadFile.open(this.path(key), layout).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' || error.code === 'ENOTDIR' ? new BlobMissingError(key) : error;
    });
  }

  async delete(key: string): Promise<void> {
    await unlink(this.path(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  async *list(): AsyncIterable<StoredBlob> {
    const folders = await readdir(this.root, { withFileTypes: true }).catch(() => []);
    for (const folder of folders) {
      if (!folder.isDirectory()) continue;
      for (const name of await readdir(join(this.root, folder.name))) {
        const key = `${folder.name}/${name}`;
        const info = await stat(join(this.root, key)).catch(() => undefined);
        if (info?.isFile())
          yield { key, modifiedAt: info.mtime, unfinished: key.includes(PARTIAL) };
      }
    }
  }
}
