import type {
  GuideDocumentKind,
  GuideDocumentOrigin,
  GuideDocumentState,
  HelplineChannelKind,
  HelplineService,
} from '@cairn/contracts';

export const KIND_LABELS: Record<GuideDocumentKind, string> = {
  lesson: 'Lesson',
  checklist: 'Checklist',
  form: 'Form',
  workflow: 'Help workflow',
  category: 'Folder title',
};

export const ORIGIN_LABELS: Record<GuideDocumentOrigin, string> = {
  default: 'Shared',
  override: 'Overridden',
  own: 'Own',
};

export const STATE_LABELS: Record<GuideDocumentState, string> = {
  ...ORIGIN_LABELS,
  problems: 'With problems',
};

export const ORIGIN_HINTS: Record<GuideDocumentOrigin, string> = {
  default: "Readers see Cairn's shared text. Publishing your own text overrides it.",
  override: "Readers see your organisation's text instead of the shared one.",
  own: 'Only your organisation has this file.',
};

export const SERVICE_LABELS: Record<HelplineService, string> = {
  harassment: 'Harassment',
  doxxing: 'Doxxing',
  sextortion: 'Sextortion',
  'intimate-images': 'Intimate images',
  impersonation: 'Impersonation',
  stalking: 'Stalking',
  'hacked-accounts': 'Hacked accounts',
  legal: 'Legal advice',
  'emotional-support': 'Emotional support',
  takedown: 'Takedowns',
};

export const CHANNEL_LABELS: Record<HelplineChannelKind, string> = {
  phone: 'Phone',
  sms: 'SMS',
  email: 'Email',
  web: 'Web',
  chat: 'Chat',
  signal: 'Signal',
  whatsapp: 'WhatsApp',
  postal: 'Post',
};

/** "fr" → "French", for staff who read the app in English; the code itself when unknown. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "document-evidence" → "Document evidence": a topic's folder name, readable. */
export function slugTitle(slug: string): string {
  const words = slug.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
