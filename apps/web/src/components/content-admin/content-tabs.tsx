import Link from 'next/link';
import type { FieldLocale } from '@cairn/contracts';
import { CONTENT_MESSAGES, type ContentMessages } from '../../content-admin/content-messages';
import { CONTENT_HOME } from '../../content-admin/document-paths';
import styles from './content-admin.module.css';

const TABS = [
  { key: 'files', href: CONTENT_HOME, title: 'files', editorsOnly: false },
  { key: 'new', href: `${CONTENT_HOME}/new`, title: 'new', editorsOnly: true },
  { key: 'new-form', href: `${CONTENT_HOME}/new-form`, title: 'newForm', editorsOnly: true },
  { key: 'helplines', href: `${CONTENT_HOME}/helplines`, title: 'helplines', editorsOnly: false },
  { key: 'import', href: `${CONTENT_HOME}/import`, title: 'import', editorsOnly: true },
] as const satisfies readonly {
  key: string;
  href: string;
  title: keyof ContentMessages['tabs'];
  editorsOnly: boolean;
}[];

export type ContentTab = (typeof TABS)[number]['key'];

/** The parts of the guide's content; what only admins can use is not offered to others. */
export function ContentTabs({
  current,
  canEdit,
  locale = 'en',
}: {
  current?: ContentTab;
  canEdit: boolean;
  locale?: FieldLocale;
}) {
  const words = CONTENT_MESSAGES[locale];
  return (
    <nav className={styles.tabs} aria-label={words.tabsLabel}>
      <ul>
        {TABS.filter((tab) => canEdit || !tab.editorsOnly).map((tab) => (
          <li key={tab.key}>
            <Link href={tab.href} aria-current={tab.key === current ? 'page' : undefined}>
              {words.tabs[tab.title]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
