import type { FieldLocale } from '@cairn/contracts';

/** What the signed-in shell around every staff page says. */
export interface ShellMessages {
  signOut: string;
  /** The name screen readers give the section navigation. */
  sections: string;
}

export const SHELL_MESSAGES: Readonly<Record<FieldLocale, ShellMessages>> = {
  en: { signOut: 'Sign out', sections: 'Sections' },
  fr: { signOut: 'Se déconnecter', sections: 'Rubriques' },
};
