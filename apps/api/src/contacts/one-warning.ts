import { recordCaseEvent } from '../cases/case-events';
import type { Tx } from '../core/database/prisma.service';
import { AppError } from '../core/errors/app-error';

/**
 * The guide's advice: warn the other party once, in writing, that further contact goes to
 * the police. A case has one warning only, whether it was logged by hand or sent as a letter;
 * the database's unique index on the case's WARNING contact holds the line too.
 */
export function oneWarningRefusal(): AppError {
  return new AppError(
    'one-warning',
    'The written warning was already sent on this case: the one-warning rule allows one warning per case, as the guide advises warning once',
    { rule: 'one-warning' },
  );
}

/** Refuses a warning on a case that has one, holding the case's row until the transaction ends. */
export async function requireNoWarningYet(tx: Tx, caseId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ warning_sent: boolean }[]>`
    SELECT warning_sent FROM case_file WHERE id = ${caseId}::uuid FOR UPDATE`;
  if (rows[0]?.warning_sent) throw oneWarningRefusal();
}

/** The case's WARNING contact, written by sending the warning letter, and the case marked. */
export async function recordSentWarning(
  tx: Tx,
  caseId: string,
  warning: {
    organizationId: string;
    warningText: string;
    method: 'EMAIL';
    contactedAt: Date;
    createdById: string;
  },
): Promise<string> {
  await requireNoWarningYet(tx, caseId);
  const contact = await tx.caseContact.create({
    data: {
      organizationId: warning.organizationId,
      caseId,
      kind: 'WARNING',
      warningText: warning.warningText,
      method: warning.method,
      contactedAt: warning.contactedAt,
      outcome: 'SENT',
      createdById: warning.createdById,
    },
  });
  await tx.case.update({ where: { id: caseId }, data: { warningSent: true } });
  await recordCaseEvent(tx, caseId, 'CONTACT_ADDED', { contactId: contact.id, kind: 'WARNING' });
  return contact.id;
}
