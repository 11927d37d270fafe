import { languageName } from '../../i18n/language-name';
import type { Messages } from '../../i18n/messages';
import { html, type Html } from './html';

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
export function guideNav(messages: Messages, crumbs: Crumb[], languages: LanguageLink[]): Html {
  return html`<div class="guide-nav">
    <nav aria-label="${messages.breadcrumb}">
      <ol class="guide-crumbs">
        ${crumbs.map(
          ({ label, href }) =>
            html`<li>
              ${href ? html`<a href="${href}">${label}</a>` : html`<span aria-current="page">${label}</span>`}
            </li>`,
        )}
      </ol>
    </nav>
    ${
      languages.length > 0 &&
      html`<nav aria-label="${messages.languageSwitch}">
        <ul class="guide-languages">
          ${languages.map(
            ({ locale, href }) =>
              html`<li>
                <a href="${href}" hreflang="${locale}" lang="${locale}">${languageName(locale)}</a>
              </li>`,
          )}
        </ul>
      </nav>`
    }
  </div>`;
}
