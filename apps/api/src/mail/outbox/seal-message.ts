import { createHash } from 'node:crypto';
import type { Tx } from '../../core/database/prisma.service';
import type { MailSettings } from '../../generated/prisma/client';
import type { OrganizationKeysService } from '../../tenancy/organization-keys.service';
import { composeMessage, type ComposedEmail, type DkimKey } from '../sending/compose-message';
import { MAIL_SETTINGS_FIELD } from './mail-settings-fields';
import { OUTBOX_FIELD } from './outbox-fields';

/** An outbox row's exact message: sealed with the organisation's key, hashed and measured. */
export interface SealedMessage {
  emlSealed: Uint8Array<ArrayBuffer>;
  emlSha256: Uint8Array<ArrayBuffer>;
  emlSize: number;
}

/** The organisation's DKIM key, opened, when it has one. */
async function dkimKeyOf(
  tx: Tx,
  keys: OrganizationKeysService,
  settings: MailSettings | null,
): Promise<DkimKey | undefined> {
  if (!settings?.dkimDomain || !settings.dkimSelector || !settings.dkimPrivateKeySealed) {
    return undefined;
  }
  return {
    domain: settings.dkimDomain,
    selector: settings.dkimSelector,
    privateKey: await keys.decrypt(
      tx,
      MAIL_SETTINGS_FIELD.dkimPrivateKey,
      settings.organizationId,
      settings.dkimPrivateKeySealed,
    ),
  };
}

/**
 * Composes the message of outbox row `id` as it will be handed to the recipient's server
 * (signed with the organisation's DKIM key when it has one) and seals it to that row. The
 * Date is the moment of composing: RFC 5322's "ready to enter the mail delivery system".
 */
export async function sealMessage(
  tx: Tx,
  keys: OrganizationKeysService,
  id: string,
  /** The organisation's sending name and DKIM key; none means the deployment's defaults. */
  settings: MailSettings | null,
  email: Omit<ComposedEmail, 'fromName' | 'date'>,
): Promise<SealedMessage> {
  const raw = await composeMessage(
    { ...email, fromName: settings?.fromName ?? undefined, date: new Date() },
    await dkimKeyOf(tx, keys, settings),
  );
  // Sealed fields are text: the bytes go in as base64, so any octet survives the round trip.
  const sealed = await keys.encrypt(tx, OUTBOX_FIELD.eml, id, raw.toString('base64'));
  return {
    emlSealed: Uint8Array.from(sealed),
    emlSha256: Uint8Array.from(createHash('sha256').update(raw).digest()),
    emlSize: raw.length,
  };
}

/** The exact bytes of a sealed message, opened. */
export async function openMessage(
  tx: Tx,
  keys: OrganizationKeysService,
  id: string,
  sealed: Uint8Array,
): Promise<Buffer> {
  return Buffer.from(await keys.decrypt(tx, OUTBOX_FIELD.eml, id, sealed), 'base64');
}
