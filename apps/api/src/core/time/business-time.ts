import { TZDate } from '@date-fns/tz';

/**
 * Business time: when a deadline counted in working days, working hours or plain elapsed time
 * falls, in an organisation's time zone, its opening hours and holidays, with the spans when
 * the clock is stopped (a case waiting on the survivor) left out. Pure: no clock, no database.
 */

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface BusinessCalendar {
  /** IANA time zone the hours and holidays are read in. */
  timeZone: string;
  /** Days the helpline works. */
  days: readonly IsoWeekday[];
  /** Opening time, `HH:MM`, wall clock. */
  opens: string;
  /** Closing time, `HH:MM`, later than `opens`; `24:00` is midnight at the end of the day. */
  closes: string;
  /** Days off, `YYYY-MM-DD` in the organisation's calendar. */
  holidays: readonly string[];
}

/** A span when the clock is stopped, in epoch milliseconds; `to` null while it lasts. */
export interface Pause {
  from: number;
  to: number | null;
}

/**
 * How an amount is counted: `business-days` (each working day counts as one, however long
 * its opening hours are, so a DST day or a short day is still one day), `business-ms`
 * (milliseconds of opening hours) or `elapsed-ms` (every millisecond, day and night).
 */
export type Measure = 'business-days' | 'business-ms' | 'elapsed-ms';

/** Working spans never run further than this from their start: ten years of days. */
const MAX_DAYS = 3_700;
const DAY_MS = 86_400_000;

interface Segment {
  from: number;
  to: number;
  /** What one millisecond of this segment counts for in the measure. */
  weight: number;
}

function minutesOf(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`Not a time of day: ${time}`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (Number(match[2]) > 59 || minutes > 24 * 60)
    throw new RangeError(`Not a time of day: ${time}`);
  return minutes;
}

/** Checks a calendar once, so that a bad one fails loudly instead of never falling due. */
export function assertCalendar(calendar: BusinessCalendar): void {
  if (minutesOf(calendar.opens) >= minutesOf(calendar.closes))
    throw new RangeError('Opening hours must close after they open');
  if (calendar.days.length === 0) throw new RangeError('A calendar needs at least one working day');
  // Throws RangeError for an unknown zone.
  new Intl.DateTimeFormat('en', { timeZone: calendar.timeZone });
}

/** The instant a wall-clock time of a calendar day names in the zone. */
function zoned(timeZone: string, day: number, minutes: number): number {
  const date = new Date(day + Math.floor(minutes / (24 * 60)) * DAY_MS);
  const rest = minutes % (24 * 60);
  return new TZDate(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    Math.floor(rest / 60),
    rest % 60,
    timeZone,
  ).getTime();
}

/** Opening spans of the calendar from an instant on, in order, each weighted by the measure. */
function* openSegments(
  calendar: BusinessCalendar,
  from: number,
  measure: Measure,
): Generator<Segment> {
  if (measure === 'elapsed-ms') {
    yield { from, to: Number.POSITIVE_INFINITY, weight: 1 };
    return;
  }
  const opens = minutesOf(calendar.opens);
  const closes = minutesOf(calendar.closes);
  const days = new Set<number>(calendar.days);
  const holidays = new Set(calendar.holidays);
  const local = new TZDate(from, calendar.timeZone);
  // Day numbers as UTC midnights of the local calendar dates; start a day early so that a
  // span running to 24:00 of the day before is not missed.
  const first = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) - DAY_MS;
  for (let index = 0; index < MAX_DAYS; index += 1) {
    const day = first + index * DAY_MS;
    const date = new Date(day);
    const weekday = (date.getUTCDay() || 7) as IsoWeekday;
    if (!days.has(weekday) || holidays.has(date.toISOString().slice(0, 10))) continue;
    const start = zoned(calendar.timeZone, day, opens);
    const end = zoned(calendar.timeZone, day, closes);
    if (end <= from || end <= start) continue;
    const weight = measure === 'business-days' ? 1 / (end - start) : 1;
    yield { from: Math.max(start, from), to: end, weight };
  }
}

/** Pauses sorted and merged, so that subtracting them is one pass. */
function normalise(pauses: readonly Pause[]): { from: number; to: number }[] {
  const sorted = pauses
    .map((pause) => ({ from: pause.from, to: pause.to ?? Number.POSITIVE_INFINITY }))
    .filter((pause) => pause.to > pause.from)
    .sort((a, b) => a.from - b.from);
  const merged: { from: number; to: number }[] = [];
  for (const pause of sorted) {
    const last = merged.at(-1);
    if (last && pause.from <= last.to) last.to = Math.max(last.to, pause.to);
    else merged.push({ ...pause });
  }
  return merged;
}

/** The parts of a segment no pause covers. */
function unpaused(segment: Segment, pauses: { from: number; to: number }[]): Segment[] {
  const pieces: Segment[] = [];
  let cursor = segment.from;
  for (const pause of pauses) {
    if (pause.to <= cursor) continue;
    if (pause.from >= segment.to) break;
    if (pause.from > cursor) pieces.push({ ...segment, from: cursor, to: pause.from });
    cursor = Math.max(cursor, pause.to);
    if (cursor >= segment.to) break;
  }
  if (cursor < segment.to) pieces.push({ ...segment, from: cursor, to: segment.to });
  return pieces;
}

/**
 * The instant at which `amount` of the measure has passed since `start`, the clock stopped
 * during pauses; null when it never does (a pause with no end, or no working day in the next
 * ten years). An amount of 0 falls due at the first counted instant from `start` on.
 */
export function dueAt(
  calendar: BusinessCalendar,
  start: Date,
  amount: number,
  measure: Measure,
  pauses: readonly Pause[] = [],
): Date | null {
  if (!(amount >= 0) || !Number.isFinite(amount))
    throw new RangeError('amount must be finite and ≥ 0');
  const stops = normalise(pauses);
  let remaining = amount;
  for (const segment of openSegments(calendar, start.getTime(), measure)) {
    for (const piece of unpaused(segment, stops)) {
      const worth = (piece.to - piece.from) * piece.weight;
      // The tolerance absorbs the rounding of day weights, so that exactly one working day
      // falls due at that day's closing time rather than at the next opening.
      if (remaining <= worth + 1e-9) {
        // Rounded up to the millisecond, so that at the instant returned the amount has passed.
        return new Date(
          Math.min(piece.to, piece.from + Math.ceil(remaining / piece.weight - 1e-6)),
        );
      }
      remaining -= worth;
    }
  }
  return null;
}

/** How much of the measure passed between two instants, the clock stopped during pauses. */
export function elapsed(
  calendar: BusinessCalendar,
  from: Date,
  to: Date,
  measure: Measure,
  pauses: readonly Pause[] = [],
): number {
  const stops = normalise(pauses);
  const end = to.getTime();
  let total = 0;
  for (const segment of openSegments(calendar, from.getTime(), measure)) {
    if (segment.from >= end) break;
    for (const piece of unpaused({ ...segment, to: Math.min(segment.to, end) }, stops)) {
      total += (piece.to - piece.from) * piece.weight;
    }
    if (segment.to >= end) break;
  }
  return total;
}

/** Whether the calendar counts this instant as opening hours. */
export function isOpen(calendar: BusinessCalendar, at: Date): boolean {
  for (const segment of openSegments(calendar, at.getTime(), 'business-ms')) {
    return segment.from <= at.getTime();
  }
  return false;
}
