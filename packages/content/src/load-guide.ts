import { buildGuide, type GuideContent } from './build-guide';
import { LEVELS } from './content-path';
import type { Checklist, Form, Lesson, TopicSummary, Workflow } from './model';
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

  return {
    ...content,
    getLesson: (locale, category, topic, level, lesson) =>
      lessons.get([locale, category, topic, level, lesson].join('/')),
    listTopics: (locale) => topicsOf(content.lessons.filter((lesson) => lesson.locale === locale)),
    getChecklist: (locale, id) => checklists.get(`${locale}/${id}`),
    getForm: (locale, id) => forms.get(`${locale}/${id}`),
    getWorkflow: (locale, id) => workflows.get(`${locale}/${id}`),
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
