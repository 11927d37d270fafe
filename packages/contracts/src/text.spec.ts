import { z } from 'zod';
import './messages';
import { multiLineText, singleLineText, webAddress } from './text';
import { CreateCaseBody, CreateIncidentBody, CreateNoteBody } from './cases';
import { HelplineChannel } from './content';
import { Email, Uuid } from './common';

const messagesOf = (schema: z.ZodType, value: unknown): string[] => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('singleLineText', () => {
  const title = singleLineText(10, { min: 1 });

  it('accepts right-to-left, combining and emoji text unchanged', () => {
    for (const value of ['שלום עולם', 'مرحبا', 'e\u0301te\u0301', '👩🏽‍💻 ok', 'Łódź']) {
      expect(singleLineText(50).parse(value)).toBe(value);
    }
  });

  it('refuses NUL, naming it', () => {
    expect(messagesOf(title, 'a\u0000b')).toEqual(['Remove the invisible control character (NUL)']);
  });

  it('refuses other control characters by their code point', () => {
    expect(messagesOf(title, 'a\u0007b')).toEqual([
      'Remove the invisible control character (U+0007)',
    ]);
    expect(messagesOf(title, 'a\u001bb')).toEqual([
      'Remove the invisible control character (U+001B)',
    ]);
    expect(messagesOf(title, 'a\u007fb')).toEqual(['Remove the invisible control character (DEL)']);
  });

  it('refuses a line break or tab inside the text', () => {
    for (const value of ['a\nb', 'a\rb', 'a\tb']) {
      expect(messagesOf(title, value)).toEqual([
        'Keep this on one line: remove the line break or tab',
      ]);
    }
  });

  it('refuses a lone high or low surrogate, and keeps a whole pair', () => {
    const broken =
      'Remove the broken character: part of an emoji or symbol was lost when this text was copied';
    expect(messagesOf(title, 'a\ud800')).toEqual([broken]);
    expect(messagesOf(title, '\udc00a')).toEqual([broken]);
    expect(messagesOf(title, '\udc00\ud800')).toEqual([broken]);
    expect(title.parse('\ud83d\ude00')).toBe('😀');
  });

  it('accepts exactly the maximum and refuses one more, saying how long it is', () => {
    expect(title.parse('a'.repeat(10))).toBe('a'.repeat(10));
    expect(messagesOf(title, 'a'.repeat(11))).toEqual([
      'Shorten this to at most 10 characters (it has 11)',
    ]);
    expect(messagesOf(singleLineText(200), 'a'.repeat(1234))).toEqual([
      'Shorten this to at most 200 characters (it has 1,234)',
    ]);
  });

  it('asks for the text when empty, and for more when short', () => {
    expect(messagesOf(title, '   ')).toEqual(['Fill this in']);
    expect(messagesOf(singleLineText(100, { min: 12 }), 'short')).toEqual([
      'Use at least 12 characters',
    ]);
    expect(singleLineText(10).parse('')).toBe('');
  });

  it('says what it wants when the value is missing or not text', () => {
    expect(messagesOf(title, undefined)).toEqual(['This is required']);
    expect(messagesOf(title, 42)).toEqual(['Enter text here']);
  });

  it('trims the ends unless told not to, and never cuts the text', () => {
    expect(title.parse('  ab  ')).toBe('ab');
    expect(singleLineText(10, { trim: false }).parse('  ab  ')).toBe('  ab  ');
  });
});

describe('multiLineText', () => {
  const note = multiLineText(20, { min: 1 });

  it('keeps line breaks and tabs', () => {
    expect(note.parse('a\r\nb\tc')).toBe('a\r\nb\tc');
  });

  it('refuses NUL and other control characters', () => {
    expect(messagesOf(note, 'a\u0000b')).toEqual(['Remove the invisible control character (NUL)']);
    expect(messagesOf(note, 'a\u000bb')).toEqual([
      'Remove the invisible control character (U+000B)',
    ]);
  });

  it('refuses a lone surrogate', () => {
    expect(messagesOf(note, 'x\udfff')).toHaveLength(1);
  });
});

describe('webAddress', () => {
  it('accepts an http address and refuses other schemes, NUL and broken characters', () => {
    expect(webAddress(100).parse('https://example.org/a')).toBe('https://example.org/a');
    expect(messagesOf(webAddress(100), 'javascript:alert(1)')).toEqual([
      'Enter a full web address, such as https://example.org/page',
    ]);
    expect(messagesOf(webAddress(100), 'https://example.org/\u0000')).toEqual([
      'Remove the invisible control character (NUL)',
    ]);
    expect(messagesOf(webAddress(100), 'https://example.org/\ud800')).toHaveLength(1);
  });
});

describe('formats with their own schema', () => {
  it('refuse NUL and lone surrogates too', () => {
    for (const schema of [Email, Uuid]) {
      expect(schema.safeParse('a\u0000@example.org').success).toBe(false);
      expect(schema.safeParse('a\ud800@example.org').success).toBe(false);
    }
  });
});

describe('the contracts use the text schemas', () => {
  it('refuses NUL in a note, a case title and the jsonb fields of an incident and a helpline', () => {
    expect(messagesOf(CreateNoteBody, { body: 'a\u0000b' })).toEqual([
      'Remove the invisible control character (NUL)',
    ]);
    expect(messagesOf(CreateCaseBody, { title: 'a\u0000', survivor: { name: 'Camille' } })).toEqual(
      ['Remove the invisible control character (NUL)'],
    );
    const incident = {
      occurredAt: '2026-03-14T21:30',
      timeZone: 'Europe/Paris',
      location: { kind: 'PLACE', place: 'Caf\ud800' },
      description: 'ok',
      otherPartyIdentifiers: [{ kind: 'HANDLE', value: '@x\u0000' }],
    };
    expect(CreateIncidentBody.safeParse(incident).error?.issues.map((i) => i.path)).toEqual([
      ['location', 'place'],
      ['otherPartyIdentifiers', 0, 'value'],
    ]);
    expect(messagesOf(HelplineChannel, { kind: 'phone', value: '\udc00' })).toHaveLength(1);
  });
});
