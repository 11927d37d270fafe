'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { FieldLocale } from '@cairn/contracts';
import { CASE_MESSAGES, type CaseMessages } from '../../cases/case-messages';

/** The sections every case has, in order; `titles` names them in the reader's language. */
const TABS: readonly { path: string; key: keyof CaseMessages['tabs'] }[] = [
  { path: '', key: 'overview' },
  { path: '/timeline', key: 'timeline' },
  { path: '/incidents', key: 'incidents' },
  { path: '/evidence', key: 'evidence' },
  { path: '/contacts', key: 'contacts' },
  { path: '/checklist', key: 'checklist' },
  { path: '/consents', key: 'consents' },
  { path: '/takedowns', key: 'takedowns' },
  { path: '/notes', key: 'notes' },
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
export function CaseTabs({
  caseId,
  extra = [],
  titles = CASE_MESSAGES.en.tabs,
  label = CASE_MESSAGES.en.sectionsLabel,
  locale = 'en',
}: {
  caseId: string;
  extra?: readonly CaseTab[];
  /** The sections' names in the reader's language. */
  titles?: CaseMessages['tabs'];
  label?: string;
  /** The language the titles are in. */
  locale?: FieldLocale;
}) {
  const pathname = usePathname();
  const [overview, ...rest] = TABS.map(({ path, key }) => ({ path, title: titles[key] }));
  const tabs = overview ? [overview, ...extra, ...rest] : [...extra, ...rest];
  return (
    <nav className="case-tabs" aria-label={label} lang={locale}>
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
