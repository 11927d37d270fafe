import { languageName } from './language-name';

describe('languageName', () => {
  it('names each language in itself, capitalised', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('fr')).toBe('Français');
  });

  it('falls back to the code for a tag Intl cannot read', () => {
    expect(languageName('not a locale')).toBe('not a locale');
  });
});
