import { strToU8, zipSync } from 'fflate';
import { checkDocument } from './check-document';
import { importGuide } from './import-guide';
import { guideFromFiles } from './load-guide';
import { decodeText } from './source-file';
import { lesson, writeTree } from './testing/fixtures';

const FILE = 'en/online-abuse/respond/beginner/s_first-steps.md';
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...strToU8(part)] : part)));

describe('reading the text of a guide file', () => {
  it('reports a NUL on its line and column, and does not load the file', async () => {
    const text = lesson(1, 'First steps', 'Keep\u0000 a record.\n');
    const imported = await importGuide(writeTree({ [FILE]: text }));

    expect(imported.files).toEqual([]);
    expect(imported.lessons).toEqual([]);
    expect(imported.problems).toEqual([
      {
        file: FILE,
        line: 5,
        column: 5,
        code: 'unreadable-file',
        message: expect.stringContaining('U+0000'),
      },
    ]);
  });

  it('refuses the other C0 controls, and keeps tab, line feed and carriage return', () => {
    expect(decodeText(FILE, bytes('a\tb\r\nc\n'))).toEqual({ path: FILE, text: 'a\tb\r\nc\n' });
    for (const control of [0x01, 0x08, 0x0b, 0x0c, 0x1b, 0x1f]) {
      expect(decodeText(FILE, bytes('ab', [control]))).toMatchObject({
        line: 1,
        column: 3,
        code: 'unreadable-file',
      });
    }
  });

  it('places ill-formed UTF-8 where it starts, even after multi-byte characters', () => {
    // "é" is two bytes and one column; 0xC3 0x28 is a lead byte with no continuation.
    expect(decodeText(FILE, bytes('ok\né', [0xc3, 0x28], '\n'))).toMatchObject({
      line: 2,
      column: 2,
      code: 'unreadable-file',
      message: expect.stringContaining('not UTF-8'),
    });
    // An encoded surrogate half (ED A0 80) and a character cut short at the end.
    expect(decodeText(FILE, bytes('x', [0xed, 0xa0, 0x80]))).toMatchObject({ column: 2 });
    expect(decodeText(FILE, bytes('xy', [0xe2, 0x82]))).toMatchObject({ column: 3 });
  });

  it('reports a NUL in a zip entry and loads the other files', async () => {
    const other = 'en/online-abuse/respond/beginner/s_second.md';
    const zip = zipSync({
      [FILE]: strToU8(lesson(1, 'First\u0000', 'Text.\n')),
      [other]: strToU8(lesson(2, 'Second')),
    });
    const imported = await importGuide(zip);

    expect(imported.files.map((f) => f.path)).toEqual([other]);
    expect(imported.problems).toEqual([expect.objectContaining({ file: FILE, line: 3 })]);
  });

  it('refuses a NUL or a lone surrogate in a text that is already in memory', () => {
    const draft = lesson(1, 'First steps', 'Bad \ud800 half.\n');
    const guide = guideFromFiles([{ path: FILE, text: draft }]);

    expect(guide.lessons).toEqual([]);
    expect(guide.problems).toEqual([
      expect.objectContaining({ file: FILE, line: 5, column: 5, code: 'unreadable-file' }),
    ]);
    expect(checkDocument([], FILE, 'x\u0000')).toEqual([
      expect.objectContaining({ line: 1, column: 2, code: 'unreadable-file' }),
    ]);
  });
});
