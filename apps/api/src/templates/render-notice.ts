import {
  fieldMessage,
  REQUIRED_ELEMENTS,
  type NoticeElements,
  type NoticeLocale,
  type NoticeType,
} from '@cairn/contracts';
import { AppError, type FieldError } from '../core/errors/app-error';
import { renderTemplate, type TemplateView } from './notice-template';
import { accuracyStatement, goodFaithStatement } from './statements';

/** Everything a notice may disclose: only what the caseworker chose for it. */
export interface NoticeData {
  noticeType: NoticeType;
  locale: NoticeLocale;
  organizationName: string;
  platformName: string;
  senderName: string;
  /** The day of the notice, in the organisation's time zone (YYYY-MM-DD). */
  date: string;
  elements: NoticeElements;
  urls: string[];
  evidence: { label: string; sha256: string }[];
  platformReference?: string | null;
  sentDate?: string | null;
}

const filled = (value: string | undefined) => value !== undefined && value.trim() !== '';

/** The required elements the data lacks, each named, with the provision that asks for it. */
export function missingElements(data: NoticeData): FieldError[] {
  const missing: FieldError[] = [];
  for (const { element, provision } of REQUIRED_ELEMENTS[data.noticeType]) {
    const present =
      element === 'urls'
        ? data.urls.length > 0
        : element === 'goodFaith' || element === 'accuracyUnderPenalty'
          ? data.elements[element] === true
          : filled(data.elements[element]);
    if (!present)
      missing.push({
        in: 'body',
        field: element === 'urls' ? 'urls' : `elements.${element}`,
        code: 'missingElement',
        params: { element, ...(provision ? { provision } : {}) },
        message: fieldMessage(
          { rule: 'missingElement', params: { element, ...(provision ? { provision } : {}) } },
          'en',
        ),
      });
  }
  return missing;
}

/**
 * Renders a notice, refusing (400, each missing element named) one that lacks what its
 * type requires.
 */
export function renderNotice(
  template: { subject: string; body: string },
  data: NoticeData,
): { subject: string; body: string } {
  const missing = missingElements(data);
  if (missing.length > 0) {
    throw new AppError(
      'validation-failed',
      `The notice cannot be sent without: ${missing.map((error) => error.field).join(', ')}`,
      { errors: missing },
    );
  }
  const { elements } = data;
  const view: TemplateView = {
    organizationName: data.organizationName,
    platformName: data.platformName,
    senderName: data.senderName,
    date: data.date,
    explanation: elements.explanation ?? '',
    copyrightedWork: elements.copyrightedWork ?? '',
    signature: elements.signature ?? '',
    complainantContact: elements.complainantContact ?? '',
    submitterName: elements.submitterName ?? '',
    submitterEmail: elements.submitterEmail ?? '',
    goodFaithStatement: elements.goodFaith
      ? (goodFaithStatement(data.noticeType, data.locale) ?? '')
      : '',
    accuracyStatement: elements.accuracyUnderPenalty
      ? (accuracyStatement(data.noticeType, data.locale) ?? '')
      : '',
    platformReference: data.platformReference ?? '',
    sentDate: data.sentDate ?? '',
    urls: data.urls.map((url) => ({ url })),
    evidence: data.evidence,
  };
  return renderTemplate(template, view);
}

/** Example values for an admin's live preview of a template. */
export function exampleNoticeData(noticeType: NoticeType, locale: NoticeLocale): NoticeData {
  return {
    noticeType,
    locale,
    organizationName: 'Example Helpline',
    platformName: 'Example Platform',
    senderName: 'Alex Caseworker',
    date: new Date().toISOString().slice(0, 10),
    elements: {
      explanation: 'An example explanation of why the content must be removed.',
      copyrightedWork: 'A photograph taken by the person we support.',
      signature: 'Alex Caseworker',
      complainantContact: 'Example Helpline, 1 Example Street, help@example.org',
      submitterName: 'Alex Caseworker',
      submitterEmail: 'alex@example.org',
      goodFaith: true,
      accuracyUnderPenalty: true,
    },
    urls: ['https://example.org/post/1', 'https://example.org/post/2'],
    evidence: [{ label: 'screenshot.png', sha256: 'e3b0c44298fc1c149afbf4c8996fb924' }],
    platformReference: 'REF-1234',
    sentDate: new Date().toISOString().slice(0, 10),
  };
}
