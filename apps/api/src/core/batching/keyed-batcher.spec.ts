import { KeyedBatcher } from './keyed-batcher';

describe('KeyedBatcher', () => {
  it('hands over a full batch at once and answers each call with its own result', async () => {
    const batches: [string, number[]][] = [];
    const batcher = new KeyedBatcher<number, number>(
      async (key, items) => {
        batches.push([key, items]);
        return items.map((item) => item * 10);
      },
      { maxItems: 3, waitMs: 60_000 },
    );
    const results = await Promise.all([1, 2, 3].map((n) => batcher.add('a', n)));
    expect(results).toEqual([10, 20, 30]);
    expect(batches).toEqual([['a', [1, 2, 3]]]);
  });

  it('keeps keys apart and hands over a partial batch after the wait', async () => {
    const batches: [string, number[]][] = [];
    const batcher = new KeyedBatcher<number, string>(
      async (key, items) => {
        batches.push([key, items]);
        return items.map((item) => `${key}${item}`);
      },
      { maxItems: 10, waitMs: 5 },
    );
    const results = await Promise.all([
      batcher.add('a', 1),
      batcher.add('b', 2),
      batcher.add('a', 3),
    ]);
    expect(results).toEqual(['a1', 'b2', 'a3']);
    expect(batches).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
  });

  it('gives every call of a failed batch the error, and later batches start afresh', async () => {
    let fail = true;
    const batcher = new KeyedBatcher<number, number>(
      async (_key, items) => {
        if (fail) throw new Error('database gone');
        return items;
      },
      { maxItems: 2, waitMs: 5 },
    );
    const failed = await Promise.allSettled([batcher.add('a', 1), batcher.add('a', 2)]);
    expect(failed.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await expect(batcher.add('a', 3)).resolves.toBe(3);
  });

  it('refuses to guess when a batch answers the wrong number of results', async () => {
    const batcher = new KeyedBatcher<number, number>(async () => [1], {
      maxItems: 2,
      waitMs: 5,
    });
    const outcomes = await Promise.allSettled([batcher.add('a', 1), batcher.add('a', 2)]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
  });
});
