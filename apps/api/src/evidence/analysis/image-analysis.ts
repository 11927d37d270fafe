import { bmvbhash } from 'blockhash-core';
import exifr from 'exifr';
import sharp from 'sharp';
import { cleanText } from './clean-text';

/**
 * Images with more pixels than this are not decoded: a small file can declare enormous
 * dimensions (an image bomb) and would take the server's memory. 100 megapixels is past
 * any phone camera.
 */
export const MAX_IMAGE_PIXELS = 100_000_000;
const THUMBNAIL_EDGE = 320;
/** 16×16 blocks: a 256-bit hash. */
const HASH_BITS = 16;

export interface ImageAnalysis {
  width: number | null;
  height: number | null;
  exif: Record<string, string | number>;
  gps: { latitude: number; longitude: number; altitude: number | null } | null;
  thumbnail: Buffer | null;
  phash: string | null;
  /** What could not be read, each step on its own: the rest of the analysis still stands. */
  failures: string[];
}

/** The EXIF fields shown to caseworkers: who made the picture, with what, and when. */
const EXIF_FIELDS = [
  'Make',
  'Model',
  'Software',
  'LensModel',
  'Artist',
  'ImageDescription',
  'DateTimeOriginal',
  'CreateDate',
  'ModifyDate',
  'OffsetTimeOriginal',
  'Orientation',
] as const;

const reason = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 300);

/** A camera's wall-clock time as it wrote it (EXIF times carry no zone of their own). */
function wallTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

async function readExif(content: Buffer): Promise<Pick<ImageAnalysis, 'exif' | 'gps'>> {
  const tags = ((await exifr.parse(content, { tiff: true, exif: true, gps: true })) ??
    {}) as Record<string, unknown>;
  // exifr reports a broken block (an offset past the file's end…) beside what it could read.
  if (Array.isArray(tags.errors) && tags.errors.length > 0) {
    throw new Error(tags.errors.map(reason).join('; '));
  }
  const exif: Record<string, string | number> = {};
  for (const field of EXIF_FIELDS) {
    const value = tags[field];
    if (value instanceof Date && !Number.isNaN(value.getTime())) exif[field] = wallTime(value);
    else if (typeof value === 'number' && Number.isFinite(value)) exif[field] = value;
    else if (typeof value === 'string') {
      const text = cleanText(value, 300);
      if (text) exif[field] = text;
    }
  }
  const { latitude, longitude, GPSAltitude } = tags;
  const gps =
    typeof latitude === 'number' && typeof longitude === 'number'
      ? {
          latitude,
          longitude,
          altitude: typeof GPSAltitude === 'number' ? GPSAltitude : null,
        }
      : null;
  return { exif, gps };
}

/** Decodes the image once into a JPEG thumbnail and its perceptual hash. */
async function readPixels(content: Buffer): Promise<{ thumbnail: Buffer; phash: string }> {
  const image = () => sharp(content, { limitInputPixels: MAX_IMAGE_PIXELS }).rotate();
  const thumbnail = await image()
    .resize(THUMBNAIL_EDGE, THUMBNAIL_EDGE, { fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 80 })
    .toBuffer();
  // The hash is taken on a fixed-size, alpha-flattened copy, so a resized or re-encoded
  // copy of the same picture hashes (nearly) the same.
  const { data, info } = await image()
    .flatten({ background: '#ffffff' })
    .resize(256, 256, { fit: 'fill' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    thumbnail,
    phash: bmvbhash({ width: info.width, height: info.height, data }, HASH_BITS),
  };
}

/**
 * EXIF (location apart), a thumbnail and a perceptual hash of an image. Each part fails on
 * its own: corrupt EXIF still gives a thumbnail, and an image too large to decode still
 * gives its EXIF.
 */
export async function analyseImage(content: Buffer): Promise<ImageAnalysis> {
  const result: ImageAnalysis = {
    width: null,
    height: null,
    exif: {},
    gps: null,
    thumbnail: null,
    phash: null,
    failures: [],
  };
  try {
    Object.assign(result, await readExif(content));
  } catch (error) {
    result.failures.push(`EXIF could not be read: ${reason(error)}`);
  }
  try {
    const meta = await sharp(content, { limitInputPixels: false }).metadata();
    result.width = meta.width ?? null;
    result.height = meta.height ?? null;
    if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_IMAGE_PIXELS) {
      result.failures.push(
        `the image declares ${meta.width}×${meta.height} pixels, more than Cairn decodes: no thumbnail`,
      );
    } else {
      Object.assign(result, await readPixels(content));
    }
  } catch (error) {
    result.failures.push(`the image could not be decoded: ${reason(error)}`);
  }
  return result;
}
