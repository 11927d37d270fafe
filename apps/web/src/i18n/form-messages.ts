import type { FieldLocale } from '@cairn/contracts';

/** What every staff form says around its field errors. */
export interface FormMessages {
  /** The error summary's heading. */
  problemTitle: string;
  /** Put before the page's title after a refusal, so a screen reader hears it first. */
  errorTitlePrefix: string;
  checkFields: string;
  unavailable: string;
}

export const FORM_MESSAGES: Readonly<Record<FieldLocale, FormMessages>> = {
  en: {
    problemTitle: 'There is a problem',
    errorTitlePrefix: 'Error: ',
    checkFields: 'Check the fields marked below.',
    unavailable: 'That did not work right now. Try again in a moment.',
  },
  fr: {
    problemTitle: 'Il y a un problème',
    errorTitlePrefix: 'Erreur : ',
    checkFields: 'Vérifiez les champs signalés ci-dessous.',
    unavailable: "Cela n'a pas fonctionné. Réessayez dans un instant.",
  },
};
