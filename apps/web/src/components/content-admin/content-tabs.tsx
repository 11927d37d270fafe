import Link from 'next/link';
import { CONTENT_HOME } from '../../content-admin/document-paths';
import styles from './content-admin.module.css';

const TABS = [
  { key: 'files', href: CONTENT_HOME, title: 'Files', editorsOnly: false },
  { key: 'new', href: `${CONTENT_HOME}/new`, title: 'New lesson', editorsOnly: true },
  { key: 'new-form', href: `${CONTENT_HOME}/new-form`, title: 'New form', editorsOnly: true },
  { key: 'helplines', href: `${CONTENT_HOME}/helplines`, title: 'Helplines', editorsOnly: false },
  { key: 'import', href: `${CONTENT_HOME}/import`, title: 'Import a guide', editorsOnly: true },
] as const;

export type ContentTab = (typeof TABS)[number]['key'];

/** The parts of the guide's content; what only admins can use is not offered to others. */
export function ContentTabs({ current, canEdit }: { current?: ContentTab; canEdit: boolean }) {
  return (
    <nav className={styles.tabs} aria-label="Guide content">
      <ul>
        {TABS.filter((tab) => canEdit || !tab.editorsOnly).map((tab) => (
          <li key={tab.key}>
            <Link href={tab.href} aria-current={tab.key === current ? 'page' : undefined}>
              {tab.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
