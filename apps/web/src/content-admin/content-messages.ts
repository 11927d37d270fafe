import type {
  FieldLocale,
  GuideDocumentKind,
  GuideDocumentOrigin,
  HelplineChannelKind,
  HelplineService,
} from '@cairn/contracts';

/**
 * What the guide content pages say around the guide's own text (which stays in its own
 * language), in each language the staff pages speak. One table, so a missing translation is
 * a type error.
 */
export interface ContentMessages {
  kinds: Readonly<Record<GuideDocumentKind, string>>;
  origins: Readonly<Record<GuideDocumentOrigin, string>>;
  withProblems: string;
  originHints: Readonly<Record<GuideDocumentOrigin, string>>;
  services: Readonly<Record<HelplineService, string>>;
  channels: Readonly<Record<HelplineChannelKind, string>>;
  // Tabs and refusals
  tabsLabel: string;
  tabs: { files: string; new: string; newForm: string; helplines: string; import: string };
  cannotSee: string;
  cannotChange: string;
  // Files
  filesIntroEditor: string;
  filesIntroReader: string;
  pagesLabel: string;
  pagesAfterLabel: string;
  searchLabel: string;
  language: string;
  all: string;
  kind: string;
  state: string;
  search: string;
  noFileFits: string;
  noFileMatches: string;
  filesRange: (first: number, last: number, total: number, page: number, pages: number) => string;
  previousPage: string;
  nextPage: string;
  revision: (revision: number) => string;
  notPublished: string;
  draft: string;
  problems: (count: number) => string;
  changed: (when: string) => string;
  otherFiles: string;
  // Helplines
  helplinesTitle: string;
  helplinesIntro: string;
  yourHelplines: string;
  addHelpline: string;
  noHelpline: string;
  yourService: string;
  urgentCases: string;
  listed: string;
  languagesRegions: (languages: string, regions: string) => string;
  secure: string;
  editHelpline: (name: string) => string;
  editHelplineTitle: string;
  backToHelplines: string;
  deleteHeading: string;
  deleteWarning: string;
  deleteNamed: (name: string) => string;
  // Helpline form
  channel: (row: number, isNew: boolean) => string;
  channelKind: string;
  channelValue: string;
  channelRemoveHint: string;
  channelAddHint: string;
  channelLabel: string;
  channelSecure: string;
  saveHelpline: string;
  /** The button that adds the helpline just described. */
  addHelplineButton: string;
  saving: string;
  about: string;
  name: string;
  description: string;
  ownService: string;
  listedShared: string;
  whoItHelps: string;
  languages: string;
  languagesHint: string;
  servicesLabel: string;
  regions: string;
  regionsHint: string;
  when: string;
  hours: string;
  hoursHint: string;
  timeZone: string;
  timeZoneHint: string;
  responseHours: string;
  takesUrgent: string;
  intake: string;
  intakeFormId: string;
  intakeFormHint: string;
  helplineAdded: string;
  noSuchHelpline: string;
  // New lesson, new form
  newLessonIntro: string;
  newFormIntro: string;
  // Import
  importTitle: string;
  importIntro: string;
}

export const CONTENT_MESSAGES: Readonly<Record<FieldLocale, ContentMessages>> = {
  en: {
    kinds: {
      lesson: 'Lesson',
      checklist: 'Checklist',
      form: 'Form',
      workflow: 'Help workflow',
      category: 'Folder title',
    },
    origins: { default: 'Shared', override: 'Overridden', own: 'Own' },
    withProblems: 'With problems',
    originHints: {
      default: "Readers see Cairn's shared text. Publishing your own text overrides it.",
      override: "Readers see your organisation's text instead of the shared one.",
      own: 'Only your organisation has this file.',
    },
    services: {
      harassment: 'Harassment',
      doxxing: 'Doxxing',
      sextortion: 'Sextortion',
      'intimate-images': 'Intimate images',
      impersonation: 'Impersonation',
      stalking: 'Stalking',
      'hacked-accounts': 'Hacked accounts',
      legal: 'Legal advice',
      'emotional-support': 'Emotional support',
      takedown: 'Takedowns',
    },
    channels: {
      phone: 'Phone',
      sms: 'SMS',
      email: 'Email',
      web: 'Web',
      chat: 'Chat',
      signal: 'Signal',
      whatsapp: 'WhatsApp',
      postal: 'Post',
    },
    tabsLabel: 'Guide content',
    tabs: {
      files: 'Files',
      new: 'New lesson',
      newForm: 'New form',
      helplines: 'Helplines',
      import: 'Import a guide',
    },
    cannotSee: "Your role cannot see the guide's content.",
    cannotChange: "Your role cannot change the guide's content.",
    filesIntroEditor:
      "The files of your organisation's guide, its own language first. Edit one to override the shared text, or publish your own.",
    filesIntroReader:
      "The files of your organisation's guide, its own language first. Only admins change them.",
    pagesLabel: 'Pages of files',
    pagesAfterLabel: 'Pages of files, after the list',
    searchLabel: 'Search by title or path',
    language: 'Language',
    all: 'All',
    kind: 'Kind',
    state: 'State',
    search: 'Search',
    noFileFits: 'No file fits.',
    noFileMatches: 'No file of the guide fits these filters.',
    filesRange: (first, last, total, page, pages) =>
      `Files ${first}–${last} of ${total}, page ${page} of ${pages}`,
    previousPage: 'Previous page',
    nextPage: 'Next page',
    revision: (revision) => `Revision ${revision}`,
    notPublished: 'Not published',
    draft: 'Draft',
    problems: (count) => (count === 1 ? '1 problem' : `${count} problems`),
    changed: (when) => ` Changed ${when}`,
    otherFiles: 'Other files',
    helplinesTitle: 'Helplines',
    helplinesIntro: 'Where your guide sends people for help, your own service first.',
    yourHelplines: 'Your helplines',
    addHelpline: 'Add a helpline',
    noHelpline: 'Your organisation has no helpline yet.',
    yourService: 'Your service',
    urgentCases: 'Urgent cases',
    listed: 'Listed',
    languagesRegions: (languages, regions) => ` · Languages: ${languages} · Regions: ${regions}`,
    secure: ' · secure',
    editHelpline: (name) => `Edit ${name}`,
    editHelplineTitle: 'Edit a helpline',
    backToHelplines: 'Back to the helplines',
    deleteHeading: 'Delete this helpline',
    deleteWarning: 'Your guide stops offering it at once.',
    deleteNamed: (name) => `Delete ${name}`,
    channel: (row, isNew) => `Channel ${row}${isNew ? ' (new)' : ''}`,
    channelKind: 'Kind',
    channelValue: 'Number, address or link',
    channelRemoveHint: 'Empty it to remove this channel.',
    channelAddHint: 'Leave empty to add no channel.',
    channelLabel: 'Label (optional)',
    channelSecure: 'Secure: safe from someone watching the device or the line',
    saveHelpline: 'Save helpline',
    addHelplineButton: 'Add helpline',
    saving: 'Saving…',
    about: 'About',
    name: 'Name',
    description: 'Description',
    ownService: "Your organisation's own service: shown first in your guide",
    listedShared: "Listed in the shared guide's directory of helplines",
    whoItHelps: 'Who it helps',
    languages: 'Languages',
    languagesHint: 'Language tags, separated by commas: en, fr.',
    servicesLabel: 'Services',
    regions: 'Regions',
    regionsHint: 'Country codes separated by commas (FR, BE), or global.',
    when: 'When',
    hours: 'Opening hours',
    hoursHint: 'As people write them: Mon–Fri 9:00–18:00.',
    timeZone: 'Time zone',
    timeZoneHint: 'Such as Europe/Paris.',
    responseHours: 'Usual first answer, in hours (optional)',
    takesUrgent: 'Takes urgent cases',
    intake: 'Intake',
    intakeFormId: 'Intake form id (optional)',
    intakeFormHint: 'The id of a form in your guide that people fill in to reach this helpline.',
    helplineAdded: 'Helpline added.',
    noSuchHelpline: 'No such helpline.',
    newLessonIntro:
      "A lesson only your organisation's guide has. It starts as a draft: readers see it once you publish it.",
    newFormIntro:
      "A form of your organisation's guide, such as the intake form survivors fill in to reach your helpline. It is made in every language of your guide and starts as a draft: readers see it once you publish it.",
    importTitle: 'Import a guide',
    importIntro:
      "Lessons, checklists, forms, help workflows and the folders' .category.yml in the guide's format, zipped. Every problem is listed with its file and line. A file with a problem of its own is kept as a draft to fix; a file that cannot be read as guide content is not stored at all. A large guide takes a while: this page shows how far it has got.",
  },
  fr: {
    kinds: {
      lesson: 'Leçon',
      checklist: 'Liste de contrôle',
      form: 'Formulaire',
      workflow: 'Parcours d’aide',
      category: 'Titre de dossier',
    },
    origins: { default: 'Commun', override: 'Remplacé', own: 'Propre' },
    withProblems: 'Avec des problèmes',
    originHints: {
      default:
        'Les lecteurs voient le texte commun de Cairn. Publier votre propre texte le remplace.',
      override: 'Les lecteurs voient le texte de votre organisation au lieu du texte commun.',
      own: 'Seule votre organisation a ce fichier.',
    },
    services: {
      harassment: 'Harcèlement',
      doxxing: 'Divulgation de données personnelles',
      sextortion: 'Sextorsion',
      'intimate-images': 'Images intimes',
      impersonation: 'Usurpation d’identité',
      stalking: 'Traque',
      'hacked-accounts': 'Comptes piratés',
      legal: 'Conseil juridique',
      'emotional-support': 'Soutien psychologique',
      takedown: 'Retraits de contenus',
    },
    channels: {
      phone: 'Téléphone',
      sms: 'Texto',
      email: 'E-mail',
      web: 'Site web',
      chat: 'Messagerie instantanée',
      signal: 'Signal',
      whatsapp: 'WhatsApp',
      postal: 'Courrier',
    },
    tabsLabel: 'Contenu du guide',
    tabs: {
      files: 'Fichiers',
      new: 'Nouvelle leçon',
      newForm: 'Nouveau formulaire',
      helplines: 'Lignes d’écoute',
      import: 'Importer un guide',
    },
    cannotSee: 'Votre rôle ne permet pas de voir le contenu du guide.',
    cannotChange: 'Votre rôle ne permet pas de modifier le contenu du guide.',
    filesIntroEditor:
      'Les fichiers du guide de votre organisation, sa propre langue d’abord. Modifiez-en un pour remplacer le texte commun, ou publiez le vôtre.',
    filesIntroReader:
      'Les fichiers du guide de votre organisation, sa propre langue d’abord. Seuls les admins les modifient.',
    pagesLabel: 'Pages de fichiers',
    pagesAfterLabel: 'Pages de fichiers, après la liste',
    searchLabel: 'Chercher par titre ou chemin',
    language: 'Langue',
    all: 'Tous',
    kind: 'Type',
    state: 'État',
    search: 'Chercher',
    noFileFits: 'Aucun fichier ne correspond.',
    noFileMatches: 'Aucun fichier du guide ne correspond à ces filtres.',
    filesRange: (first, last, total, page, pages) =>
      `Fichiers ${first} à ${last} sur ${total}, page ${page} sur ${pages}`,
    previousPage: 'Page précédente',
    nextPage: 'Page suivante',
    revision: (revision) => `Version ${revision}`,
    notPublished: 'Non publié',
    draft: 'Brouillon',
    problems: (count) => (count === 1 ? '1 problème' : `${count} problèmes`),
    changed: (when) => ` Modifié le ${when}`,
    otherFiles: 'Autres fichiers',
    helplinesTitle: 'Lignes d’écoute',
    helplinesIntro:
      'Là où votre guide oriente les personnes qui cherchent de l’aide, votre propre service d’abord.',
    yourHelplines: 'Vos lignes d’écoute',
    addHelpline: 'Ajouter une ligne d’écoute',
    noHelpline: 'Votre organisation n’a pas encore de ligne d’écoute.',
    yourService: 'Votre service',
    urgentCases: 'Cas urgents',
    listed: 'Répertoriée',
    languagesRegions: (languages, regions) => ` · Langues : ${languages} · Régions : ${regions}`,
    secure: ' · sécurisé',
    editHelpline: (name) => `Modifier ${name}`,
    editHelplineTitle: 'Modifier une ligne d’écoute',
    backToHelplines: 'Retour aux lignes d’écoute',
    deleteHeading: 'Supprimer cette ligne d’écoute',
    deleteWarning: 'Votre guide cesse aussitôt de la proposer.',
    deleteNamed: (name) => `Supprimer ${name}`,
    channel: (row, isNew) => `Canal ${row}${isNew ? ' (nouveau)' : ''}`,
    channelKind: 'Type',
    channelValue: 'Numéro, adresse ou lien',
    channelRemoveHint: 'Videz-le pour retirer ce canal.',
    channelAddHint: 'Laissez vide pour n’ajouter aucun canal.',
    channelLabel: 'Libellé (facultatif)',
    channelSecure: 'Sécurisé : à l’abri de quelqu’un qui surveille l’appareil ou la ligne',
    saveHelpline: 'Enregistrer la ligne d’écoute',
    addHelplineButton: 'Ajouter cette ligne d’écoute',
    saving: 'Enregistrement…',
    about: 'Présentation',
    name: 'Nom',
    description: 'Description',
    ownService: 'Le service de votre organisation : affiché en premier dans votre guide',
    listedShared: 'Répertoriée dans l’annuaire des lignes d’écoute du guide commun',
    whoItHelps: 'Qui elle aide',
    languages: 'Langues',
    languagesHint: 'Codes de langue, séparés par des virgules : en, fr.',
    servicesLabel: 'Services',
    regions: 'Régions',
    regionsHint: 'Codes de pays séparés par des virgules (FR, BE), ou global.',
    when: 'Quand',
    hours: 'Heures d’ouverture',
    hoursHint: 'Comme on les écrit : lun.–ven. 9:00–18:00.',
    timeZone: 'Fuseau horaire',
    timeZoneHint: 'Par exemple Europe/Paris.',
    responseHours: 'Délai habituel de première réponse, en heures (facultatif)',
    takesUrgent: 'Prend les cas urgents',
    intake: 'Accueil',
    intakeFormId: 'Identifiant du formulaire d’accueil (facultatif)',
    intakeFormHint:
      'L’identifiant d’un formulaire de votre guide que les personnes remplissent pour joindre cette ligne d’écoute.',
    helplineAdded: 'Ligne d’écoute ajoutée.',
    noSuchHelpline: 'Cette ligne d’écoute n’existe pas.',
    newLessonIntro:
      'Une leçon que seul le guide de votre organisation contient. Elle commence en brouillon : les lecteurs la voient une fois que vous l’avez publiée.',
    newFormIntro:
      'Un formulaire du guide de votre organisation, comme le formulaire d’accueil que les victimes remplissent pour joindre votre ligne d’écoute. Il est créé dans chaque langue de votre guide et commence en brouillon : les lecteurs le voient une fois que vous l’avez publié.',
    importTitle: 'Importer un guide',
    importIntro:
      'Leçons, listes de contrôle, formulaires, parcours d’aide et les .category.yml des dossiers, au format du guide, dans un zip. Chaque problème est listé avec son fichier et sa ligne. Un fichier qui a un problème qui lui est propre est gardé en brouillon à corriger ; un fichier qui ne peut pas être lu comme du contenu de guide n’est pas enregistré du tout. Un grand guide prend du temps : cette page montre où en est l’import.',
  },
};
