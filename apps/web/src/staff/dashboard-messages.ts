import type { FieldLocale } from '@cairn/contracts';

/** Every sentence of the staff home page, in each language the staff pages speak. */
export interface DashboardMessages {
  title: string;
  welcome: (name: string) => string;
  signedInAs: (organisation: string, role: string) => string;
  all: (count: string) => string;
  mine: (count: string) => string;
  noneMine: string;
  unassigned: (count: string) => string;
  noneUnassigned: string;
  followUps: (count: string) => string;
  dueBy: (date: string) => string;
  noFollowUp: string;
  /** After a case's title, punctuation included. */
  followUpWith: string;
  otherParty: string;
  recipient: string;
  reference: (reference: string) => string;
  overdueSince: string;
  due: string;
}

export const DASHBOARD_MESSAGES: Readonly<Record<FieldLocale, DashboardMessages>> = {
  en: {
    title: 'Overview',
    welcome: (name) => `Welcome, ${name}`,
    signedInAs: (organisation, role) =>
      `You are signed in to ${organisation} as ${role.toLowerCase()}.`,
    all: (count) => `All ${count}`,
    mine: (count) => `My open cases (${count})`,
    noneMine: 'No open case is assigned to you.',
    unassigned: (count) => `Unassigned cases (${count})`,
    noneUnassigned: 'Every open case has someone on it.',
    followUps: (count) => `Follow-ups due (${count})`,
    dueBy: (date) => `Due on or before ${date}.`,
    noFollowUp: 'No follow-up is due.',
    followUpWith: ': follow up with',
    otherParty: 'the other party',
    recipient: 'the recipient',
    reference: (reference) => ` (ref. ${reference})`,
    overdueSince: 'overdue since',
    due: 'due',
  },
  fr: {
    title: 'Vue d’ensemble',
    welcome: (name) => `Bienvenue, ${name}`,
    signedInAs: (organisation, role) =>
      `Vous êtes connecté·e à ${organisation} avec le rôle « ${role} ».`,
    all: (count) => `Les ${count}`,
    mine: (count) => `Mes dossiers ouverts (${count})`,
    noneMine: 'Aucun dossier ouvert ne vous est attribué.',
    unassigned: (count) => `Dossiers sans personne assignée (${count})`,
    noneUnassigned: 'Chaque dossier ouvert a quelqu’un qui s’en occupe.',
    followUps: (count) => `Relances à faire (${count})`,
    dueBy: (date) => `À faire au plus tard le ${date}.`,
    noFollowUp: 'Aucune relance à faire.',
    followUpWith: '\u00a0: relancer',
    otherParty: 'l’autre partie',
    recipient: 'le destinataire',
    reference: (reference) => ` (réf. ${reference})`,
    overdueSince: 'en retard depuis le',
    due: 'prévue le',
  },
};
