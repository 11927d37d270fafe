import { RiskScreening, zonedToIso } from '@cairn/contracts';
import { formText } from '../forms/form-state';
import { checked, commaList, lineList, optionalText, triState } from './form-values';

/*
 * Form data in, request bodies out, before the contract's schema parses them: the form's
 * field names are the body's paths, so the API's field errors land on the right input.
 */

export const RISK_SCREENING_QUESTIONS = RiskScreening.keyof().options;

export const CREATE_CASE_FIELDS = [
  'title',
  'summary',
  'riskLevel',
  ...RISK_SCREENING_QUESTIONS.map((question) => `riskScreening.${question}`),
  'abuseTypes',
  'platforms',
  'tags',
  'restricted',
  'survivor.name',
  'survivor.isPseudonym',
  'survivor.preferredLanguage',
  'survivor.safeContact.channels',
  'survivor.safeContact.safeTimes',
  'survivor.safeContact.never',
  'survivor.safeContact.details',
  'jurisdiction.survivorCountry',
  'jurisdiction.otherPartyCountry',
  'assigneeIds',
] as const;

/** The fields of a case that its edit form changes: all it was opened with but the assignees. */
export const EDIT_CASE_FIELDS = CREATE_CASE_FIELDS.filter((field) => field !== 'assigneeIds');

export function createCaseInput(form: FormData): unknown {
  return {
    ...editCaseInput(form),
    assigneeIds: form.getAll('assigneeIds'),
  };
}

export function editCaseInput(form: FormData): Record<string, unknown> {
  return {
    title: formText(form, 'title'),
    summary: formText(form, 'summary'),
    riskLevel: formText(form, 'riskLevel'),
    riskScreening: Object.fromEntries(
      RISK_SCREENING_QUESTIONS.map((question) => [
        question,
        triState(form, `riskScreening.${question}`),
      ]),
    ),
    abuseTypes: form.getAll('abuseTypes'),
    platforms: commaList(form, 'platforms'),
    tags: commaList(form, 'tags'),
    restricted: checked(form, 'restricted'),
    survivor: {
      name: formText(form, 'survivor.name'),
      isPseudonym: checked(form, 'survivor.isPseudonym'),
      preferredLanguage: optionalText(form, 'survivor.preferredLanguage'),
      safeContact: {
        channels: form.getAll('survivor.safeContact.channels'),
        safeTimes: formText(form, 'survivor.safeContact.safeTimes'),
        never: lineList(form, 'survivor.safeContact.never'),
        details: formText(form, 'survivor.safeContact.details'),
      },
    },
    jurisdiction: {
      survivorCountry: optionalText(form, 'jurisdiction.survivorCountry')?.toUpperCase() ?? null,
      otherPartyCountry:
        optionalText(form, 'jurisdiction.otherPartyCountry')?.toUpperCase() ?? null,
    },
  };
}

/**
 * Only what differs from the case as stored, so the timeline and the audit name the fields
 * that were changed rather than every field of the form.
 */
export function changedFields(
  edited: Record<string, unknown>,
  current: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(edited).filter(
      ([field, value]) => value !== undefined && !sameValue(value, current[field]),
    ),
  );
}

/** Deep equality for JSON values, regardless of the order of object keys. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameValue(item, b[index]))
    );
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) =>
      sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    );
  }
  return a === b;
}

export const STATUS_FIELDS = ['status', 'closingReason', 'comment'] as const;

export function changeStatusInput(form: FormData): unknown {
  return {
    status: formText(form, 'status'),
    closingReason: optionalText(form, 'closingReason'),
    comment: optionalText(form, 'comment'),
  };
}

export const INCIDENT_FIELDS = [
  'occurredAt',
  'timeZone',
  'approximate',
  'location.kind',
  'location.platform',
  'location.url',
  'location.place',
  'description',
  'otherPartyIdentifiers',
] as const;

/** `handle: @someone` → `{kind: 'HANDLE', value: '@someone'}`; a line without a kind is OTHER. */
/** The separator between an identifier and the platform it is on, in the form's lines. */
export const PLATFORM_SEPARATOR = ' | ';

/**
 * One line of the "other party" field: `kind: value`, optionally followed by ` | platform`,
 * so that a correction keeps the platform an identifier was recorded with.
 */
export function parseIdentifier(entry: string): { kind: string; value: string; platform?: string } {
  const cut = entry.lastIndexOf(PLATFORM_SEPARATOR);
  const platform = cut > 0 ? entry.slice(cut + PLATFORM_SEPARATOR.length).trim() : '';
  const line = cut > 0 ? entry.slice(0, cut) : entry;
  const colon = line.indexOf(':');
  const kind = colon > 0 ? line.slice(0, colon).trim().toUpperCase() : '';
  const on = platform ? { platform } : {};
  // `https://…` is a value, not the kind `HTTPS`.
  if (!/^[A-Z]+$/.test(kind) || line.slice(colon + 1).startsWith('//'))
    return { kind: 'OTHER', value: line.trim(), ...on };
  return { kind, value: line.slice(colon + 1).trim(), ...on };
}

/** An identifier as the "other party" field shows it: the inverse of `parseIdentifier`. */
export function identifierLine(identifier: {
  kind: string;
  value: string;
  platform?: string | null;
}): string {
  const line = `${identifier.kind.toLowerCase()}: ${identifier.value}`;
  return identifier.platform ? `${line}${PLATFORM_SEPARATOR}${identifier.platform}` : line;
}

function locationInput(form: FormData): unknown {
  const kind = formText(form, 'location.kind');
  switch (kind) {
    case 'PLATFORM':
      return {
        kind,
        platform: formText(form, 'location.platform').trim(),
        url: optionalText(form, 'location.url'),
      };
    case 'URL':
      return { kind, url: formText(form, 'location.url').trim() };
    case 'PLACE':
      return { kind, place: formText(form, 'location.place') };
    default:
      return { kind };
  }
}

export function incidentInput(form: FormData): unknown {
  return {
    occurredAt: formText(form, 'occurredAt'),
    timeZone: formText(form, 'timeZone').trim(),
    approximate: checked(form, 'approximate'),
    location: locationInput(form),
    description: formText(form, 'description'),
    otherPartyIdentifiers: lineList(form, 'otherPartyIdentifiers').map(parseIdentifier),
  };
}

export const CONTACT_FIELDS = [
  'recipientKind',
  'recipientName',
  'warningText',
  'method',
  'contactedAt',
  'referenceNumber',
  'outcome',
  'nextFollowUp',
] as const;

/** A `datetime-local` value read in the organisation's time zone; left as typed if it is not one. */
function instant(form: FormData, name: string, timeZone: string): string | undefined {
  const value = optionalText(form, name);
  return value === undefined ? undefined : (zonedToIso(value, timeZone) ?? value);
}

export function contactInput(form: FormData, timeZone: string): unknown {
  const common = {
    method: formText(form, 'method'),
    contactedAt: instant(form, 'contactedAt', timeZone),
    referenceNumber: optionalText(form, 'referenceNumber'),
    outcome: optionalText(form, 'outcome'),
    nextFollowUp: optionalText(form, 'nextFollowUp'),
  };
  return formText(form, 'kind') === 'WARNING'
    ? { kind: 'WARNING', warningText: formText(form, 'warningText'), ...common }
    : {
        kind: 'REPORT',
        recipientKind: formText(form, 'recipientKind'),
        recipientName: formText(form, 'recipientName'),
        ...common,
      };
}

export const CONTACT_UPDATE_FIELDS = ['referenceNumber', 'outcome', 'nextFollowUp'] as const;

/** A cleared field is sent as null, so that an outcome can be taken back. */
export function contactUpdateInput(form: FormData): Record<string, string | null> {
  return Object.fromEntries(
    CONTACT_UPDATE_FIELDS.map((field) => [field, optionalText(form, field) ?? null]),
  );
}

export const CONSENT_FIELDS = ['scope', 'givenAt', 'expiresAt', 'note'] as const;

export function consentInput(form: FormData, timeZone: string): unknown {
  return {
    scope: formText(form, 'scope'),
    givenAt: instant(form, 'givenAt', timeZone),
    expiresAt: instant(form, 'expiresAt', timeZone),
    note: optionalText(form, 'note'),
  };
}

export const NOTE_FIELDS = ['body'] as const;
