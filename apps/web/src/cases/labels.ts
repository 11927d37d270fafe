import {
  CASE_WORDS,
  type AbuseType,
  type CaseStatus,
  type ChecklistState,
  type ClosingReason,
  type ConsentScope,
  type ContactChannel,
  type RiskLevel,
  type TimelineKind,
} from '@cairn/contracts';

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

/** An option list for a form's select or boxes, from a vocabulary and its wording. */
export function optionsOf<Code extends string>(
  labels: Record<Code, string>,
): { value: Code; label: string }[] {
  return (Object.entries(labels) as [Code, string][]).map(([value, label]) => ({ value, label }));
}
