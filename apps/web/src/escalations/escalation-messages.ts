import type { EscalationOutcomeCode, EscalationRuleKind, FieldLocale } from '@cairn/contracts';

/** What the page says about one kind of rule. */
interface RuleWords {
  title: string;
  purpose: string;
}

/**
 * Every sentence the escalation rules page and its forms say, in each language the staff
 * pages speak. One table, so a missing translation is a type error.
 */
export interface EscalationMessages {
  adminsOnly: string;
  deadlines: string;
  businessHours: string;
  rules: Readonly<Record<EscalationRuleKind, RuleWords>>;
  notSetUp: string;
  onCall: string;
  /** Said after a person's name and role, punctuation included. */
  onCallStatus: (onCall: boolean) => string;
  firings: string;
  nothingYet: string;
  /** What a rule did, by the step the API names. */
  steps: Readonly<Record<string, string>>;
  /**
   * What a firing did, by the code the worker recorded, worded from its facts: the platform's
   * name, the address written to, how many people were emailed.
   */
  outcomes: Readonly<
    Record<
      EscalationOutcomeCode,
      (facts: { count: number; platform: string; address: string }) => string
    >
  >;
  /** Added when nobody at all could be emailed. */
  nobodyEmailed: string;
  // Business hours form
  saveHours: string;
  saving: string;
  /** Monday first, as ISO weekdays 1 to 7. */
  weekdays: readonly string[];
  workingDays: string;
  opensAt: string;
  opensHint: (timeZone: string) => string;
  closesAt: string;
  closesHint: string;
  holidays: string;
  holidaysHint: string;
  // Rule forms
  saveRule: string;
  turnedOn: string;
  followUpAfter: string;
  followUpHint: string;
  escalateAfter: string;
  escalateHint: string;
  escalateTo: string;
  toPlatformContact: string;
  toRegulator: string;
  regulatorEmail: string;
  regulatorHint: string;
  alertAfterMinutes: string;
  alertMinutesHint: string;
  alertAfterHours: string;
  alertHoursHint: string;
  // On call
  takeOff: (name: string) => string;
  putOn: (name: string) => string;
  // What the forms say once sent
  hoursSaved: string;
  ruleSaved: string;
  nowOnCall: string;
  noLongerOnCall: string;
  gone: string;
  conflict: string;
}

export const ESCALATION_MESSAGES: Readonly<Record<FieldLocale, EscalationMessages>> = {
  en: {
    adminsOnly: 'Only admins set the escalation rules.',
    deadlines:
      'Deadlines stop while a case is waiting on the survivor, and start again when it moves on. Each rule acts once per request or case.',
    businessHours: 'Business hours',
    rules: {
      TAKEDOWN_UNANSWERED: {
        title: 'Unanswered takedown requests',
        purpose:
          'Follow up with the platform, then escalate and tell the supervisors, when a sent request is not acknowledged.',
      },
      HIGH_RISK_UNASSIGNED: {
        title: 'High-risk cases nobody took',
        purpose: 'Wake the staff on call when a HIGH or CRITICAL case stays without an assignee.',
      },
      NO_FIRST_RESPONSE: {
        title: 'No first response',
        purpose: 'Tell the supervisors when a new case has had no first response in time.',
      },
    },
    notSetUp: 'Not set up: nothing happens until you save it.',
    onCall: 'On call',
    onCallStatus: (onCall) => `: ${onCall ? 'on call' : 'not on call'}`,
    firings: 'What the rules did lately',
    nothingYet: 'Nothing yet.',
    steps: {
      FOLLOW_UP: 'Followed up',
      ESCALATION: 'Escalated',
      ON_CALL: 'On-call alert',
      SUPERVISORS: 'Supervisors alerted',
    },
    outcomes: {
      'followed-up': ({ platform, address }) => `Followed up with ${platform} at ${address}.`,
      'web-form-follow-up': ({ platform }) =>
        `${platform} takes reports by web form: supervisors asked to follow up by hand.`,
      'escalated-to-regulator': ({ address }) => `Escalated to the regulator at ${address}.`,
      'escalated-to-platform-contact': ({ platform, address }) =>
        `Escalated to ${platform}'s escalation contact at ${address}.`,
      'escalate-by-hand': ({ platform }) =>
        `${platform} has no escalation contact by email and no regulator address is set: escalate by hand.`,
      'on-call-emailed': ({ count }) =>
        count === 1
          ? '1 member of staff on call emailed.'
          : `${count} members of staff on call emailed.`,
      'nobody-on-call-supervisors-emailed': ({ count }) =>
        `Nobody on call: ${count === 1 ? '1 supervisor' : `${count} supervisors`} emailed.`,
      'supervisors-emailed': ({ count }) =>
        count === 1 ? '1 supervisor emailed.' : `${count} supervisors emailed.`,
    },
    nobodyEmailed: 'Nobody could be emailed.',
    saveHours: 'Save business hours',
    saving: 'Saving…',
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    workingDays: 'Working days',
    opensAt: 'Opens at',
    opensHint: (timeZone) => `24-hour time in ${timeZone}, such as 09:00.`,
    closesAt: 'Closes at',
    closesHint: 'Such as 17:30; 24:00 for midnight.',
    holidays: 'Holidays',
    holidaysHint: 'Days off, one per line, such as 2026-12-25. They do not count as business days.',
    saveRule: 'Save this rule',
    turnedOn: 'Turned on',
    followUpAfter: 'Follow up after (business days)',
    followUpHint:
      'A request the platform has not acknowledged by then is followed up by email. 1 to 60.',
    escalateAfter: 'Escalate after (more business days)',
    escalateHint: 'Counted from the follow-up. Leave empty never to escalate. 1 to 60.',
    escalateTo: 'Escalate to',
    toPlatformContact: "The platform's escalation contact (the regulator when it has none)",
    toRegulator: 'The regulator, always',
    regulatorEmail: 'Regulator email address',
    regulatorHint:
      'Told which notice went unanswered, not the content. Needed to escalate to a regulator.',
    alertAfterMinutes: 'Alert after (minutes)',
    alertMinutesHint:
      'Counted day and night. The staff on call are emailed, or the supervisors when nobody is.',
    alertAfterHours: 'Alert after (business hours)',
    alertHoursHint:
      'A first response is a contact logged, a note written or a change of status by staff.',
    takeOff: (name) => `Take ${name} off call`,
    putOn: (name) => `Put ${name} on call`,
    hoursSaved: 'Business hours saved.',
    ruleSaved: 'Rule saved.',
    nowOnCall: 'Now on call.',
    noLongerOnCall: 'No longer on call.',
    gone: 'This rule or person no longer exists here. Reload the page.',
    conflict: 'That conflicts with the settings as they are now.',
  },
  fr: {
    adminsOnly: 'Seuls les admins définissent les règles d’escalade.',
    deadlines:
      'Les délais s’arrêtent tant qu’un dossier attend la personne accompagnée, et repartent dès qu’il avance. Chaque règle agit une seule fois par demande ou par dossier.',
    businessHours: 'Heures ouvrées',
    rules: {
      TAKEDOWN_UNANSWERED: {
        title: 'Demandes de retrait sans réponse',
        purpose:
          'Relancer la plateforme, puis faire remonter la demande et prévenir les superviseurs, quand une demande envoyée n’a pas reçu d’accusé de réception.',
      },
      HIGH_RISK_UNASSIGNED: {
        title: 'Dossiers à haut risque que personne n’a pris',
        purpose:
          'Alerter l’équipe d’astreinte quand un dossier de risque ÉLEVÉ ou CRITIQUE reste sans personne assignée.',
      },
      NO_FIRST_RESPONSE: {
        title: 'Pas de première réponse',
        purpose:
          'Prévenir les superviseurs quand un nouveau dossier n’a pas reçu de première réponse à temps.',
      },
    },
    notSetUp: 'Non configurée : rien ne se passe tant que vous ne l’avez pas enregistrée.',
    onCall: 'Astreinte',
    onCallStatus: (onCall) => `\u00a0: ${onCall ? 'd’astreinte' : 'pas d’astreinte'}`,
    firings: 'Ce que les règles ont fait récemment',
    nothingYet: 'Rien pour l’instant.',
    steps: {
      FOLLOW_UP: 'Relance envoyée',
      ESCALATION: 'Demande remontée',
      ON_CALL: 'Alerte d’astreinte',
      SUPERVISORS: 'Superviseurs prévenus',
    },
    outcomes: {
      'followed-up': ({ platform, address }) => `Relance envoyée à ${platform} à ${address}.`,
      'web-form-follow-up': ({ platform }) =>
        `${platform} reçoit les signalements par formulaire web : les superviseurs sont invités à relancer à la main.`,
      'escalated-to-regulator': ({ address }) =>
        `Demande remontée à l’autorité de régulation à ${address}.`,
      'escalated-to-platform-contact': ({ platform, address }) =>
        `Demande remontée au contact d’escalade de ${platform} à ${address}.`,
      'escalate-by-hand': ({ platform }) =>
        `${platform} n’a pas de contact d’escalade par e-mail et aucune adresse d’autorité de régulation n’est définie : faites remonter à la main.`,
      'on-call-emailed': ({ count }) =>
        count === 1
          ? '1 membre de l’équipe d’astreinte a reçu un e-mail.'
          : `${count} membres de l’équipe d’astreinte ont reçu un e-mail.`,
      'nobody-on-call-supervisors-emailed': ({ count }) =>
        `Personne d’astreinte : ${count === 1 ? '1 superviseur·e a reçu' : `${count} superviseur·es ont reçu`} un e-mail.`,
      'supervisors-emailed': ({ count }) =>
        count === 1
          ? '1 superviseur·e a reçu un e-mail.'
          : `${count} superviseur·es ont reçu un e-mail.`,
    },
    nobodyEmailed: 'Personne n’a pu recevoir d’e-mail.',
    saveHours: 'Enregistrer les heures ouvrées',
    saving: 'Enregistrement…',
    weekdays: ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'],
    workingDays: 'Jours ouvrés',
    opensAt: 'Ouverture',
    opensHint: (timeZone) => `Heure sur 24 h, fuseau ${timeZone}, par exemple 09:00.`,
    closesAt: 'Fermeture',
    closesHint: 'Par exemple 17:30 ; 24:00 pour minuit.',
    holidays: 'Jours non travaillés',
    holidaysHint:
      'Jours fériés et congés, un par ligne, par exemple 2026-12-25. Ils ne comptent pas comme jours ouvrés.',
    saveRule: 'Enregistrer cette règle',
    turnedOn: 'Activée',
    followUpAfter: 'Relancer après (jours ouvrés)',
    followUpHint:
      'Une demande dont la plateforme n’a pas accusé réception d’ici là est relancée par e-mail. De 1 à 60.',
    escalateAfter: 'Faire remonter après (jours ouvrés supplémentaires)',
    escalateHint:
      'Compté à partir de la relance. Laissez vide pour ne jamais faire remonter. De 1 à 60.',
    escalateTo: 'Faire remonter à',
    toPlatformContact:
      'Le contact d’escalade de la plateforme (l’autorité de régulation si elle n’en a pas)',
    toRegulator: 'L’autorité de régulation, toujours',
    regulatorEmail: 'Adresse e-mail de l’autorité de régulation',
    regulatorHint:
      'Elle apprend quelle notification est restée sans réponse, pas son contenu. Nécessaire pour faire remonter à une autorité de régulation.',
    alertAfterMinutes: 'Alerter après (minutes)',
    alertMinutesHint:
      'Compté jour et nuit. L’équipe d’astreinte reçoit un e-mail, ou les superviseurs quand personne n’est d’astreinte.',
    alertAfterHours: 'Alerter après (heures ouvrées)',
    alertHoursHint:
      'Une première réponse, c’est un contact consigné, une note écrite ou un changement de statut par l’équipe.',
    takeOff: (name) => `Retirer ${name} de l’astreinte`,
    putOn: (name) => `Mettre ${name} d’astreinte`,
    hoursSaved: 'Heures ouvrées enregistrées.',
    ruleSaved: 'Règle enregistrée.',
    nowOnCall: 'Désormais d’astreinte.',
    noLongerOnCall: 'N’est plus d’astreinte.',
    gone: 'Cette règle ou cette personne n’existe plus ici. Rechargez la page.',
    conflict: 'Cela contredit les réglages tels qu’ils sont maintenant.',
  },
};
