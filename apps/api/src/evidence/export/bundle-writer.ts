import archiver, { Archiver } from 'archiver';
import zipEncrypted from 'archiver-zip-encrypted';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import { once } from 'node:events';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EvidenceUnreadableError } from '../chunked-cipher';
import type { SealedItem } from '../evidence-vault';
import { BlobMissingError } from '../storage/evidence-store';
import { bundleFileNames } from './bundle-names';
import { bundleReport } from './bundle-report';
import type { BundleItem, BundleSource } from './bundle-source';
import {
  custodyCsv,
  incidentsCsv,
  type ItemOutcome,
  manifestJson,
  sha256Sums,
} from './bundle-texts';

archiver.registerFormat('zip-encrypted', zipEncrypted);
useNativeCrc32();

/**
 * archiver's ZIP writer takes each entry's CRC-32 from the `crc-32` package, in JavaScript:
 * measured on a bundle of 256 MiB, a third of the writer's CPU. Node's own `zlib.crc32`
 * gives the same checksum natively, about three times faster, so the package's `buf` is
 * pointed at it (same arguments: a running checksum as a signed 32-bit seed; same signed
 * result). Every copy of the package that archiver's ZIP writer loads is patched; `unzip`
 * checks each entry's CRC in the bundle tests.
 */
function useNativeCrc32(): void {
  const fromZipStream = createRequire(require.resolve('zip-stream', { paths: [archiverDir()] }));
  const fromCommons = createRequire(fromZipStream.resolve('compress-commons'));
  const fromCrcStream = createRequire(fromCommons.resolve('crc32-stream'));
  for (const load of [fromCommons, fromCrcStream]) {
    const crcModule = load('crc-32') as { buf: (data: Uint8Array, seed?: unknown) => number };
    crcModule.buf = (data, seed) => crc32(data, typeof seed === 'number' ? seed >>> 0 : 0) | 0;
  }
}

function archiverDir(): string {
  return dirname(require.resolve('archiver/package.json'));
}

export interface BundleProgress {
  itemsDone: number;
  bytesDone: number;
}

export interface BundleOptions {
  /** Encrypts every entry with AES-256 (WinZip AE-2), which 7-Zip and bsdtar open. */
  passphrase?: string;
  /** Kept up to date as bytes go out, for a caller that reports progress. */
  progress?: BundleProgress;
  /** Called after each item is in the ZIP. */
  onItem?: (progress: BundleProgress) => Promise<void>;
}

/**
 * What the ZIP writer and each entry hold while the socket drains: a few 64 KiB chunks. More
 * (archiver's default is 1 MiB) keeps chunks alive across more collections of the young
 * generation, and those that survive two are moved to the old one, which only a full
 * collection frees.
 */
const ARCHIVE_BUFFER_BYTES = 256 * 1024;
const ENTRY_BUFFER_BYTES = 256 * 1024;

/** Originals are mostly photos and videos, already compressed: storing them keeps the pace of a copy. */
function newArchive(passphrase: string | undefined): Archiver {
  if (!passphrase) return archiver('zip', { store: true, highWaterMark: ARCHIVE_BUFFER_BYTES });
  return archiver.create(
    'zip-encrypted' as 'zip',
    {
      store: true,
      highWaterMark: ARCHIVE_BUFFER_BYTES,
      encryptionMethod: 'aes256',
      password: passphrase,
    } as archiver.ArchiverOptions,
  );
}

/**
 * An item's plaintext on its way into the ZIP, hashed as it passes. When the stored content
 * fails its integrity check the entry ends where the last good chunk did, instead of the
 * whole bundle failing; the outcome says so and the file is not certified. A plain
 * Transform rather than an async generator: a generator's promises per 64 KiB chunk fill
 * the API's small young generation, and each extra collection can promote chunks in flight.
 */
function checked(
  content: Readable,
  item: BundleItem,
  outcome: ItemOutcome,
  progress: BundleProgress,
): Readable {
  const hash = createHash('sha256');
  const entry = new Transform({
    highWaterMark: ENTRY_BUFFER_BYTES,
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      progress.bytesDone += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      if (outcome.integrity !== 'unreadable') {
        outcome.integrity = hash.digest('hex') === item.sha256 ? 'verified' : 'hash-mismatch';
      }
      done();
    },
  });
  content.once('error', (error) => {
    if (!(error instanceof EvidenceUnreadableError)) {
      entry.destroy(error);
      return;
    }
    outcome.integrity = 'unreadable';
    content.unpipe(entry);
    entry.end();
  });
  entry.once('close', () => content.destroy());
  content.pipe(entry);
  return entry;
}

/**
 * Writes a bundle to out as a ZIP: `originals/` one file at a time as it is decrypted (so
 * memory stays flat whatever the size), then `SHA256SUMS`, `manifest.json`, `custody.csv`,
 * `incidents.csv` and `report.pdf`, which report what each original's check found.
 * Resolves with each item's outcome once out has taken the last byte.
 */
export async function writeBundle(
  source: BundleSource,
  open: (item: SealedItem) => Promise<Readable>,
  out: Writable,
  options: BundleOptions = {},
): Promise<ItemOutcome[]> {
  const archive = newArchive(options.passphrase);
  const done = pipeline(archive, out);
  // Surfaces a broken destination while an entry is being written.
  const ended = done.then(() => {
    throw new Error('The bundle ended before its last entry');
  });
  ended.catch(() => undefined);
  const entryWritten = () => Promise.race([once(archive, 'entry'), ended]);

  const files = source.items.filter((item) => item.sealed);
  const names = bundleFileNames(files.map((item) => item.fileName ?? item.id));
  const pathOf = new Map(files.map((item, index) => [item.id, `originals/${names[index]}`]));
  const outcomes: ItemOutcome[] = [];
  const progress = options.progress ?? { itemsDone: 0, bytesDone: 0 };
  try {
    for (const item of source.items) {
      const outcome: ItemOutcome = { id: item.id, path: null, integrity: 'link' };
      outcomes.push(outcome);
      if (item.sealed) {
        try {
          const content = await open(item.sealed);
          outcome.path = pathOf.get(item.id) ?? null;
          archive.append(checked(content, item, outcome, progress), {
            name: outcome.path ?? item.id,
            date: item.receivedAt,
          });
          await entryWritten();
        } catch (error) {
          if (error instanceof BlobMissingError) outcome.integrity = 'missing';
          else if (error instanceof EvidenceUnreadableError) outcome.integrity = 'unreadable';
          else throw error;
        }
      }
      progress.itemsDone += 1;
      await options.onItem?.(progress);
    }
    const texts: [string, string | Readable][] = [
      ['SHA256SUMS', sha256Sums(source, outcomes)],
      ['manifest.json', manifestJson(source, outcomes)],
      ['custody.csv', custodyCsv(source, outcomes)],
      ['incidents.csv', incidentsCsv(source)],
      ['report.pdf', bundleReport(source, outcomes)],
    ];
    for (const [name, content] of texts) {
      archive.append(content, { name, date: source.generatedAt });
      await entryWritten();
    }
    await archive.finalize();
    await done;
    return outcomes;
  } catch (error) {
    archive.abort();
    out.destroy(error as Error);
    throw error;
  }
}
