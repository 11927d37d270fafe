'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
// The permissions module alone: the package's index would bring every schema, and zod, into
// the JavaScript of every staff page (see bench/staff-js).
import { roleAllows, type Permission } from '@cairn/contracts/dist/permissions';
import type { FieldLocale, Role } from '@cairn/contracts';
import { STAFF_SECTIONS, staffSections } from '../staff/sections';
import { SHELL_MESSAGES } from '../staff/shell-messages';

/** Sections a role must be allowed to read before the way to them is shown. */
const SECTION_PERMISSIONS: Partial<Record<keyof typeof STAFF_SECTIONS, Permission>> = {
  guideContent: 'content.read',
  audit: 'audit.read',
  takedownTemplates: 'takedowns.manage',
  mail: 'mail.manage',
  escalations: 'escalations.manage',
};

/** Sections outside the app's own pages: a plain link, a full page load. */
const OUTSIDE_SECTIONS: ReadonlySet<keyof typeof STAFF_SECTIONS> = new Set(['queues']);

export function StaffNav({
  role,
  operatesDeployment,
  locale = 'en',
}: {
  role: Role;
  operatesDeployment: boolean;
  locale?: FieldLocale;
}) {
  const pathname = usePathname();
  const sections = Object.entries(staffSections(locale)).filter(([key]) => {
    // The job queues are the deployment's, shown only to its operators (the API decides who).
    if (key === 'queues') return operatesDeployment;
    const permission = SECTION_PERMISSIONS[key as keyof typeof STAFF_SECTIONS];
    return !permission || roleAllows(role, permission);
  });
  return (
    <nav className="staff-nav" aria-label={SHELL_MESSAGES[locale].sections} lang={locale}>
      <ul>
        {sections.map(([key, { href, title }]) => (
          <li key={key}>
            {OUTSIDE_SECTIONS.has(key as keyof typeof STAFF_SECTIONS) ? (
              <a href={href}>{title}</a>
            ) : (
              <Link href={href} aria-current={pathname.startsWith(href) ? 'page' : undefined}>
                {title}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
