import { createHash, randomBytes } from 'node:crypto';

/** 160 random bits, in lowercase base32 so mail servers that fold case keep it whole. */
export function newReplyToken(): string {
  const bytes = randomBytes(20);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** What the database keeps of a token: its SHA-256, never the token. */
export function replyTokenHash(token: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(createHash('sha256').update(token.toLowerCase()).digest());
}

export function replyAddress(token: string, domain: string): string {
  return `reply+${token}@${domain}`;
}

/** The token of a reply address (`reply+TOKEN@any.domain`), or null for any other address. */
export function tokenOf(address: string): string | null {
  const match = /^reply\+([a-z2-7]{32})@[^@\s]+$/i.exec(address.trim());
  return match?.[1]?.toLowerCase() ?? null;
}
