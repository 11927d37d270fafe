import type { FieldLocale } from '@cairn/contracts';

/**
 * Every sentence of the platform directory and the notice template pages, in each language
 * the staff pages speak. One table, so a missing translation is a type error.
 */
export interface DirectoryMessages {
  // Platform directory
  platformsIntro: string;
  archived: string;
  kind: string;
  notices: string;
  /** Between the notices a platform takes. */
  listSeparator: string;
  escalation: string;
  country: string;
  source: string;
  addPlatform: string;
  allPlatforms: string;
  platformsAdminsOnly: string;
  // Platform form
  savePlatform: string;
  addThePlatform: string;
  saving: string;
  name: string;
  kindOfService: string;
  reportChannel: string;
  reportAddress: string;
  reportAddressHint: string;
  sourceOfAddress: string;
  sourceOfAddressHint: string;
  noticesTaken: string;
  escalationContact: string;
  escalationContactHint: string;
  countryOfEntity: string;
  countryHint: string;
  notes: string;
  archivedChoice: string;
  platformAdded: string;
  platformSaved: string;
  platformGone: string;
  platformConflict: string;
  // Templates
  templatesAdminsOnly: string;
  templatesIntro: string;
  settingsHeading: string;
  allTemplates: string;
  mustShow: string;
  subject: string;
  text: string;
  textHint: (value: string, listStart: string, listEnd: string) => string;
  preview: string;
  saveTemplate: string;
  previewHeading: string;
  templateSaved: string;
  previewBelow: string;
  templateGone: string;
  templateConflict: string;
  // Approval and replies
  saveSettings: string;
  fourEyes: string;
  inboundDomain: string;
  inboundDomainHint: string;
  settingsSaved: string;
}

export const DIRECTORY_MESSAGES: Readonly<Record<FieldLocale, DirectoryMessages>> = {
  en: {
    platformsIntro:
      'Where each service takes takedown requests. Every fact comes from the service’s own pages, with a link to where it was read: check it before relying on it.',
    archived: ' (archived)',
    kind: 'Kind',
    notices: 'Notices',
    listSeparator: '; ',
    escalation: 'Escalation',
    country: 'Country',
    source: 'Source',
    addPlatform: 'Add a platform',
    allPlatforms: 'All platforms',
    platformsAdminsOnly: 'Only admins change the platform directory.',
    savePlatform: 'Save the platform',
    addThePlatform: 'Add the platform',
    saving: 'Saving…',
    name: 'Name',
    kindOfService: 'Kind of service',
    reportChannel: 'How it takes reports',
    reportAddress: 'Report email address or form address',
    reportAddressHint:
      'An email address for email, the full web address of the form for a web form.',
    sourceOfAddress: 'Where this was read',
    sourceOfAddressHint: 'The page of the service itself that gives this address.',
    noticesTaken: 'Notices it takes',
    escalationContact: 'Escalation contact',
    escalationContactHint: 'Optional: where to go when reports are left unanswered.',
    countryOfEntity: 'Country of its legal entity',
    countryHint: 'Two letters, such as IE or US. Optional.',
    notes: 'Notes',
    archivedChoice: 'Archived: no longer offered for new requests',
    platformAdded: 'Platform added.',
    platformSaved: 'Platform saved.',
    platformGone: 'This platform does not exist, or you may no longer see it.',
    platformConflict: 'That conflicts with the platform as it is now.',
    templatesAdminsOnly: 'Only admins change notice templates.',
    templatesIntro:
      'The letters takedown requests send. A template that leaves out an element its notice must carry (such as the signature of a copyright notice) is refused, naming it.',
    settingsHeading: 'Approval and replies',
    allTemplates: 'All templates',
    mustShow: 'What this notice must show',
    subject: 'Subject',
    text: 'Text',
    textHint: (value, listStart, listEnd) =>
      `Values in double braces, such as ${value}; the addresses repeat between ${listStart} and ${listEnd}.`,
    preview: 'Preview',
    saveTemplate: 'Save the template',
    previewHeading: 'Preview',
    templateSaved: 'Template saved.',
    previewBelow: 'Preview below, with example values.',
    templateGone: 'This template does not exist, or you may no longer see it.',
    templateConflict: 'That conflicts with the template as it is now.',
    saveSettings: 'Save the settings',
    fourEyes: 'A second person approves each request (not the one who wrote it)',
    inboundDomain: 'Domain of reply addresses',
    inboundDomainHint:
      'Replies go to reply+…@ this domain; its mail must reach Cairn’s reply listener.',
    settingsSaved: 'Settings saved.',
  },
  fr: {
    platformsIntro:
      'Où chaque service reçoit les demandes de retrait. Chaque information provient des pages du service lui-même, avec un lien vers l’endroit où elle a été relevée : vérifiez-la avant de vous y fier.',
    archived: ' (archivée)',
    kind: 'Type',
    notices: 'Notifications',
    listSeparator: '\u00a0; ',
    escalation: 'Escalade',
    country: 'Pays',
    source: 'Source',
    addPlatform: 'Ajouter une plateforme',
    allPlatforms: 'Toutes les plateformes',
    platformsAdminsOnly: 'Seuls les admins modifient l’annuaire des plateformes.',
    savePlatform: 'Enregistrer la plateforme',
    addThePlatform: 'Ajouter la plateforme',
    saving: 'Enregistrement…',
    name: 'Nom',
    kindOfService: 'Type de service',
    reportChannel: 'Comment elle reçoit les signalements',
    reportAddress: 'Adresse e-mail ou adresse du formulaire de signalement',
    reportAddressHint:
      'Une adresse e-mail pour l’e-mail, l’adresse web complète du formulaire pour un formulaire web.',
    sourceOfAddress: 'Où cette information a été relevée',
    sourceOfAddressHint: 'La page du service lui-même qui donne cette adresse.',
    noticesTaken: 'Notifications acceptées',
    escalationContact: 'Contact d’escalade',
    escalationContactHint:
      'Facultatif : à qui s’adresser quand les signalements restent sans réponse.',
    countryOfEntity: 'Pays de son entité juridique',
    countryHint: 'Deux lettres, par exemple IE ou US. Facultatif.',
    notes: 'Notes',
    archivedChoice: 'Archivée : n’est plus proposée pour les nouvelles demandes',
    platformAdded: 'Plateforme ajoutée.',
    platformSaved: 'Plateforme enregistrée.',
    platformGone: 'Cette plateforme n’existe pas, ou vous ne pouvez peut-être plus la voir.',
    platformConflict: 'Cela contredit la plateforme telle qu’elle est maintenant.',
    templatesAdminsOnly: 'Seuls les admins modifient les modèles de notification.',
    templatesIntro:
      'Les lettres qu’envoient les demandes de retrait. Un modèle qui omet un élément que sa notification doit contenir (comme la signature d’une notification pour atteinte au droit d’auteur) est refusé, et l’élément manquant est nommé.',
    settingsHeading: 'Validation et réponses',
    allTemplates: 'Tous les modèles',
    mustShow: 'Ce que cette notification doit indiquer',
    subject: 'Objet',
    text: 'Texte',
    textHint: (value, listStart, listEnd) =>
      `Les valeurs entre doubles accolades, par exemple ${value} ; les adresses se répètent entre ${listStart} et ${listEnd}.`,
    preview: 'Aperçu',
    saveTemplate: 'Enregistrer le modèle',
    previewHeading: 'Aperçu',
    templateSaved: 'Modèle enregistré.',
    previewBelow: 'Aperçu ci-dessous, avec des valeurs d’exemple.',
    templateGone: 'Ce modèle n’existe pas, ou vous ne pouvez peut-être plus le voir.',
    templateConflict: 'Cela contredit le modèle tel qu’il est maintenant.',
    saveSettings: 'Enregistrer les réglages',
    fourEyes: 'Une deuxième personne valide chaque demande (pas celle qui l’a rédigée)',
    inboundDomain: 'Domaine des adresses de réponse',
    inboundDomainHint:
      'Les réponses arrivent à reply+…@ ce domaine ; son courrier doit parvenir au récepteur de réponses de Cairn.',
    settingsSaved: 'Réglages enregistrés.',
  },
};
