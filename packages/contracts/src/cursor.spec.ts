import { z } from 'zod';
import { encodeCursor, keysetCursor } from './cursor';

const Position = z.strictObject({ at: z.iso.datetime({ offset: true }), id: z.uuid() });
const cursor = keysetCursor(Position);
const id = '7f1c0d7e-8a89-4d33-9d0c-4d1e3e0f6a10';

describe('keysetCursor', () => {
  it('reads back the position a cursor was made from', () => {
    const position = { at: '2026-03-14T21:30:00.000Z', id };
    expect(cursor.parse(encodeCursor(position))).toEqual(position);
  });

  it('refuses a cursor whose content would not cast, in one sentence', () => {
    const damaged = [
      encodeCursor({ at: 'yesterday', id }),
      encodeCursor({ at: '2026-03-14T21:30:00Z', id: 'x' }),
      encodeCursor({ at: '2026-03-14T21:30:00Z', id, more: 1 }),
      Buffer.from('{"at":').toString('base64url'),
      Buffer.from([0xff, 0xfe]).toString('base64url'),
      'not+base64/',
    ];
    for (const value of damaged) {
      const result = cursor.safeParse(value);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([
        expect.stringContaining('page link is damaged'),
      ]);
    }
  });

  it('encodes text outside ASCII', () => {
    const Named = keysetCursor(z.object({ value: z.string() }));
    expect(Named.parse(encodeCursor({ value: 'Réf-ﬁ-👩🏽‍💻' }))).toEqual({ value: 'Réf-ﬁ-👩🏽‍💻' });
  });
});
