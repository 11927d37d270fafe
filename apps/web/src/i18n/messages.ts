import type { Level } from '@cairn/content';
import type { HelplineChannelKind, HelplineService } from '@cairn/contracts';

/** Every string the guide's pages show around the content itself. */
export interface Messages {
  guide: string;
  chooseLanguage: string;
  /** On the language list, in the language it offers. */
  readGuideIn: string;
  quickExit: string;
  quickExitHint: string;
  topicsTitle: string;
  topicsIntro: string;
  categories: Readonly<Record<string, string>>;
  levels: Readonly<Record<Level, string>>;
  breadcrumb: string;
  languageSwitch: string;
  lessonsOfLevel: string;
  checklist: string;
  checklistIntro: string;
  rememberTicks: string;
  rememberHint: string;
  forgetTicks: string;
  ticksForgotten: string;
  searchLabel: string;
  searchButton: string;
  searchTitle: string;
  searchResults: (count: number, query: string) => string;
  searchNone: (query: string) => string;
  searchHint: string;
  findHelp: string;
  findHelpIntro: string;
  allHelplines: string;
  answers: string;
  startAgain: string;
  helplinesTitle: string;
  helplinesIntro: string;
  helplinesFilter: string;
  filterService: string;
  filterLanguage: string;
  filterRegion: string;
  filterAny: string;
  filterUrgent: string;
  filterButton: string;
  helplinesFound: (count: number) => string;
  helplinesNone: string;
  helplinesUnavailable: string;
  services: Readonly<Record<HelplineService, string>>;
  channels: Readonly<Record<HelplineChannelKind, string>>;
  ownHelpline: (organization: string) => string;
  runBy: (organization: string) => string;
  helplineLanguages: string;
  helplineHours: string;
  helplineResponse: string;
  responseWithin: (hours: number) => string;
  helplineUrgent: string;
  takesUrgent: string;
  noUrgent: string;
  helplineChannels: string;
  secureChannel: string;
  intakeForm: string;
  /** Beside a help workflow's answer that leads to helplines: the organisation's own form. */
  orWriteToUs: string;
  notFoundTitle: string;
  notFoundText: string;
  unavailableTitle: string;
  unavailableText: string;
  // Leaving quickly, and the guide's sections beyond topics (issue 18).
  leavingLink: string;
  leavingTitle: string;
  leavingText: readonly string[];
  sectionsTitle: string;
  glossaryTitle: string;
  glossaryIntro: string;
  aboutTitle: string;
  toolsTitle: string;
  formsTitle: string;
  formReadOnly: string;
  formScreen: (index: number, count: number) => string;
  formChoices: string;
}

const en: Messages = {
  guide: 'Guide',
  chooseLanguage: 'Choose the language you want to read the guide in.',
  readGuideIn: 'Read the guide in English',
  quickExit: 'Quick exit',
  quickExitHint: '(or press Esc)',
  topicsTitle: 'Protect yourself from online abuse',
  topicsIntro:
    'Read the topics in any order. Take what is useful and safe for you today, and leave the rest.',
  categories: { 'online-abuse': 'Online abuse' },
  levels: { beginner: 'Beginner', advanced: 'Advanced', expert: 'Expert' },
  breadcrumb: 'You are here',
  languageSwitch: 'Language',
  lessonsOfLevel: 'On this page',
  checklist: 'Checklist',
  checklistIntro: 'Tick the steps you have done. Skip any that do not feel safe for you.',
  rememberTicks: 'Remember my ticks on this device',
  rememberHint:
    'Your ticks are kept only in this browser, never sent anywhere. Anyone who uses this device could see them.',
  forgetTicks: 'Forget my ticks',
  ticksForgotten: 'Your ticks are gone from this device.',
  searchLabel: 'Search the guide',
  searchButton: 'Search',
  searchTitle: 'Search',
  searchResults: (count, query) =>
    `${count} ${count === 1 ? 'lesson matches' : 'lessons match'} “${query}”.`,
  searchNone: (query) => `No lesson matches “${query}”. Try another word.`,
  searchHint: 'Type a word or two, with or without accents.',
  findHelp: 'Find help',
  findHelpIntro:
    'Answer a few questions to find the advice and the people that fit what is happening to you.',
  allHelplines: 'See every helpline',
  answers: 'Your answer',
  startAgain: 'Start again',
  helplinesTitle: 'Helplines',
  helplinesIntro:
    'People who help with online abuse. Choose what you need, your language and where you are.',
  helplinesFilter: 'Choose helplines',
  filterService: 'Help with',
  filterLanguage: 'Language',
  filterRegion: 'Where you are',
  filterAny: 'Any',
  filterUrgent: 'Only helplines that take urgent cases',
  filterButton: 'Show helplines',
  helplinesFound: (count) => `${count} ${count === 1 ? 'helpline fits' : 'helplines fit'}.`,
  helplinesNone: 'No helpline fits these choices. Try “Any” for one of them.',
  helplinesUnavailable:
    'The list of helplines cannot be shown right now. Please try again in a moment.',
  services: {
    harassment: 'Harassment',
    doxxing: 'Personal details published (doxxing)',
    sextortion: 'Sextortion',
    'intimate-images': 'Intimate images shared without consent',
    impersonation: 'Impersonation',
    stalking: 'Stalking',
    'hacked-accounts': 'Hacked accounts',
    legal: 'Legal advice',
    'emotional-support': 'Emotional support',
    takedown: 'Getting content removed',
  },
  channels: {
    phone: 'Phone',
    sms: 'Text message',
    email: 'Email',
    web: 'Website',
    chat: 'Chat',
    signal: 'Signal',
    whatsapp: 'WhatsApp',
    postal: 'Post',
  },
  ownHelpline: (organization) => `${organization}’s own service`,
  runBy: (organization) => `Run by ${organization}`,
  helplineLanguages: 'Languages',
  helplineHours: 'Hours',
  helplineResponse: 'First answer',
  responseWithin: (hours) =>
    hours === 0
      ? 'Straight away'
      : hours < 48
        ? `Usually within ${hours} ${hours === 1 ? 'hour' : 'hours'}`
        : `Usually within ${Math.round(hours / 24)} days`,
  helplineUrgent: 'Urgent cases',
  takesUrgent: 'Takes urgent cases',
  noUrgent: 'Does not take urgent cases',
  helplineChannels: 'How to reach them',
  secureChannel: 'secure',
  intakeForm: 'Contact form',
  orWriteToUs: 'Or write to us:',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. The guide may still have what you need.',
  unavailableTitle: 'Not available right now',
  unavailableText: 'This page cannot be shown right now. Please try again in a moment.',
  leavingLink: 'Leaving quickly: what quick exit cannot hide',
  leavingTitle: 'Leaving quickly',
  leavingText: [
    'Quick exit takes you to a weather page at once. Inside this guide, every page you open takes the place of the one before in your browser’s history, so after a quick exit the Back button does not lead back here.',
    'Quick exit cannot erase the list of pages your browser keeps (its history, shown with Ctrl+H or in the browser’s menu). That list can still name this site.',
    'To remove it, open your browser’s history and delete the pages of this site, or clear your browsing data. A private or incognito window keeps no history once it is closed.',
  ],
  sectionsTitle: 'More in this guide',
  glossaryTitle: 'Glossary',
  glossaryIntro: 'Words this guide uses, explained.',
  aboutTitle: 'About',
  toolsTitle: 'Tools',
  formsTitle: 'Forms',
  formReadOnly: 'This form cannot be sent from here yet. You can read it to see what it asks.',
  formScreen: (index, count) => `Part ${index} of ${count}`,
  formChoices: 'Choices',
};

const fr: Messages = {
  guide: 'Guide',
  chooseLanguage: 'Choisissez la langue dans laquelle lire le guide.',
  readGuideIn: 'Lire le guide en français',
  quickExit: 'Sortie rapide',
  quickExitHint: '(ou touche Échap)',
  topicsTitle: 'Vous protéger des violences en ligne',
  topicsIntro:
    'Lisez les thèmes dans l’ordre qui vous convient. Prenez ce qui vous est utile et sûr aujourd’hui, et laissez le reste.',
  categories: { 'online-abuse': 'Violences en ligne' },
  levels: { beginner: 'Débutant', advanced: 'Avancé', expert: 'Expert' },
  breadcrumb: 'Vous êtes ici',
  languageSwitch: 'Langue',
  lessonsOfLevel: 'Sur cette page',
  checklist: 'Liste de contrôle',
  checklistIntro:
    'Cochez les étapes que vous avez faites. Passez celles qui ne vous semblent pas sûres.',
  rememberTicks: 'Mémoriser mes coches sur cet appareil',
  rememberHint:
    'Vos coches restent dans ce navigateur, sans jamais être envoyées ailleurs. Toute personne qui utilise cet appareil pourrait les voir.',
  forgetTicks: 'Oublier mes coches',
  ticksForgotten: 'Vos coches ont été effacées de cet appareil.',
  searchLabel: 'Rechercher dans le guide',
  searchButton: 'Rechercher',
  searchTitle: 'Recherche',
  searchResults: (count, query) =>
    `${count} ${count === 1 ? 'leçon correspond' : 'leçons correspondent'} à « ${query} ».`,
  searchNone: (query) => `Aucune leçon ne correspond à « ${query} ». Essayez un autre mot.`,
  searchHint: 'Tapez un ou deux mots, avec ou sans accents.',
  findHelp: 'Trouver de l’aide',
  findHelpIntro:
    'Répondez à quelques questions pour trouver les conseils et les personnes adaptés à ce que vous vivez.',
  allHelplines: 'Voir toutes les lignes d’écoute',
  answers: 'Votre réponse',
  startAgain: 'Recommencer',
  helplinesTitle: 'Lignes d’écoute',
  helplinesIntro:
    'Des personnes qui aident face aux violences en ligne. Choisissez le type d’aide, votre langue et l’endroit où vous êtes.',
  helplinesFilter: 'Choisir les lignes d’écoute',
  filterService: 'Aide pour',
  filterLanguage: 'Langue',
  filterRegion: 'Où vous êtes',
  filterAny: 'Peu importe',
  filterUrgent: 'Seulement celles qui prennent les situations urgentes',
  filterButton: 'Afficher',
  helplinesFound: (count) =>
    `${count} ${count === 1 ? 'ligne d’écoute correspond' : 'lignes d’écoute correspondent'}.`,
  helplinesNone:
    'Aucune ligne d’écoute ne correspond. Essayez « Peu importe » pour l’un des choix.',
  helplinesUnavailable:
    'La liste des lignes d’écoute ne peut pas s’afficher pour le moment. Réessayez dans un instant.',
  services: {
    harassment: 'Harcèlement',
    doxxing: 'Informations personnelles publiées',
    sextortion: 'Sextorsion',
    'intimate-images': 'Images intimes diffusées sans accord',
    impersonation: 'Usurpation d’identité',
    stalking: 'Traque',
    'hacked-accounts': 'Comptes piratés',
    legal: 'Conseil juridique',
    'emotional-support': 'Soutien psychologique',
    takedown: 'Retrait de contenus',
  },
  channels: {
    phone: 'Téléphone',
    sms: 'SMS',
    email: 'E-mail',
    web: 'Site web',
    chat: 'Tchat',
    signal: 'Signal',
    whatsapp: 'WhatsApp',
    postal: 'Courrier',
  },
  ownHelpline: (organization) => `Le service de ${organization}`,
  runBy: (organization) => `Proposée par ${organization}`,
  helplineLanguages: 'Langues',
  helplineHours: 'Horaires',
  helplineResponse: 'Première réponse',
  responseWithin: (hours) =>
    hours === 0
      ? 'Immédiate'
      : hours < 48
        ? `En général sous ${hours} ${hours === 1 ? 'heure' : 'heures'}`
        : `En général sous ${Math.round(hours / 24)} jours`,
  helplineUrgent: 'Situations urgentes',
  takesUrgent: 'Prises en charge',
  noUrgent: 'Non prises en charge',
  helplineChannels: 'Comment les joindre',
  secureChannel: 'sécurisé',
  intakeForm: 'Formulaire de contact',
  orWriteToUs: 'Ou écrivez-nous :',
  notFoundTitle: 'Page introuvable',
  notFoundText: 'Il n’y a pas de page à cette adresse. Le guide a peut-être ce qu’il vous faut.',
  unavailableTitle: 'Momentanément indisponible',
  unavailableText: 'Cette page ne peut pas s’afficher pour le moment. Réessayez dans un instant.',
  leavingLink: 'Partir vite : ce que la sortie rapide ne peut pas effacer',
  leavingTitle: 'Partir vite',
  leavingText: [
    'La sortie rapide vous emmène tout de suite vers une page météo. Dans ce guide, chaque page ouverte remplace la précédente dans l’historique du navigateur : après une sortie rapide, le bouton Retour ne ramène pas ici.',
    'La sortie rapide ne peut pas effacer la liste des pages que garde votre navigateur (son historique, affiché avec Ctrl+H ou dans le menu du navigateur). Cette liste peut encore nommer ce site.',
    'Pour l’enlever, ouvrez l’historique du navigateur et supprimez les pages de ce site, ou effacez vos données de navigation. Une fenêtre privée ne garde aucun historique une fois fermée.',
  ],
  sectionsTitle: 'Aussi dans ce guide',
  glossaryTitle: 'Glossaire',
  glossaryIntro: 'Les mots de ce guide, expliqués.',
  aboutTitle: 'À propos',
  toolsTitle: 'Outils',
  formsTitle: 'Formulaires',
  formReadOnly:
    'Ce formulaire ne peut pas encore être envoyé d’ici. Vous pouvez le lire pour voir ce qu’il demande.',
  formScreen: (index, count) => `Partie ${index} sur ${count}`,
  formChoices: 'Choix',
};

const MESSAGES: Readonly<Record<string, Messages>> = { en, fr };

/** Whether the guide's own strings are written in this locale (else they fall back to English). */
export function hasMessages(locale: string): boolean {
  return MESSAGES[locale] !== undefined || MESSAGES[locale.split('-')[0] ?? ''] !== undefined;
}

/** The UI strings of a locale, or English when the guide has a language the UI lacks. */
export function messagesFor(locale: string): Messages {
  return MESSAGES[locale] ?? MESSAGES[locale.split('-')[0] ?? ''] ?? en;
}

/** The names of the sections beside the topics, for a guide whose folders do not title them. */
export function sectionNames(messages: Messages): Record<'about' | 'glossary' | 'tools', string> {
  return {
    about: messages.aboutTitle,
    glossary: messages.glossaryTitle,
    tools: messages.toolsTitle,
  };
}

/** A category's name, or its slug made readable when no translation names it. */
export function categoryName(messages: Messages, category: string): string {
  const name = messages.categories[category];
  if (name) return name;
  const words = category.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
