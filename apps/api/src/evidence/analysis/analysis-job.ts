import { z } from 'zod';

/**
 * The analysis job's name, queue and payload, apart from its handler (jobs/) so that the
 * upload path can queue it without loading the worker's side.
 */
export const ANALYSIS_JOB = {
  name: 'analyse-evidence',
  queue: 'evidence-analysis',
  payload: z.strictObject({ organizationId: z.uuid(), itemId: z.uuid() }),
};

/** One job id per item, so an item is never queued twice while its job waits or runs. */
export const analysisJobId = (itemId: string) => `analyse-evidence-${itemId}`;

/** An item pending for longer than this is queued again by the sweep. */
export const ANALYSIS_STALE_MINUTES = 10;

/** The field an item's location is sealed under, bound to the item's id as its row. */
export const GPS_FIELD = 'evidence.gps';
/** The thumbnail is sealed like content, bound to a name no item id can take. */
export const thumbnailId = (itemId: string) => `${itemId}.thumbnail`;

/**
 * Pictures whose 256-bit hashes differ in at most this many bits are pointed out as the
 * same picture: resizing and re-encoding move a handful of bits, a different picture
 * about half of them.
 */
export const SIMILAR_MAX_DISTANCE = 24;

/** Starts of one item's analysis; past this, it is recorded as failed and not tried again. */
export const MAX_ANALYSIS_ATTEMPTS = 3;
