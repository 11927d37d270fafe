import Link from 'next/link';
import { languageName } from '../../i18n/language-name';
import type { Messages } from '../../i18n/messages';

export interface Crumb {
  label: string;
  /** Absent for the page itself. */
  href?: string;
}

export interface LanguageLink {
  locale: string;
  href: string;
}

/** Where the reader is, and the same page in the guide's other languages. */
export function GuideNav({
  messages,
  crumbs,
  languages,
}: {
  messages: Messages;
  crumbs: Crumb[];
  languages: LanguageLink[];
}) {
  return (
    <div className="guide-nav">
      <nav aria-label={messages.breadcrumb}>
        <ol className="guide-crumbs">
          {crumbs.map((crumb) => (
            <li key={crumb.label}>
              {crumb.href ? (
                <Link href={crumb.href} prefetch={false}>
                  {crumb.label}
                </Link>
              ) : (
                <span aria-current="page">{crumb.label}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {languages.length > 0 && (
        <nav aria-label={messages.languageSwitch}>
          <ul className="guide-languages">
            {languages.map(({ locale, href }) => (
              <li key={locale}>
                {/* A full page load, not a client-side one: the document's lang and dir change with the language. */}
                <a href={href} hrefLang={locale} lang={locale}>
                  {languageName(locale)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
