import type { GuideDocumentSummaryView } from '@cairn/contracts';
import { NewLessonFields, newLesson } from './new-lesson';

const existing = (path: string): GuideDocumentSummaryView => ({
  path,
  kind: 'lesson',
  locale: 'en',
  title: path,
  origin: 'default',
  publishedRevision: null,
  hasDraft: false,
  problemCount: 0,
  updatedAt: null,
});

describe('a new lesson of the organisation', () => {
  const fields = NewLessonFields.parse({
    locale: 'en',
    category: 'online-abuse',
    topic: 'respond',
    level: 'beginner',
    id: 'local-support',
    title: 'Support near you',
  });

  it('goes after the lessons already at its place', () => {
    const lesson = newLesson(fields, [
      existing('en/online-abuse/respond/beginner/s_first-steps.md'),
      existing('en/online-abuse/respond/beginner/s_report-and-remove.md'),
      existing('en/online-abuse/self-care/beginner/s_self-care.md'),
    ]);
    expect(lesson?.path).toBe('en/online-abuse/respond/beginner/s_local-support.md');
    expect(lesson?.source).toContain('index: 3\n');
    expect(lesson?.source).toContain('title: "Support near you"');
  });

  it('is refused when a file already has its path', () => {
    expect(
      newLesson(fields, [existing('en/online-abuse/respond/beginner/s_local-support.md')]),
    ).toBe(undefined);
  });

  it('refuses an id that is not lowercase with dashes, naming the field', () => {
    const refused = NewLessonFields.safeParse({ ...fields, id: 'Local Support' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['id']);
  });
});
