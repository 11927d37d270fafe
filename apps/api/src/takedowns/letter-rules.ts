import type { LetterType } from '@cairn/contracts';
import { activeConsent } from '../cases/consents.service';
import { requireNoWarningYet } from '../contacts/one-warning';
import type { Tx } from '../core/database/prisma.service';
import { AppError } from '../core/errors/app-error';
import { RECIPIENT_CONSENT } from '../evidence/export/export-consent';

/**
 * What a letter needs before it is drafted and again before it leaves: the warning, that the
 * case has none yet (the one-warning rule); the police cover letter, the survivor's consent to
 * share with the police, the consent an evidence bundle for the police needs.
 */
export async function requireLetterAllowed(
  tx: Tx,
  caseId: string,
  noticeType: LetterType,
): Promise<void> {
  if (noticeType === 'WARNING') {
    await requireNoWarningYet(tx, caseId);
    return;
  }
  const scope = RECIPIENT_CONSENT.POLICE!;
  if (await activeConsent(tx, caseId, scope)) return;
  throw new AppError(
    'consent-required',
    `A police cover letter shares the case with the police: record the survivor's consent ${scope} first`,
    { consent: scope },
  );
}
