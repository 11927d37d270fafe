import type { DetachedEvidence } from '../evidence/evidence-upload.service';
import { AppError } from '../core/errors/app-error';
import { printableName } from './intake-multipart';

/**
 * Documents a survivor may send beside pictures, recordings, videos, saved web pages and
 * emails: what evidence of online abuse is kept in. Programs, archives and anything else a
 * form open to everyone would otherwise store for staff to open are refused.
 */
const DOCUMENT_TYPES: ReadonlySet<string> = new Set([
  'application/pdf',
  'text/plain',
  'text/csv',
  'application/rtf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
]);

/** Whether a file sent through the public form or the follow-up page may be kept. */
export function survivorMaySend(
  file: Pick<DetachedEvidence, 'kind' | 'detectedType' | 'declaredType'>,
): boolean {
  if (file.kind !== 'FILE') return true;
  // The bytes decide when they say something; a text file says nothing, so its label does.
  const type = file.detectedType ?? file.declaredType?.split(';')[0]?.trim() ?? '';
  return DOCUMENT_TYPES.has(type);
}

/** Keeps a staged file a survivor sent, or removes its bytes and names the part it came in. */
export async function admitSurvivorFile(
  field: string,
  staged: DetachedEvidence,
): Promise<DetachedEvidence> {
  if (survivorMaySend(staged)) return staged;
  await staged.discard();
  throw AppError.validation([
    {
      in: 'body',
      field: printableName(field),
      message:
        'this kind of file cannot be sent: send pictures, recordings, videos, PDF, office or ' +
        'text documents, saved web pages or emails',
      code: 'fileType',
    },
  ]);
}
