import fc from 'fast-check';
import { dueAt, elapsed, isOpen, type BusinessCalendar, type IsoWeekday } from './business-time';

const paris: BusinessCalendar = {
  timeZone: 'Europe/Paris',
  days: [1, 2, 3, 4, 5],
  opens: '09:00',
  closes: '17:00',
  holidays: ['2026-12-25', '2026-05-01'],
};
const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);

describe('dueAt in business days', () => {
  it('counts two working days from mid-afternoon to the same wall-clock time', () => {
    // Monday 2026-11-30 15:00 in Paris (UTC+1).
    expect(dueAt(paris, at('2026-11-30T14:00:00Z'), 2, 'business-days')).toEqual(
      at('2026-12-02T14:00:00Z'),
    );
  });

  it('skips the weekend: Friday afternoon plus one working day is Monday afternoon', () => {
    expect(dueAt(paris, at('2026-12-04T15:00:00Z'), 1, 'business-days')).toEqual(
      at('2026-12-07T15:00:00Z'),
    );
  });

  it('starts counting at Monday opening for a request sent on Saturday', () => {
    // Saturday; one day = the whole of Monday's opening hours, so due at Monday closing.
    expect(dueAt(paris, at('2026-12-05T10:00:00Z'), 1, 'business-days')).toEqual(
      at('2026-12-07T16:00:00Z'),
    );
  });

  it('skips holidays: Christmas Friday does not count', () => {
    // Thursday 24 December 10:00 local + 1 day lands on Monday 28 December 10:00 local.
    expect(dueAt(paris, at('2026-12-24T09:00:00Z'), 1, 'business-days')).toEqual(
      at('2026-12-28T09:00:00Z'),
    );
  });

  it('keeps the wall-clock time across the change to summer time', () => {
    // Friday 27 March 2026 10:00 CET (UTC+1); Monday 30 March 10:00 CEST is 08:00 UTC.
    expect(dueAt(paris, at('2026-03-27T09:00:00Z'), 1, 'business-days')).toEqual(
      at('2026-03-30T08:00:00Z'),
    );
  });

  it('keeps the wall-clock time across the change back to winter time', () => {
    // Friday 23 October 10:00 CEST (08:00 UTC); Monday 26 October 10:00 CET is 09:00 UTC.
    expect(dueAt(paris, at('2026-10-23T08:00:00Z'), 1, 'business-days')).toEqual(
      at('2026-10-26T09:00:00Z'),
    );
  });

  it('counts a round-the-clock day that lasts 23 hours as one whole day', () => {
    const always: BusinessCalendar = {
      ...paris,
      days: [1, 2, 3, 4, 5, 6, 7],
      opens: '00:00',
      closes: '24:00',
    };
    // Saturday 28 March 12:00 CET + 1 day: the second half of Saturday (12 h of 24) and half
    // of Sunday, which has 23 hours (11 h 30 from its midnight, 23:00 UTC), so 12:30 CEST.
    expect(dueAt(always, at('2026-03-28T11:00:00Z'), 1, 'business-days')).toEqual(
      at('2026-03-29T10:30:00Z'),
    );
  });

  it('reads the weekend in the organisation zone, not in UTC', () => {
    const auckland: BusinessCalendar = { ...paris, timeZone: 'Pacific/Auckland', holidays: [] };
    // Sunday 22:00 UTC is Monday 11:00 in Auckland (UTC+13 in December): Monday counts.
    expect(isOpen(auckland, at('2026-12-06T22:00:00Z'))).toBe(true);
    expect(isOpen(paris, at('2026-12-06T22:00:00Z'))).toBe(false);
  });
});

describe('dueAt in business hours', () => {
  it('carries hours left at closing over to the next opening', () => {
    // Monday 16:00 local + 3 h: one hour on Monday, two on Tuesday → Tuesday 11:00 local.
    expect(dueAt(paris, at('2026-11-30T15:00:00Z'), 3 * HOUR, 'business-ms')).toEqual(
      at('2026-12-01T10:00:00Z'),
    );
  });

  it('stops the clock during a pause and restarts it when the pause ends', () => {
    // Monday 10:00 local + 4 h, with Monday 11:00–Tuesday 12:00 local paused:
    // 1 h on Monday, then Tuesday 12:00 + 3 h = 15:00 local.
    const pause = {
      from: at('2026-11-30T10:00:00Z').getTime(),
      to: at('2026-12-01T11:00:00Z').getTime(),
    };
    expect(dueAt(paris, at('2026-11-30T09:00:00Z'), 4 * HOUR, 'business-ms', [pause])).toEqual(
      at('2026-12-01T14:00:00Z'),
    );
  });

  it('never falls due while a pause lasts', () => {
    const open = { from: at('2026-11-30T10:00:00Z').getTime(), to: null };
    expect(dueAt(paris, at('2026-11-30T09:00:00Z'), 4 * HOUR, 'business-ms', [open])).toBeNull();
  });
});

describe('dueAt in elapsed time', () => {
  it('counts nights and weekends, but not pauses', () => {
    const start = at('2026-12-05T23:00:00Z');
    expect(dueAt(paris, start, 30 * 60_000, 'elapsed-ms')).toEqual(at('2026-12-05T23:30:00Z'));
    const pause = { from: start.getTime() + 10 * 60_000, to: start.getTime() + 70 * 60_000 };
    expect(dueAt(paris, start, 30 * 60_000, 'elapsed-ms', [pause])).toEqual(
      at('2026-12-06T00:30:00Z'),
    );
  });
});

describe('business time properties', () => {
  const zones = ['Europe/Paris', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata', 'UTC'];
  const time = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
    .map(([h, m]) => h * 60 + m);
  const calendar = fc
    .record({
      timeZone: fc.constantFrom(...zones),
      days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      span: fc.tuple(time, time).filter(([a, b]) => a !== b),
      holidays: fc.array(
        fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
        { maxLength: 20 },
      ),
    })
    .map(({ timeZone, days, span, holidays }): BusinessCalendar => {
      const [a, b] = [Math.min(...span), Math.max(...span)];
      const hhmm = (minutes: number) =>
        `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      return {
        timeZone,
        days: days as IsoWeekday[],
        opens: hhmm(a),
        closes: hhmm(b),
        holidays: holidays.map((day) => day.toISOString().slice(0, 10)),
      };
    });
  const instant = fc
    .integer({ min: Date.parse('2026-01-01'), max: Date.parse('2027-06-30') })
    .map((ms) => new Date(ms));
  const pauses = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 40 * 24 }), fc.integer({ min: 1, max: 10 * 24 })),
    { maxLength: 4 },
  );
  const measure = fc.constantFrom(
    'business-days' as const,
    'business-ms' as const,
    'elapsed-ms' as const,
  );
  const amountFor = (m: string, n: number) => (m === 'business-days' ? n / 4 : n * 15 * 60_000);

  it('what has elapsed at the due instant is the amount asked for', () => {
    fc.assert(
      fc.property(
        calendar,
        instant,
        fc.integer({ min: 0, max: 40 }),
        measure,
        pauses,
        (cal, start, n, m, spans) => {
          const stops = spans.map(([offset, length]) => ({
            from: start.getTime() + offset * HOUR,
            to: start.getTime() + (offset + length) * HOUR,
          }));
          const amount = amountFor(m, n);
          const due = dueAt(cal, start, amount, m, stops);
          expect(due).not.toBeNull();
          expect(due!.getTime()).toBeGreaterThanOrEqual(start.getTime());
          const tolerance = m === 'business-days' ? 1e-6 : 1;
          expect(Math.abs(elapsed(cal, start, due!, m, stops) - amount)).toBeLessThanOrEqual(
            tolerance,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a longer amount never falls due earlier', () => {
    fc.assert(
      fc.property(
        calendar,
        instant,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        measure,
        (cal, start, a, b, m) => {
          const [low, high] = [Math.min(a, b), Math.max(a, b)];
          expect(dueAt(cal, start, amountFor(m, high), m)!.getTime()).toBeGreaterThanOrEqual(
            dueAt(cal, start, amountFor(m, low), m)!.getTime(),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a positive business amount falls due during opening hours or at a closing time, never in a pause', () => {
    fc.assert(
      fc.property(
        calendar,
        instant,
        fc.integer({ min: 1, max: 30 }),
        pauses,
        (cal, start, n, spans) => {
          const stops = spans.map(([offset, length]) => ({
            from: start.getTime() + offset * HOUR,
            to: start.getTime() + (offset + length) * HOUR,
          }));
          const due = dueAt(cal, start, n * 15 * 60_000, 'business-ms', stops)!;
          // The last counted millisecond is just before the due instant.
          const before = new Date(due.getTime() - 1);
          expect(isOpen(cal, before)).toBe(true);
          expect(
            stops.some((stop) => before.getTime() >= stop.from && before.getTime() < stop.to),
          ).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('adding a pause never brings a deadline forward', () => {
    fc.assert(
      fc.property(
        calendar,
        instant,
        fc.integer({ min: 0, max: 30 }),
        measure,
        pauses,
        (cal, start, n, m, spans) => {
          const stops = spans.map(([offset, length]) => ({
            from: start.getTime() + offset * HOUR,
            to: start.getTime() + (offset + length) * HOUR,
          }));
          const amount = amountFor(m, n);
          expect(dueAt(cal, start, amount, m, stops)!.getTime()).toBeGreaterThanOrEqual(
            dueAt(cal, start, amount, m)!.getTime(),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
