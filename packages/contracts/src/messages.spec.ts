import { z } from 'zod';
import { CreateCaseBody, CreateContactBody } from './cases';
import { LoginBody } from './auth';
import './messages';

const messages = (schema: z.ZodType, value: unknown) =>
  Object.fromEntries(
    (schema.safeParse(value).error?.issues ?? []).map((issue) => [
      issue.path.join('.') || '(root)',
      issue.message,
    ]),
  );

describe("zod's own refusals, in plain sentences", () => {
  it('says what is missing, and what kind of value a field takes', () => {
    expect(messages(LoginBody, { password: 42 })).toEqual({
      email: 'This is required',
      password: 'Enter text here',
    });
    expect(
      messages(z.strictObject({ n: z.number().int(), b: z.boolean() }), { n: 'x', b: 1 }),
    ).toEqual({ n: 'Enter a number', b: 'Answer with true or false' });
  });

  it('names the choices, the limits and the unknown fields', () => {
    expect(
      messages(CreateCaseBody, {
        title: 'T',
        survivor: { name: 'S' },
        riskLevel: 'EXTREME',
        tags: Array.from({ length: 31 }, (_, index) => `t${index}`),
        admin: true,
      }),
    ).toEqual({
      riskLevel: 'Choose one of: LOW, MEDIUM, HIGH, CRITICAL',
      tags: 'Give at most 30 items',
      '(root)': 'Remove "admin": not a field this takes',
    });
    expect(messages(z.number().max(1_000), 5_000)).toEqual({
      '(root)': 'Enter a number no larger than 1,000',
    });
  });

  it('describes a bad format by what it should look like', () => {
    expect(
      messages(CreateContactBody, {
        kind: 'REPORT',
        recipientKind: 'POLICE',
        recipientName: 'Station',
        method: 'PHONE',
        contactedAt: 'yesterday',
        nextFollowUp: 'soon',
      }),
    ).toEqual({
      contactedAt: 'Enter a date and time such as 2026-03-14T21:30:00Z',
      nextFollowUp: 'Enter a date such as 2026-03-14',
    });
    expect(
      messages(CreateContactBody, { kind: 'LETTER', method: 'PHONE', contactedAt: 'x' }),
    ).toEqual({ kind: 'Choose one of the kinds offered here' });
    expect(messages(LoginBody, { email: 'nobody', password: 'x' })).toEqual({
      email: 'Enter an email address such as name@example.org',
    });
  });

  it("keeps a schema's own message", () => {
    expect(messages(z.string({ error: 'Say something' }), 1)).toEqual({
      '(root)': 'Say something',
    });
  });
});
