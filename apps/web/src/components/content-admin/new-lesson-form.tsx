import type { FieldLocale } from '@cairn/contracts';
import { createLesson } from '../../content-admin/content-actions';
import { LEVEL_OPTIONS } from '../../content-admin/new-lesson';
import { NEW_FILE_MESSAGES } from '../../content-admin/new-file-messages';
import { languageName } from '../../content-admin/labels';
import { CaseForm } from '../cases/case-form';

/** Chooses where an organisation's own lesson goes; the editor opens on its first draft. */
export function NewLessonForm({
  locales,
  locale,
}: {
  locales: readonly string[];
  locale: FieldLocale;
}) {
  const words = NEW_FILE_MESSAGES[locale];
  return (
    <CaseForm
      action={createLesson}
      idPrefix="new-lesson"
      submitLabel={words.createDraft}
      pendingLabel={words.creating}
      locale={locale}
      groups={[
        {
          fields: [
            {
              kind: 'select',
              name: 'locale',
              label: words.language,
              required: true,
              options: locales.map((code) => ({ value: code, label: languageName(code, locale) })),
            },
            {
              kind: 'text',
              name: 'category',
              label: words.category,
              hint: words.categoryHint,
              defaultValue: 'online-abuse',
              required: true,
            },
            {
              kind: 'text',
              name: 'topic',
              label: words.topic,
              hint: words.topicHint,
              required: true,
            },
            {
              kind: 'select',
              name: 'level',
              label: words.level,
              required: true,
              options: LEVEL_OPTIONS.map((level) => ({ value: level, label: words.levels[level] })),
            },
            {
              kind: 'text',
              name: 'id',
              label: words.lessonId,
              hint: words.lessonIdHint,
              required: true,
            },
            { kind: 'text', name: 'title', label: words.title, required: true, maxLength: 200 },
          ],
        },
      ]}
    />
  );
}
