import type {
  FieldLocale,
  GuideDocumentKind,
  GuideDocumentOrigin,
  GuideDocumentState,
  HelplineChannelKind,
  HelplineService,
} from '@cairn/contracts';
import { CONTENT_MESSAGES } from './content-messages';

export const KIND_LABELS: Record<GuideDocumentKind, string> = CONTENT_MESSAGES.en.kinds;

export const ORIGIN_LABELS: Record<GuideDocumentOrigin, string> = CONTENT_MESSAGES.en.origins;

/** A file's state in the reader's language. */
export const stateLabels = (locale: FieldLocale): Record<GuideDocumentState, string> => ({
  ...CONTENT_MESSAGES[locale].origins,
  problems: CONTENT_MESSAGES[locale].withProblems,
});

export const STATE_LABELS: Record<GuideDocumentState, string> = stateLabels('en');

export const ORIGIN_HINTS: Record<GuideDocumentOrigin, string> = CONTENT_MESSAGES.en.originHints;

export const SERVICE_LABELS: Record<HelplineService, string> = CONTENT_MESSAGES.en.services;

export const CHANNEL_LABELS: Record<HelplineChannelKind, string> = CONTENT_MESSAGES.en.channels;

/** "fr" → "French" for staff who read the app in English, "français" in French; the code itself when unknown. */
export function languageName(code: string, locale: FieldLocale = 'en'): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "document-evidence" → "Document evidence": a topic's folder name, readable. */
export function slugTitle(slug: string): string {
  const words = slug.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
