import { roleAllows } from '@cairn/contracts';
import { NoteForm } from '../../../../../components/cases/note-form';
import { listNotes } from '../../../../../cases/case-api';
import { firstValue, type SearchParams } from '../../../../../cases/list-query';
import { OlderLink } from '../../../../../components/cases/older-link';
import { CASE_RECORD_MESSAGES } from '../../../../../cases/case-record-messages';
import { staffLocale } from '../../../../../forms/staff-locale';
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
  const [me, token, locale] = await Promise.all([currentStaff(), requireApiToken(), staffLocale()]);
  const words = CASE_RECORD_MESSAGES[locale];
  const page = await listNotes(id, token, cursor);
  const notes = page.items;
  return (
    <>
      {roleAllows(me.role, 'cases.write') && (
        <section aria-labelledby="add-note-heading" lang={locale}>
          <h2 id="add-note-heading">{words.addNoteTitle}</h2>
          <NoteForm caseId={id} locale={locale} />
        </section>
      )}
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading" lang={locale}>
          {words.notesTitle}
        </h2>
        {notes.length === 0 ? (
          <p lang={locale}>{words.noNote}</p>
        ) : (
          <ol className="records">
            {notes.map((note) => (
              <li key={note.id} className="record">
                <p className="record-meta" lang={locale}>
                  {note.author?.displayName ?? words.someone},{' '}
                  {formatDateTime(note.createdAt, me.organization.timeZone, locale)}
                </p>
                <p className="pre-line" lang="">
                  {note.body}
                </p>
              </li>
            ))}
          </ol>
        )}
        <OlderLink path={`/cases/${id}/notes`} cursor={page.nextCursor} locale={locale} />
      </section>
    </>
  );
}
