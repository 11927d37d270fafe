import type { AbuseType, CaseStatus, ExportLocale, RiskLevel } from './cases';

/**
 * The words for a case's vocabularies, in each language staff read: one table for the pages
 * and for exports, so a status reads the same on screen and in a spreadsheet.
 */
export interface CaseWords {
  status: Record<CaseStatus, string>;
  risk: Record<RiskLevel, string>;
  abuseType: Record<AbuseType, string>;
  yes: string;
  no: string;
}

export const CASE_WORDS: Record<ExportLocale, CaseWords> = {
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
