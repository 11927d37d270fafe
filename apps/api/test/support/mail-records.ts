import { createHash, randomUUID } from 'node:crypto';
import { RequestContext } from '../../src/core/context/request-context';
import { CAUGHT_MAIL_FIELD } from '../../src/mail/catcher/caught-mail-fields';
import { OrganizationKeysService } from '../../src/tenancy/organization-keys.service';
import { inTenant } from './factories';
import type { TestApp } from './test-app';

/** The organisation's newest outbox row (an invitation queues one). */
export async function newestOutboxId(t: TestApp, organizationId: string): Promise<string> {
  const row = await t.owner.outboxMessage.findFirstOrThrow({
    where: { organizationId },
    orderBy: { createdAt: 'desc' },
  });
  return row.id;
}

/** A message the mail catcher kept for an outbox row, sealed as the catcher seals it. */
export async function makeCaughtMail(
  t: TestApp,
  organizationId: string,
  outboxMessageId: string,
): Promise<string> {
  const keys = new OrganizationKeysService(t.config);
  const id = randomUUID();
  const raw = Buffer.from(
    'From: cairn@localhost.localdomain\r\nTo: someone@example.org\r\n' +
      `Message-ID: <${randomUUID()}@localhost.localdomain>\r\nSubject: Caught\r\n\r\nHello.\r\n`,
  );
  await RequestContext.runAsTenant(organizationId, () =>
    inTenant(t, organizationId, async (tx) =>
      tx.caughtMail.create({
        data: {
          id,
          organizationId,
          outboxMessageId,
          envelopeSealed: Uint8Array.from(
            await keys.encrypt(
              tx,
              CAUGHT_MAIL_FIELD.envelope,
              id,
              JSON.stringify({
                mailFrom: 'cairn@localhost.localdomain',
                rcptTo: ['someone@example.org'],
              }),
            ),
          ),
          rawSealed: Uint8Array.from(
            await keys.encrypt(tx, CAUGHT_MAIL_FIELD.raw, id, raw.toString('base64')),
          ),
          rawSha256: Uint8Array.from(createHash('sha256').update(raw).digest()),
          sizeBytes: raw.length,
        },
      }),
    ),
  );
  return id;
}
