import 'server-only';
import {
  fieldMessage,
  fieldRule,
  GuideImportProgressView,
  StartImportBody,
} from '@cairn/contracts';
import { callApi, readJson } from '../api/api-client';
import { staffLocale } from '../forms/staff-locale';
import { refusal } from './content-refusal';
import { IMPORT_MESSAGES } from './import-messages';
import { readGuideProblems } from './guide-problems';
import { stateOfImport, type ImportState } from './import-state';

const ARCHIVE_LIMIT = 20 * 1024 * 1024;
/** The archive, the form's other fields and the multipart framing around them. */
export const IMPORT_BODY_LIMIT = ARCHIVE_LIMIT + 64 * 1024;

/**
 * Sends a zipped guide from the import form to the API, which imports it in the background;
 * the state names the import to follow, or says why it could not start.
 */
export async function startImport(
  form: FormData,
  token: string,
  attempt: number,
): Promise<ImportState> {
  const locale = await staffLocale();
  const words = IMPORT_MESSAGES[locale];
  const archive = form.get('archive');
  if (!(archive instanceof File) || archive.size === 0) {
    return { attempt, problems: [], fieldError: words.chooseArchive };
  }
  if (archive.size > ARCHIVE_LIMIT) {
    return { attempt, problems: [], fieldError: words.overLimit };
  }
  const body = StartImportBody.safeParse({
    archiveBase64: Buffer.from(await archive.arrayBuffer()).toString('base64'),
    publish: form.get('publish') !== null,
    fileName: shownName(archive.name),
  });
  if (!body.success) {
    const issue = body.error.issues[0];
    return {
      attempt,
      problems: [],
      fieldError: fieldMessage(issue ? fieldRule(issue) : { rule: 'notAccepted' }, locale),
    };
  }

  const response = await callApi('/content/imports', { method: 'POST', token, body: body.data });
  const answer = { ok: response.ok, status: response.status, body: await readJson(response) };
  if (answer.status === 422) {
    const problems = readGuideProblems(answer.body);
    if (problems.length > 0) return { attempt, problems, fileName: archive.name };
  }
  if (!answer.ok) return { attempt, problems: [], message: refusal(answer, locale) };
  return stateOfImport(GuideImportProgressView.parse(answer.body), attempt, locale);
}

/** How far an import has got, or undefined when it is not this organisation's (or not at all). */
export async function readImport(
  importId: string,
  token: string,
  attempt: number,
): Promise<ImportState | undefined> {
  const response = await callApi(`/content/imports/${encodeURIComponent(importId)}`, { token });
  if (response.status === 404) return undefined;
  const body = await readJson(response);
  const locale = await staffLocale();
  if (!response.ok)
    return {
      attempt,
      problems: [],
      message: refusal({ ok: false, status: response.status, body }, locale),
    };
  return stateOfImport(GuideImportProgressView.parse(body), attempt, locale);
}

/** A name the API would refuse (too long, odd characters) is no reason to refuse the import. */
function shownName(name: string): string | undefined {
  const checked = StartImportBody.shape.fileName.safeParse(name.slice(0, 200));
  return checked.success ? checked.data : undefined;
}
