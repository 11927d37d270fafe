import type { FieldLocale } from '@cairn/contracts';

/**
 * What a case's own pages, their header and tabs, the case forms and their actions say, in
 * each language the staff pages speak. One table, so a missing translation is a type error
 * rather than an English word on a French page.
 */
export interface CaseMessages {
  // Titles and header
  caseTitle: string;
  newCaseTitle: string;
  cannotOpen: string;
  editTitle: string;
  restricted: string;
  crossBorder: string;
  assignedTo: string;
  nobodyYet: string;
  sectionsLabel: string;
  tabs: {
    overview: string;
    timeline: string;
    incidents: string;
    evidence: string;
    contacts: string;
    checklist: string;
    consents: string;
    takedowns: string;
    notes: string;
  };
  // Overview
  summary: string;
  editLink: string;
  noSummary: string;
  abuseTypes: string;
  platforms: string;
  tags: string;
  survivorCountry: string;
  otherPartyCountry: string;
  closedBecause: string;
  opened: string;
  openedBy: (name: string) => string;
  none: string;
  riskScreening: string;
  status: string;
  assignment: string;
  restrictedAssignment: string;
  // Answers to the risk questions
  yes: string;
  no: string;
  unknown: string;
  // The case forms
  openCase: string;
  opening: string;
  saveChanges: string;
  saving: string;
  theCase: string;
  title: string;
  summaryHint: string;
  platformsHint: string;
  tagsHint: string;
  restrictedLabel: string;
  restrictedOnlyYou: string;
  risk: string;
  riskLevel: string;
  survivor: string;
  name: string;
  nameHint: string;
  isPseudonym: string;
  preferredLanguage: string;
  languageHint: string;
  countryHint: string;
  ifKnown: string;
  notKnown: string;
  safeContact: string;
  safeChannels: string;
  safeTimes: string;
  safeTimesHint: string;
  never: string;
  neverHint: string;
  contactDetails: string;
  contactDetailsHint: string;
  assignTo: string;
  // Status and assignment forms
  cannotChangeStatus: string;
  changeStatus: string;
  changing: string;
  newStatus: string;
  closingReason: string;
  closingReasonHint: string;
  notClosing: string;
  comment: string;
  commentHint: string;
  saveAssignees: string;
  assignedStaff: string;
  // What the actions say after a success, or before sending an unlikely time
  done: {
    caseOpened: string;
    statusChanged: string;
    assigneesSaved: string;
    incidentRecorded: string;
    warningRecorded: string;
    contactRecorded: string;
    consentRecorded: string;
    noteAdded: string;
    nothingChanged: string;
    caseSaved: string;
    contactUpdated: string;
    incidentSaved: string;
  };
  unlikelyTime: string;
  list: {
    cannotSee: string;
    newCase: string;
    filtersRefused: string;
    count: (total: number, capped: boolean) => string;
    pages: string;
    firstPage: string;
    nextPage: string;
    search: string;
    moreFilters: string;
    abuseType: string;
    anyone: string;
    mineOnly: string;
    unassignedOnly: string;
    labels: string;
    platform: string;
    tag: string;
    dates: string;
    openedFrom: string;
    openedUntil: string;
    updatedFrom: string;
    updatedUntil: string;
    order: string;
    sortBy: string;
    sorts: { updatedAt: string; createdAt: string; riskLevel: string; reference: string };
    descending: string;
    ascending: string;
    apply: string;
    exportCsv: string;
    exportWithSurvivor: string;
  };
}

const EN: CaseMessages = {
  caseTitle: 'Case',
  newCaseTitle: 'New case',
  cannotOpen: 'Your role cannot open cases.',
  editTitle: 'Edit the case',
  restricted: 'Restricted',
  crossBorder: 'Cross-border',
  assignedTo: 'Assigned to:',
  nobodyYet: 'nobody yet',
  sectionsLabel: 'Case sections',
  tabs: {
    overview: 'Overview',
    timeline: 'Timeline',
    incidents: 'Incidents',
    evidence: 'Evidence',
    contacts: 'Contacts',
    checklist: 'Checklist',
    consents: 'Consents',
    takedowns: 'Takedowns',
    notes: 'Notes',
  },
  summary: 'Summary',
  editLink: 'Edit the case',
  noSummary: 'No summary yet.',
  abuseTypes: 'Abuse types',
  platforms: 'Platforms',
  tags: 'Tags',
  survivorCountry: "Survivor's country",
  otherPartyCountry: "Other party's country",
  closedBecause: 'Closed because',
  opened: 'Opened',
  openedBy: (name) => ` by ${name}`,
  none: 'None',
  riskScreening: 'Risk screening',
  status: 'Status',
  assignment: 'Assignment',
  restrictedAssignment:
    'This case is restricted: only a supervisor or an admin can change who works on it.',
  yes: 'Yes',
  no: 'No',
  unknown: 'Unknown',
  openCase: 'Open case',
  opening: 'Opening…',
  saveChanges: 'Save changes',
  saving: 'Saving…',
  theCase: 'The case',
  title: 'Title',
  summaryHint: 'What happened, in a few sentences. It is searchable.',
  platformsHint: 'Separated by commas, such as: Instagram, TikTok',
  tagsHint: 'Separated by commas.',
  restrictedLabel: 'Restricted: only assigned staff and supervisors may see this case',
  restrictedOnlyYou:
    'A restricted case can be assigned only to you; a supervisor can add colleagues later.',
  risk: 'Risk',
  riskLevel: 'Risk level',
  survivor: 'Survivor',
  name: 'Name',
  nameHint: 'As they chose to be called.',
  isPseudonym: 'This is a pseudonym',
  preferredLanguage: 'Preferred language',
  languageHint: 'Type to search by name or code, such as French or fr.',
  countryHint: 'Type to search by name or code, such as France or FR.',
  ifKnown: 'If known.',
  notKnown: 'Not known',
  safeContact: 'Safe contact',
  safeChannels: 'Safe channels',
  safeTimes: 'Safe times',
  safeTimesHint: 'In their words, such as: weekdays 9–12.',
  never: 'Never',
  neverHint: 'One rule per line, such as: Do not call',
  contactDetails: 'Contact details',
  contactDetailsHint: 'Only the safe numbers, addresses or handles.',
  assignTo: 'Assign to',
  cannotChangeStatus: 'This case cannot change status now.',
  changeStatus: 'Change status',
  changing: 'Changing…',
  newStatus: 'New status',
  closingReason: 'Closing reason',
  closingReasonHint: 'Required to close the case.',
  notClosing: '(not closing)',
  comment: 'Comment',
  commentHint: 'Why, in a sentence. It goes to the timeline.',
  saveAssignees: 'Save assignees',
  assignedStaff: 'Assigned staff',
  done: {
    caseOpened: 'Case opened.',
    statusChanged: 'Status changed.',
    assigneesSaved: 'Assignees saved.',
    incidentRecorded: 'Incident recorded.',
    warningRecorded: 'Warning recorded.',
    contactRecorded: 'Contact recorded.',
    consentRecorded: 'Consent recorded.',
    noteAdded: 'Note added.',
    nothingChanged: 'Nothing to save: no field changed.',
    caseSaved: 'Case saved.',
    contactUpdated: 'Contact updated.',
    incidentSaved: 'Incident saved.',
  },
  unlikelyTime:
    'This is more than 20 years ago. Check the year; if it is right, send the form again.',
  list: {
    cannotSee: 'Your role cannot see cases.',
    newCase: 'New case',
    filtersRefused: 'These filters could not be used.',
    count: (total, capped) =>
      `${total.toLocaleString('en-GB')}${capped ? '+ cases' : total === 1 ? ' case' : ' cases'}`,
    pages: 'Pages',
    firstPage: 'First page',
    nextPage: 'Next page',
    search: 'Search',
    moreFilters: 'More filters',
    abuseType: 'Abuse type',
    anyone: 'Anyone',
    mineOnly: 'Mine only',
    unassignedOnly: 'Unassigned only',
    labels: 'Labels',
    platform: 'Platform',
    tag: 'Tag',
    dates: 'Dates',
    openedFrom: 'Opened from',
    openedUntil: 'Opened until',
    updatedFrom: 'Updated from',
    updatedUntil: 'Updated until',
    order: 'Order',
    sortBy: 'Sort by',
    sorts: {
      updatedAt: 'Last updated',
      createdAt: 'Opened',
      riskLevel: 'Risk',
      reference: 'Reference',
    },
    descending: 'Descending',
    ascending: 'Ascending',
    apply: 'Apply filters',
    exportCsv: 'Export these cases as CSV',
    exportWithSurvivor: 'Export with survivor details',
  },
};

const FR: CaseMessages = {
  caseTitle: 'Dossier',
  newCaseTitle: 'Nouveau dossier',
  cannotOpen: 'Votre rôle ne permet pas d’ouvrir des dossiers.',
  editTitle: 'Modifier le dossier',
  restricted: 'Restreint',
  crossBorder: 'Transfrontalier',
  assignedTo: 'Suivi par :',
  nobodyYet: 'personne pour l’instant',
  sectionsLabel: 'Rubriques du dossier',
  tabs: {
    overview: 'Vue d’ensemble',
    timeline: 'Chronologie',
    incidents: 'Incidents',
    evidence: 'Preuves',
    contacts: 'Démarches',
    checklist: 'Liste d’étapes',
    consents: 'Consentements',
    takedowns: 'Retraits',
    notes: 'Notes',
  },
  summary: 'Résumé',
  editLink: 'Modifier le dossier',
  noSummary: 'Pas encore de résumé.',
  abuseTypes: 'Types de violence',
  platforms: 'Plateformes',
  tags: 'Étiquettes',
  survivorCountry: 'Pays de la victime',
  otherPartyCountry: 'Pays de l’autre partie',
  closedBecause: 'Motif de clôture',
  opened: 'Ouvert le',
  openedBy: (name) => ` par ${name}`,
  none: 'Aucun',
  riskScreening: 'Évaluation du risque',
  status: 'Statut',
  assignment: 'Attribution',
  restrictedAssignment:
    'Ce dossier est restreint : seul·e un·e superviseur·e ou un·e admin peut changer qui le suit.',
  yes: 'Oui',
  no: 'Non',
  unknown: 'Inconnu',
  openCase: 'Ouvrir le dossier',
  opening: 'Ouverture…',
  saveChanges: 'Enregistrer les modifications',
  saving: 'Enregistrement…',
  theCase: 'Le dossier',
  title: 'Titre',
  summaryHint: 'Ce qui s’est passé, en quelques phrases. Le résumé est consultable par recherche.',
  platformsHint: 'Séparées par des virgules, par exemple : Instagram, TikTok',
  tagsHint: 'Séparées par des virgules.',
  restrictedLabel:
    'Restreint : seul le personnel attribué et les superviseur·es peuvent voir ce dossier',
  restrictedOnlyYou:
    'Un dossier restreint ne peut être attribué qu’à vous ; un·e superviseur·e pourra ajouter des collègues ensuite.',
  risk: 'Risque',
  riskLevel: 'Niveau de risque',
  survivor: 'Victime',
  name: 'Nom',
  nameHint: 'Tel que la personne a choisi d’être appelée.',
  isPseudonym: 'C’est un pseudonyme',
  preferredLanguage: 'Langue préférée',
  languageHint: 'Tapez pour chercher par nom ou par code, par exemple français ou fr.',
  countryHint: 'Tapez pour chercher par nom ou par code, par exemple France ou FR.',
  ifKnown: 'S’il est connu.',
  notKnown: 'Inconnu',
  safeContact: 'Contact sûr',
  safeChannels: 'Moyens de contact sûrs',
  safeTimes: 'Moments sûrs',
  safeTimesHint: 'Avec ses mots, par exemple : en semaine 9 h – 12 h.',
  never: 'Jamais',
  neverHint: 'Une règle par ligne, par exemple : Ne pas appeler',
  contactDetails: 'Coordonnées',
  contactDetailsHint: 'Uniquement les numéros, adresses ou identifiants sûrs.',
  assignTo: 'Attribuer à',
  cannotChangeStatus: 'Le statut de ce dossier ne peut pas changer pour l’instant.',
  changeStatus: 'Changer le statut',
  changing: 'Changement…',
  newStatus: 'Nouveau statut',
  closingReason: 'Motif de clôture',
  closingReasonHint: 'Obligatoire pour clore le dossier.',
  notClosing: '(pas de clôture)',
  comment: 'Commentaire',
  commentHint: 'Pourquoi, en une phrase. Il figure dans la chronologie.',
  saveAssignees: 'Enregistrer l’attribution',
  assignedStaff: 'Personnel attribué',
  done: {
    caseOpened: 'Dossier ouvert.',
    statusChanged: 'Statut changé.',
    assigneesSaved: 'Attribution enregistrée.',
    incidentRecorded: 'Incident enregistré.',
    warningRecorded: 'Avertissement enregistré.',
    contactRecorded: 'Démarche enregistrée.',
    consentRecorded: 'Consentement enregistré.',
    noteAdded: 'Note ajoutée.',
    nothingChanged: 'Rien à enregistrer : aucun champ n’a changé.',
    caseSaved: 'Dossier enregistré.',
    contactUpdated: 'Démarche mise à jour.',
    incidentSaved: 'Incident enregistré.',
  },
  unlikelyTime:
    'Cette date remonte à plus de 20 ans. Vérifiez l’année ; si elle est juste, renvoyez le formulaire.',
  list: {
    cannotSee: 'Votre rôle ne permet pas de voir les dossiers.',
    newCase: 'Nouveau dossier',
    filtersRefused: 'Ces filtres n’ont pas pu être appliqués.',
    count: (total, capped) =>
      `${total.toLocaleString('fr-FR')}${capped ? '+ dossiers' : total <= 1 ? ' dossier' : ' dossiers'}`,
    pages: 'Pagination',
    firstPage: 'Première page',
    nextPage: 'Page suivante',
    search: 'Rechercher',
    moreFilters: 'Plus de filtres',
    abuseType: 'Type de violence',
    anyone: 'N’importe qui',
    mineOnly: 'Les miens seulement',
    unassignedOnly: 'Sans responsable seulement',
    labels: 'Libellés',
    platform: 'Plateforme',
    tag: 'Étiquette',
    dates: 'Période',
    openedFrom: 'Ouvert à partir du',
    openedUntil: 'Ouvert jusqu’au',
    updatedFrom: 'Mis à jour à partir du',
    updatedUntil: 'Mis à jour jusqu’au',
    order: 'Ordre',
    sortBy: 'Trier par',
    sorts: {
      updatedAt: 'Dernière mise à jour',
      createdAt: 'Date d’ouverture',
      riskLevel: 'Risque',
      reference: 'Référence',
    },
    descending: 'Décroissant',
    ascending: 'Croissant',
    apply: 'Appliquer les filtres',
    exportCsv: 'Exporter ces dossiers en CSV',
    exportWithSurvivor: 'Exporter avec les données de la victime',
  },
};

export const CASE_MESSAGES: Readonly<Record<FieldLocale, CaseMessages>> = { en: EN, fr: FR };
