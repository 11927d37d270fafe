import 'server-only';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { serverEnv } from '../config/env';

/**
 * What a form sent without JavaScript gets back on its page after the redirect: the
 * upload's outcomes, or the export's refusal with what was typed. Short-lived, readable
 * only by the evidence pages of the case, and never holding a passphrase.
 */
export const UploadReport = z.object({
  /** How many were stored and how many not, whatever the cookie had room for. */
  message: z.string(),
  outcomes: z
    .array(
      z.object({
        fileName: z.string(),
        stored: z.boolean(),
        itemId: z.string().optional(),
        sentence: z.string(),
      }),
    )
    .max(100),
});
export type UploadReport = z.infer<typeof UploadReport>;

export const ExportReport = z.object({
  message: z.string(),
  /** The field the refusal is about, for the error summary's link. */
  field: z.enum(['recipient', 'itemIds', 'passphrase', 'overrideReason']).optional(),
  values: z.object({
    recipient: z.string().optional(),
    scope: z.string().optional(),
    itemIds: z.array(z.string()).max(500).optional(),
    overrideReason: z.string().optional(),
  }),
});
export type ExportReport = z.infer<typeof ExportReport>;

const UPLOAD_COOKIE = 'cairn-evidence-upload';
const EXPORT_COOKIE = 'cairn-evidence-export';

async function put(name: string, path: string, value: unknown): Promise<void> {
  (await cookies()).set(name, JSON.stringify(value), {
    path,
    httpOnly: true,
    sameSite: 'lax',
    secure: serverEnv().NEXTAUTH_URL.startsWith('https://'),
    maxAge: 60,
  });
}

async function read<T extends z.ZodType>(name: string, schema: T): Promise<z.infer<T> | undefined> {
  const raw = (await cookies()).get(name)?.value;
  if (!raw) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a cookie under browsers' 4 KiB: the first outcomes whole, then a count of the rest. */
export function fitOutcomes(report: UploadReport, maxChars = 3_000): UploadReport {
  const kept: UploadReport['outcomes'] = [];
  let size = 20;
  for (const outcome of report.outcomes) {
    size += JSON.stringify(outcome).length + 1;
    if (size > maxChars) break;
    kept.push(outcome);
  }
  return { message: report.message, outcomes: kept };
}

export const putUploadReport = (caseId: string, report: UploadReport) =>
  put(UPLOAD_COOKIE, `/cases/${caseId}/evidence`, fitOutcomes(report));
export const lastUploadReport = () => read(UPLOAD_COOKIE, UploadReport);

export const putExportReport = (caseId: string, report: ExportReport) =>
  put(EXPORT_COOKIE, `/cases/${caseId}/evidence/export`, report);
export const lastExportReport = () => read(EXPORT_COOKIE, ExportReport);
