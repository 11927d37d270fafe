import {
  CASE_WORDS,
  type AbuseType,
  type CaseStatus,
  type ChecklistState,
  type ClosingReason,
  type ConsentScope,
  type ContactChannel,
  type RiskLevel,
  type FieldLocale,
  type TimelineKind,
} from '@cairn/contracts';
import { INTAKE_MESSAGES } from './intake-messages';

/** "WAITING_ON_SURVIVOR" → "Waiting on survivor": for vocabularies with no wording of their own. */
export function humanize(code: string): string {
  const words = code.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const STATUS_LABELS: Record<CaseStatus, string> = CASE_WORDS.en.status;

export const RISK_LABELS: Record<RiskLevel, string> = CASE_WORDS.en.risk;

export const ABUSE_TYPE_LABELS: Record<AbuseType, string> = CASE_WORDS.en.abuseType;

export const CHANNEL_LABELS: Record<ContactChannel, string> = {
  PHONE: 'Phone call',
  SMS: 'SMS',
  EMAIL: 'Email',
  SIGNAL: 'Signal',
  WHATSAPP: 'WhatsApp',
  POST: 'Post',
  IN_PERSON: 'In person',
  OTHER: 'Other',
};

export const CLOSING_REASON_LABELS: Record<ClosingReason, string> = {
  RESOLVED: 'Resolved',
  SURVIVOR_WITHDREW: 'Survivor withdrew',
  NO_CONTACT: 'No contact',
  REFERRED: 'Referred elsewhere',
  DUPLICATE: 'Duplicate',
  OUT_OF_SCOPE: 'Out of scope',
  OTHER: 'Other',
};

export const CHECKLIST_STATE_LABELS: Record<ChecklistState, string> = {
  OPEN: 'Open',
  DONE: 'Done',
  NOT_APPLICABLE: 'Not applicable',
};

export const CONSENT_SCOPE_LABELS: Record<ConsentScope, string> = {
  SHARE_WITH_POLICE: 'Share with police',
  SHARE_WITH_PLATFORMS: 'Share with platforms',
  SHARE_WITH_LAWYER: 'Share with a lawyer',
  CONTACT_BY_PHONE: 'Contact by phone',
  CONTACT_BY_SMS: 'Contact by SMS',
  CONTACT_BY_EMAIL: 'Contact by email',
  CONTACT_BY_MESSENGER: 'Contact by messenger',
};

export const TIMELINE_LABELS: Record<TimelineKind, string> = {
  CASE_CREATED: 'Case opened',
  CASE_UPDATED: 'Case edited',
  STATUS_CHANGED: 'Status changed',
  ASSIGNEES_CHANGED: 'Assignees changed',
  INCIDENT_ADDED: 'Incident recorded',
  INCIDENT_UPDATED: 'Incident corrected',
  CONTACT_ADDED: 'Contact recorded',
  CONTACT_UPDATED: 'Contact updated',
  CHECKLIST_ITEM_SET: 'Checklist step marked',
  CONSENT_RECORDED: 'Consent recorded',
  CONSENT_WITHDRAWN: 'Consent withdrawn',
  NOTE_ADDED: 'Note added',
  EVIDENCE_ADDED: 'Evidence added',
};

export const RISK_SCREENING_LABELS: Record<string, string> = {
  threatsOfViolence: 'Threats of violence',
  knowsWhereSurvivorLives: 'Knows where the survivor lives',
  intimateImagesInvolved: 'Intimate images involved',
  childAtRisk: 'A child is at risk',
  survivorFeelsUnsafe: 'Survivor feels unsafe',
  escalating: 'Escalating',
};

/** The case vocabularies in one language: what the case pages and their forms call each code. */
export interface CaseLabels {
  status: Record<CaseStatus, string>;
  risk: Record<RiskLevel, string>;
  abuseType: Record<AbuseType, string>;
  channel: Record<ContactChannel, string>;
  closingReason: Record<ClosingReason, string>;
  checklistState: Record<ChecklistState, string>;
  consentScope: Record<ConsentScope, string>;
  riskScreening: Record<string, string>;
}

/** Every case vocabulary in each language the staff pages speak; the timeline says the same. */
export const CASE_LABELS: Readonly<Record<FieldLocale, CaseLabels>> = {
  en: {
    status: STATUS_LABELS,
    risk: RISK_LABELS,
    abuseType: ABUSE_TYPE_LABELS,
    channel: CHANNEL_LABELS,
    closingReason: CLOSING_REASON_LABELS,
    checklistState: CHECKLIST_STATE_LABELS,
    consentScope: CONSENT_SCOPE_LABELS,
    riskScreening: RISK_SCREENING_LABELS,
  },
  fr: {
    status: CASE_WORDS.fr.status,
    risk: CASE_WORDS.fr.risk,
    abuseType: CASE_WORDS.fr.abuseType,
    channel: INTAKE_MESSAGES.fr.channelNames,
    closingReason: {
      RESOLVED: 'Résolu',
      SURVIVOR_WITHDREW: 'La victime a renoncé',
      NO_CONTACT: 'Pas de contact',
      REFERRED: 'Orienté ailleurs',
      DUPLICATE: 'Doublon',
      OUT_OF_SCOPE: 'Hors de notre champ',
      OTHER: 'Autre',
    },
    checklistState: { OPEN: 'À faire', DONE: 'Fait', NOT_APPLICABLE: 'Sans objet' },
    consentScope: {
      SHARE_WITH_POLICE: 'Partager avec la police',
      SHARE_WITH_PLATFORMS: 'Partager avec les plateformes',
      SHARE_WITH_LAWYER: 'Partager avec un avocat',
      CONTACT_BY_PHONE: 'Contacter par téléphone',
      CONTACT_BY_SMS: 'Contacter par SMS',
      CONTACT_BY_EMAIL: 'Contacter par courriel',
      CONTACT_BY_MESSENGER: 'Contacter par messagerie',
    },
    riskScreening: {
      threatsOfViolence: 'Menaces de violence',
      knowsWhereSurvivorLives: 'Connaît le domicile de la victime',
      intimateImagesInvolved: 'Images intimes en jeu',
      childAtRisk: 'Un enfant est en danger',
      survivorFeelsUnsafe: 'La victime ne se sent pas en sécurité',
      escalating: 'Situation qui s’aggrave',
    },
  },
};

/** An option list for a form's select or boxes, from a vocabulary and its wording. */
export function optionsOf<Code extends string>(
  labels: Record<Code, string>,
): { value: Code; label: string }[] {
  return (Object.entries(labels) as [Code, string][]).map(([value, label]) => ({ value, label }));
}
