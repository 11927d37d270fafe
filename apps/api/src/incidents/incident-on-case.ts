import { fieldMessage } from '@cairn/contracts';
import type { Tx } from '../core/database/prisma.service';
import { AppError } from '../core/errors/app-error';

/** Refuses, as a bad field, an incident id that is not one of the case's incidents. */
export async function requireIncidentOnCase(
  tx: Tx,
  caseId: string,
  incidentId: string,
): Promise<void> {
  const incident = await tx.incident.findFirst({
    where: { id: incidentId, caseId },
    select: { id: true },
  });
  if (!incident) {
    throw AppError.validation([
      {
        in: 'body',
        field: 'incidentId',
        code: 'incidentOnCase',
        message: fieldMessage({ rule: 'incidentOnCase' }, 'en'),
      },
    ]);
  }
}
