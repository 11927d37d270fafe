import { roleAllows } from '@cairn/contracts';
import { NoteForm } from '../../../../../components/cases/note-form';
import { listNotes } from '../../../../../cases/case-api';
import { firstValue, type SearchParams } from '../../../../../cases/list-query';
import { OlderLink } from '../../../../../components/cases/older-link';
import { currentStaff } from '../../../../../staff/current-staff';
import { formatDateTime } from '../../../../../staff/format-date';
import { requireApiToken } from '../../../../../staff/staff-api';

export default async function NotesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  const cursor = firstValue(await searchParams, 'cursor');
  const me = await currentStaff();
  const page = await listNotes(id, await requireApiToken(), cursor);
  const notes = page.items;
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
        <OlderLink path={`/cases/${id}/notes`} cursor={page.nextCursor} />
      </section>
    </>
  );
}
