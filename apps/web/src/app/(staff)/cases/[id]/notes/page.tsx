import { roleAllows } from '@cairn/contracts';
import { NoteForm } from '../../../../../components/cases/note-form';
import { listNotes } from '../../../../../cases/case-api';
import { currentStaff } from '../../../../../staff/current-staff';
import { formatDateTime } from '../../../../../staff/format-date';
import { requireApiToken } from '../../../../../staff/staff-api';

export default async function NotesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await currentStaff();
  const notes = await listNotes(id, await requireApiToken());
  return (
    <>
      {roleAllows(me.role, 'cases.write') && (
        <section aria-labelledby="add-note-heading">
          <h2 id="add-note-heading">Add a note</h2>
          <NoteForm caseId={id} />
        </section>
      )}
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        {notes.length === 0 ? (
          <p>No note yet.</p>
        ) : (
          <ol className="records">
            {notes.map((note) => (
              <li key={note.id} className="record">
                <p className="record-meta">
                  {note.author?.displayName ?? 'Someone'},{' '}
                  {formatDateTime(note.createdAt, me.organization.timeZone)}
                </p>
                <p className="pre-line">{note.body}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
