/**
 * The plain texts of the emails escalation rules send, in the organisation's language. They
 * carry what the recipient needs to act and nothing of the survivor: a case's reference and
 * link for staff; for a platform, what it was already sent. Used when the organisation has no
 * follow-up or escalation template of its own.
 */

import type { EscalationOutcomeCode, EscalationOutcomeParams } from '@cairn/contracts';

export type TextLocale = 'en' | 'fr';

export interface Email {
  subject: string;
  text: string;
}

export function localeOf(value: string): TextLocale {
  return value === 'fr' ? 'fr' : 'en';
}

/** A time as people of the organisation read it: its zone, its language. */
export function formatTime(at: Date, timeZone: string, locale: TextLocale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone,
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(at);
}

export interface RequestFacts {
  organizationName: string;
  platformName: string;
  subject: string;
  sentAt: string;
  platformReference: string | null;
  urls: string[];
}

function lines(...parts: (string | null | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string').join('\n');
}

/**
 * To the platform's escalation contact, or to a regulator. A regulator is told which notice
 * went unanswered and when, not the content: the survivor agreed to share it with the
 * platform, and staff add what the regulator asks for when it answers.
 */
export function escalationEmail(
  locale: TextLocale,
  facts: RequestFacts & { followedUpAt: string },
  toRegulator: boolean,
): Email {
  const urls = toRegulator ? [] : facts.urls;
  if (locale === 'fr')
    return {
      subject: `Signalement sans réponse : ${facts.subject}`,
      text: lines(
        'Bonjour,',
        '',
        `Le ${facts.sentAt}, ${facts.organizationName} a adressé un signalement à ` +
          `${facts.platformName}, puis l'a relancé le ${facts.followedUpAt}. ` +
          'Aucune réponse ne nous est parvenue.',
        facts.platformReference && `Référence de la plateforme : ${facts.platformReference}`,
        ...(urls.length ? ['', 'Contenus concernés :', ...urls.map((url) => `- ${url}`)] : []),
        '',
        toRegulator
          ? 'Nous vous saisissons de ce défaut de réponse et pouvons vous transmettre le dossier sur demande.'
          : 'Merci de faire traiter ce signalement ou de nous indiquer qui peut le faire.',
        '',
        facts.organizationName,
      ),
    };
  return {
    subject: `Unanswered notice: ${facts.subject}`,
    text: lines(
      'Hello,',
      '',
      `On ${facts.sentAt}, ${facts.organizationName} sent a notice to ${facts.platformName}, ` +
        `and followed it up on ${facts.followedUpAt}. No answer has reached us.`,
      facts.platformReference && `Platform reference: ${facts.platformReference}`,
      ...(urls.length ? ['', 'Content concerned:', ...urls.map((url) => `- ${url}`)] : []),
      '',
      toRegulator
        ? 'We are referring this lack of response to you and can send the file on request.'
        : 'Please have this notice handled, or tell us who can.',
      '',
      facts.organizationName,
    ),
  };
}

export interface StaffFacts {
  caseReference: string;
  caseLink: string;
}

/**
 * What a firing did, in the organisation's language for the emails that tell staff; the
 * English one is also stored on the firing, for reading without the code.
 */
export function outcomeText(
  locale: TextLocale,
  code: EscalationOutcomeCode,
  params: EscalationOutcomeParams,
): string {
  const { platform = '', address = '', count = 0 } = params;
  if (locale === 'fr') {
    const people = (one: string, many: string) => (count === 1 ? `1 ${one}` : `${count} ${many}`);
    switch (code) {
      case 'followed-up':
        return `Relance envoyée à ${platform} à ${address}.`;
      case 'web-form-follow-up':
        return `${platform} reçoit les signalements par formulaire web : les superviseurs sont invités à relancer à la main.`;
      case 'escalated-to-regulator':
        return `Demande remontée à l’autorité de régulation à ${address}.`;
      case 'escalated-to-platform-contact':
        return `Demande remontée au contact d’escalade de ${platform} à ${address}.`;
      case 'escalate-by-hand':
        return `${platform} n’a pas de contact d’escalade par e-mail et aucune adresse d’autorité de régulation n’est définie : faites remonter à la main.`;
      case 'on-call-emailed':
        return `${people('membre', 'membres')} de l’équipe d’astreinte prévenu(s) par e-mail.`;
      case 'nobody-on-call-supervisors-emailed':
        return `Personne d’astreinte : ${people('superviseur·e', 'superviseur·es')} prévenu(s) par e-mail.`;
      case 'supervisors-emailed':
        return `${people('superviseur·e', 'superviseur·es')} prévenu(s) par e-mail.`;
    }
  }
  switch (code) {
    case 'followed-up':
      return `Followed up with ${platform} at ${address}.`;
    case 'web-form-follow-up':
      return `${platform} takes reports by web form: supervisors asked to follow up by hand.`;
    case 'escalated-to-regulator':
      return `Escalated to the regulator at ${address}.`;
    case 'escalated-to-platform-contact':
      return `Escalated to ${platform}'s escalation contact at ${address}.`;
    case 'escalate-by-hand':
      return `${platform} has no escalation contact by email and no regulator address is set: escalate by hand.`;
    case 'on-call-emailed':
      return `${count} on-call staff member(s) emailed.`;
    case 'nobody-on-call-supervisors-emailed':
      return `Nobody on call: ${count} supervisor(s) emailed.`;
    case 'supervisors-emailed':
      return `${count} supervisor(s) emailed.`;
  }
}

/** To supervisors: a request went unanswered and Cairn escalated it (or could not). */
export function supervisorEscalationEmail(
  locale: TextLocale,
  facts: StaffFacts & { platformName: string; outcome: string },
): Email {
  if (locale === 'fr')
    return {
      subject: `${facts.caseReference} : signalement à ${facts.platformName} sans réponse`,
      text: lines(
        `Le signalement du dossier ${facts.caseReference} à ${facts.platformName} est resté sans ` +
          'réponse après relance.',
        facts.outcome,
        '',
        `Ouvrir le dossier : ${facts.caseLink}`,
      ),
    };
  return {
    subject: `${facts.caseReference}: notice to ${facts.platformName} unanswered`,
    text: lines(
      `The notice of case ${facts.caseReference} to ${facts.platformName} has had no answer ` +
        'after a follow-up.',
      facts.outcome,
      '',
      `Open the case: ${facts.caseLink}`,
    ),
  };
}

/** To staff when a request goes through a web form: Cairn cannot follow it up by itself. */
export function webFormFollowUpEmail(
  locale: TextLocale,
  facts: StaffFacts & { platformName: string; sentAt: string },
): Email {
  if (locale === 'fr')
    return {
      subject: `${facts.caseReference} : relancer ${facts.platformName} par son formulaire`,
      text: lines(
        `Le signalement envoyé le ${facts.sentAt} à ${facts.platformName} par son formulaire web ` +
          "n'a pas eu de réponse. Cairn ne peut pas relancer un formulaire : merci de le faire.",
        '',
        `Ouvrir le dossier : ${facts.caseLink}`,
      ),
    };
  return {
    subject: `${facts.caseReference}: follow up ${facts.platformName} through its form`,
    text: lines(
      `The notice sent to ${facts.platformName} through its web form on ${facts.sentAt} has had ` +
        'no answer. Cairn cannot follow up a web form by itself: please do.',
      '',
      `Open the case: ${facts.caseLink}`,
    ),
  };
}

export function unassignedEmail(
  locale: TextLocale,
  facts: StaffFacts & { riskLevel: string; minutes: number; fallback: boolean },
): Email {
  if (locale === 'fr')
    return {
      subject: `${facts.caseReference} : dossier à risque ${facts.riskLevel} sans personne assignée`,
      text: lines(
        `Le dossier ${facts.caseReference}, de risque ${facts.riskLevel}, n'a personne d'assigné ` +
          `depuis ${facts.minutes} minutes.`,
        facts.fallback &&
          "Personne n'est d'astreinte : ce message va aux superviseurs et superviseuses.",
        '',
        `Ouvrir le dossier : ${facts.caseLink}`,
      ),
    };
  return {
    subject: `${facts.caseReference}: ${facts.riskLevel} risk case with nobody assigned`,
    text: lines(
      `Case ${facts.caseReference}, at ${facts.riskLevel} risk, has had nobody assigned for ` +
        `${facts.minutes} minutes.`,
      facts.fallback && 'Nobody is on call: this goes to the supervisors instead.',
      '',
      `Open the case: ${facts.caseLink}`,
    ),
  };
}

export function noFirstResponseEmail(
  locale: TextLocale,
  facts: StaffFacts & { openedAt: string; hours: number },
): Email {
  if (locale === 'fr')
    return {
      subject: `${facts.caseReference} : aucune première réponse`,
      text: lines(
        `Le dossier ${facts.caseReference}, ouvert le ${facts.openedAt}, n'a reçu aucune ` +
          `première réponse (contact, note ou changement de statut) en ${facts.hours} heures ouvrées.`,
        '',
        `Ouvrir le dossier : ${facts.caseLink}`,
      ),
    };
  return {
    subject: `${facts.caseReference}: no first response yet`,
    text: lines(
      `Case ${facts.caseReference}, opened ${facts.openedAt}, has had no first response ` +
        `(a contact, a note or a change of status) within ${facts.hours} business hours.`,
      '',
      `Open the case: ${facts.caseLink}`,
    ),
  };
}
