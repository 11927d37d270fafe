import 'server-only';
import { cookies } from 'next/headers';
import { INITIAL_IMPORT_STATE, ImportState } from './import-state';

/** The cookie that carries an import's outcome back to its page when JavaScript is off. */
export const IMPORT_REPORT_COOKIE = 'cairn-import-report';

/** The outcome of the last import sent without JavaScript, if it is still fresh. */
export async function lastImportReport(): Promise<ImportState> {
  const raw = (await cookies()).get(IMPORT_REPORT_COOKIE)?.value;
  if (!raw) return INITIAL_IMPORT_STATE;
  try {
    const parsed = ImportState.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : INITIAL_IMPORT_STATE;
  } catch {
    return INITIAL_IMPORT_STATE;
  }
}
