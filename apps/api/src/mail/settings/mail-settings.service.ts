import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { MailSettingsView, UpdateMailSettingsBody } from '@cairn/contracts';
import { AuditService } from '../../audit/audit.service';
import { CONFIG } from '../../core/config/config';
import { AppConfig } from '../../core/config/config.schema';
import { RequestContext } from '../../core/context/request-context';
import type { Tx } from '../../core/database/prisma.service';
import { TenantDb } from '../../core/database/tenant-db';
import { AppError } from '../../core/errors/app-error';
import type { MailSettings } from '../../generated/prisma/client';
import { OrganizationKeysService } from '../../tenancy/organization-keys.service';
import { MAIL_SETTINGS_FIELD } from '../outbox/mail-settings-fields';

const KEY_FIELD = 'dkim.privateKey';

/** The private key, if it is PEM of one a receiver will accept (RSA ≥ 2048 bits, or Ed25519). */
function signingKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw AppError.validation([
      {
        in: 'body',
        field: KEY_FIELD,
        message: 'Paste a private key in PEM format (BEGIN PRIVATE KEY)',
        code: 'pemKey',
      },
    ]);
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (!(key.asymmetricKeyType === 'ed25519' || (key.asymmetricKeyType === 'rsa' && bits >= 2048))) {
    throw AppError.validation([
      {
        in: 'body',
        field: KEY_FIELD,
        message: 'Use an RSA key of 2048 bits or more, or an Ed25519 key',
        code: 'signingKeyKind',
      },
    ]);
  }
  return key;
}

/** The DNS TXT record that publishes a private key's public half for DKIM. */
function dnsRecord(key: KeyObject): string {
  const spki = createPublicKey(key).export({ type: 'spki', format: 'der' });
  // RFC 8463: an Ed25519 record holds the raw 32-byte key, the end of its SPKI form.
  return key.asymmetricKeyType === 'ed25519'
    ? `v=DKIM1; k=ed25519; p=${spki.subarray(-32).toString('base64')}`
    : `v=DKIM1; k=rsa; p=${spki.toString('base64')}`;
}

/** An organisation's sending identity: its From address and the DKIM key its mail is signed with. */
@Injectable()
export class MailSettingsService {
  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDb,
    private readonly keys: OrganizationKeysService,
    private readonly audit: AuditService,
  ) {}

  private async view(tx: Tx, row: MailSettings | null): Promise<MailSettingsView> {
    let dkim: MailSettingsView['dkim'] = null;
    if (row?.dkimDomain && row.dkimSelector && row.dkimPrivateKeySealed) {
      const pem = await this.keys.decrypt(
        tx,
        MAIL_SETTINGS_FIELD.dkimPrivateKey,
        row.organizationId,
        row.dkimPrivateKeySealed,
      );
      dkim = {
        domain: row.dkimDomain,
        selector: row.dkimSelector,
        dnsName: `${row.dkimSelector}._domainkey.${row.dkimDomain}`,
        dnsRecord: dnsRecord(createPrivateKey(pem)),
      };
    }
    return {
      fromAddress: row?.fromAddress ?? null,
      fromName: row?.fromName ?? null,
      defaultFrom: this.config.MAIL_FROM,
      dkim,
    };
  }

  get(): Promise<MailSettingsView> {
    const organizationId = RequestContext.organizationId();
    return this.db.transaction(async (tx) =>
      this.view(tx, await tx.mailSettings.findUnique({ where: { organizationId } })),
    );
  }

  update(body: UpdateMailSettingsBody): Promise<MailSettingsView> {
    const actor = RequestContext.requireActor();
    const organizationId = actor.organizationId;
    const key = body.dkim ? signingKey(body.dkim.privateKey) : undefined;
    return this.db.transaction(async (tx) => {
      let dkim = {};
      if (body.dkim === null) {
        dkim = { dkimDomain: null, dkimSelector: null, dkimPrivateKeySealed: null };
      } else if (body.dkim && key) {
        const pem = key.export({ type: 'pkcs8', format: 'pem' }).toString();
        dkim = {
          dkimDomain: body.dkim.domain.toLowerCase(),
          dkimSelector: body.dkim.selector,
          dkimPrivateKeySealed: Uint8Array.from(
            await this.keys.encrypt(tx, MAIL_SETTINGS_FIELD.dkimPrivateKey, organizationId, pem),
          ),
        };
      }
      const data = {
        fromAddress: body.fromAddress,
        fromName: body.fromName,
        ...dkim,
        updatedById: actor.userId,
        updatedAt: new Date(),
      };
      const row = await tx.mailSettings.upsert({
        where: { organizationId },
        create: { organizationId, ...data },
        update: data,
      });
      await this.audit.record(tx, {
        action: 'mail.settings.updated',
        data: {
          ownFromAddress: body.fromAddress !== null,
          dkim: body.dkim === undefined ? 'kept' : body.dkim === null ? 'removed' : 'replaced',
        },
      });
      return this.view(tx, row);
    });
  }
}
