import type { HelplineService } from '@cairn/contracts';
import type { Level } from './content-path';
import type { GuideLink } from './links';
import type { FormScreen } from './schemas';

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

/**
 * A page of a section outside the topics, written like a lesson: `about/s_<id>.md`,
 * `glossary/s_<term>.md` (one term each) or `tools/<group>/s_<tool>.md`.
 */
export interface Page {
  locale: string;
  /** `about`, `glossary` or `tools`. */
  section: string;
  /** A tools page's group (`tools/pgp/…` is in `pgp`). */
  group?: string;
  id: string;
  file: string;
  index: number;
  title: string;
  body: string;
  links: GuideLink[];
}

/**
 * What a folder's `.category.yml` says about it in one locale: the title a page shows for
 * a category, a topic, a level or a tools group, and where it is listed among its siblings.
 */
export interface Category {
  locale: string;
  /** The folder inside the locale: `communications`, `communications/email/beginner`, `tools/pgp`. */
  folder: string;
  file: string;
  /** `title:`, or `name:` as some guides write it. */
  title: string;
  /** Order among sibling folders; two siblings with the same index are both kept and reported. */
  index?: number;
  description?: string;
  /** Every other key as written (Umbrella's `icon`, `template`), for pages that use them. */
  extra: Record<string, unknown>;
}

/**
 * Where a checklist or form belongs: a topic's level like a lesson, or straight in a
 * category (`pathways/c_<id>.yml`, `forms/f_<id>.yml`), with no topic and no level.
 */
export interface Shelf {
  locale: string;
  category: string;
  topic?: string;
  level?: Level;
}

/** A checklist heading, or a step a case can tick by its id. */
export type ChecklistItem = { id: string; check: string } | { label: string };

export interface Checklist extends Shelf {
  /** From `c_<id>.yml`. */
  id: string;
  file: string;
  /** Its own title, when the file gives one (Umbrella's pathways do). */
  title?: string;
  /**
   * Every step has an id: the file's, or `step-<n>` for the n-th step of a file that
   * gives none, so a step keeps its id while the steps above it stay where they are.
   */
  items: ChecklistItem[];
}

export interface Form extends Shelf {
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
