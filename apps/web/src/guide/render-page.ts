import { messagesFor } from '../i18n/messages';
import { renderDocument } from './html/document';
import { categoryPage } from './pages/category-page';
import { formPage } from './pages/form-page';
import { helplinesPage } from './pages/helplines-page';
import { languagesPage } from './pages/languages-page';
import { leavingPage } from './pages/leaving-page';
import { levelPage } from './pages/level-page';
import { notFoundPage, unavailablePage } from './pages/not-found-page';
import type { PageContent, PageContext } from './pages/page';
import { searchPage } from './pages/search-page';
import { sectionIndexPage, sectionPage } from './pages/section-page';
import { topicsPage } from './pages/topics-page';
import { workflowPage } from './pages/workflow-page';
import { ownIntakeForm } from '../intake/intake-paths';
import { FORM, isSection, LEAVING, type PageSection } from './paths';
import type { GuideSite, PageAssets } from './site';
import { isLevel } from './topics';

export interface RenderedPage {
  status: number;
  html: string;
  /** Depends on the guide alone, not on the query or on helplines: may be kept and reused. */
  reusable: boolean;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The page at `segments` (the path below the guide's root) of one guide, as a whole HTML
 * document. Every page of the guide is here: languages, topics, a category, a topic's level,
 * the about, glossary and tools pages, forms (to read), search, help workflows and helplines;
 * anything else is the guide's "not found" page.
 */
export async function renderGuidePage(
  site: GuideSite,
  assets: PageAssets,
  segments: readonly string[],
  params: URLSearchParams,
): Promise<RenderedPage> {
  const [locale, ...rest] = segments;
  const known = locale !== undefined && site.guide.locales.includes(locale);
  const context: PageContext = {
    site,
    locale: known ? locale : 'en',
    messages: messagesFor(known ? locale : 'en'),
  };
  const fixed = (content: PageContent | undefined) => ({ content, reusable: true });

  const { content, reusable } =
    locale === undefined
      ? fixed(languagesPage(site))
      : !known || !rest.every((segment) => SLUG.test(segment))
        ? fixed(undefined)
        : await pageOf(context, rest, params);
  return {
    status: content ? (content.status ?? 200) : 404,
    // Only pages that exist are kept: made-up addresses must not fill the memory.
    reusable: reusable && content !== undefined,
    html: documentOf(context, assets, content ?? notFoundPage(context)),
  };
}

/** The guide's page for a guide that cannot be shown: one that does not exist, or is unavailable. */
export function renderStatusPage(
  site: GuideSite,
  assets: PageAssets,
  status: 404 | 503,
): RenderedPage {
  const context: PageContext = { site, locale: 'en', messages: messagesFor('en') };
  const page = status === 404 ? notFoundPage(context) : unavailablePage(context);
  return { status, reusable: false, html: documentOf(context, assets, page) };
}

function documentOf(context: PageContext, assets: PageAssets, page: PageContent): string {
  return renderDocument({
    lang: context.locale,
    title: page.title,
    brand: context.site.brand,
    messages: context.messages,
    assets,
    indexable: page.indexable,
    body: page.body,
    guideRoot: context.site.paths.root,
    // The languages page and unknown languages have no locale of their own: the guide's first.
    leavingHref: context.site.paths.leaving(
      context.site.guide.locales.includes(context.locale)
        ? context.locale
        : (context.site.guide.locales[0] ?? context.locale),
    ),
  });
}

/** `about/<id>`, `glossary/<id>`, `tools/<group>/<id>`, or a section's (or group's) index. */
function sectionPageOf(
  context: PageContext,
  section: PageSection,
  rest: string[],
): PageContent | undefined {
  const [, second, third] = rest;
  if (rest.length === 1) return sectionIndexPage(context, section);
  if (section === 'tools') {
    if (rest.length === 2 && second) return sectionIndexPage(context, section, second);
    return rest.length === 3 && second && third
      ? sectionPage(context, section, third, second)
      : undefined;
  }
  return rest.length === 2 && second ? sectionPage(context, section, second) : undefined;
}

async function pageOf(
  context: PageContext,
  rest: string[],
  params: URLSearchParams,
): Promise<{ content: PageContent | undefined; reusable: boolean }> {
  const [first, second, third] = rest;
  if (first === undefined) return { content: topicsPage(context), reusable: true };
  if (first === 'search' && rest.length === 1)
    return { content: searchPage(context, params.get('q')), reusable: false };
  if (first === LEAVING && rest.length === 1)
    return { content: leavingPage(context), reusable: true };
  if (first === 'helplines' && rest.length === 1)
    return { content: await helplinesPage(context, params), reusable: false };
  // `help` is not a category: its pages are the help workflows' questions.
  if (first === 'help' && second !== undefined && rest.length <= 3)
    return {
      content: workflowPage(context, second, third, await ownIntakeForm(context)),
      reusable: true,
    };
  if (first === FORM && second !== undefined && rest.length === 2)
    return { content: formPage(context, second), reusable: true };
  if (isSection(first)) return { content: sectionPageOf(context, first, rest), reusable: true };
  if (rest.length === 1) return { content: categoryPage(context, first), reusable: true };
  if (second !== undefined && third !== undefined && rest.length === 3 && isLevel(third)) {
    const place = { locale: context.locale, category: first, topic: second, level: third };
    return { content: levelPage(context, place), reusable: true };
  }
  return { content: undefined, reusable: true };
}
