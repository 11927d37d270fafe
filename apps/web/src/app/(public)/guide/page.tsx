import type { Metadata } from 'next';
import Link from 'next/link';
import { getGuide } from '../../../guide/guide';
import { localeHref } from '../../../guide/paths';
import { textDirection } from '../../../i18n/direction';
import { messagesFor } from '../../../i18n/messages';

export const metadata: Metadata = { title: 'Guide' };

/** Where a reader picks a language; each choice is written in its own language. */
export default async function GuideLanguagesPage() {
  const guide = await getGuide();
  return (
    <div className="guide">
      <h1>Guide</h1>
      <ul className="guide-language-list">
        {guide.locales.map((locale) => (
          <li key={locale} lang={locale} dir={textDirection(locale)}>
            <Link href={localeHref(locale)} hrefLang={locale} prefetch={false}>
              {messagesFor(locale).readGuideIn}
            </Link>
            <p className="hint">{messagesFor(locale).chooseLanguage}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
