import { formatDate, formatDateTime } from './format-date';

describe('staff dates', () => {
  // 23:30 UTC on 14 March is already 15 March in Paris, and still the 14th in New York.
  const instant = '2026-03-14T23:30:00Z';

  it('are read in the organisation’s time zone, in the reader’s language', () => {
    expect(formatDateTime(instant, 'Europe/Paris', 'fr')).toBe('15 mars 2026, 00:30');
    expect(formatDateTime(instant, 'America/New_York', 'en')).toBe('14 Mar 2026, 19:30');
    expect(formatDate(instant, 'Europe/Paris', 'fr')).toBe('15 mars 2026');
  });

  it('stay in English for a caller that names no language', () => {
    expect(formatDate(instant, 'UTC')).toBe('14 Mar 2026');
  });
});
