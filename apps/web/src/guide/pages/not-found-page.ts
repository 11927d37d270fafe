import { html } from '../html/html';
import type { PageContent, PageContext } from './page';

/** For an address the guide has no page at, with the way back into it. */
export function notFoundPage({ site, locale, messages }: PageContext): PageContent {
  const home = site.guide.locales.includes(locale) ? site.paths.locale(locale) : site.paths.root;
  return {
    title: messages.notFoundTitle,
    indexable: false,
    status: 404,
    body: html`<h1>${messages.notFoundTitle}</h1>
      <p>${messages.notFoundText}</p>
      <p><a href="${home}">${messages.guide}</a></p>`,
  };
}

/** For a guide whose content cannot be had right now (the API does not answer). */
export function unavailablePage({ site, messages }: PageContext): PageContent {
  return {
    title: messages.unavailableTitle,
    indexable: false,
    status: 503,
    body: html`<h1>${messages.unavailableTitle}</h1>
      <p>${messages.unavailableText}</p>
      <p><a href="${site.paths.root}">${messages.guide}</a></p>`,
  };
}
