'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const TABS = [
  { path: '', title: 'Overview' },
  { path: '/timeline', title: 'Timeline' },
  { path: '/incidents', title: 'Incidents' },
  { path: '/contacts', title: 'Contacts' },
  { path: '/checklist', title: 'Checklist' },
  { path: '/consents', title: 'Consents' },
  { path: '/takedowns', title: 'Takedowns' },
  { path: '/notes', title: 'Notes' },
];

/** The case's pages, as links: each is a page of its own that works without JavaScript. */
export function CaseTabs({ caseId }: { caseId: string }) {
  const pathname = usePathname();
  return (
    <nav className="case-tabs" aria-label="Case sections">
      <ul>
        {TABS.map(({ path, title }) => {
          const href = `/cases/${caseId}${path}`;
          return (
            <li key={href}>
              <Link href={href} aria-current={pathname === href ? 'page' : undefined}>
                {title}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
