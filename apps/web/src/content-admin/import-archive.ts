import 'server-only';
import { ImportGuideBody, ImportGuideView } from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { refusal } from './content-refusal';
import { readGuideProblems } from './editor-state';
import type { ImportState } from './import-state';

const ARCHIVE_LIMIT = 20 * 1024 * 1024;
/** The archive, the form's other fields and the multipart framing around them. */
export const IMPORT_BODY_LIMIT = ARCHIVE_LIMIT + 64 * 1024;

/** Sends a zipped guide from the import form to the API; the state says how it went. */
export async function importArchive(
  form: FormData,
  token: string,
  attempt: number,
): Promise<ImportState> {
  const archive = form.get('archive');
  if (!(archive instanceof File) || archive.size === 0) {
    return { attempt, problems: [], fieldError: 'Choose a zipped guide to import.' };
  }
  if (archive.size > ARCHIVE_LIMIT) {
    return { attempt, problems: [], fieldError: 'The archive is over the 20 MiB limit.' };
  }
  const body = ImportGuideBody.safeParse({
    archiveBase64: Buffer.from(await archive.arrayBuffer()).toString('base64'),
    publish: form.get('publish') !== null,
  });
  if (!body.success) return { attempt, problems: [], fieldError: body.error.issues[0]?.message };

  const response = await callApi('/content/import', { method: 'POST', token, body: body.data });
  const answer = { ok: response.ok, status: response.status, body: await readJson(response) };
  if (answer.status === 422) {
    const problems = readGuideProblems(answer.body);
    if (problems.length > 0) return { attempt, problems, fileName: archive.name };
  }
  if (!answer.ok) return { attempt, problems: [], message: refusal(answer) };
  return {
    attempt,
    problems: [],
    fileName: archive.name,
    imported: ImportGuideView.parse(answer.body),
  };
}
