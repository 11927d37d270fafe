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
