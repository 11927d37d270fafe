import { Inject, Injectable } from '@nestjs/common';
import { fileItems, type Form, type FormAnswers } from '@cairn/content';
import { IntakeControlFields, type IntakeReceipt } from '@cairn/contracts';
import type { FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { CaseOpener } from '../cases/case-opening.service';
import { ConsentsService } from '../cases/consents.service';
import { CONFIG } from '../core/config/config';
import { AppConfig } from '../core/config/config.schema';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import type { DetachedEvidence, IncomingFile } from '../evidence/evidence-upload.service';
import { EvidenceUploadService } from '../evidence/evidence-upload.service';
import { IncidentsService } from '../incidents/incidents.service';
import { OrganizationKeysService } from '../tenancy/organization-keys.service';
import { answersFromFields, checkAnswers } from './intake-answers';
import { caseFromSubmission } from './intake-case';
import { notifyNewIntakeCase } from './intake-emails';
import { IntakeForms, type FormRevision } from './intake-forms';
import { bodyError, printableName, readIntakeParts } from './intake-multipart';
import { IntakeRateLimits } from './intake-rate-limits';
import { ANSWERS_FIELD, INTAKE_UPLOADER } from './intake-routes';
import {
  derivedFollowUpCode,
  followUpCodeHash,
  idempotencyKeyHash,
  IntakeSecrets,
  sameHash,
} from './intake-secrets';
import { IntakeTenant, type IntakeOrganization } from './intake-tenant';
import { ProofOfWork, type SolvedChallenge } from './proof-of-work';
import { admitSurvivorFile } from './survivor-files';

/** What the control fields decided, before any file is stored. */
type Gate =
  | { kind: 'replay'; receipt: IntakeReceipt }
  | {
      kind: 'new';
      control: IntakeControlFields;
      revision: FormRevision;
      solved: SolvedChallenge | null;
      keyHash: Uint8Array<ArrayBuffer>;
      /** Files received so far under each file item. */
      counts: Map<string, number>;
    };

export interface SubmissionOutcome {
  /** False when the key was sent before: the first submission's receipt is given again. */
  created: boolean;
  receipt: IntakeReceipt;
}

function controlFields(raw: Record<string, string>): IntakeControlFields {
  const parsed = IntakeControlFields.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw AppError.validation(
    parsed.error.issues.map((issue) => ({
      in: 'body' as const,
      field: printableName(issue.path.map(String).join('.') || 'body'),
      message: issue.message,
    })),
  );
}

/**
 * A survivor's submission of an intake form: checked before any file is kept (control
 * fields, honeypot, the key sent before, the form's revision, the proof of work, the rate
 * limits), its files stored in the vault as they arrive, its answers checked against the
 * revision it was filled from, and then one transaction that opens the case with its
 * incident, consents, safe contact, evidence, follow-up code, staff email and audit event.
 */
@Injectable()
export class IntakeSubmissionService {
  constructor(
    private readonly tenant: IntakeTenant,
    private readonly db: TenantDb,
    private readonly forms: IntakeForms,
    private readonly proofOfWork: ProofOfWork,
    private readonly rateLimits: IntakeRateLimits,
    private readonly secrets: IntakeSecrets,
    private readonly uploads: EvidenceUploadService,
    private readonly opener: CaseOpener,
    private readonly incidents: IncidentsService,
    private readonly consents: ConsentsService,
    private readonly keys: OrganizationKeysService,
    private readonly audit: AuditService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  challenge(slug: string) {
    return this.tenant.run(slug, () => this.proofOfWork.challenge());
  }

  submit(
    slug: string,
    formId: string,
    request: FastifyRequest,
    clientAddress: string,
  ): Promise<SubmissionOutcome> {
    return this.tenant.run(slug, async (organization) => {
      const now = new Date();
      const parts = await readIntakeParts<Gate, DetachedEvidence>(request, {
        isControl: (name) => name.startsWith('_'),
        maxFiles: this.config.INTAKE_MAX_FILES,
        gate: (control) => this.gate(formId, control, clientAddress, now),
        skipFiles: (gate) => gate.kind === 'replay',
        stage: (gate, item, file) => this.stage(gate, item, file),
      });
      const { gate, files } = parts;
      if (gate.kind === 'replay') return { created: false, receipt: gate.receipt };
      let outcome: SubmissionOutcome;
      try {
        const { form } = gate.revision;
        const answers = checkAnswers(form, answersFromFields(form, parts.fields));
        for (const item of fileItems(form))
          if (item.required && !gate.counts.get(item.name))
            throw bodyError(item.name, 'Choose a file to send');
        outcome = await this.db.transaction((tx) =>
          this.write(tx, { organization, gate, form, answers, files, now }),
        );
      } catch (error) {
        await Promise.allSettled(files.map(({ staged }) => staged.discard()));
        throw error;
      }
      if (outcome.created) await Promise.all(files.map(({ staged }) => staged.committed()));
      else await Promise.allSettled(files.map(({ staged }) => staged.discard()));
      return outcome;
    });
  }

  private async gate(
    formId: string,
    raw: Record<string, string>,
    clientAddress: string,
    now: Date,
  ): Promise<Gate> {
    const control = controlFields(raw);
    // People never see the field; what fills it is a program filling every field it finds.
    if (control._website.trim() !== '')
      throw new AppError('intake-refused', 'The form could not be accepted as sent');
    const keyHash = idempotencyKeyHash(control._key);
    const found = await this.db.transaction(async (tx) => {
      const receipt = await this.replay(tx, keyHash, control._key);
      if (receipt) return { receipt };
      return { revision: await this.forms.revision(tx, control._locale, formId, control._version) };
    });
    if (found.receipt) return { kind: 'replay', receipt: found.receipt };
    const { revision } = found as { revision: FormRevision };
    const solved = await this.proofOfWork.check(control._altcha);
    await this.rateLimits.hit(formId, clientAddress, solved !== null, now);
    return { kind: 'new', control, revision, solved, keyHash, counts: new Map() };
  }

  private async stage(gate: Gate, item: string, file: IncomingFile): Promise<DetachedEvidence> {
    if (gate.kind !== 'new') throw new Error('files of a repeated submission are not kept');
    const fileItem = fileItems(gate.revision.form).find((candidate) => candidate.name === item);
    if (!fileItem) throw bodyError(item, 'This form takes no file here');
    const count = (gate.counts.get(item) ?? 0) + 1;
    if (count > 1 && fileItem.multiple === false) throw bodyError(item, 'Send one file here');
    gate.counts.set(item, count);
    let staged: DetachedEvidence;
    try {
      staged = await this.uploads.stageDetached(
        { uploader: { kind: 'anonymous', label: INTAKE_UPLOADER } },
        file,
        this.config.INTAKE_MAX_FILE_BYTES,
      );
    } catch (error) {
      // The upload's own refusals name its `file` part; here the part is the item.
      if (error instanceof AppError && error.code === 'validation-failed')
        throw bodyError(item, error.detail?.replace(/^file: /, '') ?? 'the file could not be read');
      throw error;
    }
    return admitSurvivorFile(item, staged);
  }

  /**
   * The receipt of a submission already made with this key, if any. The replay is for a
   * survivor whose connection dropped after sending: they press the button again and get
   * the code they never saw. Once staff have issued a new code (`IntakeStaffService.newCode`,
   * usually because the first one was lost or seen by someone else), the code derived from
   * the key no longer opens anything, and the new one goes only through the helpline: a key
   * can sit in a browser's saved form on a shared device. So the replay then gives the
   * reference and no code (`followUpCode: null`), and the page says the helpline replaced it.
   */
  private async replay(
    tx: Tx,
    keyHash: Uint8Array<ArrayBuffer>,
    key: string,
  ): Promise<IntakeReceipt | null> {
    const previous = await tx.intakeSubmission.findUnique({
      where: {
        organizationId_keyHash: { organizationId: RequestContext.organizationId(), keyHash },
      },
      select: {
        caseId: true,
        verified: true,
        case: { select: { reference: true, followUpCredential: { select: { codeHash: true } } } },
      },
    });
    if (!previous) return null;
    const derived = derivedFollowUpCode(await this.secrets.codeKey(tx), key);
    const current = previous.case.followUpCredential?.codeHash;
    const stillValid =
      current !== undefined && sameHash(current, followUpCodeHash(previous.caseId, derived));
    return {
      reference: previous.case.reference,
      followUpCode: stillValid ? derived : null,
      verified: previous.verified,
    };
  }

  private async write(
    tx: Tx,
    input: {
      organization: IntakeOrganization;
      gate: Extract<Gate, { kind: 'new' }>;
      form: Form;
      answers: FormAnswers;
      files: { item: string; staged: DetachedEvidence }[];
      now: Date;
    },
  ): Promise<SubmissionOutcome> {
    const { organization, gate, form, answers, files, now } = input;
    const { control } = gate;
    // Two presses of the button take turns here; the second finds the first's submission.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`intake:${organization.id}:${Buffer.from(gate.keyHash).toString('hex')}`}, 0))`;
    const replay = await this.replay(tx, gate.keyHash, control._key);
    if (replay) return { created: false, receipt: replay };

    const opened = caseFromSubmission({
      form,
      answers,
      locale: control._locale,
      control,
      timeZone: organization.timeZone,
      now,
    });
    const caseId = randomUUID();
    const submissionId = randomUUID();
    const verified = gate.solved ? await this.proofOfWork.redeem(tx, gate.solved) : false;
    const { reference } = await this.opener.open(tx, {
      id: caseId,
      body: opened.body,
      source: 'INTAKE',
      unverified: !verified,
      createdById: null,
    });
    const incident = await this.incidents.addIn(tx, caseId, opened.incident, null);
    for (const scope of opened.consents) {
      await this.consents.recordIn(
        tx,
        caseId,
        { scope, givenAt: now.toISOString(), note: 'Ticked on the intake form' },
        null,
      );
    }
    const evidence: Record<string, string[]> = {};
    for (const { item, staged } of files) {
      const view = await staged.write(tx, { caseId, incidentId: incident.id });
      (evidence[item] ??= []).push(view.id);
    }
    const sealed = await this.keys.encrypt(
      tx,
      ANSWERS_FIELD,
      submissionId,
      JSON.stringify({ ...answers, ...evidence }),
    );
    await tx.intakeSubmission.create({
      data: {
        id: submissionId,
        organizationId: organization.id,
        caseId,
        formId: form.id,
        locale: control._locale,
        version: gate.revision.version,
        verified,
        danger: control._danger === 'yes',
        answersSealed: Uint8Array.from(sealed),
        keyHash: gate.keyHash,
        evidenceIds: Object.values(evidence).flat(),
      },
    });
    const followUpCode = derivedFollowUpCode(await this.secrets.codeKey(tx), control._key);
    await tx.followUpCredential.create({
      data: {
        caseId,
        organizationId: organization.id,
        codeHash: followUpCodeHash(caseId, followUpCode),
      },
    });
    await notifyNewIntakeCase(tx, {
      caseId,
      reference,
      webOrigin: this.config.WEB_ORIGIN,
      source: { kind: 'intake_submission', id: submissionId },
    });
    await this.audit.record(tx, {
      action: 'intake.submitted',
      targetType: 'case',
      targetId: caseId,
      actorUserId: null,
      data: {
        submissionId,
        formId: form.id,
        locale: control._locale,
        version: gate.revision.version,
        verified,
        evidenceIds: Object.values(evidence).flat(),
      },
    });
    return { created: true, receipt: { reference, followUpCode, verified } };
  }
}
