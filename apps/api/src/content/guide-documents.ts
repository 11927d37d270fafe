import type {
  GuideDocumentKind,
  GuideDocumentOrigin,
  GuideDocumentView,
  GuideRevisionView,
} from '@cairn/contracts';
import { titleOf } from '@cairn/content';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import type { GuideDocument, Prisma } from '../generated/prisma/client';

const WITH_HISTORY = {
  draftAuthor: { select: { displayName: true } },
  revisions: {
    orderBy: { number: 'desc' },
    include: { publisher: { select: { displayName: true } } },
  },
} satisfies Prisma.GuideDocumentInclude;

export type DocumentWithHistory = Prisma.GuideDocumentGetPayload<{ include: typeof WITH_HISTORY }>;
type RevisionRow = DocumentWithHistory['revisions'][number];

export function findDocument(tx: Tx, path: string): Promise<DocumentWithHistory | null> {
  return tx.guideDocument.findFirst({ where: { path }, include: WITH_HISTORY });
}

/**
 * The document at a path, locked for the rest of the transaction so that two editors
 * publishing at once get consecutive revision numbers rather than a clash.
 */
export async function lockDocument(tx: Tx, path: string): Promise<GuideDocument | null> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM guide_document WHERE path = ${path} FOR UPDATE`;
  return row ? tx.guideDocument.findUnique({ where: { id: row.id } }) : null;
}

/** The document at a path, created empty when the organisation never touched it, and locked. */
export async function lockOrCreateDocument(
  tx: Tx,
  path: string,
  kind: GuideDocumentKind,
): Promise<GuideDocument> {
  await tx.$executeRaw`
    INSERT INTO guide_document (organization_id, path, kind)
    VALUES (app_org_id(), ${path}, ${kind})
    ON CONFLICT (organization_id, path) DO NOTHING`;
  const row = await lockDocument(tx, path);
  if (!row) throw new Error(`guide_document ${path} vanished after its insert`);
  return row;
}

/** The revision readers see, when the organisation's newest revision has text. */
export function publishedRevision<R extends { number: number; source: string | null }>(
  document: { currentRevision: number | null },
  revisions: R[],
): R | undefined {
  const current = revisions.find((revision) => revision.number === document.currentRevision);
  return current?.source === null ? undefined : current;
}

/** The organisation's text readers see of a document, if it publishes one. */
export async function publishedSource(tx: Tx, document: GuideDocument): Promise<string | null> {
  if (document.currentRevision === null) return null;
  const current = await tx.guideRevision.findFirst({
    where: { documentId: document.id, number: document.currentRevision },
    select: { source: true },
  });
  return current?.source ?? null;
}

export function originOf(isShared: boolean, published: boolean): GuideDocumentOrigin {
  if (!isShared) return 'own';
  return published ? 'override' : 'default';
}

function toRevisionView(row: RevisionRow): GuideRevisionView {
  return {
    number: row.number,
    source: row.source,
    note: row.note,
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: row.publisher.displayName,
    restoredFrom: row.restoredFrom,
  };
}

/** One file as an editor sees it: the shared text, the organisation's text, its draft and history. */
export function toDocumentView(
  path: string,
  kind: GuideDocumentKind,
  defaultSource: string | null,
  document: DocumentWithHistory | null,
): GuideDocumentView {
  const revisions = document?.revisions ?? [];
  const published = document ? publishedRevision(document, revisions) : undefined;
  return {
    path,
    kind,
    origin: originOf(defaultSource !== null, published !== undefined),
    defaultSource,
    published: published ? toRevisionView(published) : null,
    draft:
      document && document.draftSource !== null && document.draftUpdatedAt
        ? {
            source: document.draftSource,
            updatedAt: document.draftUpdatedAt.toISOString(),
            updatedBy: document.draftAuthor?.displayName ?? '',
          }
        : null,
    revisions: revisions.map(toRevisionView),
  };
}

export interface NewRevision {
  /** Null withdraws the organisation's text. */
  source: string | null;
  hidesDefault?: boolean;
  restoredFrom?: number;
  note?: string;
  /** Publishing a draft uses it up. */
  clearDraft?: boolean;
}

/** Adds the next revision of a locked document and makes it the one in effect; answers its number. */
export async function appendRevision(
  tx: Tx,
  document: GuideDocument,
  revision: NewRevision,
): Promise<number> {
  const number = (document.currentRevision ?? 0) + 1;
  const now = new Date();
  await tx.guideRevision.create({
    data: {
      organizationId: document.organizationId,
      documentId: document.id,
      number,
      source: revision.source,
      hidesDefault: revision.hidesDefault ?? false,
      note: revision.note || null,
      restoredFrom: revision.restoredFrom ?? null,
      publishedBy: RequestContext.requireActor().userId,
      publishedAt: now,
    },
  });
  await tx.guideDocument.update({
    where: { id: document.id },
    data: {
      currentRevision: number,
      updatedAt: now,
      // A withdrawal leaves the list to title the file from the draft or the shared text.
      title: revision.source === null ? null : titleOf(document.path, revision.source),
      ...(revision.clearDraft
        ? { draftSource: null, draftUpdatedAt: null, draftUpdatedBy: null, problemCount: 0 }
        : {}),
    },
  });
  return number;
}
