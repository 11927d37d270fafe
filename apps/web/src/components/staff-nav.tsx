'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { STAFF_SECTIONS } from '../staff/sections';

export function StaffNav() {
  const pathname = usePathname();
  return (
    <nav className="staff-nav" aria-label="Sections">
      <ul>
        {Object.values(STAFF_SECTIONS).map(({ href, title }) => (
          <li key={href}>
            <Link href={href} aria-current={pathname.startsWith(href) ? 'page' : undefined}>
              {title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
