import { categoryName, messagesFor } from './messages';

describe('messagesFor', () => {
  it('speaks French to a French reader, region or not', () => {
    expect(messagesFor('fr').searchButton).toBe('Rechercher');
    expect(messagesFor('fr-CA').searchButton).toBe('Rechercher');
  });

  it('falls back to English for a language the UI does not have yet', () => {
    expect(messagesFor('ar').searchButton).toBe('Search');
  });
});

describe('categoryName', () => {
  it('translates known categories and makes unknown slugs readable', () => {
    expect(categoryName(messagesFor('fr'), 'online-abuse')).toBe('Violences en ligne');
    expect(categoryName(messagesFor('fr'), 'physical-safety')).toBe('Physical safety');
  });
});
