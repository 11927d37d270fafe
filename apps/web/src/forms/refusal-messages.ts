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
