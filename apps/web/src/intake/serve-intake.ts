import 'server-only';
import { randomBytes } from 'node:crypto';
import type { NextRequest } from 'next/server';
import { INTAKE_CONTENT_SECURITY_POLICY, PRIVATE_PAGE_HEADERS } from '../security/headers';
import { INTAKE_ASSETS } from '../guide/assets/guide-assets';
import { Lru } from '../guide/lru';
import type { GuideSite } from '../guide/site';
import { knownRegion } from './emergency-numbers';
import {
  dangerPage,
  intakeContext,
  intakeDocument,
  intakeFormPage,
  KEY_MARKER,
  notOfferedPage,
  type IntakeContext,
} from './intake-page';

/** A fresh idempotency key for one render of the form: a double submit of it makes one case. */
export function newSubmissionKey(): string {
  return randomBytes(24).toString('base64url');
}

/** An intake page's answer: never kept by a browser or a cache, and it may send to this host. */
export function intakeResponse(body: string, status = 200): Response {
  return new Response(body, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': INTAKE_CONTENT_SECURITY_POLICY,
      ...PRIVATE_PAGE_HEADERS,
    },
  });
}

/**
 * Rendered forms, kept per guide version like the guide's pages, split where the per-render
 * key goes: the key is the only part that differs between two readers of the same form.
 * Their number is bounded: two danger answers times the regions offered, per form and locale.
 */
const kept = new Lru<{ site: WeakRef<GuideSite>; parts: [string, string] }>({
  maxEntries: 1000,
  maxBytes: 16 * 1024 * 1024,
  sizeOf: ({ parts }) => parts[0].length + parts[1].length,
});

async function keptForm(
  context: IntakeContext,
  path: string,
  danger: 'yes' | 'no',
  region: string | undefined,
): Promise<[string, string]> {
  const cacheKey = `${path}?${danger}&${region ?? ''}`;
  const hit = kept.get(cacheKey);
  if (hit?.site.deref() === context.site) return hit.parts;
  const page = await intakeFormPage(context, INTAKE_ASSETS, {
    danger,
    region,
    values: new Map(),
    errors: new Map(),
    resent: false,
    key: KEY_MARKER,
  });
  const [before = '', after = ''] = intakeDocument(context, INTAKE_ASSETS, page).split(KEY_MARKER);
  const parts: [string, string] = [before, after];
  kept.set(cacheKey, { site: new WeakRef(context.site), parts });
  return parts;
}

/** The context of an organisation's form in a locale, or undefined when it has no such form. */
export function formContext(
  site: GuideSite,
  locale: string,
  formId: string,
): IntakeContext | undefined {
  const form = site.intake && site.guide.getForm(locale, formId);
  const version = form && site.intake?.formVersion(form.file);
  if (!site.intake || !form || !version) return undefined;
  return intakeContext(site, site.intake.slug, locale, form, version);
}

/**
 * Whether one of the organisation's helplines takes the form: the API's rule
 * (`IntakeForms.requireIntakeForm`), so a form shown to be filled in is one that can be sent.
 */
export async function offersForm(site: GuideSite, formId: string): Promise<boolean> {
  const helplines = (await site.helplines()) ?? [];
  return helplines.some((line) => line.intakeFormId === formId);
}

/**
 * The fillable form (GET): first the danger question; once answered (`?danger=yes|no&region=`),
 * the emergency numbers when in danger, then the form, with a key made for this answer.
 */
export async function serveIntakeForm(
  request: NextRequest,
  context: IntakeContext,
  path: string,
): Promise<Response> {
  if (!(await offersForm(context.site, context.form.id))) {
    const helplines = (await context.site.helplines()) ?? [];
    return intakeResponse(
      intakeDocument(context, INTAKE_ASSETS, notOfferedPage(context, helplines)),
    );
  }
  const params = request.nextUrl.searchParams;
  const danger = params.get('danger');
  const region = knownRegion(params.get('region'));
  if (danger === null)
    return intakeResponse(intakeDocument(context, INTAKE_ASSETS, dangerPage(context)));
  if (danger !== 'yes' && danger !== 'no') {
    const page = dangerPage(context, { refused: true, region });
    return intakeResponse(intakeDocument(context, INTAKE_ASSETS, page), 400);
  }
  const [before, after] = await keptForm(context, path, danger, region);
  return intakeResponse(`${before}${newSubmissionKey()}${after}`);
}

const CHALLENGE = /^\/o\/([^/]+)\/intake\/challenge$/;

/**
 * The proof-of-work challenge, asked of the API through this host so that the page talks to
 * its own origin only. Undefined for any other path.
 */
export function serveChallenge(
  request: NextRequest,
  fetchChallenge: (slug: string, forwardedFor: string | undefined) => Promise<Response>,
  forwardedFor: string | undefined,
): Promise<Response> | undefined {
  const match = CHALLENGE.exec(request.nextUrl.pathname);
  if (!match?.[1]) return undefined;
  if (request.method !== 'GET')
    return Promise.resolve(new Response(null, { status: 405, headers: { allow: 'GET' } }));
  return fetchChallenge(decodeURIComponent(match[1]), forwardedFor);
}
