import { html } from '../html/html';
import type { PageContent, PageContext } from './page';

/** What quick exit does, and what it cannot erase: the browser's own list of visited pages. */
export function leavingPage({ site, locale, messages }: PageContext): PageContent {
  return {
    title: messages.leavingTitle,
    indexable: true,
    body: html`<h1>${messages.leavingTitle}</h1>
      ${messages.leavingText.map((paragraph) => html`<p>${paragraph}</p>`)}
      <p><a href="${site.paths.locale(locale)}">${messages.guide}</a></p>`,
  };
}
