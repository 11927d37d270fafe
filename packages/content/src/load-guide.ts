import { buildGuide, type GuideContent } from './build-guide';
import { LEVELS } from './content-path';
import type { Category, Checklist, Form, Lesson, Page, TopicSummary, Workflow } from './model';
import type { Problem } from './problem';
import { readFolder } from './read-folder';
import type { SourceFile } from './source-file';

export interface Guide extends GuideContent {
  getLesson(
    locale: string,
    category: string,
    topic: string,
    level: string,
    lesson: string,
  ): Lesson | undefined;
  /** Topics of a locale with the levels each is taught at, sorted by category then topic. */
  listTopics(locale: string): TopicSummary[];
  /** When checklists of different folders share the id, the first by path. */
  getChecklist(locale: string, id: string): Checklist | undefined;
  getForm(locale: string, id: string): Form | undefined;
  getWorkflow(locale: string, id: string): Workflow | undefined;
  /** The pages of a section (`about`, `glossary`, or `tools` and a group), by index. */
  listPages(locale: string, section: string, group?: string): Page[];
  getPage(locale: string, section: string, id: string, group?: string): Page | undefined;
  /** What the `.category.yml` of a folder (`communications/email`) says in a locale. */
  getCategory(locale: string, folder: string): Category | undefined;
}

/** Loads and validates the guide in `dir` (for example `defaultGuideDir`). */
export async function loadGuide(dir: string): Promise<Guide> {
  const { files, problems } = await readFolder(dir);
  return guideFromFiles(files, problems);
}

/**
 * Builds and validates a guide from files already in memory, such as the shared guide's
 * files composed with an organisation's published ones. `readProblems` are problems met
 * while reading the files, reported with the rest.
 */
export function guideFromFiles(files: SourceFile[], readProblems: Problem[] = []): Guide {
  return withLookups(buildGuide(files, readProblems));
}

function withLookups(content: GuideContent): Guide {
  const lessons = new Map(
    content.lessons.map((l) => [[l.locale, l.category, l.topic, l.level, l.id].join('/'), l]),
  );
  // Checklists in different folders may share an id (see `duplicateFileIds`); the first in
  // path order answers, so the answer does not change with the order files were read.
  const checklists = new Map<string, Checklist>();
  for (const c of content.checklists)
    if (!checklists.has(`${c.locale}/${c.id}`)) checklists.set(`${c.locale}/${c.id}`, c);
  const forms = new Map(content.forms.map((f) => [`${f.locale}/${f.id}`, f]));
  const workflows = new Map(content.workflows.map((w) => [`${w.locale}/${w.id}`, w]));
  const shelf = (locale: string, section: string, group?: string) =>
    [locale, section, group ?? ''].join('/');
  const pages = new Map<string, Page[]>();
  for (const page of [...content.pages].sort((a, b) => a.index - b.index)) {
    const key = shelf(page.locale, page.section, page.group);
    pages.set(key, [...(pages.get(key) ?? []), page]);
  }
  const categories = new Map(content.categories.map((c) => [`${c.locale}/${c.folder}`, c]));

  return {
    ...content,
    getLesson: (locale, category, topic, level, lesson) =>
      lessons.get([locale, category, topic, level, lesson].join('/')),
    listTopics: (locale) => topicsOf(content.lessons.filter((lesson) => lesson.locale === locale)),
    getChecklist: (locale, id) => checklists.get(`${locale}/${id}`),
    getForm: (locale, id) => forms.get(`${locale}/${id}`),
    getWorkflow: (locale, id) => workflows.get(`${locale}/${id}`),
    listPages: (locale, section, group) => pages.get(shelf(locale, section, group)) ?? [],
    getPage: (locale, section, id, group) =>
      pages.get(shelf(locale, section, group))?.find((page) => page.id === id),
    getCategory: (locale, folder) => categories.get(`${locale}/${folder}`),
  };
}

function topicsOf(lessons: Lesson[]): TopicSummary[] {
  const topics = new Map<string, TopicSummary>();
  for (const { category, topic, level } of lessons) {
    const key = `${category}/${topic}`;
    const summary = topics.get(key) ?? { category, topic, levels: [] };
    if (!summary.levels.includes(level)) summary.levels.push(level);
    topics.set(key, summary);
  }
  return [...topics.values()]
    .map((summary) => ({
      ...summary,
      levels: LEVELS.filter((level) => summary.levels.includes(level)),
    }))
    .sort((a, b) => a.category.localeCompare(b.category) || a.topic.localeCompare(b.topic));
}
