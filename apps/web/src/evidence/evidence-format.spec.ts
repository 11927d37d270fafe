import {
  coordinate,
  hashPrefix,
  humanSize,
  zonedDateTime,
  zonedInputValue,
} from './evidence-format';

describe('evidence sizes, hashes and times', () => {
  it('says sizes in binary units, rounding only past bytes', () => {
    expect(humanSize(0)).toBe('0\u00a0B');
    expect(humanSize(812)).toBe('812\u00a0B');
    expect(humanSize(1536)).toBe('1.5\u00a0KiB');
    expect(humanSize(2 * 1024 ** 3)).toBe('2\u00a0GiB');
    expect(humanSize(150 * 1024 ** 2)).toBe('150\u00a0MiB');
    expect(humanSize(1536, 'fr')).toBe('1,5\u00a0KiB');
  });

  it('keeps the first twelve characters of a hash', () => {
    expect(hashPrefix('ab'.repeat(32))).toBe('abababababab');
  });

  it("writes moments in the organisation's zone, not the server's", () => {
    const iso = '2026-03-14T21:30:00.000Z';
    expect(zonedDateTime(iso, 'Europe/Paris')).toContain('22:30');
    expect(zonedDateTime(iso, 'America/New_York')).toContain('17:30');
    expect(zonedInputValue(new Date(iso), 'Asia/Tokyo')).toBe('2026-03-15T06:30');
  });

  it('writes coordinates in the reader’s language', () => {
    expect(coordinate(48.858844)).toBe('48.858844');
    expect(coordinate(2.2943506, 'fr')).toBe('2,294351');
  });
});
