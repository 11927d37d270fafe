import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { RequestContext } from '../../core/context/request-context';
import type { PrismaClient } from '../../generated/prisma/client';
import type { OrganizationKeysService } from '../../tenancy/organization-keys.service';
import { CAUGHT_MAIL_FIELD } from './caught-mail-fields';

const MAX_BYTES = 25 * 1024 * 1024;

/** The Message-ID header of a raw message, unfolded; undefined when it has none. */
export function messageIdOf(raw: Buffer): string | undefined {
  const end = raw.indexOf('\r\n\r\n');
  const head = raw.subarray(0, end === -1 ? raw.length : end).toString('latin1');
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const match = /^message-id:\s*(<[^<>\s]+>)\s*$/im.exec(unfolded);
  return match?.[1];
}

function smtpError(code: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * The local mail catcher `npm start` runs when no SMTP_URL is set: an SMTP server on
 * loopback that keeps what Cairn would have sent, so a person trying Cairn sees it in the
 * admin pages. It takes only Cairn's own mail (a Message-ID an outbox row carries) and files
 * each message, sealed, under that row's organisation, where only its admins see it.
 */
export async function startMailCatcher(deps: {
  port: number;
  prisma: PrismaClient;
  keys: OrganizationKeysService;
  logger: Logger;
}): Promise<{ port: number; close(): Promise<void> }> {
  const { prisma, keys } = deps;
  const logger = deps.logger.child({ domain: 'mail-catcher' });

  const store = async (raw: Buffer, session: SMTPServerSession): Promise<void> => {
    const messageId = messageIdOf(raw);
    if (!messageId) throw smtpError(550, 'This catcher takes only mail Cairn sent (no Message-ID)');
    const [owner] = await prisma.$queryRaw<{ organization_id: string; id: string }[]>`
      SELECT * FROM outbox_owner_of_message(${messageId})`;
    if (!owner)
      throw smtpError(550, 'This catcher takes only mail Cairn sent (unknown Message-ID)');
    const organizationId = owner.organization_id;
    const envelope = JSON.stringify({
      mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
    });
    const id = randomUUID();
    await RequestContext.runAsTenant(organizationId, () =>
      prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('app.org_id', ${organizationId}, true)`;
        const sealedEnvelope = await keys.encrypt(tx, CAUGHT_MAIL_FIELD.envelope, id, envelope);
        const sealedRaw = await keys.encrypt(tx, CAUGHT_MAIL_FIELD.raw, id, raw.toString('base64'));
        await tx.caughtMail.create({
          data: {
            id,
            organizationId,
            outboxMessageId: owner.id,
            envelopeSealed: Uint8Array.from(sealedEnvelope),
            rawSealed: Uint8Array.from(sealedRaw),
            rawSha256: Uint8Array.from(createHash('sha256').update(raw).digest()),
            sizeBytes: raw.length,
          },
        });
      }),
    );
  };

  const server = new SMTPServer({
    name: 'cairn-mail-catcher',
    banner: 'Cairn mail catcher: nothing received here leaves this machine',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_BYTES,
    logger: false,
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          callback(smtpError(552, 'Message too large for the catcher'));
          return;
        }
        store(Buffer.concat(chunks), session).then(
          () => callback(null, 'Caught'),
          (error: unknown) => {
            if (error instanceof Error && 'responseCode' in error) {
              callback(error);
              return;
            }
            logger.error({ err: error }, 'could not keep a caught message');
            callback(smtpError(451, 'The catcher could not keep this message; try again'));
          },
        );
      });
    },
  });
  server.on('error', (error) => logger.error({ err: error }, 'mail catcher error'));

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(deps.port, '127.0.0.1', () => {
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : deps.port);
    });
  });
  logger.info({ port }, 'mail catcher listening on loopback');
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
