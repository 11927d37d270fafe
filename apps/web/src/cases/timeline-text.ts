import {
  CaseStatus,
  ChecklistState,
  ClosingReason,
  ConsentScope,
  RiskLevel,
  type TimelineEntryView,
} from '@cairn/contracts';
import { formatDateTime } from '../staff/format-date';
import {
  CHECKLIST_STATE_LABELS,
  CLOSING_REASON_LABELS,
  CONSENT_SCOPE_LABELS,
  humanize,
  RISK_LABELS,
  STATUS_LABELS,
  TIMELINE_LABELS,
} from './labels';

/** The words for the fields an edit names; a field without words reads humanised. */
const FIELD_WORDS: Record<string, string> = {
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
};

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

function fieldList(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  return value
    .map((field) => FIELD_WORDS[String(field)] ?? humanize(String(field)).toLowerCase())
    .join(', ');
}

/** "Europe/Paris" → "Paris time": how staff name a zone in speech. */
export function zoneName(timeZone: string): string {
  const city = timeZone.split('/').pop() ?? timeZone;
  return timeZone.includes('/') ? `${city.replaceAll('_', ' ')} time` : timeZone;
}

/** An instant in the organisation's zone, said with the zone so it is never misread. */
function when(iso: unknown, timeZone: string): string | undefined {
  if (typeof iso !== 'string' || Number.isNaN(Date.parse(iso))) return undefined;
  return `${formatDateTime(iso, timeZone)} (${zoneName(timeZone)})`;
}

/** The details after the entry's name, or undefined when the name says it all. */
function details({ kind, data }: TimelineEntryView, timeZone: string): string | undefined {
  switch (kind) {
    case 'CASE_CREATED':
      return text(data.reference);
    case 'CASE_UPDATED': {
      const fields = fieldList(data.fields);
      const risk = label(RiskLevel, RISK_LABELS, data.riskLevel);
      return fields && risk ? `${fields} (risk now ${risk})` : fields;
    }
    case 'STATUS_CHANGED': {
      const from = label(CaseStatus, STATUS_LABELS, data.from);
      const to = label(CaseStatus, STATUS_LABELS, data.to);
      const reason = label(ClosingReason, CLOSING_REASON_LABELS, data.closingReason);
      const move = `${from ?? '?'} → ${to ?? '?'}${reason ? ` (${reason})` : ''}`;
      const comment = text(data.comment);
      return comment ? `${move}: ${comment}` : move;
    }
    case 'ASSIGNEES_CHANGED':
      return Array.isArray(data.assigneeIds) && data.assigneeIds.length === 0
        ? 'nobody assigned'
        : undefined;
    case 'INCIDENT_ADDED': {
      const time = when(data.occurredAt, timeZone);
      const platform = text(data.platform);
      return [
        time && (data.approximate === true ? `about ${time}` : time),
        platform && `on ${platform}`,
      ]
        .filter(Boolean)
        .join(', ');
    }
    case 'INCIDENT_UPDATED':
    case 'CONTACT_UPDATED':
      return fieldList(data.fields);
    case 'CONTACT_ADDED': {
      if (data.kind === 'WARNING') return 'the written warning to the other party';
      const recipient = text(data.recipientName);
      const recipientKind = text(data.recipientKind);
      const whom = recipientKind ? humanize(recipientKind).toLowerCase() : undefined;
      return recipient
        ? `report to ${recipient}${whom ? ` (${whom})` : ''}`
        : whom && `report to ${whom}`;
    }
    case 'CONSENT_RECORDED':
    case 'CONSENT_WITHDRAWN':
      return label(ConsentScope, CONSENT_SCOPE_LABELS, data.scope);
    case 'NOTE_ADDED':
      return text(data.excerpt);
    case 'EVIDENCE_ADDED':
      return undefined;
    case 'CHECKLIST_ITEM_SET':
      return undefined;
  }
}

/** A checklist entry reads as one sentence of its own: which step, and what became of it. */
function checklistSentence({ data }: TimelineEntryView): string {
  const state = label(ChecklistState, CHECKLIST_STATE_LABELS, data.state)?.toLowerCase();
  const step = text(data.step);
  const marked = state ? ` marked ${state}` : ' changed';
  return step ? `Checklist: '${step}'${marked}` : `Checklist step${marked}`;
}

/**
 * An entry of a case's timeline as a sentence a caseworker reads aloud: "Incident recorded:
 * 28 Nov 2026, 21:30 (Paris time), on Instagram". Times are in the organisation's zone.
 */
export function describeEntry(entry: TimelineEntryView, timeZone: string): string {
  if (entry.kind === 'CHECKLIST_ITEM_SET') return checklistSentence(entry);
  const name = TIMELINE_LABELS[entry.kind];
  const rest = details(entry, timeZone);
  return rest ? `${name}: ${rest}` : name;
}
