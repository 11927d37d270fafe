import { zonedDayEndIso, zonedToIso } from './zoned-time';

describe('zonedToIso', () => {
  it('reads a wall-clock time in its zone, winter and summer, with or without seconds', () => {
    expect(zonedToIso('2026-01-15T21:30', 'Europe/Paris')).toBe('2026-01-15T20:30:00.000Z');
    expect(zonedToIso('2026-07-15T21:30', 'Europe/Paris')).toBe('2026-07-15T19:30:00.000Z');
    expect(zonedToIso('2026-07-15T21:30', 'America/New_York')).toBe('2026-07-16T01:30:00.000Z');
    expect(zonedToIso('2026-07-15T21:30:15', 'UTC')).toBe('2026-07-15T21:30:15.000Z');
    expect(zonedToIso('2026-07-15', 'Europe/Paris')).toBe('2026-07-14T22:00:00.000Z');
  });

  it('lands right just after the spring daylight-saving change', () => {
    expect(zonedToIso('2026-03-29T03:30', 'Europe/Paris')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses a date that does not exist or text that is not a date', () => {
    expect(zonedToIso('2026-02-30T10:00', 'UTC')).toBeUndefined();
    expect(zonedToIso('yesterday', 'UTC')).toBeUndefined();
  });

  it('gives no instant in a zone that does not exist, rather than throwing', () => {
    expect(zonedToIso('2026-07-01T23:15', 'שלום עולם')).toBeUndefined();
  });
});

describe('zonedDayEndIso', () => {
  it('gives the last millisecond of the day in the zone', () => {
    expect(zonedDayEndIso('2026-07-15', 'Europe/Paris')).toBe('2026-07-15T21:59:59.999Z');
  });
});
