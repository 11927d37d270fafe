import { keyId, newDataKey, open, seal, SealedValueError, sealedKeyId } from './envelope';

describe('envelope encryption', () => {
  const key = newDataKey();

  it('opens what it sealed, and the sealed bytes do not contain the plaintext', () => {
    const sealed = seal(key, Buffer.from('Do not call after 6pm'), 'org-1:survivor');
    expect(sealed.includes(Buffer.from('call'))).toBe(false);
    expect(open(key, sealed, 'org-1:survivor').toString()).toBe('Do not call after 6pm');
  });

  it('refuses a value moved to another place, a wrong key, or a flipped bit', () => {
    const sealed = seal(key, Buffer.from('secret'), 'org-1:survivor');
    expect(() => open(key, sealed, 'org-2:survivor')).toThrow(SealedValueError);
    expect(() => open(newDataKey(), sealed, 'org-1:survivor')).toThrow(SealedValueError);
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    expect(() => open(key, flipped, 'org-1:survivor')).toThrow(SealedValueError);
  });

  it('names the key that sealed a value, and says so when offered another', () => {
    const sealed = seal(key, Buffer.from('secret'), 'here');
    expect(sealedKeyId(sealed)).toBe(keyId(key));
    expect(keyId(key)).not.toBe(keyId(newDataKey()));
    const other = newDataKey();
    try {
      open(other, sealed, 'here');
      throw new Error('opened with the wrong key');
    } catch (error) {
      expect(error).toMatchObject({
        reason: 'wrong-key',
        keyIds: { sealedWith: keyId(key), offered: keyId(other) },
      });
    }
  });

  it('refuses a forged key id in the header, which the tag covers', () => {
    const sealed = seal(key, Buffer.from('secret'), 'here');
    const forged = Buffer.from(sealed);
    forged[1] = (forged[1] ?? 0) ^ 1;
    expect(() => open(key, forged, 'here')).toThrow(SealedValueError);
  });
});
