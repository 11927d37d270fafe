import {
  categoryPlaceOf,
  composeGuideFiles,
  defaultGuideFiles,
  parseContentPath,
  type SourceFile,
} from '@cairn/content';
import type { GuideDocumentKind } from '@cairn/contracts';
import type { Tx } from '../core/database/prisma.service';
import { AppError } from '../core/errors/app-error';

/** What an organisation publishes on top of the shared guide. */
export interface PublishedContent {
  /** Its files readers see, replacing the shared file at the same path or added to the guide. */
  files: SourceFile[];
  /** Shared files it hides from its readers. */
  withdrawn: string[];
}

/**
 * The organisation's published state: the newest revision of each document it has
 * published. Run inside the tenant's transaction; row-level security limits it to the tenant.
 */
export async function publishedContent(tx: Tx): Promise<PublishedContent> {
  const rows = await tx.$queryRaw<
    { path: string; source: string | null; hides_default: boolean }[]
  >`
    SELECT d.path, r.source, r.hides_default
    FROM guide_document d
    JOIN guide_revision r ON r.document_id = d.id AND r.number = d.current_revision
    ORDER BY d.path`;
  return {
    files: rows.flatMap((row) =>
      row.source === null ? [] : [{ path: row.path, text: row.source }],
    ),
    withdrawn: rows.filter((row) => row.hides_default).map((row) => row.path),
  };
}

/** The organisation's guide as its readers see it, every file with the text they read. */
export async function readersGuide(tx: Tx): Promise<SourceFile[]> {
  const published = await publishedContent(tx);
  return composeGuideFiles(await defaultGuideFiles(), published.files, published.withdrawn);
}

/** The shared guide's text at a path, if it has a file there. */
export async function defaultSourceAt(path: string): Promise<string | null> {
  return (await defaultGuideFiles()).find((file) => file.path === path)?.text ?? null;
}

/**
 * The kind of file a path names. The contract only bounds a path's characters; a path
 * the guide could never hold is refused as a field error, before anything is stored.
 */
export function kindOfPath(path: string, location: 'body' | 'query'): GuideDocumentKind {
  if (categoryPlaceOf(path)) return 'category';
  const place = parseContentPath(path);
  if ('error' in place) {
    throw AppError.validation([{ in: location, field: 'path', message: place.error }]);
  }
  return place.kind;
}
