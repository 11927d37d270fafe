import { Inject, Injectable } from '@nestjs/common';
import type {
  CaseStatus,
  FollowUpEvidenceReceipt,
  FollowUpMessageView,
  FollowUpSession,
  FollowUpSessionBody,
  FollowUpStatus,
  FollowUpView,
} from '@cairn/contracts';
import type { FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { hashToken, newToken } from '../auth/secrets';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import { EvidenceUploadService, type DetachedEvidence } from '../evidence/evidence-upload.service';
import { OrganizationKeysService } from '../tenancy/organization-keys.service';
import { notifySurvivorMessage } from './intake-emails';
import { bodyError, readIntakeParts } from './intake-multipart';
import { FOLLOW_UP_UPLOADER, INTAKE_UPLOADER, MESSAGE_FIELD } from './intake-routes';
import { followUpCodeHash, sameHash } from './intake-secrets';
import { IntakeTenant } from './intake-tenant';
import { admitSurvivorFile } from './survivor-files';

const SESSION_IDLE_MS = 30 * 60 * 1000;
const MAX_WRONG_CODES = 5;
const LOCK_MS = 15 * 60 * 1000;

/** A survivor sees where their case stands, not the helpline's working statuses. */
const STATUS: Record<CaseStatus, FollowUpStatus> = {
  NEW: 'RECEIVED',
  TRIAGE: 'RECEIVED',
  ACTIVE: 'IN_PROGRESS',
  WAITING_ON_THIRD_PARTY: 'IN_PROGRESS',
  WAITING_ON_SURVIVOR: 'WAITING_FOR_YOU',
  CLOSED: 'CLOSED',
};

const refused = () =>
  new AppError(
    'follow-up-refused',
    'The reference or the code is not right. Check both and try again.',
  );

const sessionEnded = () =>
  new AppError(
    'follow-up-refused',
    'Your follow-up session has ended. Sign in again with your reference and code.',
  );

/** A code compared against when the reference is unknown, so both refusals take as long. */
const DECOY = followUpCodeHash('00000000-0000-0000-0000-000000000000', 'none');

/**
 * The survivor's follow-up: a session opened with the case reference and the follow-up code
 * (wrong codes lock the reference for a while), then the case's coarse status, the messages
 * shared with them, and a way to write back or send more files. Every step runs as the
 * organisation named by the slug, so a reference of another organisation is as unknown as
 * a made-up one.
 */
@Injectable()
export class FollowUpService {
  constructor(
    private readonly tenant: IntakeTenant,
    private readonly db: TenantDb,
    private readonly keys: OrganizationKeysService,
    private readonly uploads: EvidenceUploadService,
    private readonly audit: AuditService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  open(slug: string, body: FollowUpSessionBody): Promise<FollowUpSession> {
    return this.tenant.run(slug, async () => {
      const now = new Date();
      const outcome = await this.db.transaction((tx) => this.tryCode(tx, body, now));
      if (outcome.kind === 'locked') {
        throw new AppError(
          'rate-limited',
          'Too many wrong codes for this reference; wait before trying again',
          {},
          {
            'retry-after': String(
              Math.max(1, Math.ceil((outcome.until.getTime() - now.getTime()) / 1000)),
            ),
          },
        );
      }
      if (outcome.kind === 'refused') throw refused();
      return outcome.session;
    });
  }

  /** Checks a code; a wrong one is counted (and commits) before the refusal is answered. */
  private async tryCode(
    tx: Tx,
    body: FollowUpSessionBody,
    now: Date,
  ): Promise<
    | { kind: 'refused' }
    | { kind: 'locked'; until: Date }
    | { kind: 'open'; session: FollowUpSession }
  > {
    const found = await tx.case.findFirst({
      where: { reference: body.reference },
      select: { id: true, followUpCredential: true },
    });
    const credential = found?.followUpCredential;
    if (!found || !credential) {
      sameHash(DECOY, followUpCodeHash(randomUUID(), body.code));
      return { kind: 'refused' };
    }
    // Row-locked, so that parallel guesses are each counted.
    await tx.$executeRaw`SELECT 1 FROM follow_up_credential WHERE case_id = ${found.id}::uuid FOR UPDATE`;
    const current = await tx.followUpCredential.findUniqueOrThrow({ where: { caseId: found.id } });
    if (current.lockedUntil && current.lockedUntil > now)
      return { kind: 'locked', until: current.lockedUntil };
    if (!sameHash(current.codeHash, followUpCodeHash(found.id, body.code))) {
      const failures = current.failures + 1;
      const locked = failures >= MAX_WRONG_CODES;
      await tx.followUpCredential.update({
        where: { caseId: found.id },
        data: locked
          ? { failures: 0, lockedUntil: new Date(now.getTime() + LOCK_MS) }
          : { failures },
      });
      await this.audit.record(tx, {
        action: locked ? 'follow-up.locked' : 'follow-up.code-refused',
        targetType: 'case',
        targetId: found.id,
        actorUserId: null,
      });
      return locked
        ? { kind: 'locked', until: new Date(now.getTime() + LOCK_MS) }
        : { kind: 'refused' };
    }
    if (current.failures > 0 || current.lockedUntil)
      await tx.followUpCredential.update({
        where: { caseId: found.id },
        data: { failures: 0, lockedUntil: null },
      });
    const token = newToken();
    const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
    await tx.followUpSession.create({
      data: {
        tokenHash: hashToken(token),
        organizationId: RequestContext.organizationId(),
        caseId: found.id,
        expiresAt,
      },
    });
    await this.audit.record(tx, {
      action: 'follow-up.session-started',
      targetType: 'case',
      targetId: found.id,
      actorUserId: null,
    });
    return { kind: 'open', session: { token, expiresAt: expiresAt.toISOString() } };
  }

  /** The case of a live session, its idle expiry pushed back; 401 when there is none. */
  private async sessionCase(tx: Tx, token: string | undefined): Promise<string> {
    if (!token) throw sessionEnded();
    const now = new Date();
    const tokenHash = hashToken(token);
    const session = await tx.followUpSession.findUnique({ where: { tokenHash } });
    if (!session || session.expiresAt <= now) throw sessionEnded();
    await tx.followUpSession.update({
      where: { tokenHash },
      data: { expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) },
    });
    return session.caseId;
  }

  view(slug: string, token: string | undefined): Promise<FollowUpView> {
    return this.tenant.run(slug, (organization) =>
      this.db.transaction(async (tx) => {
        const caseId = await this.sessionCase(tx, token);
        const found = await tx.case.findUniqueOrThrow({
          where: { id: caseId },
          select: { reference: true, status: true },
        });
        const rows = await tx.survivorMessage.findMany({
          where: { caseId },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        });
        const evidenceCount = await tx.evidenceItem.count({
          where: { caseId, uploaderLabel: { in: [INTAKE_UPLOADER, FOLLOW_UP_UPLOADER] } },
        });
        await this.audit.record(tx, {
          action: 'follow-up.viewed',
          targetType: 'case',
          targetId: caseId,
          actorUserId: null,
        });
        return {
          reference: found.reference,
          status: STATUS[found.status],
          messages: await Promise.all(rows.map((row) => this.messageView(tx, row))),
          evidenceCount,
          timeZone: organization.timeZone,
        };
      }),
    );
  }

  private async messageView(
    tx: Tx,
    row: { id: string; sender: string; textSealed: Uint8Array; createdAt: Date },
  ): Promise<FollowUpMessageView> {
    return {
      id: row.id,
      from: row.sender === 'HELPLINE' ? 'HELPLINE' : 'YOU',
      text: await this.keys.decrypt(tx, MESSAGE_FIELD, row.id, row.textSealed),
      at: row.createdAt.toISOString(),
    };
  }

  addMessage(slug: string, token: string | undefined, text: string): Promise<FollowUpMessageView> {
    return this.tenant.run(slug, () =>
      this.db.transaction(async (tx) => {
        const caseId = await this.sessionCase(tx, token);
        const id = randomUUID();
        const row = await tx.survivorMessage.create({
          data: {
            id,
            organizationId: RequestContext.organizationId(),
            caseId,
            sender: 'YOU',
            textSealed: Uint8Array.from(await this.keys.encrypt(tx, MESSAGE_FIELD, id, text)),
          },
        });
        await this.tellStaff(tx, caseId, { kind: 'survivor_message', id });
        await this.audit.record(tx, {
          action: 'follow-up.message-added',
          targetType: 'case',
          targetId: caseId,
          actorUserId: null,
          data: { messageId: id },
        });
        return this.messageView(tx, row);
      }),
    );
  }

  addEvidence(
    slug: string,
    token: string | undefined,
    request: FastifyRequest,
  ): Promise<FollowUpEvidenceReceipt> {
    return this.tenant.run(slug, async () => {
      // Checked before the body is read, so no file is stored for a session that has ended.
      await this.db.transaction((tx) => this.sessionCase(tx, token));
      const parts = await readIntakeParts<null, DetachedEvidence>(request, {
        isControl: () => true,
        maxFiles: this.config.INTAKE_MAX_FILES,
        gate: async (fields) => {
          const [name] = Object.keys(fields);
          if (name !== undefined) throw bodyError(name, 'send only files, in parts named file');
          return null;
        },
        skipFiles: () => false,
        stage: async (_gate, item, file) => {
          if (item !== 'file') throw bodyError(item, 'the file parts must be named file');
          const staged = await this.uploads.stageDetached(
            { uploader: { kind: 'anonymous', label: FOLLOW_UP_UPLOADER } },
            file,
            this.config.INTAKE_MAX_FILE_BYTES,
          );
          return admitSurvivorFile(item, staged);
        },
      });
      const { files } = parts;
      if (files.length === 0) throw bodyError('file', 'Choose at least one file to send');
      try {
        await this.db.transaction(async (tx) => {
          const caseId = await this.sessionCase(tx, token);
          const ids: string[] = [];
          for (const { staged } of files) ids.push((await staged.write(tx, { caseId })).id);
          await this.tellStaff(tx, caseId, { kind: 'evidence_item', id: ids[0]! });
          await this.audit.record(tx, {
            action: 'follow-up.evidence-added',
            targetType: 'case',
            targetId: caseId,
            actorUserId: null,
            data: { evidenceIds: ids },
          });
        });
      } catch (error) {
        await Promise.allSettled(files.map(({ staged }) => staged.discard()));
        throw error;
      }
      await Promise.all(files.map(({ staged }) => staged.committed()));
      return { received: files.length };
    });
  }

  close(slug: string, token: string | undefined): Promise<void> {
    return this.tenant.run(slug, async () => {
      if (!token) return;
      await this.db.transaction(async (tx) => {
        const tokenHash = hashToken(token);
        const session = await tx.followUpSession.findUnique({ where: { tokenHash } });
        if (!session) return;
        await tx.followUpSession.delete({ where: { tokenHash } });
        await this.audit.record(tx, {
          action: 'follow-up.session-ended',
          targetType: 'case',
          targetId: session.caseId,
          actorUserId: null,
        });
      });
    });
  }

  private async tellStaff(tx: Tx, caseId: string, source: { kind: string; id: string }) {
    const { reference } = await tx.case.findUniqueOrThrow({
      where: { id: caseId },
      select: { reference: true },
    });
    await notifySurvivorMessage(tx, {
      caseId,
      reference,
      webOrigin: this.config.WEB_ORIGIN,
      source,
    });
  }
}
