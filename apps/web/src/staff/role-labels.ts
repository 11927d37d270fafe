import type { FieldLocale, Role } from '@cairn/contracts';

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Admin',
  SUPERVISOR: 'Supervisor',
  CASEWORKER: 'Caseworker',
};

/** The roles' names in each language the staff pages speak. */
export const ROLE_LABELS_BY_LOCALE: Readonly<Record<FieldLocale, Record<Role, string>>> = {
  en: ROLE_LABELS,
  fr: {
    ADMIN: 'Admin',
    SUPERVISOR: 'Superviseur·e',
    CASEWORKER: 'Intervenant·e',
  },
};
