import { textDirection } from '../../i18n/direction';
import type { Messages } from '../../i18n/messages';
import type { PageAssets } from '../site';
import { html, type Html } from './html';

/** A site that looks unremarkable in someone's browser history. */
export const NEUTRAL_SITE = 'https://www.bbc.com/weather';

export interface DocumentParts {
  lang: string;
  /** The page's own title; the brand follows it in the tab. */
  title: string;
  brand: string;
  messages: Messages;
  assets: PageAssets;
  /** A page's own script beside the guide's (the intake form's), by its hashed URL. */
  extraScript?: string;
  /** False for pages that show what a reader typed or chose: search engines skip them. */
  indexable: boolean;
  body: Html;
  /** The guide's root path: the script keeps moves below it to one history entry. */
  guideRoot: string;
  /** The page that says what quick exit cannot erase, in this language. */
  leavingHref: string;
}

/**
 * A whole page: its one stylesheet and one deferred script from this host, and a quick exit
 * that works as a plain link without the script (the script makes it replace history). The
 * quick exit is the page's first link, so one Tab reaches it, and it stays in view while reading.
 */
export function renderDocument(parts: DocumentParts): string {
  const {
    lang,
    title,
    brand,
    messages,
    assets,
    extraScript,
    indexable,
    body,
    guideRoot,
    leavingHref,
  } = parts;
  const dir = textDirection(lang);
  return `<!doctype html>${html`<html lang="${lang}" dir="${dir}" data-guide-root="${guideRoot}">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${title} · ${brand}</title>
      ${indexable ? '' : html`<meta name="robots" content="noindex, follow" />`}
      <link rel="stylesheet" href="${assets.style}" />
      <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      <script src="${assets.script}" defer></script>
      ${extraScript && html`<script src="${extraScript}" defer></script>`}
    </head>
    <body>
      <header class="public-header">
        <span class="brand">${brand}</span>
        <a class="quick-exit" href="${NEUTRAL_SITE}" rel="noreferrer"
          >${messages.quickExit} <span class="quick-exit-hint">${messages.quickExitHint}</span></a
        >
      </header>
      <main class="page"><div class="guide" lang="${lang}" dir="${dir}">${body}</div></main>
      <footer class="public-footer" lang="${lang}" dir="${dir}">
        <a href="${leavingHref}">${messages.leavingLink}</a>
      </footer>
    </body>
  </html> `}`;
}
