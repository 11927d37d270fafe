import { brokenQueryFields, unstorableFields } from './unstorable-text';

describe('unstorableFields', () => {
  it('names every string holding NUL or a lone surrogate by its path, keys included', () => {
    const errors = unstorableFields('body', {
      title: 'ok',
      survivor: { name: 'a\u0000b', never: ['fine', '\ud800'] },
      'bad\u0000key': 1,
    });
    expect(errors.map((error) => error.field).sort()).toEqual([
      'bad\\u0000key',
      'survivor.name',
      'survivor.never.1',
    ]);
    expect(errors.every((error) => error.in === 'body')).toBe(true);
  });

  it('names the location itself for a bare string', () => {
    expect(unstorableFields('body', '\udc00')).toEqual([
      expect.objectContaining({ in: 'body', field: 'body' }),
    ]);
  });

  it('names the location for a value under a key that is the empty string', () => {
    expect(unstorableFields('body', { '': 'a\ud800' })).toEqual([
      expect.objectContaining({ in: 'body', field: 'body' }),
    ]);
  });

  it('walks a body nested far deeper than the call stack without overflowing', () => {
    let deep: unknown = 'a\u0000';
    for (let depth = 0; depth < 200_000; depth += 1) deep = [deep];
    expect(unstorableFields('body', deep)).toHaveLength(1);
  });

  it('lets emoji, right-to-left and combining text through', () => {
    expect(unstorableFields('query', { q: '👩🏽‍💻 שלום e\u0301' })).toEqual([]);
  });
});

describe('brokenQueryFields', () => {
  it('names a query parameter whose percent-encoding is not UTF-8', () => {
    expect(brokenQueryFields('/cases?q=%ED%A0%80&tag=ok')).toEqual([
      expect.objectContaining({ in: 'query', field: 'q' }),
    ]);
    expect(brokenQueryFields('/cases?q=%FF')).toHaveLength(1);
  });

  it('accepts well-formed encodings and a stray percent sign', () => {
    expect(brokenQueryFields('/cases?q=100%&tag=caf%C3%A9&x=%F0%9F%98%80')).toEqual([]);
    expect(brokenQueryFields('/cases')).toEqual([]);
  });
});
