import 'server-only';
import type { NextRequest } from 'next/server';
import { forwardedFor } from '../api/client-address';
import { readProblem } from '../forms/form-state';
import { INTAKE_ASSETS } from '../guide/assets/guide-assets';
import { organizationSite } from '../guide/sites';
import { knownRegion } from './emergency-numbers';
import { IntakeReceipt } from '@cairn/contracts';
import { postSubmission, validSlug, type ApiAnswer } from './intake-api';
import { fieldErrorsOf, pageField, waitWords } from './intake-problems';
import {
  intakeDocument,
  intakeFormPage,
  problemPage,
  receiptPage,
  type IntakeContext,
} from './intake-page';
import { intakeFormPath } from './intake-paths';
import { formContext, intakeResponse, newSubmissionKey } from './serve-intake';
import { tapTypedFields, type TypedFields } from './typed-fields';

type Outcome =
  | { kind: 'sent'; html: string }
  | { kind: 'fix'; errors: Map<string, string>; html: string }
  | { kind: 'page'; status: number; html: string };

function valuesWithoutControls(typed: TypedFields): Map<string, string[]> {
  return new Map([...typed.values].filter(([name]) => !name.startsWith('_')));
}

async function formAgain(
  context: IntakeContext,
  typed: TypedFields,
  {
    errors = new Map<string, string>(),
    problem,
  }: { errors?: Map<string, string>; problem?: string },
): Promise<string> {
  const danger = typed.values.get('_danger')?.[0] === 'yes' ? 'yes' : 'no';
  const key = typed.values.get('_key')?.[0] ?? newSubmissionKey();
  const page = await intakeFormPage(context, INTAKE_ASSETS, {
    danger,
    region: knownRegion(typed.values.get('_country')?.[0]),
    values: valuesWithoutControls(typed),
    errors,
    resent: typed.files.size > 0,
    // The same key: a form that did reach the API is then not made twice by a second send.
    key,
    ...(problem !== undefined && { problem }),
  });
  return intakeDocument(context, INTAKE_ASSETS, page);
}

async function outcomeOf(
  context: IntakeContext,
  answer: ApiAnswer,
  typed: TypedFields,
): Promise<Outcome> {
  const { messages, locale } = context;
  const page = (
    status: number,
    content: { title: string; body: import('../guide/html/html').Html },
  ) => ({
    kind: 'page' as const,
    status,
    html: intakeDocument(context, INTAKE_ASSETS, content),
  });
  if (answer.status === 200 || answer.status === 201) {
    const receipt = IntakeReceipt.safeParse(answer.body);
    if (receipt.success)
      return {
        kind: 'sent',
        html: intakeDocument(context, INTAKE_ASSETS, receiptPage(context, receipt.data)),
      };
  }
  const problem = readProblem(answer.body);
  if (answer.status === 409) {
    return page(
      409,
      problemPage(context, {
        title: messages.formChanged,
        sentence: messages.formChangedBody,
        link: {
          href: intakeFormPath(context.site, locale, context.form.id),
          label: messages.formChangedAgain,
        },
      }),
    );
  }
  if (answer.status === 429) {
    const wait = waitWords(locale, answer.retryAfter);
    const sentence = wait ? messages.tooMany(wait) : messages.tooManySoon;
    return {
      kind: 'page',
      status: 429,
      html: await formAgain(context, typed, { problem: sentence }),
    };
  }
  if (answer.status === 413)
    return {
      kind: 'page',
      status: 413,
      html: await formAgain(context, typed, { problem: messages.tooLarge }),
    };
  // The helpline stopped taking the form after the page was shown: what was typed stays.
  if (answer.status === 404 && problem?.code === 'form-not-offered')
    return {
      kind: 'page',
      status: 404,
      html: await formAgain(context, typed, { problem: messages.notOfferedSent }),
    };
  if (answer.status === 400 && problem?.code === 'intake-refused')
    return page(400, problemPage(context, { title: messages.notSent, sentence: messages.refused }));
  if (answer.status === 400 || answer.status === 422) {
    const errors = fieldErrorsOf(
      messages,
      (problem?.errors ?? []).filter((error) => !pageField(error.field).startsWith('_')),
    );
    if (errors.size > 0)
      return { kind: 'fix', errors, html: await formAgain(context, typed, { errors }) };
    return {
      kind: 'page',
      status: 400,
      html: await formAgain(context, typed, { problem: messages.refused }),
    };
  }
  return {
    kind: 'page',
    status: 503,
    html: await formAgain(context, typed, { problem: messages.unavailable }),
  };
}

function json(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}

/**
 * A sent form (multipart POST to the form's own address): its body goes on to the API as it
 * arrives, and the answer is a page, the receipt or the form again with what to fix. The
 * page's script asks for JSON instead (`Accept: application/json`), to show field errors
 * without losing the files it still holds.
 */
export async function submitIntake(
  request: NextRequest,
  { slug, locale, id }: { slug: string; locale: string; id: string },
): Promise<Response> {
  const wantsJson = request.headers.get('accept')?.includes('application/json') ?? false;
  const site = validSlug(slug) ? await organizationSite(slug).catch(() => undefined) : undefined;
  const context = site && formContext(site, locale, id);
  if (!context)
    return new Response('Not found\n', { status: 404, headers: { 'cache-control': 'no-store' } });

  const contentType = request.headers.get('content-type') ?? '';
  if (!request.body || !contentType.toLowerCase().startsWith('multipart/form-data'))
    return new Response('Send the form from its page.\n', { status: 415 });

  const tap = tapTypedFields(contentType);
  let answer: ApiAnswer;
  try {
    answer = await postSubmission(slug, id, {
      body: request.body.pipeThrough(tap.stream),
      contentType,
      forwardedFor: forwardedFor(request.headers.get('x-forwarded-for')),
    });
  } catch (error) {
    console.error('intake: the API could not be reached for a submission', error);
    answer = { status: 503, body: undefined };
  }
  const outcome = await outcomeOf(context, answer, await tap.fields());

  if (wantsJson) {
    if (outcome.kind === 'fix')
      return json({ outcome: 'fix', errors: Object.fromEntries(outcome.errors) }, 400);
    return json(
      { outcome: outcome.kind, page: outcome.html },
      outcome.kind === 'sent' ? 200 : outcome.status,
    );
  }
  if (outcome.kind === 'sent') return intakeResponse(outcome.html);
  return intakeResponse(outcome.html, outcome.kind === 'fix' ? 400 : outcome.status);
}
