import {
  LEVELS,
  type Checklist,
  type Guide,
  type Lesson,
  type Level,
  type Place,
  type Shelf,
  type Workflow,
} from '@cairn/content';

export type GuideContent = Pick<Guide, 'locales' | 'lessons' | 'checklists' | 'workflows'>;

export function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

/** A level's lessons, in their `index` order. */
export function lessonsOf(guide: GuideContent, place: Place): Lesson[] {
  return guide.lessons
    .filter((lesson) => samePlace(lesson, place))
    .sort((a, b) => a.index - b.index);
}

export function checklistsOf(guide: GuideContent, place: Place): Checklist[] {
  return guide.checklists.filter((checklist) => samePlace(checklist, place));
}

export function workflowsOf(guide: GuideContent, place: Place): Workflow[] {
  return guide.workflows.filter((workflow) => samePlace(workflow, place));
}

/** Levels a topic is taught at in a locale, beginner first. */
export function levelsOf(
  guide: GuideContent,
  locale: string,
  category: string,
  topic: string,
): Level[] {
  const taught = new Set(
    guide.lessons
      .filter((l) => l.locale === locale && l.category === category && l.topic === topic)
      .map((l) => l.level),
  );
  return LEVELS.filter((level) => taught.has(level));
}

/** A topic's name: the title of its first lesson in reading order. */
export function topicTitle(
  guide: GuideContent,
  locale: string,
  category: string,
  topic: string,
): string {
  const first = guide.lessons.find(
    (l) => l.locale === locale && l.category === category && l.topic === topic,
  );
  return first?.title ?? topic;
}

// A checklist straight in a category (a pathway) has no topic or level, so is on no level's page.
function samePlace(a: Shelf, b: Place): boolean {
  return (
    a.locale === b.locale && a.category === b.category && a.topic === b.topic && a.level === b.level
  );
}
