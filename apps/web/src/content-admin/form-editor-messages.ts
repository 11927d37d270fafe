// Types only: the item editor's client code imports the plain part of this module, and a
// value of the contracts' or content's index would put those packages and zod in the browser.
import type { CaseRole, FormItemType } from '@cairn/content';
import type { ConsentScope, FieldLocale } from '@cairn/contracts';

/**
 * What the item editor (a client component) says: plain data, with no function, so the page
 * can hand it over. Words about one language of the form are worded by the page and handed
 * over with that language.
 */
export interface ItemEditorWords {
  settings: string;
  name: string;
  nameHint: string;
  required: string;
  requiredHint: string;
  role: string;
  roleHint: string;
  roleNone: string;
  scope: string;
  scopeHint: string;
  choose: string;
  multiple: string;
  multipleHint: string;
  newScreenHeading: string;
  words: string;
  consentHint: string;
  options: string;
  optionsHint: string;
  value: string;
}

/**
 * What the visual form editor says around the form's own words (which stay in the form's
 * languages): its page, its item editor, the outcome of each button, and a sentence for each
 * field it refuses, in each language the staff pages speak.
 */
export interface FormEditorMessages {
  title: string;
  /** After the form's title, which is in the form's own language. */
  visualEditor: string;
  untitled: string;
  unreadable: string;
  unreadableLine: (line: number, message: string) => string;
  /** After a change, by its kind; each is followed by `readersSeeNothing`. */
  changed: {
    created: string;
    item: string;
    titles: string;
    screen: string;
    'move-item': string;
    'remove-item': string;
    'move-screen': string;
    'remove-screen': string;
  };
  readersSeeNothing: string;
  // The overview
  buildHere: string;
  sharedByEveryLanguage: string;
  differencesHeading: string;
  differencesFollow: string;
  titleHeading: string;
  saveTitle: string;
  screen: (screen: number) => string;
  screenNamed: (screen: number, heading: string) => string;
  moveScreenUp: string;
  moveScreenDown: string;
  removeScreen: string;
  headingsSummary: string;
  saveHeading: string;
  headingIn: (language: string) => string;
  addTo: (screen: number) => string;
  addOnNewScreen: string;
  add: string;
  publishHeading: string;
  draftsWaiting: (languages: string) => string;
  noDrafts: string;
  readersFindIt: string;
  and: string;
  noteLabel: string;
  noteHint: string;
  publish: string;
  // One item in the overview
  itemPlace: (item: number, screen: number, summary: string) => string;
  named: (name: string) => string;
  requiredFact: string;
  gives: (role: string) => string;
  consentTo: (scope: string) => string;
  oneFile: string;
  optionCount: (count: number) => string;
  noTextIn: (language: string) => string;
  edit: string;
  editPlace: (place: string) => string;
  moveUp: string;
  moveDown: string;
  remove: string;
  // The item editor's page
  backToForm: string;
  itemHeading: (item: number, screen: number) => string;
  newItemOnNewScreen: string;
  newItemOnScreen: (screen: number) => string;
  itemType: string;
  changeType: string;
  saveItem: string;
  addItem: string;
  questionIn: (language: string) => string;
  textIn: (language: string) => string;
  hintIn: (language: string) => string;
  optionLabelIn: (language: string) => string;
  option: (row: number) => string;
  item: ItemEditorWords;
  // Kinds, roles and consents, by their code
  types: Readonly<Record<FormItemType, string>>;
  roles: Readonly<Record<CaseRole, string>>;
  /** A role as the thing an answer gives: "the survivor's name". */
  roleGiven: Readonly<Record<CaseRole, string>>;
  scopes: Readonly<Record<ConsentScope, string>>;
  // Why nothing was saved
  notInGuide: string;
  stale: string;
  unreadableLanguage: string;
  refusals: {
    itemGone: string;
    itemCannotMove: string;
    oneItemNeeded: string;
    screenGone: string;
    screenCannotMove: string;
    oneScreenNeeded: string;
  };
  noDraft: string;
  shortenNote: string;
  publishedIn: (languages: string) => string;
  notPublishedIn: (language: string, published: string) => string;
  fixProblemsBelow: string;
  /**
   * Where another language's file of the form differs from the form as the editor shows it;
   * `language` and `reference` are languages' names, `item` from `itemNamed`/`informationText`.
   */
  differences: {
    noVersion: (language: string, reference: string) => string;
    screenCount: (count: number, language: string, reference: string, shown: number) => string;
    noCounterpart: (language: string, item: string) => string;
    itemDiffers: (language: string, item: string, how: string) => string;
    extra: (language: string, item: string, reference: string) => string;
    itemNamed: (name: string) => string;
    informationText: (screen: number, item: number) => string;
    type: (type: string, shown: string) => string;
    required: string;
    notRequired: string;
    role: (role: string) => string;
    noRole: string;
    scope: (scope: string) => string;
    noScope: string;
    options: (values: string) => string;
    noOptions: string;
  };
  // A sentence for each refused field
  errors: {
    type: string;
    nameMissing: string;
    nameFormat: string;
    nameTaken: (name: string) => string;
    roleWrongType: (role: string, type: string) => string;
    roleTaken: (role: string) => string;
    scopeMissing: string;
    scopeTaken: (scope: string) => string;
    labelIn: (language: string) => string;
    hintIn: (language: string) => string;
    optionIn: (row: number, language: string) => string;
    /** Before a text's own problem: "Question in French: …". */
    about: (what: string, problem: string) => string;
    consentMissing: (language: string) => string;
    labelMissing: (language: string) => string;
    hintMissing: (language: string) => string;
    optionValueMissing: (row: number) => string;
    optionValueTwice: (row: number) => string;
    optionCountry: (row: number) => string;
    optionLabelMissing: (row: number, language: string) => string;
    twoOptions: string;
  };
}

export const FORM_EDITOR_MESSAGES: Readonly<Record<FieldLocale, FormEditorMessages>> = {
  en: {
    title: 'Edit a form',
    visualEditor: ': visual editor',
    untitled: 'Form',
    unreadable:
      "The visual editor needs every language's text of this form to be readable. Fix these in the YAML view first:",
    unreadableLine: (line, message) => `line ${line}: ${message}`,
    changed: {
      created: 'Form created as a draft in every language. Word its first question, then publish.',
      item: 'Item saved as a draft in every language.',
      titles: 'Title saved as a draft.',
      screen: 'Screen heading saved as a draft.',
      'move-item': 'Item moved. Saved as a draft.',
      'remove-item': 'Item removed. Saved as a draft.',
      'move-screen': 'Screen moved. Saved as a draft.',
      'remove-screen': 'Screen removed. Saved as a draft.',
    },
    readersSeeNothing: 'Readers see nothing of it until you publish.',
    buildHere: 'Build the form here, or edit its YAML text in:',
    sharedByEveryLanguage:
      "Questions and settings are shared by every language; the words are each language's own.",
    differencesHeading: 'What differs between languages',
    differencesFollow:
      'Saving any change here makes every language follow the form as shown below.',
    titleHeading: 'Title',
    saveTitle: 'Save the title',
    screen: (screen) => `Screen ${screen}`,
    screenNamed: (screen, heading) => `Screen ${screen}: ${heading}`,
    moveScreenUp: 'Move screen up',
    moveScreenDown: 'Move screen down',
    removeScreen: 'Remove screen',
    headingsSummary: 'Heading in each language',
    saveHeading: 'Save the heading',
    headingIn: (language) => `Heading in ${language}`,
    addTo: (screen) => `Add to screen ${screen}`,
    addOnNewScreen: 'Add on a new screen',
    add: 'Add',
    publishHeading: 'Publish',
    draftsWaiting: (languages) =>
      `Drafts waiting in ${languages}: readers see them once you publish.`,
    noDrafts: 'No drafts: readers see the form as it is.',
    readersFindIt: 'Readers find it at',
    and: ' and ',
    noteLabel: 'Note for the history (optional)',
    noteHint: 'Up to 500 characters.',
    publish: 'Publish the form',
    itemPlace: (item, screen, summary) => `item ${item} of screen ${screen}, ${summary}`,
    named: (name) => `named ${name}`,
    requiredFact: 'required',
    gives: (role) => `gives ${role}`,
    consentTo: (scope) => `consent: ${scope}`,
    oneFile: 'one file',
    optionCount: (count) => (count === 1 ? '1 option' : `${count} options`),
    noTextIn: (language) => `No text in ${language}`,
    edit: 'Edit',
    editPlace: (place) => `Edit ${place}`,
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove',
    backToForm: 'Back to the form',
    itemHeading: (item, screen) => `Item ${item} of screen ${screen}`,
    newItemOnNewScreen: 'New item, on a new screen',
    newItemOnScreen: (screen) => `New item, on screen ${screen}`,
    itemType: 'Type of item',
    changeType: 'Change type',
    saveItem: 'Save the item',
    addItem: 'Add the item',
    questionIn: (language) => `Question in ${language}`,
    textIn: (language) => `Text in ${language}`,
    hintIn: (language) => `Hint in ${language} (optional)`,
    optionLabelIn: (language) => `Label in ${language}`,
    option: (row) => `Option ${row}`,
    item: {
      settings: 'Settings, the same in every language',
      name: 'Name of the answer',
      nameHint:
        'Lowercase letters, digits and dashes, such as what-happened. Cases store answers under it: keep it once the form is in use.',
      required: 'An answer is required',
      requiredHint: 'The form cannot be sent without it. Ask for as little as you need.',
      role: 'What the answer gives the case (optional)',
      roleHint: 'Each role can come from one item of the form.',
      roleNone: 'Nothing: the answer is kept with the submission',
      scope: 'What the person consents to',
      scopeHint: 'Ticking the box records this consent on the case.',
      choose: 'Choose…',
      multiple: 'Several files may be sent',
      multipleHint: 'Untick to take one file only.',
      newScreenHeading: 'Heading of the new screen (optional)',
      words: 'Words, in each language',
      consentHint: 'The sentence the person ticks to agree.',
      options: 'Options',
      optionsHint:
        'A value (lowercase, such as instagram: cases store it) and a label in each language. Leave a row empty to remove it; save to get more empty rows.',
      value: 'Value',
    },
    types: {
      label: 'Information text',
      text_input: 'Short answer',
      text_area: 'Long answer',
      single_choice: 'One choice',
      multiple_choice: 'Several choices',
      date: 'Date',
      time: 'Time',
      file: 'File upload',
      consent: 'Consent',
      safe_contact: 'Safe contact',
    },
    roles: {
      'survivor-name': "The survivor's name (short answer)",
      description: 'What happened: the case summary (short or long answer)',
      'incident-date': "The incident's date (date)",
      'incident-time': "The incident's time (time)",
      'survivor-country': "The survivor's country (one choice of country codes)",
    },
    roleGiven: {
      'survivor-name': "the survivor's name",
      description: 'what happened',
      'incident-date': "the incident's date",
      'incident-time': "the incident's time",
      'survivor-country': "the survivor's country",
    },
    scopes: {
      SHARE_WITH_POLICE: 'Share with the police',
      SHARE_WITH_PLATFORMS: 'Share with platforms',
      SHARE_WITH_LAWYER: 'Share with a lawyer',
      CONTACT_BY_PHONE: 'Contact by phone',
      CONTACT_BY_SMS: 'Contact by text message',
      CONTACT_BY_EMAIL: 'Contact by email',
      CONTACT_BY_MESSENGER: 'Contact through a messaging app',
    },
    notInGuide: 'This form is not in your guide, or no longer is.',
    stale:
      'The form changed since this page was drawn, perhaps in another tab: nothing was saved. The page now shows the form as it is.',
    unreadableLanguage:
      "A language's text of this form cannot be read: fix it in the YAML view first, so the visual editor does not replace it.",
    refusals: {
      itemGone: 'That item is no longer in the form.',
      itemCannotMove: 'That item cannot move further.',
      oneItemNeeded: 'A form needs at least one item: add another before removing this one.',
      screenGone: 'That screen is no longer in the form.',
      screenCannotMove: 'That screen cannot move further.',
      oneScreenNeeded: 'A form needs at least one screen: add another before removing this one.',
    },
    noDraft: 'There is no draft to publish: readers see the form as it is.',
    shortenNote: 'Shorten the note to at most 500 characters',
    publishedIn: (languages) => `Published in ${languages}.`,
    notPublishedIn: (language, published) =>
      published
        ? `Published in ${published}, but not in ${language}:`
        : `Not published in ${language}:`,
    fixProblemsBelow: 'fix the problems below.',
    differences: {
      noVersion: (language, reference) =>
        `${language} has no version of this form yet: saving creates one, to be worded in ${language} (its title is the ${reference} one until then).`,
      screenCount: (count, language, reference, shown) =>
        `${language} has ${count} screens where ${reference} has ${shown}.`,
      noCounterpart: (language, item) => `${language} has no counterpart for ${item}.`,
      itemDiffers: (language, item, how) => `In ${language}, ${item} ${how}.`,
      extra: (language, item, reference) =>
        `${language} has ${item}, which ${reference} has not: saving here leaves it out.`,
      itemNamed: (name) => `“${name}”`,
      informationText: (screen, item) => `the information text at screen ${screen}, item ${item}`,
      type: (type, shown) => `is of type “${type}”, not “${shown}”`,
      required: 'is required',
      notRequired: 'is not required',
      role: (role) => `gives the case ${role}`,
      noRole: 'gives the case nothing',
      scope: (scope) => `asks consent to “${scope}”`,
      noScope: 'asks no consent',
      options: (values) => `offers the options ${values}`,
      noOptions: 'offers no options',
    },
    errors: {
      type: 'Choose the type of item',
      nameMissing: 'Enter a name for the answer, such as what-happened',
      nameFormat:
        'Use only lowercase letters, digits and dashes in the name, such as what-happened',
      nameTaken: (name) => `Another item is already named ${name}: choose another name`,
      roleWrongType: (role, type) =>
        `${role} cannot come from an item of type “${type}”: choose another role or none`,
      roleTaken: (role) => `Another item already gives ${role}: choose another role or none`,
      scopeMissing: 'Choose what the person consents to',
      scopeTaken: (scope) => `Another consent item already asks “${scope}”: choose another consent`,
      labelIn: (language) => `Label in ${language}`,
      hintIn: (language) => `Hint in ${language}`,
      optionIn: (row, language) => `Option ${row} in ${language}`,
      about: (what, problem) => `${what}: ${problem}`,
      consentMissing: (language) => `Enter the consent sentence in ${language}`,
      labelMissing: (language) =>
        `Enter the label in ${language} too, or leave it empty in every language`,
      hintMissing: (language) =>
        `Enter the hint in ${language} too, or leave it empty in every language`,
      optionValueMissing: (row) => `Enter the value of option ${row}, such as instagram`,
      optionValueTwice: (row) => `Option ${row} has the value of another option: give each its own`,
      optionCountry: (row) =>
        `Give option ${row} a two-letter country code as its value, such as FR`,
      optionLabelMissing: (row, language) => `Enter the label of option ${row} in ${language}`,
      twoOptions: 'Give at least two options',
    },
  },
  fr: {
    title: 'Modifier un formulaire',
    visualEditor: ' : éditeur visuel',
    untitled: 'Formulaire',
    unreadable:
      'L’éditeur visuel a besoin de pouvoir lire le texte de ce formulaire dans chaque langue. Corrigez d’abord ceci dans la vue YAML :',
    unreadableLine: (line, message) => `ligne ${line} : ${message}`,
    changed: {
      created:
        'Formulaire créé en brouillon dans chaque langue. Rédigez sa première question, puis publiez-le.',
      item: 'Élément enregistré en brouillon dans chaque langue.',
      titles: 'Titre enregistré en brouillon.',
      screen: 'Titre de l’écran enregistré en brouillon.',
      'move-item': 'Élément déplacé. Enregistré en brouillon.',
      'remove-item': 'Élément retiré. Enregistré en brouillon.',
      'move-screen': 'Écran déplacé. Enregistré en brouillon.',
      'remove-screen': 'Écran retiré. Enregistré en brouillon.',
    },
    readersSeeNothing: 'Les lecteurs et lectrices n’en voient rien tant que vous ne publiez pas.',
    buildHere: 'Construisez le formulaire ici, ou modifiez son texte YAML en :',
    sharedByEveryLanguage:
      'Les questions et les réglages sont communs à toutes les langues ; les mots sont propres à chacune.',
    differencesHeading: 'Ce qui diffère entre les langues',
    differencesFollow:
      'Enregistrer une modification ici aligne toutes les langues sur le formulaire tel qu’il est présenté ci-dessous.',
    titleHeading: 'Titre',
    saveTitle: 'Enregistrer le titre',
    screen: (screen) => `Écran ${screen}`,
    screenNamed: (screen, heading) => `Écran ${screen} : ${heading}`,
    moveScreenUp: 'Monter l’écran',
    moveScreenDown: 'Descendre l’écran',
    removeScreen: 'Retirer l’écran',
    headingsSummary: 'Titre de l’écran dans chaque langue',
    saveHeading: 'Enregistrer le titre de l’écran',
    headingIn: (language) => `Titre de l’écran en ${language}`,
    addTo: (screen) => `Ajouter à l’écran ${screen}`,
    addOnNewScreen: 'Ajouter sur un nouvel écran',
    add: 'Ajouter',
    publishHeading: 'Publier',
    draftsWaiting: (languages) =>
      `Brouillons en attente en ${languages} : les lecteurs et lectrices les voient une fois publiés.`,
    noDrafts: 'Aucun brouillon : les lecteurs et lectrices voient le formulaire tel qu’il est.',
    readersFindIt: 'On le trouve à ces adresses :',
    and: ' et ',
    noteLabel: 'Note pour l’historique (facultatif)',
    noteHint: '500 caractères au plus.',
    publish: 'Publier le formulaire',
    itemPlace: (item, screen, summary) => `élément ${item} de l’écran ${screen}, ${summary}`,
    named: (name) => `nommé ${name}`,
    requiredFact: 'obligatoire',
    gives: (role) => `fournit ${role}`,
    consentTo: (scope) => `consentement : ${scope}`,
    oneFile: 'un seul fichier',
    optionCount: (count) => (count === 1 ? '1 choix proposé' : `${count} choix proposés`),
    noTextIn: (language) => `Aucun texte en ${language}`,
    edit: 'Modifier',
    editPlace: (place) => `Modifier l’${place}`,
    moveUp: 'Monter',
    moveDown: 'Descendre',
    remove: 'Retirer',
    backToForm: 'Retour au formulaire',
    itemHeading: (item, screen) => `Élément ${item} de l’écran ${screen}`,
    newItemOnNewScreen: 'Nouvel élément, sur un nouvel écran',
    newItemOnScreen: (screen) => `Nouvel élément, sur l’écran ${screen}`,
    itemType: 'Type d’élément',
    changeType: 'Changer de type',
    saveItem: 'Enregistrer l’élément',
    addItem: 'Ajouter l’élément',
    questionIn: (language) => `Question en ${language}`,
    textIn: (language) => `Texte en ${language}`,
    hintIn: (language) => `Aide en ${language} (facultatif)`,
    optionLabelIn: (language) => `Libellé en ${language}`,
    option: (row) => `Choix ${row}`,
    item: {
      settings: 'Réglages, les mêmes dans toutes les langues',
      name: 'Nom de la réponse',
      nameHint:
        'Lettres minuscules, chiffres et tirets, par exemple what-happened. Les dossiers rangent les réponses sous ce nom : gardez-le une fois le formulaire en service.',
      required: 'Une réponse est obligatoire',
      requiredHint:
        'Le formulaire ne peut pas être envoyé sans elle. Ne demandez que le strict nécessaire.',
      role: 'Ce que la réponse apporte au dossier (facultatif)',
      roleHint: 'Chaque rôle ne peut venir que d’un seul élément du formulaire.',
      roleNone: 'Rien : la réponse est gardée avec l’envoi',
      scope: 'Ce à quoi la personne consent',
      scopeHint: 'Cocher la case enregistre ce consentement dans le dossier.',
      choose: 'Choisissez…',
      multiple: 'Plusieurs fichiers peuvent être envoyés',
      multipleHint: 'Décochez pour n’accepter qu’un seul fichier.',
      newScreenHeading: 'Titre du nouvel écran (facultatif)',
      words: 'Les mots, dans chaque langue',
      consentHint: 'La phrase que la personne coche pour donner son accord.',
      options: 'Choix proposés',
      optionsHint:
        'Une valeur (en minuscules, par exemple instagram : les dossiers la gardent) et un libellé dans chaque langue. Videz une ligne pour la retirer ; enregistrez pour obtenir d’autres lignes vides.',
      value: 'Valeur',
    },
    types: {
      label: 'Texte d’information',
      text_input: 'Réponse courte',
      text_area: 'Réponse longue',
      single_choice: 'Choix unique',
      multiple_choice: 'Choix multiples',
      date: 'Date',
      time: 'Heure',
      file: 'Envoi de fichier',
      consent: 'Consentement',
      safe_contact: 'Contact sûr',
    },
    roles: {
      'survivor-name': 'Le nom de la personne (réponse courte)',
      description: 'Ce qui s’est passé : le résumé du dossier (réponse courte ou longue)',
      'incident-date': 'La date de l’incident (date)',
      'incident-time': 'L’heure de l’incident (heure)',
      'survivor-country': 'Le pays de la personne (choix unique parmi des codes de pays)',
    },
    roleGiven: {
      'survivor-name': 'le nom de la personne',
      description: 'ce qui s’est passé',
      'incident-date': 'la date de l’incident',
      'incident-time': 'l’heure de l’incident',
      'survivor-country': 'le pays de la personne',
    },
    scopes: {
      SHARE_WITH_POLICE: 'Partager avec la police',
      SHARE_WITH_PLATFORMS: 'Partager avec les plateformes',
      SHARE_WITH_LAWYER: 'Partager avec un ou une avocate',
      CONTACT_BY_PHONE: 'Contacter par téléphone',
      CONTACT_BY_SMS: 'Contacter par SMS',
      CONTACT_BY_EMAIL: 'Contacter par e-mail',
      CONTACT_BY_MESSENGER: 'Contacter par une messagerie',
    },
    notInGuide: 'Ce formulaire n’est pas, ou plus, dans votre guide.',
    stale:
      'Le formulaire a changé depuis l’affichage de cette page, peut-être dans un autre onglet : rien n’a été enregistré. La page montre maintenant le formulaire tel qu’il est.',
    unreadableLanguage:
      'Le texte de ce formulaire dans une langue ne peut pas être lu : corrigez-le d’abord dans la vue YAML, pour que l’éditeur visuel ne le remplace pas.',
    refusals: {
      itemGone: 'Cet élément n’est plus dans le formulaire.',
      itemCannotMove: 'Cet élément ne peut pas aller plus loin.',
      oneItemNeeded:
        'Un formulaire a besoin d’au moins un élément : ajoutez-en un autre avant de retirer celui-ci.',
      screenGone: 'Cet écran n’est plus dans le formulaire.',
      screenCannotMove: 'Cet écran ne peut pas aller plus loin.',
      oneScreenNeeded:
        'Un formulaire a besoin d’au moins un écran : ajoutez-en un autre avant de retirer celui-ci.',
    },
    noDraft:
      'Il n’y a aucun brouillon à publier : les lecteurs et lectrices voient le formulaire tel qu’il est.',
    shortenNote: 'Raccourcissez la note à 500 caractères au plus',
    publishedIn: (languages) => `Publié en ${languages}.`,
    notPublishedIn: (language, published) =>
      published
        ? `Publié en ${published}, mais pas en ${language} :`
        : `Non publié en ${language} :`,
    fixProblemsBelow: 'corrigez les problèmes ci-dessous.',
    differences: {
      noVersion: (language, reference) =>
        `Ce formulaire n’a pas encore de version en ${language} : l’enregistrer en crée une, à rédiger en ${language} (son titre reste celui en ${reference} d’ici là).`,
      screenCount: (count, language, reference, shown) =>
        `La version en ${language} a ${count} écrans, celle en ${reference} en a ${shown}.`,
      noCounterpart: (language, item) =>
        `La version en ${language} n’a pas d’équivalent pour ${item}.`,
      itemDiffers: (language, item, how) => `En ${language}, ${item} ${how}.`,
      extra: (language, item, reference) =>
        `La version en ${language} a ${item}, que celle en ${reference} n’a pas : enregistrer ici l’en retire.`,
      itemNamed: (name) => `« ${name} »`,
      informationText: (screen, item) =>
        `le texte d’information de l’écran ${screen}, élément ${item}`,
      type: (type, shown) => `est de type « ${type} », pas « ${shown} »`,
      required: 'est obligatoire',
      notRequired: 'n’est pas obligatoire',
      role: (role) => `fournit au dossier ${role}`,
      noRole: 'ne fournit rien au dossier',
      scope: (scope) => `demande le consentement « ${scope} »`,
      noScope: 'ne demande aucun consentement',
      options: (values) => `propose les choix ${values}`,
      noOptions: 'ne propose aucun choix',
    },
    errors: {
      type: 'Choisissez le type d’élément',
      nameMissing: 'Saisissez un nom pour la réponse, par exemple what-happened',
      nameFormat:
        'N’utilisez que des lettres minuscules, des chiffres et des tirets dans le nom, par exemple what-happened',
      nameTaken: (name) => `Un autre élément s’appelle déjà ${name} : choisissez un autre nom`,
      roleWrongType: (role, type) =>
        `${role} ne peut pas venir d’un élément de type « ${type} » : choisissez un autre rôle ou aucun`,
      roleTaken: (role) =>
        `Un autre élément fournit déjà ${role} : choisissez un autre rôle ou aucun`,
      scopeMissing: 'Choisissez ce à quoi la personne consent',
      scopeTaken: (scope) =>
        `Un autre consentement demande déjà « ${scope} » : choisissez un autre consentement`,
      labelIn: (language) => `Question en ${language}`,
      hintIn: (language) => `Aide en ${language}`,
      optionIn: (row, language) => `Choix ${row} en ${language}`,
      about: (what, problem) => `${what} : ${problem}`,
      consentMissing: (language) => `Saisissez la phrase de consentement en ${language}`,
      labelMissing: (language) =>
        `Saisissez aussi la question en ${language}, ou laissez-la vide dans toutes les langues`,
      hintMissing: (language) =>
        `Saisissez aussi l’aide en ${language}, ou laissez-la vide dans toutes les langues`,
      optionValueMissing: (row) => `Saisissez la valeur du choix ${row}, par exemple instagram`,
      optionValueTwice: (row) =>
        `Le choix ${row} a la même valeur qu’un autre : donnez à chacun la sienne`,
      optionCountry: (row) =>
        `Donnez au choix ${row} un code de pays à deux lettres comme valeur, par exemple FR`,
      optionLabelMissing: (row, language) => `Saisissez le libellé du choix ${row} en ${language}`,
      twoOptions: 'Proposez au moins deux choix',
    },
  },
};
