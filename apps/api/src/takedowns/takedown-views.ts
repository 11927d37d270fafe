import type {
  NoticeElements,
  NoticeLocale,
  ReportChannel,
  SentNoticeType,
  TakedownRecipientKind,
  TakedownStatus,
  TakedownView,
  UrlOutcome,
} from '@cairn/contracts';
import type { Tx } from '../core/database/prisma.service';
import { AppError } from '../core/errors/app-error';
import type { TakedownReply, TakedownRequest, TakedownUrl } from '../generated/prisma/client';
import { personRef } from '../cases/person';

export type TakedownRow = TakedownRequest & { urls: TakedownUrl[]; replies: TakedownReply[] };

export const TAKEDOWN_INCLUDE = {
  urls: { orderBy: { position: 'asc' } },
  replies: { orderBy: { receivedAt: 'asc' } },
} as const;

/** A request of this case, or 404 (another case's or another tenant's id included). */
export async function requireTakedown(
  tx: Tx,
  caseId: string,
  takedownId: string,
): Promise<TakedownRow> {
  const row = await tx.takedownRequest.findFirst({
    where: { id: takedownId, caseId },
    include: TAKEDOWN_INCLUDE,
  });
  if (!row) throw AppError.notFound('takedown request');
  return row;
}

/**
 * The request, locked for the rest of the transaction: two people approving (or recording)
 * at once take turns, and the second sees what the first did, so nothing is sent twice.
 */
export async function lockTakedown(
  tx: Tx,
  caseId: string,
  takedownId: string,
): Promise<TakedownRow> {
  await tx.$queryRaw`
    SELECT id FROM takedown_request
    WHERE id = ${takedownId}::uuid AND case_id = ${caseId}::uuid
    FOR UPDATE`;
  return requireTakedown(tx, caseId, takedownId);
}

type People = Map<string, { id: string; displayName: string }>;

/** The display names of the staff who acted on these requests. */
export async function peopleOf(tx: Tx, rows: TakedownRequest[]): Promise<People> {
  const ids = new Set<string>();
  for (const row of rows)
    for (const id of [row.createdById, row.submittedById, row.approvedById]) if (id) ids.add(id);
  const users = await tx.user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, displayName: true },
  });
  return new Map(users.map((user) => [user.id, user]));
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toTakedownView(
  row: TakedownRow,
  platform: { id: string; name: string } | null,
  people: People,
  canApprove: boolean,
): TakedownView {
  const person = (id: string | null) => personRef(id ? people.get(id) : null);
  return {
    id: row.id,
    caseId: row.caseId,
    recipientKind: row.recipientKind as TakedownRecipientKind,
    platform,
    recipientName: row.recipientName,
    noticeType: row.noticeType as SentNoticeType,
    locale: row.locale as NoticeLocale,
    status: row.status as TakedownStatus,
    channel: row.channel as ReportChannel,
    recipientAddress: row.recipientAddress,
    urls: row.urls.map((url) => ({ id: url.id, url: url.url, outcome: url.outcome as UrlOutcome })),
    evidenceIds: row.evidenceIds,
    elements: row.elements as NoticeElements,
    subject: row.subject,
    body: row.body,
    messageId: row.messageId,
    platformReference: row.platformReference,
    outcomeNote: row.outcomeNote,
    createdBy: person(row.createdById),
    createdAt: row.createdAt.toISOString(),
    submittedBy: person(row.submittedById),
    submittedAt: iso(row.submittedAt),
    approvedBy: person(row.approvedById),
    approvedAt: iso(row.approvedAt),
    sentAt: iso(row.sentAt),
    acknowledgedAt: iso(row.acknowledgedAt),
    closedAt: iso(row.closedAt),
    replyUnseen: row.replyUnseen,
    replies: row.replies.map((reply) => ({
      id: reply.id,
      evidenceId: reply.evidenceId,
      fromAddress: reply.fromAddress,
      subject: reply.subject,
      receivedAt: reply.receivedAt.toISOString(),
    })),
    canApprove,
  };
}
