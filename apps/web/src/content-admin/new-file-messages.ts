import type { FieldLocale } from '@cairn/contracts';

/** The guide's levels, as their folders are named. */
type Level = 'beginner' | 'advanced' | 'expert';

/**
 * What the forms that start a lesson or a form of the organisation's own say, in each language
 * the staff pages speak: labels, hints, buttons, and a sentence for each field they refuse.
 * Plain data, with no function, so a client component can be handed its words.
 */
export interface NewFileMessages {
  language: string;
  category: string;
  categoryHint: string;
  topic: string;
  topicHint: string;
  level: string;
  levels: Readonly<Record<Level, string>>;
  lessonId: string;
  lessonIdHint: string;
  title: string;
  createDraft: string;
  creating: string;
  formId: string;
  formIdHint: string;
  createForm: string;
  /** Heading of the list of problems the guide's checker found in the new form's text. */
  problemsFound: string;
  /** A sentence for each field, saying what it takes, shown when it is refused. */
  errors: {
    locale: string;
    category: string;
    topic: string;
    level: string;
    lessonId: string;
    lessonTitle: string;
    formId: string;
  };
  lessonIdTaken: string;
  lessonIdTakenMessage: string;
  formIdTaken: string;
  formNotSaved: string;
}

export const NEW_FILE_MESSAGES: Readonly<Record<FieldLocale, NewFileMessages>> = {
  en: {
    language: 'Language',
    category: 'Category',
    categoryHint: 'Its folder, such as online-abuse.',
    topic: 'Topic',
    topicHint: 'An existing topic, such as respond, or a new one.',
    level: 'Level',
    levels: { beginner: 'Beginner', advanced: 'Advanced', expert: 'Expert' },
    lessonId: 'Lesson id',
    lessonIdHint: 'Lowercase with dashes, the same in every language, such as local-support.',
    title: 'Title',
    createDraft: 'Create the draft',
    creating: 'Creating…',
    formId: 'Form id',
    formIdHint:
      'Lowercase with dashes, the same in every language, such as tell-us. A helpline names its intake form by it.',
    createForm: 'Create the form',
    problemsFound: 'Problems found',
    errors: {
      locale: 'Choose the language of the lesson',
      category: 'Enter the category as lowercase letters, digits and dashes, such as online-abuse',
      topic: 'Enter the topic as lowercase letters, digits and dashes, such as respond',
      level: 'Choose a level: beginner, advanced or expert',
      lessonId:
        'Enter the lesson id as lowercase letters, digits and dashes, such as local-support',
      lessonTitle: 'Enter the title of the lesson, in at most 200 characters',
      formId: 'Enter the form id as lowercase letters, digits and dashes, such as tell-us',
    },
    lessonIdTaken: 'A file of the guide already has this place and id: choose another id',
    lessonIdTakenMessage: 'Choose another id, or edit the existing file.',
    formIdTaken: 'A form with this id is already at this place: choose another id',
    formNotSaved: 'Nothing was saved: the form would have these problems.',
  },
  fr: {
    language: 'Langue',
    category: 'Catégorie',
    categoryHint: 'Son dossier, par exemple online-abuse.',
    topic: 'Sujet',
    topicHint: 'Un sujet existant, par exemple respond, ou un nouveau.',
    level: 'Niveau',
    levels: { beginner: 'Débutant', advanced: 'Avancé', expert: 'Expert·e' },
    lessonId: 'Identifiant de la leçon',
    lessonIdHint:
      'En minuscules avec des tirets, le même dans toutes les langues, par exemple local-support.',
    title: 'Titre',
    createDraft: 'Créer le brouillon',
    creating: 'Création…',
    formId: 'Identifiant du formulaire',
    formIdHint:
      'En minuscules avec des tirets, le même dans toutes les langues, par exemple tell-us. Une ligne d’écoute désigne son formulaire d’accueil par cet identifiant.',
    createForm: 'Créer le formulaire',
    problemsFound: 'Problèmes trouvés',
    errors: {
      locale: 'Choisissez la langue de la leçon',
      category:
        'Saisissez la catégorie en lettres minuscules, chiffres et tirets, par exemple online-abuse',
      topic: 'Saisissez le sujet en lettres minuscules, chiffres et tirets, par exemple respond',
      level: 'Choisissez un niveau : débutant, avancé ou expert',
      lessonId:
        'Saisissez l’identifiant de la leçon en lettres minuscules, chiffres et tirets, par exemple local-support',
      lessonTitle: 'Saisissez le titre de la leçon, en 200 caractères au plus',
      formId:
        'Saisissez l’identifiant du formulaire en lettres minuscules, chiffres et tirets, par exemple tell-us',
    },
    lessonIdTaken:
      'Un fichier du guide a déjà cet emplacement et cet identifiant : choisissez-en un autre',
    lessonIdTakenMessage: 'Choisissez un autre identifiant, ou modifiez le fichier existant.',
    formIdTaken:
      'Un formulaire avec cet identifiant existe déjà à cet emplacement : choisissez-en un autre',
    formNotSaved: 'Rien n’a été enregistré : le formulaire aurait ces problèmes.',
  },
};

/** "Title in French", "Titre en anglais": the label of one language's title. */
export function titleInLabel(languageName: string, locale: FieldLocale): string {
  return locale === 'fr' ? `Titre en ${languageName}` : `Title in ${languageName}`;
}

/** The refusal of an empty title in one language: "Enter the title in French". */
export function titleMissingError(languageName: string, locale: FieldLocale): string {
  return locale === 'fr'
    ? `Saisissez le titre en ${languageName}`
    : `Enter the title in ${languageName}`;
}
