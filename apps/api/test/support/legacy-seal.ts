import { createCipheriv, randomBytes } from 'node:crypto';

/**
 * A survivor sealed as the first release sealed it (format 1: version byte, nonce, tag,
 * ciphertext; bound to the organisation and the field, not to the case), for tests of
 * reading and resealing old rows.
 */
export function sealAsFirstFormat(
  dataKey: Buffer,
  organizationId: string,
  survivor: unknown,
): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', dataKey, nonce);
  cipher.setAAD(Buffer.from(`${organizationId}:case.survivor`));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(survivor)), cipher.final()]);
  return Buffer.concat([Buffer.from([1]), nonce, cipher.getAuthTag(), ciphertext]);
}
