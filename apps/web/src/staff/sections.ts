/** Where a staff member lands after signing in. */
export const STAFF_HOME = '/dashboard';

export interface StaffSection {
  href: string;
  title: string;
  /** What the section will hold, shown until it is built. */
  purpose: string;
}

/** The staff areas, in navigation order. */
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
  intake: {
    href: '/intake',
    title: 'Intake',
    purpose: 'Requests for help sent through the public intake form, and the forms themselves.',
  },
  audit: {
    href: '/audit',
    title: 'Audit',
    purpose:
      'The tamper-evident log of every read and change of a case, for supervisors and admins.',
  },
  staff: {
    href: '/staff',
    title: 'Staff',
    purpose: 'The people of your organisation: invitations, roles, and locked accounts.',
  },
  settings: {
    href: '/settings',
    title: 'Settings',
    purpose:
      'Email templates, the platform directory, escalation rules and other organisation settings.',
  },
} as const satisfies Record<string, StaffSection>;
