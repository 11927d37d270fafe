import { z } from 'zod';
import { defineJob } from './job';

/**
 * Deletes what intake keeps only for a while: past days' client-hash salts (after which
 * their hashes lead to no address), spent rate counters, lapsed follow-up sessions and
 * expired proof-of-work challenges.
 */
export const sweepIntakeJob = defineJob({
  name: 'sweep-intake',
  queue: 'maintenance',
  payload: z.strictObject({}),
  async handle(_payload, { prisma, logger }) {
    const [row] = await prisma.$queryRaw<
      { salts: bigint; counters: bigint; sessions: bigint; challenges: bigint }[]
    >`SELECT * FROM intake_sweep(now())`;
    const swept = {
      salts: Number(row?.salts ?? 0),
      counters: Number(row?.counters ?? 0),
      sessions: Number(row?.sessions ?? 0),
      challenges: Number(row?.challenges ?? 0),
    };
    logger.info(swept, 'swept intake leftovers');
    return swept;
  },
});
