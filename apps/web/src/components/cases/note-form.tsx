import type { FieldLocale } from '@cairn/contracts';
import { addNote } from '../../cases/case-actions';
import { CASE_RECORD_MESSAGES } from '../../cases/case-record-messages';
import { CaseForm } from './case-form';

export function NoteForm({ caseId, locale = 'en' }: { caseId: string; locale?: FieldLocale }) {
  const words = CASE_RECORD_MESSAGES[locale];
  return (
    <CaseForm
      action={addNote.bind(null, caseId)}
      idPrefix="note"
      submitLabel={words.addNote}
      pendingLabel={words.adding}
      locale={locale}
      groups={[{ fields: [{ kind: 'textarea', name: 'body', label: words.note, required: true }] }]}
    />
  );
}
