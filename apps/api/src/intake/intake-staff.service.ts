import { Injectable } from '@nestjs/common';
import { answerableItems, fileItems, type Form } from '@cairn/content';
import type {
  FollowUpCodeView,
  IntakeAnswerView,
  IntakeView,
  SurvivorMessageListView,
  SurvivorMessageView,
} from '@cairn/contracts';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { CaseAccess } from '../cases/case-access.service';
import { personRef, PERSON_SELECT } from '../cases/person';
import { RequestContext } from '../core/context/request-context';
import type { Tx } from '../core/database/prisma.service';
import { TenantDb } from '../core/database/tenant-db';
import { AppError } from '../core/errors/app-error';
import { OrganizationKeysService } from '../tenancy/organization-keys.service';
import { IntakeForms } from './intake-forms';
import { ANSWERS_FIELD, MESSAGE_FIELD } from './intake-routes';
import { followUpCodeHash, randomFollowUpCode } from './intake-secrets';

type MessageRow = {
  id: string;
  sender: string;
  textSealed: Uint8Array;
  createdAt: Date;
  author: { id: string; displayName: string } | null;
};

const YES_NO: Record<string, [string, string]> = { fr: ['Oui', 'Non'], en: ['Yes', 'No'] };

/** An answer as display text, in the form's own words (choices by their labels). */
function display(form: Form, name: string, value: unknown): string {
  const item = [...answerableItems(form), ...fileItems(form)].find((entry) => entry.name === name);
  const [yes, no] = YES_NO[form.locale.slice(0, 2)] ?? YES_NO.en!;
  if (!item) return typeof value === 'string' ? value : JSON.stringify(value);
  switch (item.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const values = Array.isArray(value) ? value : [value];
      return values
        .map(
          (entry) =>
            item.options.find((option) => option.value === String(entry).trim())?.label ??
            String(entry),
        )
        .join(', ');
    }
    case 'consent':
      return value === true ? yes : no;
    case 'file':
      return `${Array.isArray(value) ? value.length : 0}`;
    case 'safe_contact': {
      const contact = value as {
        channels: string[];
        times: string;
        details: string;
        never: string;
      };
      return [contact.channels.join(', '), contact.times, contact.details, contact.never]
        .filter((part) => part.trim() !== '')
        .join('\n');
    }
    default:
      return String(value);
  }
}

/**
 * What staff do with intake on a case they may see: read the submission, issue a new
 * follow-up code (the old one stops working, sessions end, a lock lifts) and keep the thread
 * of messages shared with the survivor.
 */
@Injectable()
export class IntakeStaffService {
  constructor(
    private readonly db: TenantDb,
    private readonly access: CaseAccess,
    private readonly forms: IntakeForms,
    private readonly keys: OrganizationKeysService,
    private readonly audit: AuditService,
  ) {}

  newCode(caseId: string): Promise<FollowUpCodeView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      const code = randomFollowUpCode();
      const fields = {
        codeHash: followUpCodeHash(caseId, code),
        failures: 0,
        lockedUntil: null,
        issuedAt: new Date(),
        issuedById: actor.userId,
      };
      await tx.followUpCredential.upsert({
        where: { caseId },
        create: { caseId, organizationId: actor.organizationId, ...fields },
        update: fields,
      });
      // Whoever held the old code is signed out with it.
      await tx.followUpSession.deleteMany({ where: { caseId } });
      await this.audit.record(tx, {
        action: 'follow-up.code-issued',
        targetType: 'case',
        targetId: caseId,
      });
      return { code };
    });
  }

  listMessages(caseId: string): Promise<SurvivorMessageListView> {
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      const rows = await tx.survivorMessage.findMany({
        where: { caseId },
        include: { author: PERSON_SELECT },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      await this.audit.record(tx, {
        action: 'case.viewed',
        targetType: 'case',
        targetId: caseId,
        data: { section: 'survivor-messages' },
      });
      return { items: await Promise.all(rows.map((row) => this.view(tx, row))) };
    });
  }

  share(caseId: string, text: string): Promise<SurvivorMessageView> {
    const actor = RequestContext.requireActor();
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      const id = randomUUID();
      const row = await tx.survivorMessage.create({
        data: {
          id,
          organizationId: actor.organizationId,
          caseId,
          sender: 'HELPLINE',
          textSealed: Uint8Array.from(await this.keys.encrypt(tx, MESSAGE_FIELD, id, text)),
          authorId: actor.userId,
        },
        include: { author: PERSON_SELECT },
      });
      await this.audit.record(tx, {
        action: 'case.survivor-message-shared',
        targetType: 'case',
        targetId: caseId,
        data: { messageId: id },
      });
      return this.view(tx, row);
    });
  }

  private async view(tx: Tx, row: MessageRow): Promise<SurvivorMessageView> {
    return {
      id: row.id,
      from: row.sender === 'HELPLINE' ? 'HELPLINE' : 'YOU',
      text: await this.keys.decrypt(tx, MESSAGE_FIELD, row.id, row.textSealed),
      at: row.createdAt.toISOString(),
      author: personRef(row.author),
    };
  }

  intake(caseId: string): Promise<IntakeView> {
    return this.db.transaction(async (tx) => {
      await this.access.requireVisible(tx, caseId);
      const submission = await tx.intakeSubmission.findUnique({ where: { caseId } });
      if (!submission) throw AppError.notFound('intake');
      const answers = JSON.parse(
        await this.keys.decrypt(tx, ANSWERS_FIELD, submission.id, submission.answersSealed),
      ) as Record<string, unknown>;
      const form = await this.forms.current(
        tx,
        submission.locale,
        submission.formId,
        submission.version,
      );
      await this.audit.record(tx, {
        action: 'case.viewed',
        targetType: 'case',
        targetId: caseId,
        data: { section: 'intake' },
      });
      return {
        formId: submission.formId,
        formTitle: form?.title ?? submission.formId,
        locale: submission.locale,
        version: submission.version,
        verified: submission.verified,
        danger: submission.danger,
        submittedAt: submission.createdAt.toISOString(),
        answers: form ? this.answersOf(form, answers) : this.unlabelled(answers),
        files: submission.evidenceIds,
      };
    });
  }

  /** In the form's order, with its labels; answers left empty are left out. */
  private answersOf(form: Form, answers: Record<string, unknown>): IntakeAnswerView[] {
    const items = form.screens.flatMap((screen) => screen.items);
    return items.flatMap((item) => {
      if (item.type === 'label' || !item.name || !Object.hasOwn(answers, item.name)) return [];
      const value = display(form, item.name, answers[item.name]);
      if (value.trim() === '') return [];
      return [{ name: item.name, label: item.label ?? item.name, type: item.type, value }];
    });
  }

  /** When the revision can no longer be read: the answers by item name. */
  private unlabelled(answers: Record<string, unknown>): IntakeAnswerView[] {
    return Object.entries(answers).map(([name, value]) => ({
      name,
      label: name,
      type: 'unknown',
      value: typeof value === 'string' ? value : JSON.stringify(value),
    }));
  }
}
