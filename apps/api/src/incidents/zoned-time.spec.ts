import { zonedTimeToUtc } from './zoned-time';

describe('zonedTimeToUtc', () => {
  it('reads a wall-clock time in its zone, winter and summer', () => {
    expect(zonedTimeToUtc('2026-01-15T21:30', 'Europe/Paris').toISOString()).toBe(
      '2026-01-15T20:30:00.000Z',
    );
    expect(zonedTimeToUtc('2026-07-15T21:30', 'Europe/Paris').toISOString()).toBe(
      '2026-07-15T19:30:00.000Z',
    );
    expect(zonedTimeToUtc('2026-07-15T21:30', 'America/New_York').toISOString()).toBe(
      '2026-07-16T01:30:00.000Z',
    );
    expect(zonedTimeToUtc('2026-07-15T21:30:15', 'UTC').toISOString()).toBe(
      '2026-07-15T21:30:15.000Z',
    );
  });

  it('lands right just after the spring daylight-saving change', () => {
    expect(zonedTimeToUtc('2026-03-29T03:30', 'Europe/Paris').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });
});
