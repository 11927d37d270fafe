import type { Level } from './content-path';
import type { GuideLink } from './links';
import type { ChecklistItem, FormScreen } from './schemas';

/** Where a piece of content belongs in a locale's tree. */
export interface Place {
  locale: string;
  category: string;
  topic: string;
  level: Level;
}

export interface Lesson extends Place {
  /** From `s_<id>.md`; the same in every locale. */
  id: string;
  /** Path inside the guide, POSIX separators. */
  file: string;
  index: number;
  title: string;
  /** Markdown after the front matter. */
  body: string;
  links: GuideLink[];
}

export interface Checklist extends Place {
  /** From `c_<id>.yml`; unique within a locale. */
  id: string;
  file: string;
  items: ChecklistItem[];
}

export interface Form extends Place {
  /** From `f_<id>.yml`; unique within a locale. */
  id: string;
  file: string;
  title: string;
  screens: FormScreen[];
}

export interface TopicSummary {
  category: string;
  topic: string;
  levels: Level[];
}
