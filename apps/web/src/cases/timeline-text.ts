import {
  CASE_WORDS,
  CaseStatus,
  ChecklistState,
  ClosingReason,
  ConsentScope,
  RecipientKind,
  RiskLevel,
  type FieldLocale,
  type TimelineEntryView,
  type TimelineKind,
} from '@cairn/contracts';
import { formatDateTime } from '../staff/format-date';
import { CASE_RECORD_MESSAGES } from './case-record-messages';
import {
  CASE_LABELS,
  CHECKLIST_STATE_LABELS,
  CLOSING_REASON_LABELS,
  CONSENT_SCOPE_LABELS,
  humanize,
  TIMELINE_LABELS,
} from './labels';

/** Everything a timeline sentence is made of, in one language. */
interface TimelineWords {
  kinds: Record<TimelineKind, string>;
  /** The words for the fields an edit names; a field without words reads humanised. */
  fields: Record<string, string>;
  status: Record<CaseStatus, string>;
  risk: Record<RiskLevel, string>;
  closingReason: Record<ClosingReason, string>;
  checklistState: Record<ChecklistState, string>;
  consentScope: Record<ConsentScope, string>;
  riskNow: (risk: string) => string;
  nobodyAssigned: string;
  about: (time: string) => string;
  on: (platform: string) => string;
  warning: string;
  reportTo: (whom: string) => string;
  zone: (city: string) => string;
  checklist: (step: string | undefined, state: string | undefined) => string;
  dateLocale: string;
}

const EN: TimelineWords = {
  kinds: TIMELINE_LABELS,
  fields: {
    title: 'title',
    summary: 'summary',
    riskLevel: 'risk',
    riskScreening: 'risk screening',
    abuseTypes: 'abuse types',
    platforms: 'platforms',
    tags: 'tags',
    restricted: 'restriction',
    survivor: 'survivor and safe contact',
    jurisdiction: 'jurisdiction',
    occurredAt: 'time',
    timeZone: 'time zone',
    approximate: 'approximate time',
    location: 'place',
    description: 'description',
    otherPartyIdentifiers: 'other party',
    referenceNumber: 'reference number',
    outcome: 'outcome',
    nextFollowUp: 'next follow-up',
  },
  status: CASE_WORDS.en.status,
  risk: CASE_WORDS.en.risk,
  closingReason: CLOSING_REASON_LABELS,
  checklistState: CHECKLIST_STATE_LABELS,
  consentScope: CONSENT_SCOPE_LABELS,
  riskNow: (risk) => `risk now ${risk}`,
  nobodyAssigned: 'nobody assigned',
  about: (time) => `about ${time}`,
  on: (platform) => `on ${platform}`,
  warning: 'the written warning to the other party',
  reportTo: (whom) => `report to ${whom}`,
  zone: (city) => `${city} time`,
  checklist: (step, state) => {
    const marked = state ? ` marked ${state.toLowerCase()}` : ' changed';
    return step ? `Checklist: '${step}'${marked}` : `Checklist step${marked}`;
  },
  dateLocale: 'en-GB',
};

const FR: TimelineWords = {
  kinds: {
    CASE_CREATED: 'Dossier ouvert',
    CASE_UPDATED: 'Dossier modifié',
    STATUS_CHANGED: 'Statut changé',
    ASSIGNEES_CHANGED: 'Responsables changés',
    INCIDENT_ADDED: 'Incident enregistré',
    INCIDENT_UPDATED: 'Incident corrigé',
    CONTACT_ADDED: 'Démarche enregistrée',
    CONTACT_UPDATED: 'Démarche mise à jour',
    CHECKLIST_ITEM_SET: 'Étape de la liste cochée',
    CONSENT_RECORDED: 'Consentement enregistré',
    CONSENT_WITHDRAWN: 'Consentement retiré',
    NOTE_ADDED: 'Note ajoutée',
    EVIDENCE_ADDED: 'Preuve ajoutée',
  },
  fields: {
    title: 'titre',
    summary: 'résumé',
    riskLevel: 'risque',
    riskScreening: 'évaluation du risque',
    abuseTypes: 'types de violence',
    platforms: 'plateformes',
    tags: 'étiquettes',
    restricted: 'restriction',
    survivor: 'victime et contact sûr',
    jurisdiction: 'juridiction',
    occurredAt: 'heure',
    timeZone: 'fuseau horaire',
    approximate: 'heure approximative',
    location: 'lieu',
    description: 'description',
    otherPartyIdentifiers: 'autre partie',
    referenceNumber: 'numéro de référence',
    outcome: 'résultat',
    nextFollowUp: 'prochaine relance',
  },
  status: CASE_WORDS.fr.status,
  risk: CASE_WORDS.fr.risk,
  closingReason: CASE_LABELS.fr.closingReason,
  checklistState: CASE_LABELS.fr.checklistState,
  consentScope: CASE_LABELS.fr.consentScope,
  riskNow: (risk) => `risque désormais ${risk.toLowerCase()}`,
  nobodyAssigned: 'plus personne',
  about: (time) => `vers ${time}`,
  on: (platform) => `sur ${platform}`,
  warning: 'l’avertissement écrit à l’autre partie',
  reportTo: (whom) => `signalement à ${whom}`,
  zone: (city) => `heure de ${city}`,
  checklist: (step, state) => {
    const marked = state ? ` : ${state.toLowerCase()}` : ' modifiée';
    return step ? `Liste : « ${step} »${marked}` : `Étape de la liste${marked}`;
  },
  dateLocale: 'fr-FR',
};

const WORDS: Record<FieldLocale, TimelineWords> = { en: EN, fr: FR };

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

function label<T extends string>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  labels: Record<T, string>,
  value: unknown,
): string | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? labels[parsed.data] : text(value);
}

function fieldList(value: unknown, words: TimelineWords): string | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  return value
    .map((field) => words.fields[String(field)] ?? humanize(String(field)).toLowerCase())
    .join(', ');
}

/** A case status or a consent as the timeline names it; undefined for a code it does not know. */
export function caseStatusName(status: unknown, locale: FieldLocale): string | undefined {
  const parsed = CaseStatus.safeParse(status);
  return parsed.success ? WORDS[locale].status[parsed.data] : undefined;
}
export function consentName(scope: unknown, locale: FieldLocale): string | undefined {
  const parsed = ConsentScope.safeParse(scope);
  return parsed.success ? WORDS[locale].consentScope[parsed.data] : undefined;
}

/** "Europe/Paris" → "Paris time" ("heure de Paris"): how staff name a zone in speech. */
export function zoneName(timeZone: string, locale: FieldLocale = 'en'): string {
  const city = timeZone.split('/').pop() ?? timeZone;
  return timeZone.includes('/') ? WORDS[locale].zone(city.replaceAll('_', ' ')) : timeZone;
}

/** An instant in the organisation's zone, said with the zone so it is never misread. */
function when(iso: unknown, timeZone: string, locale: FieldLocale): string | undefined {
  if (typeof iso !== 'string' || Number.isNaN(Date.parse(iso))) return undefined;
  const time =
    locale === 'en'
      ? formatDateTime(iso, timeZone)
      : new Intl.DateTimeFormat(WORDS[locale].dateLocale, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone,
        }).format(new Date(iso));
  return `${time} (${zoneName(timeZone, locale)})`;
}

/** The details after the entry's name, or undefined when the name says it all. */
function details(
  { kind, data }: TimelineEntryView,
  timeZone: string,
  locale: FieldLocale,
): string | undefined {
  const words = WORDS[locale];
  switch (kind) {
    case 'CASE_CREATED':
      return text(data.reference);
    case 'CASE_UPDATED': {
      const fields = fieldList(data.fields, words);
      const risk = label(RiskLevel, words.risk, data.riskLevel);
      return fields && risk ? `${fields} (${words.riskNow(risk)})` : fields;
    }
    case 'STATUS_CHANGED': {
      const from = label(CaseStatus, words.status, data.from);
      const to = label(CaseStatus, words.status, data.to);
      const reason = label(ClosingReason, words.closingReason, data.closingReason);
      const move = `${from ?? '?'} → ${to ?? '?'}${reason ? ` (${reason})` : ''}`;
      const comment = text(data.comment);
      return comment ? `${move}${locale === 'fr' ? ' :' : ':'} ${comment}` : move;
    }
    case 'ASSIGNEES_CHANGED':
      return Array.isArray(data.assigneeIds) && data.assigneeIds.length === 0
        ? words.nobodyAssigned
        : undefined;
    case 'INCIDENT_ADDED': {
      const time = when(data.occurredAt, timeZone, locale);
      const platform = text(data.platform);
      return [
        time && (data.approximate === true ? words.about(time) : time),
        platform && words.on(platform),
      ]
        .filter(Boolean)
        .join(', ');
    }
    case 'INCIDENT_UPDATED':
    case 'CONTACT_UPDATED':
      return fieldList(data.fields, words);
    case 'CONTACT_ADDED': {
      if (data.kind === 'WARNING') return words.warning;
      const recipient = text(data.recipientName);
      // The kind is stored by its code (a takedown sent by web form or email writes one too):
      // said in the reader's language.
      const kind = RecipientKind.safeParse(data.recipientKind);
      const whom = kind.success
        ? CASE_RECORD_MESSAGES[locale].recipients[kind.data].toLocaleLowerCase(locale)
        : undefined;
      return recipient
        ? words.reportTo(`${recipient}${whom ? ` (${whom})` : ''}`)
        : whom && words.reportTo(whom);
    }
    case 'CONSENT_RECORDED':
    case 'CONSENT_WITHDRAWN':
      return label(ConsentScope, words.consentScope, data.scope);
    case 'NOTE_ADDED':
      return text(data.excerpt);
    case 'EVIDENCE_ADDED':
      return undefined;
    case 'CHECKLIST_ITEM_SET':
      return undefined;
  }
}

/**
 * A checklist step's words in the reader's language, from those the API looked up by the
 * step's id; an older entry holds only its English words, which an English page still shows.
 * Undefined when the guide has no words for it in that language: the sentence then names no
 * step rather than put English words in a French sentence.
 */
function stepWords(data: Record<string, unknown>, locale: FieldLocale): string | undefined {
  const steps = data.steps;
  const said =
    steps && typeof steps === 'object' ? (steps as Record<string, unknown>)[locale] : undefined;
  if (typeof said === 'string' && said.trim()) return said;
  return locale === 'en' ? text(data.step) : undefined;
}

/**
 * An entry of a case's timeline as a sentence a caseworker reads aloud, in their language:
 * "Incident recorded: 28 Nov 2026, 21:30 (Paris time), on Instagram", "Incident enregistré :
 * 28 nov. 2026, 21:30 (heure de Paris), sur Instagram". Times are in the organisation's zone.
 */
export function describeEntry(
  entry: TimelineEntryView,
  timeZone: string,
  locale: FieldLocale = 'en',
): string {
  const words = WORDS[locale];
  if (entry.kind === 'CHECKLIST_ITEM_SET') {
    const state = label(ChecklistState, words.checklistState, entry.data.state);
    return words.checklist(stepWords(entry.data, locale), state);
  }
  const name = words.kinds[entry.kind];
  const rest = details(entry, timeZone, locale);
  // French sets a space before a colon.
  return rest ? `${name}${locale === 'fr' ? ' :' : ':'} ${rest}` : name;
}
