import type { HelplineService } from '@cairn/contracts';
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

/**
 * A help workflow (`w_<id>.yml`): questions whose answers lead to another question, to a
 * lesson, or to the helplines that fit. Node ids are the same in every locale.
 */
export interface Workflow extends Place {
  /** From `w_<id>.yml`; unique within a locale. */
  id: string;
  file: string;
  title: string;
  intro?: string;
  /** The id of the first node shown. */
  start: string;
  nodes: WorkflowNode[];
}

export interface WorkflowNode {
  id: string;
  question: string;
  hint?: string;
  answers: WorkflowAnswer[];
}

export type WorkflowAnswer = { label: string; hint?: string } & (
  | { next: string }
  /** An `umbrella://` link to a topic, a level or a lesson of the same locale. */
  | { lesson: string }
  | { helplines: { service?: HelplineService; urgent?: boolean } }
);
