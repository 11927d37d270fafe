import { formText } from '../forms/form-state';

/** The composer's fields, by the API path each fills: the API's errors name them so. */
export const TAKEDOWN_FIELDS = [
  'platformId',
  'noticeType',
  'locale',
  'urls',
  'evidenceIds',
  'elements.explanation',
  'elements.copyrightedWork',
  'elements.signature',
  'elements.complainantContact',
  'elements.submitterName',
  'elements.submitterEmail',
  'elements.goodFaith',
  'elements.accuracyUnderPenalty',
] as const;

const text = (form: FormData, name: string) => formText(form, name).trim();
const optional = (form: FormData, name: string) => text(form, name) || undefined;
/**
 * A ticked box: CaseForm's checkbox sends "true" when ticked and nothing otherwise, so a box
 * is ticked when the form sent it at all, whatever its value.
 */
export const ticked = (form: FormData, name: string): boolean => form.get(name) !== null;

/** One address per line; blank lines are left out. */
export function urlLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The request body the composer's form describes. */
export function takedownInput(form: FormData) {
  return {
    platformId: text(form, 'platformId'),
    noticeType: text(form, 'noticeType'),
    locale: text(form, 'locale') || 'en',
    urls: urlLines(formText(form, 'urls')),
    evidenceIds: form.getAll('evidenceIds').filter((value) => typeof value === 'string'),
    elements: {
      explanation: optional(form, 'elements.explanation'),
      copyrightedWork: optional(form, 'elements.copyrightedWork'),
      signature: optional(form, 'elements.signature'),
      complainantContact: optional(form, 'elements.complainantContact'),
      submitterName: optional(form, 'elements.submitterName'),
      submitterEmail: optional(form, 'elements.submitterEmail'),
      goodFaith: ticked(form, 'elements.goodFaith') || undefined,
      accuracyUnderPenalty: ticked(form, 'elements.accuracyUnderPenalty') || undefined,
    },
  };
}

/** The letter composer's fields, by the API path each fills. */
export const LETTER_FIELDS = [
  'noticeType',
  'recipientAddress',
  'recipientName',
  'locale',
  'urls',
  'evidenceIds',
  'elements.explanation',
] as const;

/**
 * The letter body the letter composer describes. A draft keeps its kind, so a change sends
 * none; an emptied name is cleared.
 */
export function letterInput(form: FormData, change: boolean) {
  return {
    ...(change ? {} : { noticeType: text(form, 'noticeType') }),
    recipientAddress: text(form, 'recipientAddress'),
    recipientName: optional(form, 'recipientName') ?? (change ? null : undefined),
    locale: text(form, 'locale') || 'en',
    urls: urlLines(formText(form, 'urls')),
    evidenceIds: form.getAll('evidenceIds').filter((value) => typeof value === 'string'),
    elements: { explanation: optional(form, 'elements.explanation') },
  };
}

export const PLATFORM_FIELDS = [
  'name',
  'kind',
  'reportChannel',
  'reportAddress',
  'noticeTypes',
  'escalationContact',
  'country',
  'sources.reportAddress',
  'notes',
  'archived',
] as const;

/** The platform body a directory form describes; empty optional fields clear their value. */
export function platformInput(form: FormData) {
  return {
    name: text(form, 'name'),
    kind: text(form, 'kind'),
    reportChannel: text(form, 'reportChannel'),
    reportAddress: text(form, 'reportAddress'),
    noticeTypes: form.getAll('noticeTypes').filter((value) => typeof value === 'string'),
    escalationContact: optional(form, 'escalationContact') ?? null,
    country: optional(form, 'country') ?? null,
    sources: optional(form, 'sources.reportAddress')
      ? { reportAddress: text(form, 'sources.reportAddress') }
      : {},
    notes: optional(form, 'notes') ?? null,
  };
}
