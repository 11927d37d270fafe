import { addNote } from '../../cases/case-actions';
import { CaseForm } from './case-form';

export function NoteForm({ caseId }: { caseId: string }) {
  return (
    <CaseForm
      action={addNote.bind(null, caseId)}
      idPrefix="note"
      submitLabel="Add note"
      pendingLabel="Adding…"
      groups={[{ fields: [{ kind: 'textarea', name: 'body', label: 'Note', required: true }] }]}
    />
  );
}
