import { Injectable } from '@nestjs/common';
import { composeGuideFiles, contentKindOf, defaultGuideFiles, titleOf } from '@cairn/content';
import type {
  GuideDocumentKind,
  GuideDocumentListQuery,
  GuideDocumentSummaryView,
  GuideDocumentView,
} from '@cairn/contracts';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import { findDocument, originOf, toDocumentView } from './guide-documents';
import { defaultSourceAt, kindOfPath } from './organization-guide';

interface DocumentRow {
  path: string;
  kind: GuideDocumentKind;
  draft_source: string | null;
  draft_updated_at: Date | null;
  number: number | null;
  source: string | null;
  hides_default: boolean | null;
  published_at: Date | null;
}

const latest = (...dates: (Date | null)[]): Date | null =>
  dates.reduce<Date | null>((a, b) => (a && b ? (a > b ? a : b) : (a ?? b)), null);

/** Reading the organisation's guide as an editor: every file, and one file with its history. */
@Injectable()
export class DocumentsService {
  constructor(private readonly db: TenantDb) {}

  async list(query: GuideDocumentListQuery): Promise<{ items: GuideDocumentSummaryView[] }> {
    const defaults = new Map((await defaultGuideFiles()).map((file) => [file.path, file.text]));
    const rows = await this.db.transaction(
      (tx) => tx.$queryRaw<DocumentRow[]>`
        SELECT d.path, d.kind, d.draft_source, d.draft_updated_at,
               r.number, r.source, r.hides_default, r.published_at
        FROM guide_document d
        LEFT JOIN guide_revision r ON r.document_id = d.id AND r.number = d.current_revision`,
    );
    const documents = new Map(rows.map((row) => [row.path, row]));
    const readers = composeGuideFiles(
      [...defaults].map(([path, text]) => ({ path, text })),
      rows.flatMap((row) => (row.source === null ? [] : [{ path: row.path, text: row.source }])),
      rows.filter((row) => row.hides_default).map((row) => row.path),
    );

    const items: GuideDocumentSummaryView[] = [];
    for (const path of new Set([...defaults.keys(), ...documents.keys()])) {
      const row = documents.get(path);
      const defaultSource = defaults.get(path) ?? null;
      const kind = row?.kind ?? contentKindOf(path);
      if (!kind) continue;
      const locale = path.split('/')[0] ?? '';
      if ((query.locale && query.locale !== locale) || (query.kind && query.kind !== kind))
        continue;
      const publishedText = row?.source ?? null;
      const published = publishedText !== null;
      const text = publishedText ?? defaultSource ?? row?.draft_source ?? '';
      items.push({
        path,
        kind,
        locale,
        title: titleOf(path, text, readers),
        origin: originOf(defaultSource, published),
        publishedRevision: published ? (row?.number ?? null) : null,
        hasDraft: (row?.draft_source ?? null) !== null,
        updatedAt:
          latest(row?.draft_updated_at ?? null, row?.published_at ?? null)?.toISOString() ?? null,
      });
    }
    return { items: items.sort((a, b) => a.path.localeCompare(b.path)) };
  }

  async get(path: string): Promise<GuideDocumentView> {
    const kind = kindOfPath(path, 'query');
    const defaultSource = await defaultSourceAt(path);
    const document = await this.db.transaction((tx) => findDocument(tx, path));
    if (!document && defaultSource === null) throw AppError.notFound('guide file');
    return toDocumentView(path, kind, defaultSource, document);
  }
}
