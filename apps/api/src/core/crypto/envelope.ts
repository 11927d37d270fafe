import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM envelope, used both to wrap an organisation's data key with the master key and
 * to encrypt fields with a data key. The associated data binds a ciphertext to where it
 * belongs (an organisation, a field, a row), so it cannot be moved elsewhere and still open.
 *
 * Format 2 (written): format byte, the 8-byte id of the key that sealed it, 12-byte nonce,
 * 16-byte tag, ciphertext; the header is authenticated with the associated data. A value
 * thus names its key, so a wrong key is reported as such rather than as tampering.
 * Format 1 (read only): format byte, nonce, tag, ciphertext; no key id.
 */
const FORMAT_1 = 1;
const FORMAT_2 = 2;
const KEY_ID_BYTES = 8;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export type SealFailure = 'unknown-format' | 'wrong-key' | 'not-authentic';

export class SealedValueError extends Error {
  constructor(
    readonly reason: SealFailure,
    message: string,
    /** For 'wrong-key': the id the value names, and the id of the key offered. */
    readonly keyIds?: { sealedWith: string; offered: string },
  ) {
    super(message);
  }
}

/** A key's public name: a hash prefix, which says which key it is and nothing of its bytes. */
export function keyId(key: Buffer): string {
  return createHash('sha256')
    .update('cairn key id\0')
    .update(key)
    .digest()
    .subarray(0, KEY_ID_BYTES)
    .toString('hex');
}

/** The format of a sealed value: 1 (no key id, the first scheme) or 2. */
export function sealedFormat(sealed: Uint8Array): 1 | 2 {
  if (sealed[0] === FORMAT_1 && sealed.length >= 1 + NONCE_BYTES + TAG_BYTES) return FORMAT_1;
  if (sealed[0] === FORMAT_2 && sealed.length >= 1 + KEY_ID_BYTES + NONCE_BYTES + TAG_BYTES) {
    return FORMAT_2;
  }
  throw new SealedValueError('unknown-format', 'Not a sealed value of a known format');
}

/** The id of the key a value was sealed with; null for format 1, which does not say. */
export function sealedKeyId(sealed: Uint8Array): string | null {
  return sealedFormat(sealed) === FORMAT_2
    ? Buffer.from(sealed.subarray(1, 1 + KEY_ID_BYTES)).toString('hex')
    : null;
}

export function seal(key: Buffer, plaintext: Buffer, associatedData: string): Buffer {
  const header = Buffer.concat([Buffer.from([FORMAT_2]), Buffer.from(keyId(key), 'hex')]);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.concat([header, Buffer.from(associatedData, 'utf8')]));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, nonce, cipher.getAuthTag(), ciphertext]);
}

export function open(key: Buffer, sealed: Uint8Array, associatedData: string): Buffer {
  const bytes = Buffer.from(sealed);
  const headerBytes = sealedFormat(bytes) === FORMAT_2 ? 1 + KEY_ID_BYTES : 1;
  const header = bytes.subarray(0, headerBytes);
  let aad = Buffer.from(associatedData, 'utf8');
  if (headerBytes > 1) {
    const sealedWith = header.subarray(1).toString('hex');
    const offered = keyId(key);
    if (sealedWith !== offered) {
      throw new SealedValueError(
        'wrong-key',
        `Sealed with key ${sealedWith}, not with the key offered (${offered})`,
        { sealedWith, offered },
      );
    }
    aad = Buffer.concat([header, aad]);
  }
  const nonce = bytes.subarray(headerBytes, headerBytes + NONCE_BYTES);
  const tag = bytes.subarray(headerBytes + NONCE_BYTES, headerBytes + NONCE_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([
      decipher.update(bytes.subarray(headerBytes + NONCE_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new SealedValueError(
      'not-authentic',
      'The sealed value does not open here: moved from elsewhere, altered, or another key',
    );
  }
}

export function newDataKey(): Buffer {
  return randomBytes(32);
}
