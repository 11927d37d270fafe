import { documentFilter, filterQuery, pageHref } from './document-query';

describe('the file list address', () => {
  it('keeps the filters the contract accepts and drops the rest', () => {
    expect(
      documentFilter({ q: ' phishing ', locale: 'fr', kind: 'poem', state: 'own', page: '3' }),
    ).toEqual({ q: 'phishing', locale: 'fr', kind: '', state: 'own', page: 3 });
    expect(documentFilter({ page: '-1', state: 'everything' })).toMatchObject({
      page: 1,
      state: '',
    });
  });

  it('links another page with the same filters, the first page without a number', () => {
    const filter = documentFilter({ q: 'tor', kind: 'lesson', page: '2' });
    expect(pageHref(filter, 3)).toBe('/guide-content?q=tor&kind=lesson&page=3');
    expect(pageHref(filter, 1)).toBe('/guide-content?q=tor&kind=lesson');
    expect(filterQuery(documentFilter({})).toString()).toBe('');
  });
});
