import type { Place } from '@cairn/content';
import type { HelplineService } from '@cairn/contracts';

/** Where the shared guide lives; an organisation's guide lives under `/o/<slug>/guide`. */
export const SHARED_GUIDE_ROOT = '/guide';

export function organizationGuideRoot(slug: string): string {
  return `/o/${slug}/guide`;
}

/** What a link to the helplines page asks for; each part is optional. */
export interface HelplineQuery {
  service?: HelplineService;
  language?: string;
  region?: string;
  /** Only helplines that take urgent cases. */
  urgent?: boolean;
}

/** The page that says what quick exit leaves behind, below a locale. */
export const LEAVING = 'leaving-quickly';

/** The id of a lesson's article on its level's page. */
export function lessonAnchor(lesson: string): string {
  return `lesson-${lesson}`;
}

/** The URLs of one guide's pages, the shared one or an organisation's. */
export class GuidePaths {
  constructor(readonly root: string) {}

  /** The topics of one language, with the way to help. */
  locale(locale: string): string {
    return `${this.root}/${locale}`;
  }

  /** The page of a topic at one level: its lessons in order, then its checklists. */
  level({ locale, category, topic, level }: Place): string {
    return `${this.root}/${locale}/${category}/${topic}/${level}`;
  }

  leaving(locale: string): string {
    return `${this.root}/${locale}/${LEAVING}`;
  }

  search(locale: string, query?: string): string {
    const page = `${this.root}/${locale}/search`;
    return query ? `${page}?${new URLSearchParams({ q: query })}` : page;
  }

  /** A help workflow's question; its first one has the workflow's own address. */
  workflow(locale: string, workflow: string, node?: string): string {
    const page = `${this.root}/${locale}/help/${workflow}`;
    return node ? `${page}/${node}` : page;
  }

  helplines(locale: string, query: HelplineQuery = {}): string {
    const params = new URLSearchParams();
    if (query.service) params.set('service', query.service);
    if (query.language) params.set('language', query.language);
    if (query.region) params.set('region', query.region);
    if (query.urgent) params.set('urgent', '1');
    const search = params.toString();
    return `${this.root}/${locale}/helplines${search ? `?${search}` : ''}`;
  }

  /**
   * Where an `umbrella://category/topic[/level[/lesson]]` link leads in this guide, in the
   * reader's locale; `firstLevel` answers for links that name no level. Undefined when the
   * link is not one, or names a topic the locale does not teach.
   */
  umbrella(
    href: string,
    locale: string,
    firstLevel: (category: string, topic: string) => Place['level'] | undefined,
  ): string | undefined {
    const match = UMBRELLA.exec(href);
    if (!match) return undefined;
    const [, category = '', topic = '', named, lesson] = match;
    const level = (named as Place['level'] | undefined) ?? firstLevel(category, topic);
    if (!level) return undefined;
    const page = this.level({ locale, category, topic, level });
    return lesson ? `${page}#${lessonAnchor(lesson)}` : page;
  }
}

const UMBRELLA =
  /^umbrella:\/\/([a-z0-9-]+)\/([a-z0-9-]+)(?:\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?)?\/?$/;
