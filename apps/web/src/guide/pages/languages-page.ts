import { textDirection } from '../../i18n/direction';
import { languageName } from '../../i18n/language-name';
import { hasMessages, messagesFor } from '../../i18n/messages';
import { html } from '../html/html';
import type { GuideSite } from '../site';
import type { PageContent } from './page';

/**
 * Where a reader picks a language; each choice is written in its own language, with its own
 * direction. A language the guide's strings are not written in is offered by its own name,
 * never by another language's sentence.
 */
export function languagesPage(site: GuideSite): PageContent {
  const { guide, paths } = site;
  return {
    title: 'Guide',
    indexable: true,
    body: html`<h1>Guide</h1>
      <ul class="guide-language-list">
        ${guide.locales.map((locale) => {
          const dir = textDirection(locale);
          const own = hasMessages(locale) ? messagesFor(locale) : undefined;
          return html`<li>
            <a href="${paths.locale(locale)}" hreflang="${locale}" lang="${locale}" dir="${dir}"
              >${own ? own.readGuideIn : languageName(locale)}</a
            >
            ${own && html`<p class="hint" lang="${locale}" dir="${dir}">${own.chooseLanguage}</p>`}
          </li>`;
        })}
      </ul>`,
  };
}
