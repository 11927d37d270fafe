import { z } from 'zod';
import { defineJob } from './job';

/** Deletes sessions that ended more than a day ago; they are of no further use. */
export const purgeSessionsJob = defineJob({
  name: 'purge-sessions',
  queue: 'maintenance',
  payload: z.strictObject({}),
  async handle(_payload, { prisma, logger }) {
    const [row] = await prisma.$queryRaw<{ purged: bigint }[]>`
      SELECT auth_purge_sessions(interval '1 day') AS purged`;
    const purged = Number(row?.purged ?? 0);
    logger.info({ purged }, 'purged ended sessions');
    return { purged };
  },
});
