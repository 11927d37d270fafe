'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
// The permissions module alone: the package's index would bring every schema, and zod, into
// the JavaScript of every staff page (see bench/staff-js).
import { roleAllows, type Permission } from '@cairn/contracts/dist/permissions';
import type { Role } from '@cairn/contracts';
import { STAFF_SECTIONS } from '../staff/sections';

/** Sections a role must be allowed to read before the way to them is shown. */
const SECTION_PERMISSIONS: Partial<Record<keyof typeof STAFF_SECTIONS, Permission>> = {
  guideContent: 'content.read',
  audit: 'audit.read',
  takedownTemplates: 'takedowns.manage',
  mail: 'mail.manage',
  escalations: 'escalations.manage',
};

export function StaffNav({ role }: { role: Role }) {
  const pathname = usePathname();
  const sections = Object.entries(STAFF_SECTIONS).filter(([key]) => {
    const permission = SECTION_PERMISSIONS[key as keyof typeof STAFF_SECTIONS];
    return !permission || roleAllows(role, permission);
  });
  return (
    <nav className="staff-nav" aria-label="Sections">
      <ul>
        {sections.map(([key, { href, title }]) => (
          <li key={key}>
            <Link href={href} aria-current={pathname.startsWith(href) ? 'page' : undefined}>
              {title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
