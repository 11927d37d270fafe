import type { AuthenticityVerdicts, EmailHeadersView } from '@cairn/contracts';
import { authenticate } from 'mailauth';
import { simpleParser, type Attachment } from 'mailparser';
import { cleanText } from './clean-text';
import type { DnsLookup } from './dns-answers';

/** A message's attachments beyond this many are not filed as items (a mail bomb's parts). */
export const MAX_ATTACHMENTS = 50;

export class NotAnEmailError extends Error {
  constructor() {
    super('not an email message: it has none of From, Date, Message-ID or Received headers');
  }
}

export interface ParsedEmail {
  headers: EmailHeadersView;
  attachments: Attachment[];
  /** Attachments past MAX_ATTACHMENTS, left inside the message file only. */
  omittedAttachments: number;
}

/** An address header's text as mailparser gives it (one or several lists). */
function addressText(value: { text: string } | { text: string }[] | undefined): string | null {
  if (!value) return null;
  return cleanText(Array.isArray(value) ? value.map((entry) => entry.text).join(', ') : value.text);
}

/** The headers a caseworker reads to weigh a message, and its attachments. */
export async function parseEmail(raw: Buffer): Promise<ParsedEmail> {
  const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true });
  const lines = parsed.headerLines ?? [];
  const has = (key: string) => lines.some((line) => line.key === key);
  if (!['from', 'date', 'message-id', 'received'].some(has)) throw new NotAnEmailError();
  return {
    headers: {
      from: addressText(parsed.from),
      to: addressText(parsed.to),
      cc: addressText(parsed.cc),
      date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : null,
      messageId: cleanText(parsed.messageId, 1_000),
      subject: cleanText(parsed.subject, 1_000),
      received: lines
        .filter((line) => line.key === 'received')
        .slice(0, 100)
        .flatMap((line) => cleanText(line.line.replace(/^received:\s*/i, ''), 2_000) ?? []),
    },
    attachments: parsed.attachments.slice(0, MAX_ATTACHMENTS),
    omittedAttachments: Math.max(0, parsed.attachments.length - MAX_ATTACHMENTS),
  };
}

const comment = (value: string | false | undefined) => (value ? cleanText(value, 500) : null);

/**
 * DKIM, ARC, SPF and DMARC of the message through the given lookup. SPF is judged for the
 * sending address the Received chain names, as the receiving server saw it. BIMI is left
 * out: it fetches logos over HTTPS, and proves nothing about the message.
 */
export async function checkAuthenticity(
  raw: Buffer,
  lookup: DnsLookup,
): Promise<AuthenticityVerdicts> {
  const result = await authenticate(raw, {
    resolver: lookup,
    trustReceived: true,
    mta: 'cairn',
    disableBimi: true,
  });
  return {
    dkim: (result.dkim.results ?? []).map((row) => ({
      result: dkimResult(row.status),
      comment: comment(row.status.comment),
      domain: cleanText(row.signingDomain, 300),
      selector: cleanText(row.selector, 300),
    })),
    spf: result.spf
      ? {
          result: result.spf.status.result,
          comment: comment(result.spf.status.comment),
          domain: cleanText(result.spf.domain, 300),
        }
      : null,
    arc: result.arc
      ? { result: result.arc.status.result, comment: comment(result.arc.status.comment) }
      : null,
    dmarc: result.dmarc
      ? {
          result: result.dmarc.status.result,
          comment: comment(result.dmarc.status.comment),
          domain: cleanText(result.dmarc.domain, 300),
        }
      : null,
  };
}

/**
 * mailauth reports a signature over a changed body as "neutral", as some mail services
 * do; RFC 6376 (3.7) calls it a bad signature and RFC 8601 (2.7.1) names that "fail",
 * which is what a caseworker weighing a message needs to read.
 */
function dkimResult(status: { result: string; comment?: string | false }): string {
  return status.result === 'neutral' && status.comment === 'body hash did not verify'
    ? 'fail'
    : status.result;
}

/** Whether two checks reached the same verdicts (comments aside: they may word a time). */
export function sameVerdicts(a: AuthenticityVerdicts, b: AuthenticityVerdicts): boolean {
  const results = (v: AuthenticityVerdicts) =>
    JSON.stringify([
      v.dkim.map((row) => [row.domain, row.selector, row.result]),
      v.spf?.result ?? null,
      v.arc?.result ?? null,
      v.dmarc?.result ?? null,
    ]);
  return results(a) === results(b);
}
