import { regionName } from './region-name';

describe('regionName', () => {
  it('names a country in the reader’s language', () => {
    expect(regionName('fr', 'DE')).toBe('Allemagne');
    expect(regionName('en', 'DE')).toBe('Germany');
  });

  it('falls back to the code for what Intl cannot read', () => {
    expect(regionName('en', 'not a region')).toBe('not a region');
  });
});
