import { textDirection } from '../../i18n/direction';
import { messagesFor } from '../../i18n/messages';
import { html } from '../html/html';
import type { GuideSite } from '../site';
import type { PageContent } from './page';

/** Where a reader picks a language; each choice is written in its own language. */
export function languagesPage(site: GuideSite): PageContent {
  const { guide, paths } = site;
  return {
    title: 'Guide',
    indexable: true,
    body: html`<h1>Guide</h1>
      <ul class="guide-language-list">
        ${guide.locales.map(
          (locale) =>
            html`<li lang="${locale}" dir="${textDirection(locale)}">
              <a href="${paths.locale(locale)}" hreflang="${locale}"
                >${messagesFor(locale).readGuideIn}</a
              >
              <p class="hint">${messagesFor(locale).chooseLanguage}</p>
            </li>`,
        )}
      </ul>`,
  };
}
