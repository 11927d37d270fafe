import {
  CASE_TRANSITIONS,
  CaseSummaryView,
  CaseView,
  RiskScreening,
  type AbuseType,
  type ClosingReason,
  type Survivor,
} from '@cairn/contracts';
import type { Case } from '../generated/prisma/client';
import { personRef } from './person';

type Person = { id: string; displayName: string };

export type CaseWithPeople = Case & {
  assignees: { user: Person }[];
  createdBy?: Person | null;
};

export function toCaseSummary(
  row: Omit<CaseWithPeople, 'survivorSealed' | 'search'>,
): CaseSummaryView {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    status: row.status,
    riskLevel: row.riskLevel,
    abuseTypes: row.abuseTypes as AbuseType[],
    platforms: row.platforms,
    tags: row.tags,
    restricted: row.restricted,
    crossBorder: isCrossBorder(row.survivorCountry, row.otherPartyCountry),
    source: row.source,
    unverified: row.unverified,
    assignees: row.assignees.map(({ user }) => personRef(user)!),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function isCrossBorder(
  survivorCountry: string | null,
  otherPartyCountry: string | null,
): boolean {
  return Boolean(survivorCountry && otherPartyCountry && survivorCountry !== otherPartyCountry);
}

export function toCaseView(
  row: CaseWithPeople,
  survivor: Survivor,
  may: CaseView['may'],
): CaseView {
  return {
    ...toCaseSummary(row),
    summary: row.summary,
    closingReason: (row.closingReason as ClosingReason | null) ?? null,
    riskScreening: RiskScreening.parse(row.riskScreening ?? {}),
    survivor,
    jurisdiction: {
      survivorCountry: row.survivorCountry,
      otherPartyCountry: row.otherPartyCountry,
    },
    allowedTransitions: [...CASE_TRANSITIONS[row.status]],
    warningSent: row.warningSent,
    createdBy: personRef(row.createdBy),
    may,
  };
}
