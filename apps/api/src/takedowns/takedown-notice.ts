import type { NoticeElements, NoticeLocale, NoticeType } from '@cairn/contracts';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { AppError } from '../core/errors/app-error';
import type { TakedownRequest } from '../generated/prisma/client';
import { renderNotice } from '../templates/render-notice';
import { templateFor } from '../templates/templates.service';

/** The day in the organisation's time zone, as YYYY-MM-DD. */
function dayIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/**
 * The evidence a request cites, each as a label and hash. Only items of the request's case
 * that are not hidden: anything else is refused, naming the field.
 */
export async function citedEvidence(
  tx: Tx,
  caseId: string,
  evidenceIds: string[],
): Promise<{ label: string; sha256: string }[]> {
  if (evidenceIds.length === 0) return [];
  const items = await tx.evidenceItem.findMany({
    where: { id: { in: evidenceIds }, caseId, hiddenAt: null },
    select: { id: true, fileName: true, url: true, title: true, sha256: true },
  });
  const byId = new Map(items.map((item) => [item.id, item]));
  const unknown = evidenceIds.filter((id) => !byId.has(id));
  if (unknown.length > 0)
    throw AppError.validation([
      {
        in: 'body',
        field: 'evidenceIds',
        message: 'Cite only evidence of this case that is not hidden',
      },
    ]);
  return evidenceIds.map((id) => {
    const item = byId.get(id)!;
    // A file is named with its hash; a link (never fetched, so never hashed) by its address.
    const label = item.url
      ? item.title
        ? `${item.title}: ${item.url}`
        : item.url
      : `${item.fileName ?? id} (SHA-256 ${item.sha256 ?? ''})`;
    return { label, sha256: item.sha256 ?? '' };
  });
}

/**
 * Renders a request's notice or letter from the organisation's template: only the URLs,
 * evidence and elements the caseworker chose, never anything else from the case. 400 naming each
 * required element the request lacks.
 */
export async function renderRequest(
  tx: Tx,
  request: Pick<
    TakedownRequest,
    'caseId' | 'noticeType' | 'locale' | 'elements' | 'evidenceIds' | 'createdById'
  > & { urls: { url: string }[] },
  /** The platform's name, or the name a letter's recipient was given (possibly none). */
  recipientName: string,
): Promise<{ subject: string; body: string }> {
  const organization = await tx.organization.findUniqueOrThrow({
    where: { id: RequestContext.organizationId() },
    select: { name: true, timeZone: true },
  });
  const author = request.createdById
    ? await tx.user.findUnique({
        where: { id: request.createdById },
        select: { displayName: true },
      })
    : null;
  const noticeType = request.noticeType as NoticeType;
  const locale = request.locale as NoticeLocale;
  const template = await templateFor(tx, noticeType, locale);
  return renderNotice(template, {
    noticeType,
    locale,
    organizationName: organization.name,
    platformName: recipientName,
    senderName: author?.displayName ?? organization.name,
    date: dayIn(organization.timeZone, new Date()),
    elements: request.elements as NoticeElements,
    urls: request.urls.map((url) => url.url),
    evidence: await citedEvidence(tx, request.caseId, request.evidenceIds),
  });
}
