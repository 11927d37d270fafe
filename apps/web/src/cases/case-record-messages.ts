import type { ContactMethod, FieldLocale, IncidentView, RecipientKind } from '@cairn/contracts';
import type { z } from 'zod';

type ConsentStatus = 'ACTIVE' | 'EXPIRED' | 'WITHDRAWN';
type LocationKind = IncidentView['location']['kind'];

/**
 * What a case's record pages (incidents, contacts, checklist, consents, notes) and their
 * forms say, in each language the staff pages speak. One table, so a missing translation is
 * a type error rather than an English word on a French page.
 */
export interface CaseRecordMessages {
  // Shared
  showOlder: string;
  pages: string;
  someone: string;
  recording: string;
  saving: string;
  adding: string;
  save: string;
  inOrganisationZone: string;
  optional: string;
  note: string;
  // Checklist
  checklistTitle: string;
  noChecklist: string;
  changedBy: (name: string) => string;
  buttons: Record<'OPEN' | 'DONE' | 'NOT_APPLICABLE', string>;
  // Consents
  consentsTitle: string;
  noConsent: string;
  consentTo: string;
  status: string;
  given: string;
  expires: string;
  actions: string;
  recordedBy: (name: string) => string;
  withdraw: string;
  /** `scope` as said within a sentence, in lower case. */
  withdrawLabel: (scope: string) => string;
  consentStatus: Record<ConsentStatus, string>;
  recordConsentTitle: string;
  recordConsent: string;
  givenOn: string;
  expiresOn: string;
  // Contacts
  when: string;
  method: string;
  reference: string;
  outcome: string;
  nextFollowUp: string;
  methods: Record<z.infer<typeof ContactMethod>, string>;
  recipients: Record<z.infer<typeof RecipientKind>, string>;
  reportsTitle: string;
  noReport: string;
  whatCameOfIt: string;
  recordReportTitle: string;
  warningTitle: string;
  warningSent: string;
  warningHint: string;
  recordReport: string;
  recipient: string;
  recipientName: string;
  recipientNameHint: string;
  theirReference: string;
  recordWarning: string;
  warningText: string;
  warningTextHint: string;
  // Incidents
  incidentsTitle: string;
  noIncident: string;
  about: string;
  unknownPlace: string;
  incidentRecordedBy: (name: string) => string;
  correctIncident: string;
  addIncidentTitle: string;
  saveIncident: string;
  addIncident: string;
  whenLegend: string;
  dateAndTime: string;
  dateAndTimeHint: string;
  timeZone: string;
  timeZoneHint: string;
  approximate: string;
  whereLegend: string;
  location: string;
  locationKinds: Record<LocationKind, string>;
  platform: string;
  platformHint: string;
  webAddress: string;
  webAddressHint: string;
  place: string;
  placeHint: string;
  whatLegend: string;
  whatHappened: string;
  otherParty: string;
  otherPartyHint: string;
  // Notes
  notesTitle: string;
  noNote: string;
  addNoteTitle: string;
  addNote: string;
}

const EN: CaseRecordMessages = {
  showOlder: 'Show older',
  pages: 'Pages',
  someone: 'Someone',
  recording: 'Recording…',
  saving: 'Saving…',
  adding: 'Adding…',
  save: 'Save',
  inOrganisationZone: "In the organisation's time zone.",
  optional: 'Optional.',
  note: 'Note',
  checklistTitle: 'Safety checklist',
  noChecklist: 'No checklist applies to this case.',
  changedBy: (name) => ` by ${name}`,
  buttons: { OPEN: 'Open', DONE: 'Done', NOT_APPLICABLE: 'N/A' },
  consentsTitle: 'Consents',
  noConsent: 'No consent recorded yet.',
  consentTo: 'Consent to',
  status: 'Status',
  given: 'Given',
  expires: 'Expires',
  actions: 'Actions',
  recordedBy: (name) => `(recorded by ${name})`,
  withdraw: 'Withdraw',
  withdrawLabel: (scope) => `Withdraw consent to ${scope}`,
  consentStatus: { ACTIVE: 'Active', EXPIRED: 'Expired', WITHDRAWN: 'Withdrawn' },
  recordConsentTitle: 'Record a consent',
  recordConsent: 'Record consent',
  givenOn: 'Given on',
  expiresOn: 'Expires on',
  when: 'When',
  method: 'Method',
  reference: 'Reference',
  outcome: 'Outcome',
  nextFollowUp: 'Next follow-up',
  methods: {
    WEB_FORM: 'Web form',
    IN_APP_REPORT: 'In-app report',
    EMAIL: 'Email',
    PHONE: 'Phone',
    LETTER: 'Letter',
    IN_PERSON: 'In person',
    OTHER: 'Other',
  },
  recipients: {
    PLATFORM: 'Platform',
    INTERNET_PROVIDER: 'Internet provider',
    POLICE: 'Police',
    EMPLOYER: 'Employer',
    SEARCH_ENGINE: 'Search engine',
    WEBSITE_HOST: 'Website host',
    LAWYER: 'Lawyer',
    SUPPORT_SERVICE: 'Support service',
    OTHER: 'Other',
  },
  reportsTitle: 'Reports to third parties',
  noReport: 'No report recorded yet.',
  whatCameOfIt: 'Record what came of it',
  recordReportTitle: 'Record a report',
  warningTitle: 'The written warning',
  warningSent: 'A warning was sent.',
  warningHint:
    'The one warning to the other party that further contact goes to the police. It can be recorded once.',
  recordReport: 'Record report',
  recipient: 'Recipient',
  recipientName: 'Recipient name',
  recipientNameHint: 'Such as Instagram, or the police station.',
  theirReference: 'Their reference number',
  recordWarning: 'Record warning',
  warningText: 'Warning text',
  warningTextHint: 'The words sent, as sent.',
  incidentsTitle: 'Incidents',
  noIncident: 'No incident recorded yet.',
  about: 'About ',
  unknownPlace: 'Unknown',
  incidentRecordedBy: (name) => `Recorded by ${name}`,
  correctIncident: 'Correct this incident',
  addIncidentTitle: 'Add an incident',
  saveIncident: 'Save incident',
  addIncident: 'Add incident',
  whenLegend: 'When',
  dateAndTime: 'Date and time',
  dateAndTimeHint: 'Local time where it happened.',
  timeZone: 'Time zone',
  timeZoneHint: 'Where it happened. Type a city or region to search, such as Paris.',
  approximate: 'Approximate: the survivor is not sure when',
  whereLegend: 'Where',
  location: 'Location',
  locationKinds: {
    PLATFORM: 'On a platform',
    URL: 'At a web address',
    PLACE: 'At a place',
    UNKNOWN: 'Unknown',
  },
  platform: 'Platform',
  platformHint: 'For a platform: its name.',
  webAddress: 'Web address',
  webAddressHint: 'For a web address; optional for a platform.',
  place: 'Place',
  placeHint: 'For a place: where.',
  whatLegend: 'What',
  whatHappened: 'What happened',
  otherParty: 'Other party',
  otherPartyHint:
    'One per line as kind: value, and | platform if it is on one (handle: @name | Instagram). Kinds: handle, email, phone, url, name, other.',
  notesTitle: 'Notes',
  noNote: 'No note yet.',
  addNoteTitle: 'Add a note',
  addNote: 'Add note',
};

const FR: CaseRecordMessages = {
  showOlder: 'Voir les plus anciens',
  pages: 'Pagination',
  someone: 'Quelqu’un',
  recording: 'Enregistrement…',
  saving: 'Enregistrement…',
  adding: 'Ajout…',
  save: 'Enregistrer',
  inOrganisationZone: 'Dans le fuseau horaire de l’organisation.',
  optional: 'Facultatif.',
  note: 'Remarque',
  checklistTitle: 'Liste de sécurité',
  noChecklist: 'Aucune liste ne s’applique à ce dossier.',
  changedBy: (name) => ` par ${name}`,
  buttons: { OPEN: 'À faire', DONE: 'Fait', NOT_APPLICABLE: 'S.O.' },
  consentsTitle: 'Consentements',
  noConsent: 'Aucun consentement enregistré pour l’instant.',
  consentTo: 'Consentement à',
  status: 'Statut',
  given: 'Donné le',
  expires: 'Expire le',
  actions: 'Actions possibles',
  recordedBy: (name) => `(enregistré par ${name})`,
  withdraw: 'Retirer',
  withdrawLabel: (scope) => `Retirer le consentement : ${scope}`,
  consentStatus: { ACTIVE: 'En vigueur', EXPIRED: 'Expiré', WITHDRAWN: 'Retiré' },
  recordConsentTitle: 'Enregistrer un consentement',
  recordConsent: 'Enregistrer le consentement',
  givenOn: 'Donné le',
  expiresOn: 'Expire le',
  when: 'Quand',
  method: 'Moyen',
  reference: 'Référence',
  outcome: 'Résultat',
  nextFollowUp: 'Prochaine relance',
  methods: {
    WEB_FORM: 'Formulaire en ligne',
    IN_APP_REPORT: 'Signalement dans l’application',
    EMAIL: 'Courriel',
    PHONE: 'Téléphone',
    LETTER: 'Lettre',
    IN_PERSON: 'En personne',
    OTHER: 'Autre',
  },
  recipients: {
    PLATFORM: 'Plateforme',
    INTERNET_PROVIDER: 'Fournisseur d’accès à internet',
    POLICE: 'Police ou gendarmerie',
    EMPLOYER: 'Employeur',
    SEARCH_ENGINE: 'Moteur de recherche',
    WEBSITE_HOST: 'Hébergeur du site',
    LAWYER: 'Avocat·e',
    SUPPORT_SERVICE: 'Service d’aide',
    OTHER: 'Autre',
  },
  reportsTitle: 'Signalements à des tiers',
  noReport: 'Aucun signalement enregistré pour l’instant.',
  whatCameOfIt: 'Noter ce qui en est ressorti',
  recordReportTitle: 'Enregistrer un signalement',
  warningTitle: 'L’avertissement écrit',
  warningSent: 'Un avertissement a été envoyé.',
  warningHint:
    'L’unique avertissement à l’autre partie : tout nouveau contact sera transmis à la police. Il ne peut être enregistré qu’une fois.',
  recordReport: 'Enregistrer le signalement',
  recipient: 'Destinataire',
  recipientName: 'Nom du destinataire',
  recipientNameHint: 'Par exemple Instagram, ou le commissariat.',
  theirReference: 'Leur numéro de référence',
  recordWarning: 'Enregistrer l’avertissement',
  warningText: 'Texte de l’avertissement',
  warningTextHint: 'Les mots envoyés, tels quels.',
  incidentsTitle: 'Incidents',
  noIncident: 'Aucun incident enregistré pour l’instant.',
  about: 'Vers ',
  unknownPlace: 'Lieu inconnu',
  incidentRecordedBy: (name) => `Enregistré par ${name}`,
  correctIncident: 'Corriger cet incident',
  addIncidentTitle: 'Ajouter un incident',
  saveIncident: 'Enregistrer l’incident',
  addIncident: 'Ajouter l’incident',
  whenLegend: 'Quand',
  dateAndTime: 'Date et heure',
  dateAndTimeHint: 'Heure locale là où cela s’est passé.',
  timeZone: 'Fuseau horaire',
  timeZoneHint:
    'Là où cela s’est passé. Tapez une ville ou une région pour chercher, par exemple Paris.',
  approximate: 'Approximatif : la victime n’est pas sûre du moment',
  whereLegend: 'Où',
  location: 'Lieu',
  locationKinds: {
    PLATFORM: 'Sur une plateforme',
    URL: 'À une adresse web',
    PLACE: 'Dans un lieu',
    UNKNOWN: 'Inconnu',
  },
  platform: 'Plateforme',
  platformHint: 'Pour une plateforme : son nom.',
  webAddress: 'Adresse web',
  webAddressHint: 'Pour une adresse web ; facultative pour une plateforme.',
  place: 'Endroit',
  placeHint: 'Pour un lieu : où.',
  whatLegend: 'Quoi',
  whatHappened: 'Ce qui s’est passé',
  otherParty: 'Autre partie',
  otherPartyHint:
    'Une par ligne sous la forme type : valeur, suivie de | plateforme s’il y en a une (handle : @nom | Instagram). Types, en anglais : handle, email, phone, url, name, other.',
  notesTitle: 'Notes',
  noNote: 'Pas encore de note.',
  addNoteTitle: 'Ajouter une note',
  addNote: 'Ajouter la note',
};

export const CASE_RECORD_MESSAGES: Readonly<Record<FieldLocale, CaseRecordMessages>> = {
  en: EN,
  fr: FR,
};
