import type { FieldLocale } from '@cairn/contracts';
import { localFieldErrors } from '../forms/form-state';
import { readRichProblem, refusalSentence } from '../forms/refusal';

/** An API answer as the content pages read it. */
export interface Answer {
  ok: boolean;
  status: number;
  body: unknown;
}

const REFUSED = {
  en: {
    forbidden: 'Your role cannot change the guide.',
    gone: 'This file is not in your guide, or no longer is.',
    conflict:
      'The guide changed since this page was opened, so nothing was changed. Reload the page to see how the file stands.',
  },
  fr: {
    forbidden: 'Votre rôle ne permet pas de modifier le guide.',
    gone: 'Ce fichier n’est pas, ou plus, dans votre guide.',
    conflict:
      'Le guide a changé depuis l’ouverture de la page : rien n’a été modifié. Rechargez la page pour voir où en est le fichier.',
  },
} as const;

/**
 * What to say when the API refused for a reason that is not in the text itself, in the
 * reader's language. The guide's conflicts ("Revision 3 is the one readers already see") are
 * sentences already: an English page keeps them.
 */
export function refusal({ status, body }: Answer, locale: FieldLocale): string {
  const problem = readRichProblem(body);
  if (problem?.errors?.length && (status === 400 || status === 409 || status === 422)) {
    return localFieldErrors(problem.errors, locale)
      .map(({ field, message }) => (field ? `${field}: ${message}` : message))
      .join(' ');
  }
  return refusalSentence(status, body, locale, { ...REFUSED[locale], englishConflictDetail: true });
}
