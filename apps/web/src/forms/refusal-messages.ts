import type { ProblemCode } from '@cairn/content';
import type { FieldLocale } from '@cairn/contracts';
import { FORM_MESSAGES } from '../i18n/form-messages';

/**
 * What a staff page says when the API refused an action, in each language the staff pages
 * speak: what happened and what to do. A missing translation is a type error.
 */
export interface RefusalMessages {
  /** The one-warning rule: the case already has its written warning. */
  oneWarning: string;
  /** The survivor's consent, named in the reader's words, is not in force. */
  consentRequired: (consent: string) => string;
  /** A consent the API named but this page has no words for. */
  someConsent: string;
  /** A notice or letter lacks required elements, each already named with its provision. */
  missingElements: (elements: string, count: number) => string;
  lastAdmin: string;
  survivorUnreadable: string;
  /** The guide's checker found problems in the text: nothing was changed. */
  contentInvalid: string;
  /** A case's status cannot go from one to another; `allowed` lists where it can. */
  caseTransition: (from: string, to: string, allowed: string) => string;
  /**
   * What kind of problem the guide's checker found in a file, by its code: the checker's own
   * detail (which link, which key) is English and is shown beside it, marked so.
   */
  guideProblems: Readonly<Record<ProblemCode, string>>;
  /** The same kinds, named short, for a list to choose from. */
  guideProblemNames: Readonly<Record<ProblemCode, string>>;
  /** A problem whose code this table does not know yet. */
  otherGuideProblem: string;
  /** Where in a file a problem is. */
  line: (line: number, column?: number) => string;
  /** Generic sentences by HTTP status, for codes no page words more precisely. */
  badInput: string;
  forbidden: string;
  gone: string;
  conflict: string;
  tooLarge: string;
  busy: string;
  unavailable: string;
}

export const REFUSAL_MESSAGES: Readonly<Record<FieldLocale, RefusalMessages>> = {
  en: {
    oneWarning:
      'This case already has its written warning: the one-warning rule allows one warning per case, as the guide advises warning only once. Record any further contact in the contact log, or report it to the police.',
    consentRequired: (consent) =>
      `The survivor's consent "${consent}" is not in force on this case. Record it on the Consents page first, then try again.`,
    someConsent: 'to share the case',
    missingElements: (elements, count) =>
      `This cannot be sent yet: it still needs ${elements}. Change the draft to add ${count === 1 ? 'it' : 'them'}, then submit it again.`,
    lastAdmin: 'Your organisation must keep at least one admin. Make someone else an admin first.',
    survivorUnreadable:
      "The survivor's details on this case failed their integrity check, so nothing was changed. Tell your admin: the event is in the server log.",
    contentInvalid:
      'The guide has problems with this text, so nothing was changed. Fix the problems shown, then try again.',
    caseTransition: (from, to, allowed) =>
      `A case that is "${from}" cannot move to "${to}". It can move to: ${allowed}.`,
    guideProblems: {
      'bad-path':
        'The file is not where the guide expects it: check its folder and its name, such as en/online-abuse/respond/beginner/s_first-steps.md',
      'unreadable-file':
        'The file cannot be read as text: save it as UTF-8 text and import it again',
      'invalid-archive': 'The archive cannot be opened as a ZIP file holding guide files',
      'invalid-front-matter':
        'The header between the --- lines at the top of the file is not valid: check its index and title',
      'unknown-front-matter-key':
        'The header at the top of the file has a field the guide does not use',
      'duplicate-index':
        'Another file in the same folder already uses this index: give each its own',
      'duplicate-id': 'Another file or entry already uses this id: give each its own',
      'repeated-field':
        'A field name or an option value of the form is used twice: the form still works, but rename one',
      'malformed-link': 'A link is not written the way the guide writes links to lessons',
      'broken-link': 'A link points to a lesson the guide does not have',
      'missing-in-locale': 'This file has no translation in one of the guide’s languages',
      'invalid-checklist': 'The checklist is not written the way the guide expects',
      'invalid-form': 'The form is not written the way the guide expects',
      'invalid-workflow': 'The help workflow is not written the way the guide expects',
      'unknown-node': 'The help workflow points to a step it does not have',
      'unreachable-node': 'No path of the help workflow leads to this step',
      'invalid-category': 'The folder title file is not written the way the guide expects',
      'translated-key': 'A key that must stay the same in every language was translated',
    },
    guideProblemNames: {
      'bad-path': 'File in the wrong place',
      'unreadable-file': 'Unreadable file',
      'invalid-archive': 'Unreadable archive',
      'invalid-front-matter': 'Invalid header',
      'unknown-front-matter-key': 'Unknown header field',
      'duplicate-index': 'Index used twice',
      'duplicate-id': 'Id used twice',
      'repeated-field': 'Form field used twice',
      'malformed-link': 'Badly written link',
      'broken-link': 'Broken link',
      'missing-in-locale': 'Missing translation',
      'invalid-checklist': 'Invalid checklist',
      'invalid-form': 'Invalid form',
      'invalid-workflow': 'Invalid help workflow',
      'unknown-node': 'Unknown workflow step',
      'unreachable-node': 'Unreachable workflow step',
      'invalid-category': 'Invalid folder title file',
      'translated-key': 'Translated key',
    },
    otherGuideProblem: 'The guide cannot use this file as it is',
    line: (line, column) => `Line ${line}${column ? `, column ${column}` : ''}`,
    badInput: 'Cairn could not accept what was sent. Check the form and try again.',
    forbidden: 'Your role does not allow this. Ask a supervisor or an admin.',
    gone: 'This no longer exists, or you may no longer see it. Reload the page.',
    conflict:
      'This changed since the page was opened. Reload the page to see how it stands now, then try again.',
    tooLarge: 'This is too large to send. Shorten it and try again.',
    busy: 'Too many attempts or tasks at once. Wait a minute, then try again.',
    unavailable: FORM_MESSAGES.en.unavailable,
  },
  fr: {
    oneWarning:
      'Ce dossier a déjà son avertissement écrit : la règle de l’avertissement unique n’en permet qu’un par dossier, car le guide conseille de n’avertir qu’une fois. Notez tout autre contact dans le journal des contacts, ou signalez-le à la police.',
    consentRequired: (consent) =>
      `Le consentement « ${consent} » de la personne accompagnée n’est pas en vigueur sur ce dossier. Enregistrez-le d’abord sur la page Consentements, puis réessayez.`,
    someConsent: 'partager le dossier',
    missingElements: (elements, count) =>
      `Ce texte ne peut pas encore partir : il manque ${elements}. Modifiez le brouillon pour ${count === 1 ? 'l’ajouter' : 'les ajouter'}, puis soumettez-le de nouveau.`,
    lastAdmin:
      'Votre organisation doit garder au moins un·e admin. Nommez d’abord quelqu’un d’autre admin.',
    survivorUnreadable:
      'Les informations de la personne accompagnée sur ce dossier n’ont pas passé leur contrôle d’intégrité : rien n’a été modifié. Prévenez votre admin : l’incident est dans le journal du serveur.',
    contentInvalid:
      'Le guide signale des problèmes dans ce texte : rien n’a été modifié. Corrigez les problèmes indiqués, puis réessayez.',
    caseTransition: (from, to, allowed) =>
      `Un dossier « ${from} » ne peut pas passer à « ${to} ». Il peut passer à : ${allowed}.`,
    guideProblems: {
      'bad-path':
        'Le fichier n’est pas là où le guide l’attend : vérifiez son dossier et son nom, par exemple en/online-abuse/respond/beginner/s_first-steps.md',
      'unreadable-file':
        'Le fichier ne peut pas être lu comme du texte : enregistrez-le en texte UTF-8 et importez-le de nouveau',
      'invalid-archive':
        'L’archive ne peut pas être ouverte comme un fichier ZIP de fichiers du guide',
      'invalid-front-matter':
        'L’en-tête entre les lignes --- en haut du fichier n’est pas valide : vérifiez son index et son titre',
      'unknown-front-matter-key':
        'L’en-tête en haut du fichier a un champ que le guide n’utilise pas',
      'duplicate-index':
        'Un autre fichier du même dossier utilise déjà cet index : donnez-en un à chacun',
      'duplicate-id':
        'Un autre fichier ou une autre entrée utilise déjà cet identifiant : donnez-en un à chacun',
      'repeated-field':
        'Un nom de champ ou une valeur d’option du formulaire est utilisé deux fois : le formulaire fonctionne, mais renommez-en un',
      'malformed-link': 'Un lien n’est pas écrit comme le guide écrit les liens vers les leçons',
      'broken-link': 'Un lien mène à une leçon que le guide n’a pas',
      'missing-in-locale': 'Ce fichier n’a pas de traduction dans l’une des langues du guide',
      'invalid-checklist': 'La liste d’étapes n’est pas écrite comme le guide l’attend',
      'invalid-form': 'Le formulaire n’est pas écrit comme le guide l’attend',
      'invalid-workflow': 'Le parcours d’aide n’est pas écrit comme le guide l’attend',
      'unknown-node': 'Le parcours d’aide mène à une étape qu’il n’a pas',
      'unreachable-node': 'Aucun chemin du parcours d’aide ne mène à cette étape',
      'invalid-category': 'Le fichier de titre du dossier n’est pas écrit comme le guide l’attend',
      'translated-key': 'Une clé qui doit rester la même dans toutes les langues a été traduite',
    },
    guideProblemNames: {
      'bad-path': 'Fichier mal placé',
      'unreadable-file': 'Fichier illisible',
      'invalid-archive': 'Archive illisible',
      'invalid-front-matter': 'En-tête non valide',
      'unknown-front-matter-key': 'Champ d’en-tête inconnu',
      'duplicate-index': 'Index utilisé deux fois',
      'duplicate-id': 'Identifiant utilisé deux fois',
      'repeated-field': 'Champ de formulaire utilisé deux fois',
      'malformed-link': 'Lien mal écrit',
      'broken-link': 'Lien cassé',
      'missing-in-locale': 'Traduction manquante',
      'invalid-checklist': 'Liste d’étapes non valide',
      'invalid-form': 'Formulaire non valide',
      'invalid-workflow': 'Parcours d’aide non valide',
      'unknown-node': 'Étape de parcours inconnue',
      'unreachable-node': 'Étape de parcours inaccessible',
      'invalid-category': 'Fichier de titre de dossier non valide',
      'translated-key': 'Clé traduite',
    },
    otherGuideProblem: 'Le guide ne peut pas utiliser ce fichier tel quel',
    line: (line, column) => `Ligne ${line}${column ? `, colonne ${column}` : ''}`,
    badInput: 'Cairn n’a pas pu accepter ce qui a été envoyé. Vérifiez le formulaire et réessayez.',
    forbidden: 'Votre rôle ne le permet pas. Demandez à un·e superviseur·e ou à un·e admin.',
    gone: 'Cet élément n’existe plus, ou vous ne pouvez plus le voir. Rechargez la page.',
    conflict:
      'Cela a changé depuis l’ouverture de la page. Rechargez-la pour voir où en sont les choses, puis réessayez.',
    tooLarge: 'C’est trop volumineux pour être envoyé. Raccourcissez et réessayez.',
    busy: 'Trop de tentatives ou de tâches à la fois. Attendez une minute, puis réessayez.',
    unavailable: FORM_MESSAGES.fr.unavailable,
  },
};

/** What kind of problem a guide file has, by its code, in the reader's language. */
export function guideProblemKind(code: string, locale: FieldLocale): string {
  const words = REFUSAL_MESSAGES[locale];
  return (words.guideProblems as Readonly<Record<string, string>>)[code] ?? words.otherGuideProblem;
}

/** A kind of guide problem named short, for a list to choose from; its code when unknown. */
export function guideProblemName(code: string, locale: FieldLocale): string {
  return (
    (REFUSAL_MESSAGES[locale].guideProblemNames as Readonly<Record<string, string>>)[code] ?? code
  );
}
