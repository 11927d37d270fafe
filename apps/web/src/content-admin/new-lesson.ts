import { z } from 'zod';
import type { GuideDocumentSummaryView } from '@cairn/contracts';
import { documentPath, lessonStarter, placeOf, type DocumentPlace } from './document-paths';

/** The guide's levels; the content package refuses any other folder name. */
export const LEVEL_OPTIONS = ['beginner', 'advanced', 'expert'] as const;

const Slug = z
  .string()
  .trim()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'lowercase letters, digits and dashes, such as keep-records',
  );

/** Where a new lesson of the organisation's own goes, and what it is called. */
export const NewLessonFields = z.object({
  locale: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or fr'),
  category: Slug,
  topic: Slug,
  level: z.enum(LEVEL_OPTIONS),
  id: Slug,
  title: z.string().trim().min(1, 'a lesson needs a title').max(200),
});
export type NewLessonFields = z.infer<typeof NewLessonFields>;

export const NEW_LESSON_FIELDS = ['locale', 'category', 'topic', 'level', 'id', 'title'] as const;

export interface NewLesson {
  path: string;
  source: string;
}

/**
 * The new lesson's path and first text; it comes after the lessons already at its place.
 * Undefined when a file already has that path.
 */
export function newLesson(
  fields: NewLessonFields,
  existing: readonly GuideDocumentSummaryView[],
): NewLesson | undefined {
  const place: DocumentPlace = fields;
  const path = documentPath(place, 'lesson');
  if (existing.some((document) => document.path === path)) return undefined;
  const samePlace = (other: DocumentPlace | undefined) =>
    other !== undefined &&
    other.locale === place.locale &&
    other.category === place.category &&
    other.topic === place.topic &&
    other.level === place.level;
  const siblings = existing.filter(
    (document) => document.kind === 'lesson' && samePlace(placeOf(document.path)),
  ).length;
  return { path, source: lessonStarter(fields.title, siblings + 1) };
}
