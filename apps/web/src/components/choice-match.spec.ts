import { matchOptions, searchKey } from './choice-match';

const COUNTRIES = [
  { value: 'CI', label: 'Côte d’Ivoire (CI)' },
  { value: 'FR', label: 'France (FR)' },
  { value: 'NZ', label: 'New Zealand (NZ)' },
  { value: 'PG', label: 'Papua New Guinea (PG)' },
];

describe('searching a list of choices', () => {
  it('finds by the start of any word of the name, or by the code, in any case and without accents', () => {
    expect(matchOptions(COUNTRIES, 'cote').map((o) => o.value)).toEqual(['CI']);
    expect(matchOptions(COUNTRIES, 'fr').map((o) => o.value)).toEqual(['FR']);
    expect(matchOptions(COUNTRIES, 'IVOIRE').map((o) => o.value)).toEqual(['CI']);
    expect(matchOptions(COUNTRIES, 'rance')).toEqual([]);
  });

  it('puts the names that start with the search first', () => {
    expect(matchOptions(COUNTRIES, 'new').map((o) => o.value)).toEqual(['NZ', 'PG']);
    expect(matchOptions(COUNTRIES, 'guinea new').map((o) => o.value)).toEqual(['PG']);
  });

  it('finds a time zone by its city', () => {
    const zones = ['America/New_York', 'Europe/Paris', 'Pacific/Port_Moresby'].map((zone) => ({
      value: zone,
      label: zone,
    }));
    expect(matchOptions(zones, 'york').map((o) => o.value)).toEqual(['America/New_York']);
    expect(matchOptions(zones, 'europe/par').map((o) => o.value)).toEqual(['Europe/Paris']);
  });

  it('keeps every choice for an empty search', () => {
    expect(matchOptions(COUNTRIES, '  ')).toHaveLength(4);
    expect(searchKey('Évreux')).toBe('evreux');
  });
});
