import { guideFileKindOf, titleOf } from '@cairn/content';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';

/** One imported file as it is to be stored. */
export interface ImportedFile {
  path: string;
  text: string;
  /** Published as the next revision, or kept as the draft. */
  publish: boolean;
  /** Its blocking problems, shown in the file list. */
  problemCount: number;
}

interface LockedRow {
  id: string;
  path: string;
  current_revision: number | null;
  /** The organisation's text readers see now, if any: it keeps the title of a draft's file. */
  published_source: string | null;
}

/**
 * Stores a whole archive in a handful of statements rather than several per file: an
 * Umbrella tree is some 1,500 files, and a round trip each made its import take half a
 * minute. Documents are created and locked together, in path order, so that two imports
 * at once wait for each other rather than deadlock.
 */
export async function storeImportedFiles(tx: Tx, files: readonly ImportedFile[]): Promise<void> {
  if (files.length === 0) return;
  const paths = files.map((file) => file.path);
  // Only files the importer parsed reach here, so each path has a kind.
  const kinds = files.map((file) => guideFileKindOf(file.path)!);
  await tx.$executeRaw`
    INSERT INTO guide_document (organization_id, path, kind)
    SELECT app_org_id(), path, kind FROM unnest(${paths}::text[], ${kinds}::text[]) AS f(path, kind)
    ON CONFLICT (organization_id, path) DO NOTHING`;
  const locked = await tx.$queryRaw<LockedRow[]>`
    SELECT d.id, d.path, d.current_revision, r.source AS published_source
    FROM guide_document d
    LEFT JOIN guide_revision r ON r.document_id = d.id AND r.number = d.current_revision
    WHERE d.path = ANY(${paths}::text[])
    ORDER BY d.path
    FOR UPDATE OF d`;
  const byPath = new Map(locked.map((row) => [row.path, row]));
  const rowOf = (file: ImportedFile) => {
    const row = byPath.get(file.path);
    if (!row) throw new Error(`guide_document ${file.path} vanished after its insert`);
    return row;
  };
  const actor = RequestContext.requireActor().userId;
  const now = new Date();

  const drafts = files.filter((file) => !file.publish);
  if (drafts.length > 0) {
    const rows = drafts.map(rowOf);
    await tx.$executeRaw`
      UPDATE guide_document d
      SET draft_source = f.text, draft_updated_at = ${now}, draft_updated_by = ${actor}::uuid,
          updated_at = ${now}, title = f.title, problem_count = f.problems
      FROM unnest(${rows.map((row) => row.id)}::uuid[], ${drafts.map((f) => f.text)}::text[],
                  ${drafts.map((f, i) => titleOf(f.path, rows[i]!.published_source ?? f.text))}::text[],
                  ${drafts.map((f) => f.problemCount)}::int[]) AS f(id, text, title, problems)
      WHERE d.id = f.id`;
  }

  const published = files.filter((file) => file.publish);
  if (published.length > 0) {
    const rows = published.map(rowOf);
    const ids = rows.map((row) => row.id);
    const numbers = rows.map((row) => (row.current_revision ?? 0) + 1);
    const texts = published.map((file) => file.text);
    await tx.$executeRaw`
      INSERT INTO guide_revision
        (organization_id, document_id, number, source, note, published_by, published_at)
      SELECT app_org_id(), f.id, f.number, f.text, 'Imported', ${actor}::uuid, ${now}
      FROM unnest(${ids}::uuid[], ${numbers}::int[], ${texts}::text[]) AS f(id, number, text)`;
    await tx.$executeRaw`
      UPDATE guide_document d
      SET current_revision = f.number, updated_at = ${now}, title = f.title, problem_count = 0
      FROM unnest(${ids}::uuid[], ${numbers}::int[],
                  ${published.map((f) => titleOf(f.path, f.text))}::text[]) AS f(id, number, title)
      WHERE d.id = f.id`;
  }
}
