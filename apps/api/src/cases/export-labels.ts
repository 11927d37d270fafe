import type { AbuseType, CaseStatus, ExportLocale, RiskLevel } from '@cairn/contracts';

/** The words of a CSV export, in the reader's language: a spreadsheet shows them as they are. */
export interface ExportWords {
  status: Record<CaseStatus, string>;
  risk: Record<RiskLevel, string>;
  abuseType: Record<AbuseType, string>;
  yes: string;
  no: string;
}

export const EXPORT_WORDS: Record<ExportLocale, ExportWords> = {
  en: {
    status: {
      NEW: 'New',
      TRIAGE: 'Triage',
      ACTIVE: 'Active',
      WAITING_ON_SURVIVOR: 'Waiting on survivor',
      WAITING_ON_THIRD_PARTY: 'Waiting on third party',
      CLOSED: 'Closed',
    },
    risk: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', CRITICAL: 'Critical' },
    abuseType: {
      HARASSMENT: 'Harassment',
      THREATS: 'Threats',
      DOXXING: 'Doxxing',
      NCII: 'Non-consensual intimate images',
      SEXTORTION: 'Sextortion',
      IMPERSONATION: 'Impersonation',
      ACCOUNT_COMPROMISE: 'Account compromise',
      STALKING: 'Stalking',
      HATE_SPEECH: 'Hate speech',
      DEFAMATION: 'Defamation',
      OTHER: 'Other',
    },
    yes: 'Yes',
    no: 'No',
  },
  fr: {
    status: {
      NEW: 'Nouveau',
      TRIAGE: 'Tri',
      ACTIVE: 'En cours',
      WAITING_ON_SURVIVOR: 'En attente de la victime',
      WAITING_ON_THIRD_PARTY: 'En attente d’un tiers',
      CLOSED: 'Clos',
    },
    risk: { LOW: 'Faible', MEDIUM: 'Moyen', HIGH: 'Élevé', CRITICAL: 'Critique' },
    abuseType: {
      HARASSMENT: 'Harcèlement',
      THREATS: 'Menaces',
      DOXXING: 'Divulgation de données personnelles',
      NCII: 'Images intimes non consenties',
      SEXTORTION: 'Sextorsion',
      IMPERSONATION: 'Usurpation d’identité',
      ACCOUNT_COMPROMISE: 'Compte piraté',
      STALKING: 'Traque',
      HATE_SPEECH: 'Discours de haine',
      DEFAMATION: 'Diffamation',
      OTHER: 'Autre',
    },
    yes: 'Oui',
    no: 'Non',
  },
};

/**
 * An instant as the organisation's clock showed it, written `2026-03-14 22:30:00`: a form
 * every spreadsheet reads as a date and time, whatever its own language.
 */
export function spreadsheetTime(iso: string, timeZone: string): string {
  // Swedish writes dates and times in exactly that form.
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}
