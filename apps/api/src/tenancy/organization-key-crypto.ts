import {
  keyId,
  newDataKey,
  open,
  seal,
  SealedValueError,
  sealedFormat,
} from '../core/crypto/envelope';

const wrapContext = (organizationId: string) => `organization-key:${organizationId}`;

/**
 * An organisation's data key that the master key at hand cannot unwrap: an operator's
 * mistake (the wrong MASTER_KEY, or a rotation not finished), never a client's.
 */
export class MasterKeyError extends Error {}

export function newWrappedDataKey(masterKey: Buffer, organizationId: string): Buffer {
  return wrapDataKey(masterKey, organizationId, newDataKey());
}

export function wrapDataKey(masterKey: Buffer, organizationId: string, dataKey: Buffer): Buffer {
  return seal(masterKey, dataKey, wrapContext(organizationId));
}

export function unwrapDataKey(
  masterKey: Buffer,
  organizationId: string,
  wrapped: Uint8Array,
): Buffer {
  try {
    return open(masterKey, wrapped, wrapContext(organizationId));
  } catch (error) {
    if (!(error instanceof SealedValueError)) throw error;
    const wrappedBy = error.keyIds
      ? `is wrapped by master key ${error.keyIds.sealedWith}`
      : 'does not open';
    throw new MasterKeyError(
      `The data key of organisation ${organizationId} ${wrappedBy}, but MASTER_KEY is key ` +
        `${keyId(masterKey)}. If the master key was rotated (npm run keys:rotate), start ` +
        `with the new one; if a rotation stopped half-way, run it again.`,
    );
  }
}

/**
 * Where a sealed field belongs. Format 2 binds the organisation, the field and the row, so
 * a value copied onto another row does not open; format 1, the first scheme, bound only the
 * organisation and the field, and is still read until `keys:rotate` reseals it.
 */
function fieldContext(
  organizationId: string,
  field: string,
  rowId: string,
  sealed?: Uint8Array,
): string {
  return sealed && sealedFormat(sealed) === 1
    ? `${organizationId}:${field}`
    : `${organizationId}:${field}:${rowId}`;
}

export function sealField(
  dataKey: Buffer,
  organizationId: string,
  field: string,
  rowId: string,
  plaintext: string,
): Buffer {
  return seal(dataKey, Buffer.from(plaintext, 'utf8'), fieldContext(organizationId, field, rowId));
}

export function openField(
  dataKey: Buffer,
  organizationId: string,
  field: string,
  rowId: string,
  sealed: Uint8Array,
): string {
  return open(dataKey, sealed, fieldContext(organizationId, field, rowId, sealed)).toString('utf8');
}
