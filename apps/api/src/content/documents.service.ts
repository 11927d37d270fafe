import { Injectable } from '@nestjs/common';
import { titleOf } from '@cairn/content';
import type {
  GuideDocumentKind,
  GuideDocumentListQuery,
  GuideDocumentListView,
  GuideDocumentSummaryView,
  GuideDocumentView,
} from '@cairn/contracts';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import { localeOf, sharedGuideIndex } from './documents-index';
import { findDocument, originOf, toDocumentView } from './guide-documents';
import { defaultSourceAt, kindOfPath } from './organization-guide';

interface DocumentRow {
  path: string;
  kind: GuideDocumentKind;
  title: string | null;
  /** The text, only for a row written before titles were stored. */
  text: string | null;
  problem_count: number;
  has_draft: boolean;
  draft_updated_at: Date | null;
  number: number | null;
  published: boolean | null;
  published_at: Date | null;
}

const latest = (...dates: (Date | null)[]): Date | null =>
  dates.reduce<Date | null>((a, b) => (a && b ? (a > b ? a : b) : (a ?? b)), null);

/** Reading the organisation's guide as an editor: its files a page at a time, and one file with its history. */
@Injectable()
export class DocumentsService {
  constructor(private readonly db: TenantDb) {}

  /**
   * The organisation's rows come from one query without their text (titles and problem
   * counts were stored when each was written); the shared guide's from an index kept in
   * memory. Filtering and paging a few thousand summaries in memory then costs milliseconds.
   */
  async list(query: GuideDocumentListQuery): Promise<GuideDocumentListView> {
    const shared = await sharedGuideIndex();
    const { rows, ownLocale } = await this.db.transaction(async (tx) => ({
      rows: await tx.$queryRaw<DocumentRow[]>`
        SELECT d.path, d.kind, d.title, d.problem_count,
               d.draft_source IS NOT NULL AS has_draft, d.draft_updated_at,
               r.number, r.source IS NOT NULL AS published, r.published_at,
               CASE WHEN d.title IS NULL THEN COALESCE(r.source, d.draft_source) END AS text
        FROM guide_document d
        LEFT JOIN guide_revision r ON r.document_id = d.id AND r.number = d.current_revision`,
      ownLocale: (
        await tx.$queryRaw<{ default_locale: string }[]>`
          SELECT default_locale FROM organization WHERE id = app_org_id()`
      )[0]?.default_locale,
    }));

    const documents = new Map(rows.map((row) => [row.path, row]));
    const all: GuideDocumentSummaryView[] = [];
    for (const path of new Set([...shared.keys(), ...documents.keys()])) {
      const row = documents.get(path);
      const sharedFile = shared.get(path);
      const published = row?.published ?? false;
      all.push({
        path,
        kind: row?.kind ?? sharedFile!.kind,
        locale: localeOf(path),
        title:
          (published || !sharedFile ? storedTitle(row) : undefined) ?? sharedFile?.title ?? path,
        origin: originOf(sharedFile !== undefined, published),
        publishedRevision: published ? (row?.number ?? null) : null,
        hasDraft: row?.has_draft ?? false,
        problemCount: row?.problem_count ?? 0,
        updatedAt:
          latest(row?.draft_updated_at ?? null, row?.published_at ?? null)?.toISOString() ?? null,
      });
    }

    const fits = all.filter(matches(query));
    fits.sort(
      (a, b) =>
        Number(b.locale === ownLocale) - Number(a.locale === ownLocale) ||
        a.locale.localeCompare(b.locale) ||
        a.path.localeCompare(b.path),
    );
    const start = (query.page - 1) * query.pageSize;
    return {
      items: fits.slice(start, start + query.pageSize),
      total: fits.length,
      page: query.page,
      pageSize: query.pageSize,
      locales: [...new Set(all.map((document) => document.locale))].sort(),
    };
  }

  async get(path: string): Promise<GuideDocumentView> {
    const kind = kindOfPath(path, 'query');
    const defaultSource = await defaultSourceAt(path);
    const document = await this.db.transaction((tx) => findDocument(tx, path));
    if (!document && defaultSource === null) throw AppError.notFound('guide file');
    return toDocumentView(path, kind, defaultSource, document);
  }
}

/** A row written before titles were stored is titled from its text, until it is next written. */
function storedTitle(row: DocumentRow | undefined): string | undefined {
  if (!row) return undefined;
  return row.title ?? (row.text === null ? undefined : titleOf(row.path, row.text));
}

function matches(query: GuideDocumentListQuery) {
  const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return (document: GuideDocumentSummaryView): boolean => {
    if (query.locale && query.locale !== document.locale) return false;
    if (query.kind && query.kind !== document.kind) return false;
    if (query.state === 'problems' && document.problemCount === 0) return false;
    if (query.state && query.state !== 'problems' && query.state !== document.origin) return false;
    const haystack = `${document.path} ${document.title}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  };
}
