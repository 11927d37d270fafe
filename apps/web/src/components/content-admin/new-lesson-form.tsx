import { createLesson } from '../../content-admin/content-actions';
import { LEVEL_OPTIONS } from '../../content-admin/new-lesson';
import { languageName, slugTitle } from '../../content-admin/labels';
import { CaseForm } from '../cases/case-form';

/** Chooses where an organisation's own lesson goes; the editor opens on its first draft. */
export function NewLessonForm({ locales }: { locales: readonly string[] }) {
  return (
    <CaseForm
      action={createLesson}
      idPrefix="new-lesson"
      submitLabel="Create the draft"
      pendingLabel="Creating…"
      groups={[
        {
          fields: [
            {
              kind: 'select',
              name: 'locale',
              label: 'Language',
              required: true,
              options: locales.map((code) => ({ value: code, label: languageName(code) })),
            },
            {
              kind: 'text',
              name: 'category',
              label: 'Category',
              hint: 'Its folder, such as online-abuse.',
              defaultValue: 'online-abuse',
              required: true,
            },
            {
              kind: 'text',
              name: 'topic',
              label: 'Topic',
              hint: 'An existing topic, such as respond, or a new one.',
              required: true,
            },
            {
              kind: 'select',
              name: 'level',
              label: 'Level',
              required: true,
              options: LEVEL_OPTIONS.map((level) => ({ value: level, label: slugTitle(level) })),
            },
            {
              kind: 'text',
              name: 'id',
              label: 'Lesson id',
              hint: 'Lowercase with dashes, the same in every language, such as local-support.',
              required: true,
            },
            { kind: 'text', name: 'title', label: 'Title', required: true, maxLength: 200 },
          ],
        },
      ]}
    />
  );
}
