import { FollowUpCode } from '@cairn/contracts';
import {
  derivedFollowUpCode,
  followUpCodeHash,
  randomFollowUpCode,
  sameHash,
} from './intake-secrets';

describe('follow-up codes', () => {
  it('are 16 characters of Crockford base 32 in groups of four, read back as typed by a person', () => {
    const code = randomFollowUpCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(FollowUpCode.parse(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toBe(code);
  });

  it('derive the same code from the same key and secret, and another from another key', () => {
    const secret = Buffer.alloc(32, 7);
    expect(derivedFollowUpCode(secret, 'key-one-abcdefghijklmnop')).toBe(
      derivedFollowUpCode(secret, 'key-one-abcdefghijklmnop'),
    );
    expect(derivedFollowUpCode(secret, 'key-two-abcdefghijklmnop')).not.toBe(
      derivedFollowUpCode(secret, 'key-one-abcdefghijklmnop'),
    );
  });

  it('hash bound to the case: the same code on another case does not match', () => {
    const code = randomFollowUpCode();
    const a = followUpCodeHash('11111111-1111-4111-8111-111111111111', code);
    expect(sameHash(a, followUpCodeHash('11111111-1111-4111-8111-111111111111', code))).toBe(true);
    expect(sameHash(a, followUpCodeHash('22222222-2222-4222-8222-222222222222', code))).toBe(false);
  });
});
