import { newDataKey, open, seal } from './envelope';

describe('envelope encryption', () => {
  const key = newDataKey();

  it('opens what it sealed, and the sealed bytes do not contain the plaintext', () => {
    const sealed = seal(key, Buffer.from('Do not call after 6pm'), 'org-1:survivor');
    expect(sealed.includes(Buffer.from('call'))).toBe(false);
    expect(open(key, sealed, 'org-1:survivor').toString()).toBe('Do not call after 6pm');
  });

  it('refuses a value moved to another place, a wrong key, or a flipped bit', () => {
    const sealed = seal(key, Buffer.from('secret'), 'org-1:survivor');
    expect(() => open(key, sealed, 'org-2:survivor')).toThrow();
    expect(() => open(newDataKey(), sealed, 'org-1:survivor')).toThrow();
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    expect(() => open(key, flipped, 'org-1:survivor')).toThrow();
  });
});
