import { Lru } from './lru';

const sized = (maxEntries: number, maxBytes: number) =>
  new Lru<string>({ maxEntries, maxBytes, sizeOf: (value) => value.length });

describe('Lru', () => {
  it('forgets the value used longest ago once it holds too many', () => {
    const lru = sized(2, 100);
    lru.set('a', 'A');
    lru.set('b', 'B');
    expect(lru.get('a')).toBe('A');
    lru.set('c', 'C');
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('A');
    expect(lru.get('c')).toBe('C');
    expect(lru.usage).toEqual({ entries: 2, bytes: 2 });
  });

  it('forgets as many as it takes to stay within its bytes', () => {
    const lru = sized(10, 10);
    lru.set('a', 'aaaa');
    lru.set('b', 'bbbb');
    lru.set('c', 'ccccccc');
    expect(lru.get('a')).toBeUndefined();
    expect(lru.get('b')).toBeUndefined();
    expect(lru.usage).toEqual({ entries: 1, bytes: 7 });
  });

  it('does not keep a value larger than its whole budget, nor count a replaced one twice', () => {
    const lru = sized(10, 10);
    lru.set('a', 'aaaa');
    lru.set('huge', 'x'.repeat(11));
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.get('a')).toBe('aaaa');
    lru.set('a', 'aa');
    expect(lru.usage).toEqual({ entries: 1, bytes: 2 });
  });

  it('never grows past its limits, whatever is put in it', () => {
    const lru = sized(100, 1000);
    for (let i = 0; i < 10_000; i += 1) lru.set(`/guide/${i}`, 'x'.repeat(i % 50));
    expect(lru.usage.entries).toBeLessThanOrEqual(100);
    expect(lru.usage.bytes).toBeLessThanOrEqual(1000);
  });
});
