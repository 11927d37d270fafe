import type { AuditAction, AuditBrokenReason, FieldLocale } from '@cairn/contracts';

/**
 * What each audited action means, as the end of a sentence whose subject is who acted; an
 * action about a case ends where the case's reference follows ("wrote a note on case",
 * "a écrit une note sur le dossier"). Every action the API records has its label in every
 * language (the compiler checks); an unknown code from an older event is shown as it is, so
 * it is never hidden.
 */
export const ACTION_LABELS_BY_LOCALE: Readonly<
  Record<FieldLocale, Readonly<Record<AuditAction, string>>>
> = {
  en: {
    'audit.verified': 'checked the audit chain',
    'auth.account-locked': 'had their account locked after failed sign-ins',
    'auth.login': 'signed in',
    'auth.login-failed': 'failed to sign in',
    'auth.login-refused-locked': 'was refused sign-in: account locked',
    'auth.logout': 'signed out',
    'case.assignees-changed': 'changed the assignees of case',
    'case.checklist-item-set': 'ticked a safety step on case',
    'case.consent-recorded': 'recorded a consent on case',
    'case.consent-withdrawn': 'recorded a withdrawn consent on case',
    'case.contact-added': 'logged a contact on case',
    'case.contact-updated': 'updated a contact on case',
    'case.created': 'opened case',
    'case.evidence-export-downloaded': 'downloaded an evidence bundle of case',
    'case.evidence-exported': 'exported an evidence bundle of case',
    'case.incident-added': 'recorded an incident on case',
    'case.incident-updated': 'edited an incident on case',
    'case.note-added': 'wrote a note on case',
    'case.status-changed': 'changed the status of case',
    'case.survivor-message-shared': "shared the survivor's message on case",
    'case.updated': 'edited case',
    'case.viewed': 'read case',
    'cases.exported': 'exported the case list',
    'cases.listed': 'listed cases',
    'contacts.follow-ups-listed': 'listed follow-ups due',
    'content.draft-discarded': 'discarded a guide draft',
    'content.draft-saved': 'saved a guide draft',
    'content.imported': 'imported guide content',
    'content.published': 'published a guide lesson',
    'content.rolled-back': 'rolled a guide lesson back',
    'content.withdrawn': 'withdrew a guide lesson',
    'escalation.fired': 'triggered an escalation alert about case',
    'escalations.calendar-set': 'changed the escalation calendar',
    'escalations.on-call-set': 'changed who is on call',
    'escalations.rule-created': 'added an escalation rule',
    'escalations.rule-deleted': 'removed an escalation rule',
    'escalations.rule-updated': 'edited an escalation rule',
    'escalations.viewed': 'read the escalation rules',
    'evidence.analysed': 'had evidence analysed',
    'evidence.authenticity-rechecked': "rechecked an email's authenticity",
    'evidence.downloaded': 'downloaded evidence',
    'evidence.export-downloaded': 'downloaded evidence in a bundle',
    'evidence.exported': 'put evidence in a bundle',
    'evidence.hidden': 'hid evidence',
    'evidence.hold-released': 'released a legal hold on evidence',
    'evidence.hold-set': 'put evidence under legal hold',
    'evidence.link-added': 'added a link as evidence to case',
    'evidence.location-revealed': "revealed a photo's location",
    'evidence.shown': 'showed hidden evidence again',
    'evidence.thumbnail-viewed': 'viewed a thumbnail of evidence',
    'evidence.uploaded': 'uploaded evidence to case',
    'evidence.verified': 'verified evidence on case',
    'evidence.viewed': 'viewed evidence on case',
    'follow-up.code-issued': 'issued a follow-up code for case',
    'follow-up.code-refused': 'entered a wrong follow-up code for case',
    'follow-up.evidence-added': 'added evidence through follow-up to case',
    'follow-up.locked': 'locked follow-up after wrong codes for case',
    'follow-up.message-added': 'sent a follow-up message on case',
    'follow-up.session-ended': 'ended a follow-up visit to case',
    'follow-up.session-started': 'started a follow-up visit to case',
    'follow-up.viewed': 'read follow-up of case',
    'helpline.created': 'added a helpline',
    'helpline.deleted': 'removed a helpline',
    'helpline.updated': 'edited a helpline',
    'intake.submitted': 'sent the intake form that opened case',
    'mail.catcher.listed': 'listed the emails the mail catcher kept',
    'mail.catcher.viewed': 'read an email the mail catcher kept',
    'mail.outbox.listed': 'listed the outbox',
    'mail.outbox.resent': 'sent an email again',
    'mail.outbox.viewed': 'read an email in the outbox',
    'mail.settings.updated': 'changed the mail settings',
    'organization.created': 'created the organisation',
    'platform.created': 'added a platform',
    'platform.updated': 'edited a platform',
    'staff.invite-burned': 'used up an invitation',
    'staff.invite-password-failed': 'failed to accept an invitation',
    'staff.invite-revoked': 'revoked an invitation',
    'staff.invited': 'invited a colleague',
    'staff.joined': 'joined the organisation',
    'staff.removed': 'removed a colleague',
    'staff.role-changed': "changed a colleague's role",
    'takedown-settings.updated': 'changed the takedown settings',
    'takedown-template.updated': 'edited a takedown template',
    'takedown.approved': 'approved a takedown request on case',
    'takedown.created': 'drafted a takedown request on case',
    'takedown.outcome-recorded': 'recorded the outcome of a takedown request on case',
    'takedown.reply-received': 'received a reply to a takedown request on case',
    'takedown.sent': 'sent a takedown request on case',
    'takedown.submitted': 'submitted a takedown request for approval on case',
    'takedown.updated': 'edited a takedown request on case',
  },
  fr: {
    'audit.verified': 'a vérifié la chaîne du journal d’audit',
    'auth.account-locked': 'a vu son compte verrouillé après des connexions échouées',
    'auth.login': 's’est connecté·e',
    'auth.login-failed': 'n’a pas réussi à se connecter',
    'auth.login-refused-locked': 's’est vu refuser la connexion : compte verrouillé',
    'auth.logout': 's’est déconnecté·e',
    'case.assignees-changed': 'a modifié les personnes assignées au dossier',
    'case.checklist-item-set': 'a coché une étape de sécurité du dossier',
    'case.consent-recorded': 'a consigné un consentement au dossier',
    'case.consent-withdrawn': 'a consigné un retrait de consentement au dossier',
    'case.contact-added': 'a consigné un contact au dossier',
    'case.contact-updated': 'a mis à jour un contact du dossier',
    'case.created': 'a ouvert le dossier',
    'case.evidence-export-downloaded': 'a téléchargé un lot de preuves du dossier',
    'case.evidence-exported': 'a exporté un lot de preuves du dossier',
    'case.incident-added': 'a consigné un incident au dossier',
    'case.incident-updated': 'a modifié un incident du dossier',
    'case.note-added': 'a écrit une note au dossier',
    'case.status-changed': 'a changé le statut du dossier',
    'case.survivor-message-shared': 'a partagé le message de la personne accompagnée au dossier',
    'case.updated': 'a modifié le dossier',
    'case.viewed': 'a consulté le dossier',
    'cases.exported': 'a exporté la liste des dossiers',
    'cases.listed': 'a listé les dossiers',
    'contacts.follow-ups-listed': 'a listé les relances à faire',
    'content.draft-discarded': 'a abandonné un brouillon du guide',
    'content.draft-saved': 'a enregistré un brouillon du guide',
    'content.imported': 'a importé du contenu du guide',
    'content.published': 'a publié une leçon du guide',
    'content.rolled-back': 'a rétabli une version antérieure d’une leçon du guide',
    'content.withdrawn': 'a retiré une leçon du guide',
    'escalation.fired': 'a déclenché une alerte d’escalade au sujet du dossier',
    'escalations.calendar-set': 'a modifié le calendrier d’escalade',
    'escalations.on-call-set': 'a modifié la permanence',
    'escalations.rule-created': 'a ajouté une règle d’escalade',
    'escalations.rule-deleted': 'a supprimé une règle d’escalade',
    'escalations.rule-updated': 'a modifié une règle d’escalade',
    'escalations.viewed': 'a consulté les règles d’escalade',
    'evidence.analysed': 'a fait analyser une preuve',
    'evidence.authenticity-rechecked': 'a revérifié l’authenticité d’un e-mail',
    'evidence.downloaded': 'a téléchargé une preuve',
    'evidence.export-downloaded': 'a téléchargé une preuve dans un lot',
    'evidence.exported': 'a mis une preuve dans un lot',
    'evidence.hidden': 'a masqué une preuve',
    'evidence.hold-released': 'a levé la conservation légale d’une preuve',
    'evidence.hold-set': 'a placé une preuve sous conservation légale',
    'evidence.link-added': 'a ajouté un lien comme preuve au dossier',
    'evidence.location-revealed': 'a affiché le lieu d’une photo',
    'evidence.shown': 'a réaffiché une preuve masquée',
    'evidence.thumbnail-viewed': 'a consulté la vignette d’une preuve',
    'evidence.uploaded': 'a déposé une preuve au dossier',
    'evidence.verified': 'a vérifié une preuve du dossier',
    'evidence.viewed': 'a consulté une preuve du dossier',
    'follow-up.code-issued': 'a émis un code de suivi pour le dossier',
    'follow-up.code-refused': 'a saisi un mauvais code de suivi pour le dossier',
    'follow-up.evidence-added': 'a ajouté une preuve par le suivi au dossier',
    'follow-up.locked': 'a bloqué le suivi après de mauvais codes pour le dossier',
    'follow-up.message-added': 'a envoyé un message de suivi au dossier',
    'follow-up.session-ended': 'a terminé une visite de suivi du dossier',
    'follow-up.session-started': 'a commencé une visite de suivi du dossier',
    'follow-up.viewed': 'a consulté le suivi du dossier',
    'helpline.created': 'a ajouté une ligne d’écoute',
    'helpline.deleted': 'a supprimé une ligne d’écoute',
    'helpline.updated': 'a modifié une ligne d’écoute',
    'intake.submitted': 'a envoyé le formulaire d’accueil qui a ouvert le dossier',
    'mail.catcher.listed': 'a listé les e-mails gardés par le capteur de courrier',
    'mail.catcher.viewed': 'a lu un e-mail gardé par le capteur de courrier',
    'mail.outbox.listed': 'a listé la boîte d’envoi',
    'mail.outbox.resent': 'a renvoyé un e-mail',
    'mail.outbox.viewed': 'a lu un e-mail de la boîte d’envoi',
    'mail.settings.updated': 'a modifié les réglages du courrier',
    'organization.created': 'a créé l’organisation',
    'platform.created': 'a ajouté une plateforme',
    'platform.updated': 'a modifié une plateforme',
    'staff.invite-burned': 'a épuisé une invitation',
    'staff.invite-password-failed': 'n’a pas réussi à accepter une invitation',
    'staff.invite-revoked': 'a révoqué une invitation',
    'staff.invited': 'a invité un·e collègue',
    'staff.joined': 'a rejoint l’organisation',
    'staff.removed': 'a retiré un·e collègue',
    'staff.role-changed': 'a changé le rôle d’un·e collègue',
    'takedown-settings.updated': 'a modifié les réglages des demandes de retrait',
    'takedown-template.updated': 'a modifié un modèle de demande de retrait',
    'takedown.approved': 'a approuvé une demande de retrait du dossier',
    'takedown.created': 'a rédigé une demande de retrait au dossier',
    'takedown.outcome-recorded': 'a consigné la suite d’une demande de retrait du dossier',
    'takedown.reply-received': 'a reçu une réponse à une demande de retrait du dossier',
    'takedown.sent': 'a envoyé une demande de retrait du dossier',
    'takedown.submitted': 'a soumis pour approbation une demande de retrait du dossier',
    'takedown.updated': 'a modifié une demande de retrait du dossier',
  },
};

/** The English labels, for code that reads one language only. */
export const ACTION_LABELS = ACTION_LABELS_BY_LOCALE.en;

/**
 * What an event says after who acted; an action with no label is said by its code, followed
 * by the word for a case when a case's reference follows.
 */
export function actionLabel(action: string, locale: FieldLocale = 'en', onCase = false): string {
  const label = (ACTION_LABELS_BY_LOCALE[locale] as Readonly<Record<string, string>>)[action];
  if (label) return label;
  return onCase ? `${action} ${AUDIT_MESSAGES[locale].caseWord}` : action;
}

/**
 * Everything else the audit page and its filters say, in each language the staff pages
 * speak.
 */
export interface AuditMessages {
  adminsOnly: string;
  chainIntact: (checked: number) => string;
  chainBroken: (seq: string, reason: string) => string;
  /** Why verification stopped at an event, by the code the API sends. */
  brokenReasons: Readonly<Record<AuditBrokenReason, string>>;
  unknownReason: string;
  pending: (count: number) => string;
  filtersRefused: string;
  beingRecordedHeading: string;
  recordedHeading: string;
  noMatch: string;
  older: string;
  formerMember: string;
  notSignedIn: string;
  caseYouCannotSee: string;
  itsEvents: string;
  /** Put before a case's reference after an action with no label of its own. */
  caseWord: string;
  beingRecorded: string;
  // Filters
  who: string;
  anyone: string;
  what: string;
  anything: string;
  from: string;
  until: string;
  oneCase: string;
  allCases: string;
  show: string;
}

export const AUDIT_MESSAGES: Readonly<Record<FieldLocale, AuditMessages>> = {
  en: {
    adminsOnly: 'Only admins can read the audit log.',
    chainIntact: (checked) => `Chain intact: ${checked} events checked.`,
    chainBroken: (seq, reason) => `Chain broken at event #${seq}: ${reason}.`,
    brokenReasons: {
      'hash-mismatch': 'its contents were changed after it was recorded',
      'broken-link': 'it does not follow on from the event before it',
      'missing-event': 'that event is missing',
      'head-mismatch': 'the last event the chain recorded does not match the events found',
    },
    unknownReason: 'unknown',
    pending: (count) => ` ${count} more being recorded, not yet linked.`,
    filtersRefused: 'These filters could not be used.',
    beingRecordedHeading: 'Being recorded',
    recordedHeading: 'Recorded',
    noMatch: 'No event matches these filters.',
    older: 'Older events',
    formerMember: 'A former member',
    notSignedIn: 'Someone not signed in',
    caseYouCannotSee: 'a case you cannot see',
    itsEvents: 'its events',
    caseWord: 'case',
    beingRecorded: 'being recorded',
    who: 'Who',
    anyone: 'Anyone',
    what: 'What',
    anything: 'Anything',
    from: 'From',
    until: 'Until',
    oneCase: 'Only events about one case.',
    allCases: 'Show all cases',
    show: 'Show events',
  },
  fr: {
    adminsOnly: 'Seuls les admins peuvent lire le journal d’audit.',
    chainIntact: (checked) => `Chaîne intacte : ${checked} événements vérifiés.`,
    chainBroken: (seq, reason) => `Chaîne rompue à l’événement n° ${seq} : ${reason}.`,
    brokenReasons: {
      'hash-mismatch': 'son contenu a été modifié après son enregistrement',
      'broken-link': 'il ne fait pas suite à l’événement qui le précède',
      'missing-event': 'cet événement manque',
      'head-mismatch':
        'le dernier événement enregistré par la chaîne ne correspond pas aux événements trouvés',
    },
    unknownReason: 'raison inconnue',
    pending: (count) => ` ${count} autres en cours d’enregistrement, pas encore chaînés.`,
    filtersRefused: 'Ces filtres n’ont pas pu être appliqués.',
    beingRecordedHeading: 'En cours d’enregistrement',
    recordedHeading: 'Enregistrés',
    noMatch: 'Aucun événement ne correspond à ces filtres.',
    older: 'Événements plus anciens',
    formerMember: 'Un·e ancien·ne membre',
    notSignedIn: 'Une personne non connectée',
    caseYouCannotSee: 'un dossier que vous ne pouvez pas voir',
    itsEvents: 'ses événements',
    caseWord: 'dossier',
    beingRecorded: 'en cours d’enregistrement',
    who: 'Qui',
    anyone: 'Tout le monde',
    what: 'Quoi',
    anything: 'Tout',
    from: 'Du',
    until: 'Au',
    oneCase: 'Seulement les événements d’un dossier.',
    allCases: 'Voir tous les dossiers',
    show: 'Afficher les événements',
  },
};
