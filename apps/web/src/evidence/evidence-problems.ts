import type { FieldLocale } from '@cairn/contracts';
import { readRichProblem } from '../forms/refusal';
import { humanSize } from './evidence-format';
import type { EvidenceMessages } from './evidence-messages';

/**
 * Why the API refused one uploaded file, as the end of a sentence a caseworker reads
 * ("… was not stored: <reason>"). The API's codes and field names decide it; its English
 * detail is never shown as it stands, so the French page stays French.
 */
export function uploadRefusal(
  status: number,
  body: unknown,
  words: EvidenceMessages,
  locale: FieldLocale,
): string {
  const problem = readRichProblem(body);
  const fields = new Set(problem?.errors?.map((error) => error.field) ?? []);
  switch (problem?.code) {
    case 'upload-too-large': {
      const limit = problem.limitBytes;
      return words.fileTooLarge(
        typeof limit === 'number' ? humanSize(limit, locale) : words.typeUnknown,
      );
    }
    case 'upload-incomplete':
      return words.fileCut;
    case 'validation-failed':
      if (fields.has('capturedAt')) return words.badCapturedAt;
      if (fields.has('incidentId')) return words.badIncident;
      if (problem.errors?.some((error) => /empty/.test(error.message))) return words.fileEmpty;
      return words.fileCut;
    default:
      break;
  }
  switch (status) {
    case 401:
      return words.signInAgain;
    case 403:
      return words.fileNotAllowed;
    case 404:
      // An incident of another case answers 404 naming the incident.
      return /incident/i.test(problem?.detail ?? '') ? words.badIncident : words.caseGone;
    case 413:
      return words.fileTooLarge(words.typeUnknown);
    default:
      return words.unavailable;
  }
}

/** Why an export was refused, as a whole sentence. */
export function exportRefusal(
  status: number,
  body: unknown,
  words: EvidenceMessages,
  recipient: string,
): string {
  const problem = readRichProblem(body);
  if (problem?.code === 'consent-required') {
    const scope = problem.consent;
    const name = typeof scope === 'string' ? (words.consentNames[scope] ?? scope) : '';
    return words.consentRequired(recipient, name);
  }
  switch (status) {
    case 403:
      return words.exportRoleRefused;
    case 404:
      return words.caseGone;
    case 409:
      return words.exportNothing;
    case 429:
      return words.exportBusy;
    default:
      return words.unavailable;
  }
}
