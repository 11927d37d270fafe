'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const TABS: readonly CaseTab[] = [
  { path: '', title: 'Overview' },
  { path: '/timeline', title: 'Timeline' },
  { path: '/incidents', title: 'Incidents' },
  { path: '/evidence', title: 'Evidence' },
  { path: '/contacts', title: 'Contacts' },
  { path: '/checklist', title: 'Checklist' },
  { path: '/consents', title: 'Consents' },
  { path: '/takedowns', title: 'Takedowns' },
  { path: '/notes', title: 'Notes' },
];

/** A section's own page, or a page within it (an item of evidence, the export dialog). */
const current = (pathname: string, href: string, path: string) =>
  pathname === href || (path !== '' && pathname.startsWith(`${href}/`));

export interface CaseTab {
  path: string;
  title: string;
}

/**
 * The case's pages, as links: each is a page of its own that works without JavaScript.
 * `extra` are the sections only some cases have (a survivor's intake and messages), after
 * the overview.
 */
export function CaseTabs({ caseId, extra = [] }: { caseId: string; extra?: readonly CaseTab[] }) {
  const pathname = usePathname();
  const [overview, ...rest] = TABS;
  const tabs = overview ? [overview, ...extra, ...rest] : [...extra, ...rest];
  return (
    <nav className="case-tabs" aria-label="Case sections">
      <ul>
        {tabs.map(({ path, title }) => {
          const href = `/cases/${caseId}${path}`;
          return (
            <li key={href}>
              <Link href={href} aria-current={current(pathname, href, path) ? 'page' : undefined}>
                {title}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
