import type { Level } from '@cairn/content';

/** Every string the guide's pages show around the content itself. */
export interface Messages {
  guide: string;
  chooseLanguage: string;
  /** On the language list, in the language it offers. */
  readGuideIn: string;
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
}

const en: Messages = {
  guide: 'Guide',
  chooseLanguage: 'Choose the language you want to read the guide in.',
  readGuideIn: 'Read the guide in English',
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
};

const fr: Messages = {
  guide: 'Guide',
  chooseLanguage: 'Choisissez la langue dans laquelle lire le guide.',
  readGuideIn: 'Lire le guide en français',
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
};

const MESSAGES: Readonly<Record<string, Messages>> = { en, fr };

/** The UI strings of a locale, or English when the guide has a language the UI lacks. */
export function messagesFor(locale: string): Messages {
  return MESSAGES[locale] ?? MESSAGES[locale.split('-')[0] ?? ''] ?? en;
}

/** A category's name, or its slug made readable when no translation names it. */
export function categoryName(messages: Messages, category: string): string {
  const name = messages.categories[category];
  if (name) return name;
  const words = category.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
