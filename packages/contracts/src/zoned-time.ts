/** How far a time zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/**
 * The instant a wall-clock time (`2026-03-14`, `2026-03-14T21:30` or with seconds) names in
 * a time zone, as an ISO timestamp; undefined when the text is not one or the zone is not
 * known (a schema's later checks meet zones its own check refused). Shared by the API,
 * which stores incidents by the instant, and the web app's date filters.
 */
export function zonedToIso(local: string, timeZone: string): string | undefined {
  const match = LOCAL.exec(local);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
  const asUtc = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  );
  // Date.UTC rolls 2026-13-45 over into 2027: only a date that reads back the same is one.
  const back = new Date(asUtc);
  if (
    back.getUTCMonth() + 1 !== Number(month) ||
    back.getUTCDate() !== Number(day) ||
    back.getUTCHours() !== Number(hour) ||
    back.getUTCMinutes() !== Number(minute)
  )
    return undefined;
  // Twice: the offset at the first guess may differ from the one at the answer (DST edges).
  let instant: number;
  try {
    instant = asUtc - zoneOffset(asUtc, timeZone);
    instant = asUtc - zoneOffset(instant, timeZone);
  } catch (error) {
    // A zone Intl does not know: no instant, as for a text that is not a time.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
  return new Date(instant).toISOString();
}

/** The last millisecond of a calendar day in a time zone, for inclusive "to" filters. */
export function zonedDayEndIso(date: string, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match || zonedToIso(date, timeZone) === undefined) return undefined;
  const next = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1));
  const start = zonedToIso(next.toISOString().slice(0, 10), timeZone);
  return start && new Date(Date.parse(start) - 1).toISOString();
}
