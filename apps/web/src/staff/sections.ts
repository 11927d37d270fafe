import type { FieldLocale } from '@cairn/contracts';

/** Where a staff member lands after signing in. */
export const STAFF_HOME = '/dashboard';

export interface StaffSection {
  href: string;
  title: string;
  /** What the section holds, in a sentence. */
  purpose: string;
}

/** The staff areas that work, in navigation order: a way to a page still to be built is a dead end. */
export const STAFF_SECTIONS = {
  cases: {
    href: '/cases',
    title: 'Cases',
    purpose:
      'The cases of your helpline: incidents, evidence, safety steps, reports to platforms and police, and takedown requests.',
  },
  guideContent: {
    href: '/guide-content',
    title: 'Guide content',
    purpose: 'The lessons of the public guide, edited and published by admins for each language.',
  },
  platforms: {
    href: '/platforms',
    title: 'Platforms',
    purpose:
      'Where each platform takes takedown requests: email or web form, notices accepted, with sources.',
  },
  takedownTemplates: {
    href: '/takedown-templates',
    title: 'Notice templates',
    purpose: 'The letters takedown requests send, per notice type and language, for admins.',
  },
  escalations: {
    href: '/escalations',
    title: 'Escalation rules',
    purpose:
      'When Cairn follows up unanswered takedown requests, escalates them, and alerts the staff on call or the supervisors, counted in your business hours.',
  },
  audit: {
    href: '/audit',
    title: 'Audit',
    purpose: 'The tamper-evident log of every read and change of a case, for admins.',
  },
  mail: {
    href: '/mail',
    title: 'Mail',
    purpose:
      'Every email Cairn sends for your organisation, what became of it, and the mail catcher.',
  },
  queues: {
    // The API's QUEUE_DASHBOARD_PATH: the dashboard is bull-board's own page, not one of ours.
    href: '/admin/queues',
    title: 'Job queues',
    purpose:
      'The background jobs every organisation of this deployment shares (mail, audit, evidence), for its operators.',
  },
  staff: {
    href: '/staff',
    title: 'Staff',
    purpose: 'The people of your organisation: invitations, roles, and locked accounts.',
  },
} as const satisfies Record<string, StaffSection>;

export type StaffSectionKey = keyof typeof STAFF_SECTIONS;

/** Each section's title and purpose in the other languages the staff pages speak. */
const FRENCH_SECTIONS: Readonly<Record<StaffSectionKey, Omit<StaffSection, 'href'>>> = {
  cases: {
    title: 'Dossiers',
    purpose:
      'Les dossiers de votre ligne d’écoute : incidents, preuves, mesures de sécurité, signalements aux plateformes et à la police, et demandes de retrait.',
  },
  guideContent: {
    title: 'Contenu du guide',
    purpose: 'Les leçons du guide public, rédigées et publiées par les admins dans chaque langue.',
  },
  platforms: {
    title: 'Plateformes',
    purpose:
      'Où chaque plateforme reçoit les demandes de retrait : e-mail ou formulaire web, notifications acceptées, avec leurs sources.',
  },
  takedownTemplates: {
    title: 'Modèles de notification',
    purpose:
      'Les lettres qu’envoient les demandes de retrait, par type de notification et par langue, pour les admins.',
  },
  escalations: {
    title: 'Règles d’escalade',
    purpose:
      'Quand Cairn relance les demandes de retrait restées sans réponse, les fait remonter, et alerte l’équipe d’astreinte ou les superviseurs, en comptant vos heures ouvrées.',
  },
  audit: {
    title: 'Journal d’audit',
    purpose:
      'Le journal infalsifiable de chaque consultation et de chaque modification d’un dossier, pour les admins.',
  },
  mail: {
    title: 'E-mails',
    purpose:
      'Chaque e-mail que Cairn envoie pour votre organisation, ce qu’il est devenu, et le collecteur d’e-mails.',
  },
  queues: {
    title: 'Files de tâches',
    purpose:
      'Les tâches de fond que partagent toutes les organisations de ce déploiement (e-mails, audit, preuves), pour ceux qui l’exploitent.',
  },
  staff: {
    title: 'Équipe',
    purpose: 'Les personnes de votre organisation : invitations, rôles et comptes bloqués.',
  },
};

/** The staff sections with their words in a staff member's language. */
export function staffSections(
  locale: FieldLocale,
): Readonly<Record<StaffSectionKey, StaffSection>> {
  if (locale === 'en') return STAFF_SECTIONS;
  return Object.fromEntries(
    Object.entries(STAFF_SECTIONS).map(([key, { href }]) => [
      key,
      { href, ...FRENCH_SECTIONS[key as StaffSectionKey] },
    ]),
  ) as Record<StaffSectionKey, StaffSection>;
}
