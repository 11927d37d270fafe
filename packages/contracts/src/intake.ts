import { z } from 'zod';
import { IdParams, OrgSlug, Timestamp, Uuid } from './common';
import { PersonRef } from './cases';
import { defineRoute } from './route';
import { multiLineText, singleLineText } from './text';

/*
 * Survivor intake: a survivor sends an organisation's intake form without an account, gets
 * the case reference and a follow-up code, and later follows the case up with both. The
 * public routes name the organisation by its slug; the staff routes are the case's.
 */

// ---------------------------------------------------------------------------------------
// Vocabularies

/** A guide document's id: the file name's id (`f_incident-record.yml` is `incident-record`). */
export const IntakeFormId = singleLineText(100, { min: 1, trim: false }).regex(
  /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  'Use the form id: lowercase letters, digits and inner hyphens',
);

/** A guide locale (`en`, `fr`, `ar`, `pt-BR`). */
export const IntakeLocale = singleLineText(20, { min: 1, trim: false }).regex(
  /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
  'Use a language code such as fr',
);

/** The content address of a form's source: the first 16 hex characters of its SHA-256. */
export const FormVersion = singleLineText(16, { trim: false }).regex(
  /^[0-9a-f]{16}$/,
  'Send the version the form was shown with (16 hexadecimal characters)',
);

/** Made once per page render, so a second press of the button is known for what it is. */
export const IdempotencyKey = singleLineText(64, { trim: false }).regex(
  /^[A-Za-z0-9_-]{22,64}$/,
  'Send the key the form was shown with (22 to 64 letters, digits, - or _)',
);

/**
 * The follow-up code as a survivor may type it: 16 letters and digits, in any case, with or
 * without the hyphens and spaces it is shown with; letters that look like digits are read
 * as those digits. Normalised to the shown form, `ABCD-EFGH-JKMN-PQRS`.
 */
export const FollowUpCode = singleLineText(40, { min: 1 })
  .transform((value) =>
    value.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0'),
  )
  .pipe(
    z
      .string()
      .regex(/^[0-9A-HJKMNP-TV-Z]{16}$/, 'Enter the 16-character code you were given')
      .transform((code) => code.match(/.{4}/g)!.join('-')),
  );

/** A case reference as a survivor may type it (`CASE-2026-0042`), upper-cased. */
export const CaseReferenceInput = singleLineText(40, { min: 1 })
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9-]+$/, 'Enter the case reference you were given'));

/** What a survivor sees of where their case stands; a caseworker's statuses mapped coarsely. */
export const FollowUpStatus = z.enum(['RECEIVED', 'IN_PROGRESS', 'WAITING_FOR_YOU', 'CLOSED']);
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;

/** Who wrote a message of the survivor thread, from the survivor's side. */
export const SurvivorMessageFrom = z.enum(['HELPLINE', 'YOU']);
export type SurvivorMessageFrom = z.infer<typeof SurvivorMessageFrom>;

// ---------------------------------------------------------------------------------------
// Requests

export const IntakeSlugParams = z.strictObject({ slug: OrgSlug });
export type IntakeSlugParams = z.infer<typeof IntakeSlugParams>;

export const IntakeFormParams = z.strictObject({ slug: OrgSlug, formId: IntakeFormId });
export type IntakeFormParams = z.infer<typeof IntakeFormParams>;

/**
 * The control fields of a submission, sent first in its multipart body (the answers and the
 * files follow, under the form's item names). The honeypot and the proof of work are read
 * as sent and judged by the service, so a bot learns nothing from a field error.
 */
export const IntakeControlFields = z.strictObject({
  _locale: IntakeLocale,
  _version: FormVersion,
  _key: IdempotencyKey,
  /** The answer to "are you in immediate danger?" asked before the form. */
  _danger: z.enum(['yes', 'no']).default('no'),
  /** The region whose emergency numbers were shown; empty when none was chosen. */
  _country: z
    .string()
    .regex(/^(?:[A-Za-z]{2})?$/, 'Use a two-letter country code such as FR')
    .transform((code) => code.toUpperCase())
    .default(''),
  /** Hidden from people; filled by bots. Must be empty. */
  _website: z.string().max(2_000).default(''),
  /** The proof-of-work widget's payload (base64 JSON); absent when scripts are off. */
  _altcha: z.string().max(4_000).optional(),
});
export type IntakeControlFields = z.infer<typeof IntakeControlFields>;

/** An answer as multipart carries it: a text, or a text per repeated field. */
const AnswerField = z.union([z.string(), z.array(z.string())]);

/** The submission's text fields for the OpenAPI document: the control fields, then the answers. */
export const IntakeSubmissionFields = IntakeControlFields.catchall(AnswerField);

export const FollowUpSessionBody = z.strictObject({
  reference: CaseReferenceInput,
  code: FollowUpCode,
});
export type FollowUpSessionBody = z.infer<typeof FollowUpSessionBody>;

const MessageText = multiLineText(5_000, { min: 1 });

/** A message the survivor adds from the follow-up page. */
export const FollowUpMessageBody = z.strictObject({ text: MessageText });
export type FollowUpMessageBody = z.infer<typeof FollowUpMessageBody>;

/** A message a caseworker shares with the survivor. */
export const SurvivorMessageBody = z.strictObject({ text: MessageText });
export type SurvivorMessageBody = z.infer<typeof SurvivorMessageBody>;

// ---------------------------------------------------------------------------------------
// Answers

/** An altcha challenge (altcha-lib's shape): the browser solves it and sends the payload back. */
export const IntakeChallengeView = z.object({
  algorithm: z.string(),
  challenge: z.string(),
  maxnumber: z.number().int(),
  salt: z.string(),
  signature: z.string(),
});
export type IntakeChallengeView = z.infer<typeof IntakeChallengeView>;

/**
 * What the survivor is shown once: the case reference and the follow-up code. Only the
 * code's hash is kept; the same idempotency key gets the same receipt back, except that once
 * staff have issued a new code the key's code is no longer given (it would not work, and the
 * new one is passed on by the helpline only).
 */
export const IntakeReceipt = z.object({
  reference: z.string(),
  /** Null on a repeated submission when the helpline has since replaced the code. */
  followUpCode: z.string().nullable(),
  /** The proof of work was solved; false marks the case for review (scripts were off). */
  verified: z.boolean(),
});
export type IntakeReceipt = z.infer<typeof IntakeReceipt>;

export const FollowUpSession = z.object({
  /** Sent back as `Authorization: Bearer <token>`; ends after 30 minutes without use. */
  token: z.string(),
  expiresAt: Timestamp,
});
export type FollowUpSession = z.infer<typeof FollowUpSession>;

/** A message of the survivor thread as the survivor sees it. */
export const FollowUpMessageView = z.object({
  id: Uuid,
  from: SurvivorMessageFrom,
  text: z.string(),
  at: Timestamp,
});
export type FollowUpMessageView = z.infer<typeof FollowUpMessageView>;

export const FollowUpView = z.object({
  reference: z.string(),
  status: FollowUpStatus,
  /** Oldest first. */
  messages: z.array(FollowUpMessageView),
  evidenceCount: z.number().int(),
  /** The organisation's time zone, to show times as the helpline speaks of them. */
  timeZone: z.string(),
});
export type FollowUpView = z.infer<typeof FollowUpView>;

export const FollowUpEvidenceReceipt = z.object({ received: z.number().int() });
export type FollowUpEvidenceReceipt = z.infer<typeof FollowUpEvidenceReceipt>;

/** A new follow-up code, shown once to the caseworker who passes it on. */
export const FollowUpCodeView = z.object({ code: z.string() });
export type FollowUpCodeView = z.infer<typeof FollowUpCodeView>;

/** A message of the survivor thread as staff see it. */
export const SurvivorMessageView = FollowUpMessageView.extend({
  /** The staff member who shared it; null for the survivor's own messages. */
  author: PersonRef.nullable(),
});
export type SurvivorMessageView = z.infer<typeof SurvivorMessageView>;

export const SurvivorMessageListView = z.object({ items: z.array(SurvivorMessageView) });
export type SurvivorMessageListView = z.infer<typeof SurvivorMessageListView>;

/** One answer of a submission, as the form showed it. */
export const IntakeAnswerView = z.object({
  name: z.string(),
  label: z.string(),
  type: z.string(),
  /** The answer as display text (choices by their labels, consents as yes/no). */
  value: z.string(),
});
export type IntakeAnswerView = z.infer<typeof IntakeAnswerView>;

export const IntakeView = z.object({
  formId: z.string(),
  formTitle: z.string(),
  locale: z.string(),
  version: z.string(),
  verified: z.boolean(),
  danger: z.boolean(),
  submittedAt: Timestamp,
  answers: z.array(IntakeAnswerView),
  /** The evidence items the submission's files became. */
  files: z.array(Uuid),
});
export type IntakeView = z.infer<typeof IntakeView>;

// ---------------------------------------------------------------------------------------
// Routes

const publicBase = { tag: 'intake', auth: 'public' } as const;
const staffBase = { tag: 'intake', auth: 'staff' } as const;
const followUpAuth = ' Send the follow-up session token as `Authorization: Bearer <token>`.';

export const intakeRoutes = {
  challenge: defineRoute({
    ...publicBase,
    method: 'GET',
    path: '/public/intake/{slug}/challenge',
    summary: 'A proof-of-work challenge for an intake form (altcha); expires within the hour.',
    params: IntakeSlugParams,
    response: IntakeChallengeView,
  }),
  submit: defineRoute({
    ...publicBase,
    method: 'POST',
    path: '/public/intake/{slug}/forms/{formId}/submissions',
    summary:
      'Send an intake form (multipart/form-data as a browser sends it: control fields, ' +
      'answers by item name, then files under the file items’ names). 201 with the receipt; ' +
      '200 with the same receipt for a key already sent; 409 form-changed when the form ' +
      'has changed since it was shown; 429 over the rate limit.',
    params: IntakeFormParams,
    upload: { fields: IntakeSubmissionFields, files: 'any' },
    response: IntakeReceipt,
  }),
  openFollowUp: defineRoute({
    ...publicBase,
    method: 'POST',
    path: '/public/follow-up/{slug}/sessions',
    summary:
      'Start a follow-up session with the case reference and code. 401 for a wrong ' +
      'reference or code alike; 429 while a reference is locked after repeated wrong codes.',
    params: IntakeSlugParams,
    body: FollowUpSessionBody,
    response: FollowUpSession,
  }),
  followUp: defineRoute({
    ...publicBase,
    method: 'GET',
    path: '/public/follow-up/{slug}',
    summary: `Where the case stands and the messages shared with the survivor.${followUpAuth}`,
    params: IntakeSlugParams,
    response: FollowUpView,
  }),
  addFollowUpMessage: defineRoute({
    ...publicBase,
    method: 'POST',
    path: '/public/follow-up/{slug}/messages',
    summary: `Send the helpline a message.${followUpAuth}`,
    params: IntakeSlugParams,
    body: FollowUpMessageBody,
    response: FollowUpMessageView,
  }),
  addFollowUpEvidence: defineRoute({
    ...publicBase,
    method: 'POST',
    path: '/public/follow-up/{slug}/evidence',
    summary: `Add files to the case (multipart/form-data, one or more parts named file).${followUpAuth}`,
    params: IntakeSlugParams,
    upload: { file: 'file', fields: z.strictObject({}), files: 'many' },
    response: FollowUpEvidenceReceipt,
  }),
  closeFollowUp: defineRoute({
    ...publicBase,
    method: 'DELETE',
    path: '/public/follow-up/{slug}/session',
    summary: `End the follow-up session.${followUpAuth}`,
    params: IntakeSlugParams,
    status: 204,
  }),
  newFollowUpCode: defineRoute({
    ...staffBase,
    method: 'POST',
    path: '/cases/{id}/follow-up-code',
    summary:
      'Give the survivor a new follow-up code (shown once): the old one stops working and ' +
      'a lock after wrong codes is lifted.',
    permission: 'cases.write',
    params: IdParams,
    response: FollowUpCodeView,
  }),
  listSurvivorMessages: defineRoute({
    ...staffBase,
    method: 'GET',
    path: '/cases/{id}/survivor-messages',
    summary: 'The messages shared with the survivor and theirs, oldest first.',
    permission: 'cases.read',
    params: IdParams,
    response: SurvivorMessageListView,
  }),
  shareSurvivorMessage: defineRoute({
    ...staffBase,
    method: 'POST',
    path: '/cases/{id}/survivor-messages',
    summary: 'Share a message with the survivor; they read it on the follow-up page.',
    permission: 'cases.write',
    params: IdParams,
    body: SurvivorMessageBody,
    response: SurvivorMessageView,
  }),
  intake: defineRoute({
    ...staffBase,
    method: 'GET',
    path: '/cases/{id}/intake',
    summary: 'The intake submission a case came from, answers as the form showed them.',
    permission: 'cases.read',
    params: IdParams,
    response: IntakeView,
  }),
} as const;
