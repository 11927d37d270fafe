import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';
import { AuditNudge } from '../../audit/audit-nudge.service';
import { AuditService } from '../../audit/audit.service';
import { CaseAccess } from '../../cases/case-access.service';
import { CaseReferences } from '../../cases/case-references';
import { AccessService } from '../../core/access/access.service';
import type { AppConfig } from '../../core/config/config.schema';
import { RequestContext } from '../../core/context/request-context';
import type { PrismaService } from '../../core/database/prisma.service';
import { TenantDb } from '../../core/database/tenant-db';
import { EvidenceAnalysisQueue } from '../../evidence/analysis/evidence-analysis-queue';
import { EvidenceUploadService } from '../../evidence/evidence-upload.service';
import { EvidenceVault } from '../../evidence/evidence-vault';
import { createEvidenceStore } from '../../evidence/storage/create-store';
import type { PrismaClient } from '../../generated/prisma/client';
import { JobQueue } from '../../jobs/job-queue.service';
import { OrganizationKeysService } from '../../tenancy/organization-keys.service';
import { replyTokenHash, tokenOf } from '../reply-address';

interface ReplyTarget {
  organizationId: string;
  requestId: string;
  caseId: string;
}

class SmtpRefusal extends Error {
  constructor(
    message: string,
    readonly responseCode: number,
  ) {
    super(message);
  }
}

export interface ReplyListener {
  port: number;
  close(): Promise<void>;
}

export interface ReplyListenerDeps {
  config: AppConfig;
  prisma: PrismaClient;
  logger: Logger;
}

/**
 * The SMTP listener for replies to takedown requests. It takes mail only for the reply
 * address of a request that was sent (`reply+TOKEN@…`), refusing any other recipient at
 * RCPT, so nothing addressed elsewhere is ever read. Each reply is kept on the request's case
 * as an item of evidence (the whole .eml, hashed and sealed like any upload) and in the
 * request's thread; the request becomes ACKNOWLEDGED and shows an unseen reply.
 *
 * It offers neither AUTH nor STARTTLS: it is meant to sit behind the deployment's mail
 * exchanger (or on loopback with `npm start`), which relays the reply domain to it.
 */
export async function startReplyListener(
  deps: ReplyListenerDeps,
  listen: { host: string; port: number },
): Promise<ReplyListener> {
  const { config, prisma, logger } = deps;
  const prismaService: PrismaService = { client: prisma, onModuleDestroy: async () => undefined };
  const db = new TenantDb(prismaService);
  const keys = new OrganizationKeysService(config);
  const store = await createEvidenceStore(config);
  const nudge = new AuditNudge(config);
  const caseAccess = new CaseAccess(new AccessService());
  // A reply is evidence like any upload: its analysis (headers, DKIM) is queued for the worker.
  const jobs = new JobQueue(config);
  const audit = new AuditService(db, nudge, new CaseReferences(caseAccess));
  const uploads = new EvidenceUploadService(
    db,
    caseAccess,
    audit,
    new EvidenceVault(store, keys, db),
    new EvidenceAnalysisQueue(jobs),
    config,
  );
  const targets = new Map<string, ReplyTarget[]>();

  const lookUp = async (address: SMTPServerAddress): Promise<ReplyTarget | null> => {
    const token = tokenOf(address.address);
    if (!token) return null;
    const rows = await prisma.$queryRaw<
      { organization_id: string; request_id: string; case_id: string }[]
    >`SELECT * FROM takedown_reply_target(${replyTokenHash(token)})`;
    const row = rows[0];
    return row
      ? { organizationId: row.organization_id, requestId: row.request_id, caseId: row.case_id }
      : null;
  };

  const storeReply = async (target: ReplyTarget, raw: Buffer): Promise<void> => {
    const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true });
    const messageId = parsed.messageId?.slice(0, 1000) ?? null;
    await RequestContext.run({ requestId: 'inbound-mail' }, () =>
      RequestContext.runAsTenant(target.organizationId, async () => {
        // A sender that retries after a lost answer sends the same Message-ID again.
        if (messageId) {
          const seen = await db.transaction((tx) =>
            tx.takedownReply.findFirst({
              where: { requestId: target.requestId, messageId },
              select: { id: true },
            }),
          );
          if (seen) return;
        }
        const staged = await uploads.stage(
          {
            caseId: target.caseId,
            kind: 'EMAIL',
            uploader: { kind: 'anonymous', label: 'Reply to a takedown request' },
          },
          {
            content: Readable.from(raw),
            fileName: `takedown-reply-${new Date().toISOString().replace(/[:.]/g, '-')}.eml`,
            declaredType: 'message/rfc822',
          },
        );
        // The item, the reply and the request's new state commit together: a retried
        // message finds its reply row above and is not filed twice.
        await staged.commit(async (tx, evidence) => {
          const request = await tx.takedownRequest.findUniqueOrThrow({
            where: { id: target.requestId },
            select: { status: true, acknowledgedAt: true },
          });
          const now = new Date();
          await tx.takedownReply.create({
            data: {
              organizationId: target.organizationId,
              requestId: target.requestId,
              evidenceId: evidence.id,
              fromAddress: parsed.from?.text.slice(0, 1000) ?? null,
              subject: parsed.subject?.slice(0, 1000) ?? null,
              messageId,
              receivedAt: now,
            },
          });
          await tx.takedownRequest.update({
            where: { id: target.requestId },
            data: {
              ...(request.status === 'SENT' ? { status: 'ACKNOWLEDGED' } : {}),
              ...(request.acknowledgedAt ? {} : { acknowledgedAt: now }),
              replyUnseen: true,
              updatedAt: now,
            },
          });
          await audit.record(tx, {
            action: 'takedown.reply-received',
            targetType: 'case',
            targetId: target.caseId,
            data: { takedownId: target.requestId, evidenceId: evidence.id },
            actorUserId: null,
          });
        });
      }),
    );
  };

  const server = new SMTPServer({
    name: config.INBOUND_MAIL_DOMAIN,
    banner: 'Cairn takedown replies',
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    size: config.INBOUND_MAX_BYTES,
    logger: false,
    // A new transaction (MAIL FROM, also after RSET) starts with no recipients.
    onMailFrom(_address, session, callback) {
      targets.delete(session.id);
      callback();
    },
    onRcptTo(address, session: SMTPServerSession, callback) {
      lookUp(address).then(
        (target) => {
          if (!target) {
            callback(new SmtpRefusal('5.1.1 No such mailbox', 550));
            return;
          }
          const list = targets.get(session.id) ?? [];
          if (!list.some((known) => known.requestId === target.requestId)) list.push(target);
          targets.set(session.id, list);
          callback();
        },
        (error: unknown) => {
          logger.error({ err: error }, 'reply address look-up failed');
          callback(new SmtpRefusal('4.3.0 Try again later', 451));
        },
      );
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error) => callback(error));
      stream.on('end', () => {
        const list = targets.get(session.id) ?? [];
        targets.delete(session.id);
        if (stream.sizeExceeded) {
          callback(new SmtpRefusal('5.3.4 Message too big', 552));
          return;
        }
        const raw = Buffer.concat(chunks);
        (async () => {
          for (const target of list) await storeReply(target, raw);
        })().then(
          () => callback(),
          (error: unknown) => {
            logger.error({ err: error }, 'could not store a takedown reply');
            callback(new SmtpRefusal('4.3.0 Could not store the message, try again later', 451));
          },
        );
      });
    },
    onClose(session) {
      targets.delete(session.id);
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => logger.error({ err: error }, 'reply listener error'));
  const port = (server.server.address() as AddressInfo).port;
  logger.info({ host: listen.host, port }, 'takedown reply listener running');
  return {
    port,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await jobs.onModuleDestroy();
      await nudge.onModuleDestroy();
    },
  };
}
