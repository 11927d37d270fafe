import { HelplineService, matchHelplines, type HelplineFilter } from '@cairn/contracts';
import { languageName } from '../../i18n/language-name';
import { countryCodes, regionName } from '../../i18n/region-name';
import { guideNav } from '../html/guide-nav';
import { helplineCard } from '../html/helpline-card';
import { html, type Html } from '../html/html';
import { readHelplineQuery } from '../helpline-query';
import type { HelplineQuery } from '../paths';
import type { SiteHelpline } from '../site';
import { fillableFormPath } from '../../intake/intake-paths';
import type { PageContent, PageContext } from './page';

interface Option {
  value: string;
  label: string;
}

function select(
  name: string,
  label: string,
  any: string,
  options: Option[],
  chosen?: string,
): Html {
  const id = `helpline-${name}`;
  return html`<div>
    <label for="${id}">${label}</label>
    <select id="${id}" name="${name}">
      <option value="">${any}</option>
      ${options.map(
        ({ value, label: text }) =>
          html`<option value="${value}" ${value === chosen && 'selected'}>${text}</option>`,
      )}
    </select>
  </div>`;
}

const byLabel = (locale: string) => (a: Option, b: Option) =>
  a.label.localeCompare(b.label, locale);

/** The filter as a GET form: it works without JavaScript and its answer can be bookmarked. */
function filterForm(context: PageContext, helplines: SiteHelpline[], query: HelplineQuery): Html {
  const { site, locale, messages } = context;
  // What the reader chose stays offered even when no helpline has it: they see it kept.
  const languages = new Set([
    locale,
    ...(query.language ? [query.language] : []),
    ...helplines.flatMap((helpline) => helpline.languages),
  ]);
  // A helpline that serves everyone covers wherever the reader is: every country is offered.
  const covered = helplines.flatMap((helpline) => helpline.regions);
  const regions = new Set([
    ...(query.region ? [query.region] : []),
    ...(covered.includes('global') ? countryCodes() : covered),
  ]);
  regions.delete('global');
  return html`<form
    class="helpline-filter"
    method="get"
    action="${site.paths.helplines(locale)}"
    aria-label="${messages.helplinesFilter}"
  >
    <div class="helpline-filter-row">
      ${select(
        'service',
        messages.filterService,
        messages.filterAny,
        HelplineService.options.map((service) => ({
          value: service,
          label: messages.services[service],
        })),
        query.service,
      )}
      ${select(
        'language',
        messages.filterLanguage,
        messages.filterAny,
        [...languages]
          .map((language) => ({ value: language, label: languageName(language) }))
          .sort(byLabel(locale)),
        query.language,
      )}
      ${select(
        'region',
        messages.filterRegion,
        messages.filterAny,
        [...regions]
          .map((region) => ({ value: region, label: regionName(locale, region) }))
          .sort(byLabel(locale)),
        query.region,
      )}
    </div>
    <p>
      <label
        ><input type="checkbox" name="urgent" value="1" ${query.urgent && 'checked'} />
        ${messages.filterUrgent}</label
      >
    </p>
    <button type="submit">${messages.filterButton}</button>
  </form>`;
}

/**
 * The helplines that fit what the reader chose, the organisation's own first. What the
 * address asks (a service, a region) says something about the reader, so the page is kept
 * out of caches and search engines whenever it has a query.
 */
export async function helplinesPage(
  context: PageContext,
  params: URLSearchParams,
): Promise<PageContent> {
  const { site, locale, messages } = context;
  const { guide, paths } = site;
  const query = readHelplineQuery(params, locale);
  const helplines = await site.helplines();
  const filter: HelplineFilter = {
    ...(query.service && { service: query.service }),
    ...(query.language && { language: query.language }),
    ...(query.region && { region: query.region }),
  };
  const fitting = helplines
    ? matchHelplines(helplines, filter).filter((helpline) => !query.urgent || helpline.takesUrgent)
    : [];

  return {
    title: messages.helplinesTitle,
    indexable: params.size === 0,
    ...(!helplines && { status: 503 }),
    body: html`${guideNav(
        messages,
        [
          { label: messages.guide, href: paths.root },
          { label: messages.topicsTitle, href: paths.locale(locale) },
          { label: messages.helplinesTitle },
        ],
        guide.locales
          .filter((other) => other !== locale)
          .map((other) => ({
            locale: other,
            href: `${paths.helplines(other)}${searchOf(params)}`,
          })),
      )}
      <h1>${messages.helplinesTitle}</h1>
      <p>${messages.helplinesIntro}</p>
      ${
        helplines
          ? html`${filterForm(context, helplines, query)}
              <section aria-labelledby="helplines-found">
                <h2 id="helplines-found">
                  ${fitting.length > 0 ? messages.helplinesFound(fitting.length) : messages.helplinesNone}
                </h2>
                <ol class="helplines">
                  ${fitting.map(
                    (helpline) =>
                      html`<li>
                        ${helplineCard(helpline, {
                          messages,
                          brand: site.brand,
                          formTitle:
                            (helpline.intakeFormId &&
                              guide.getForm(locale, helpline.intakeFormId)?.title) ||
                            undefined,
                          formHref:
                            (helpline.own &&
                              helpline.intakeFormId &&
                              fillableFormPath(site, locale, helpline.intakeFormId)) ||
                            undefined,
                        })}
                      </li>`,
                  )}
                </ol>
              </section>`
          : html`<p role="alert">${messages.helplinesUnavailable}</p>`
      }`,
  };
}

function searchOf(params: URLSearchParams): string {
  const search = params.toString();
  return search ? `?${search}` : '';
}
