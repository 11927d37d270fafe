import {
  idFromFileName,
  parseGuideHref,
  type GuideTarget,
  type Page,
  type Place,
} from '@cairn/content';
import { isLevel } from './topics';
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
  /**
   * `fillableForms`: an organisation's guide, whose forms are filled in and sent to it at
   * `forms/<id>`; the shared guide's forms are only read, at `form/<id>`.
   */
  constructor(
    readonly root: string,
    private readonly options: { fillableForms?: boolean } = {},
  ) {}

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

  /** A category: its topics, its own checklists and forms, titled from its `.category.yml`. */
  category(locale: string, category: string): string {
    return `${this.root}/${locale}/${category}`;
  }

  /** The index of `about`, `glossary` or `tools`; with a group, one tools group's pages. */
  section(locale: string, section: PageSection, group?: string): string {
    return `${this.root}/${locale}/${section}${group ? `/${group}` : ''}`;
  }

  /** One page of a section: an about page, a glossary term, a tool (in its group). */
  page(locale: string, { section, group, id }: Pick<Page, 'section' | 'group' | 'id'>): string {
    return `${this.root}/${locale}/${section}${group ? `/${group}` : ''}/${id}`;
  }

  /** A form: to fill in and send in an organisation's guide, to read in the shared one. */
  form(locale: string, id: string): string {
    return `${this.root}/${locale}/${this.options.fillableForms ? FILLABLE_FORM : FORM}/${id}`;
  }

  /**
   * Where an `umbrella://` link leads in this guide, in the reader's locale: a category, a
   * topic's level (`firstLevel` answers for links that name no level), a lesson, or the file
   * it names (a page of about, glossary or tools, a form, a category's checklist). Undefined
   * when the link is not one, or names a topic the locale does not teach.
   */
  umbrella(
    href: string,
    locale: string,
    firstLevel: (category: string, topic: string) => Place['level'] | undefined,
  ): string | undefined {
    const target = parseGuideHref(href);
    if (!target) return undefined;
    const { category, topic, level: named, lesson, file } = target;
    const name = file?.split('/').pop();
    if (file && name && !(topic && named && lesson)) return this.fileAt(locale, target, name);
    if (isSection(category)) {
      // `umbrella://tools/pgp` is a tools group; `umbrella://glossary` the section's index.
      return this.section(locale, category, category === TOOLS ? topic : undefined);
    }
    if (!topic) return this.category(locale, category);
    const level = (named as Place['level'] | undefined) ?? firstLevel(category, topic);
    if (!level) return undefined;
    const page = this.level({ locale, category, topic, level });
    return lesson ? `${page}#${lessonAnchor(lesson)}` : page;
  }

  private fileAt(locale: string, target: GuideTarget, name: string): string | undefined {
    const id = idFromFileName(name.replace(/^[scfw]_/, '').replace(/\.(md|yml)$/, ''));
    const { category, topic, level } = target;
    if (name.startsWith('f_')) return this.form(locale, id);
    if (name.startsWith('s_') && isSection(category))
      return this.page(locale, {
        section: category,
        id,
        ...(category === TOOLS && topic && { group: topic }),
      });
    if (name.startsWith('c_')) {
      const place = topic && level && isLevel(level) && { locale, category, topic, level };
      return `${place ? this.level(place) : this.category(locale, category)}#checklist-${id}`;
    }
    return undefined;
  }
}

export type PageSection = 'about' | 'glossary' | 'tools';

const TOOLS = 'tools';
/** The sections of pages beside the topics. */
export const SECTIONS: readonly PageSection[] = ['about', 'glossary', TOOLS];
/** The segment of a form's address, reserved like `search` or `help`. */
export const FORM = 'form';
/** The segment of a form an organisation receives: `forms/<id>`, and `form/<id>` is sent there. */
export const FILLABLE_FORM = 'forms';

export function isSection(value: string): value is PageSection {
  return (SECTIONS as readonly string[]).includes(value);
}
