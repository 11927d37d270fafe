import type { Form } from '@cairn/content';
import { regionName } from '../i18n/region-name';
import { messagesFor, type Messages } from '../i18n/messages';
import { renderDocument } from '../guide/html/document';
import { guideNav } from '../guide/html/guide-nav';
import { channelHref } from '../guide/html/helpline-card';
import { html, trusted, type Html } from '../guide/html/html';
import { linkResolver, otherLanguages } from '../guide/guide-links';
import type { PageContext } from '../guide/pages/page';
import { readOnlyScreens } from '../guide/pages/form-page';
import { renderInlineHtml } from '../guide/render-markdown';
import type { GuideSite, PageAssets, SiteHelpline } from '../guide/site';
import { EMERGENCY_REGIONS, emergencyNumbers } from './emergency-numbers';
import {
  errorTarget,
  honeypot,
  intakeItem,
  type FieldErrors,
  type TypedValues,
} from './intake-form';
import { intakeScreens } from './intake-items';
import { intakeMessagesFor, type IntakeMessages } from './intake-messages';
import { challengePath, followUpPath, intakeFormPath } from './intake-paths';

/** What every intake page of one form is given. */
export interface IntakeContext {
  site: GuideSite;
  slug: string;
  locale: string;
  form: Form;
  /** The content address of the form's source, sent back as `_version`. */
  version: string;
  messages: IntakeMessages;
  guideMessages: Messages;
}

export function intakeContext(
  site: GuideSite,
  slug: string,
  locale: string,
  form: Form,
  version: string,
): IntakeContext {
  return {
    site,
    slug,
    locale,
    form,
    version,
    messages: intakeMessagesFor(locale),
    guideMessages: pageMessagesFor(locale),
  };
}

/**
 * The guide's strings the intake pages show around the form (breadcrumbs, language links,
 * channel names), in Arabic too: the guide itself has no Arabic strings yet, and an Arabic
 * form must not be framed in English.
 */
export function pageMessagesFor(locale: string): Messages {
  const guide = messagesFor(locale);
  if (locale.split('-')[0] !== 'ar') return guide;
  return {
    ...guide,
    guide: 'الدليل',
    topicsTitle: 'احمِ نفسك من الإساءة عبر الإنترنت',
    breadcrumb: 'أنت هنا',
    languageSwitch: 'اللغة',
    formScreen: (index, count) => `الجزء ${index} من ${count}`,
    formChoices: 'الخيارات',
    channels: {
      phone: 'الهاتف',
      sms: 'رسالة نصية',
      email: 'البريد الإلكتروني',
      web: 'الموقع',
      chat: 'الدردشة',
      signal: 'سيغنال',
      whatsapp: 'واتساب',
      postal: 'البريد',
    },
  };
}

/** Stands in for the per-render idempotency key in a kept page; replaced on every answer. */
export const KEY_MARKER = '\u0000intake-key\u0000';

export interface IntakeAssets extends PageAssets {
  intakeScript: string;
  /** The proof-of-work worker, started by the intake script. */
  worker: string;
}

/** A whole intake page: the guide's document, its strings in the reader's language, the intake script. */
export function intakeDocument(
  context: Pick<IntakeContext, 'site' | 'locale' | 'messages' | 'guideMessages'>,
  assets: IntakeAssets,
  { title, body }: { title: string; body: Html },
): string {
  const { site, locale, messages, guideMessages } = context;
  return renderDocument({
    lang: locale,
    title,
    brand: site.brand,
    messages: {
      ...guideMessages,
      quickExit: messages.quickExit,
      quickExitHint: messages.quickExitHint,
      leavingLink: messages.leavingLink,
    },
    assets,
    extraScript: assets.intakeScript,
    indexable: false,
    body,
    guideRoot: site.paths.root,
    leavingHref: site.paths.leaving(site.guide.locales.includes(locale) ? locale : 'en'),
  });
}

function inlineOf(context: IntakeContext): (text: string) => Html {
  const pageContext: PageContext = {
    site: context.site,
    locale: context.locale,
    messages: context.guideMessages,
  };
  const resolve = linkResolver(pageContext);
  return (text) => trusted(renderInlineHtml(text, resolve));
}

function nav(context: IntakeContext): Html {
  const { site, locale, form, guideMessages } = context;
  const pageContext: PageContext = { site, locale, messages: guideMessages };
  return guideNav(
    guideMessages,
    [
      { label: guideMessages.guide, href: site.paths.root },
      { label: guideMessages.topicsTitle, href: site.paths.locale(locale) },
      { label: form.title },
    ],
    otherLanguages(pageContext, (other) =>
      site.guide.getForm(other, form.id) ? intakeFormPath(site, other, form.id) : undefined,
    ),
  );
}

function regionOptions(context: IntakeContext, chosen: string | undefined): Html {
  const { locale, messages } = context;
  const regions = EMERGENCY_REGIONS.map((code) => ({ code, name: regionName(locale, code) })).sort(
    (a, b) => a.name.localeCompare(b.name, locale),
  );
  return html`<option value="">${messages.regionElsewhere}</option>
    ${regions.map(
      ({ code, name }) =>
        html`<option value="${code}" ${code === chosen && 'selected'}>${name}</option>`,
    )}`;
}

/**
 * The first screen: is the person in immediate danger, and where are they. A GET form to the
 * same address, so it works without JavaScript and stays out of the submission.
 */
export function dangerPage(
  context: IntakeContext,
  { refused = false, region }: { refused?: boolean; region?: string } = {},
): { title: string; body: Html } {
  const { messages, form, site, locale } = context;
  const action = intakeFormPath(site, locale, form.id);
  return {
    title: refused ? `${messages.errorTitlePrefix}${form.title}` : form.title,
    body: html`${nav(context)}
      <h1>${form.title}</h1>
      ${refused && errorSummary(messages, [{ target: 'danger-yes', message: messages.chooseDanger }])}
      <form method="get" action="${action}" class="intake-danger" novalidate>
        <div class="intake-group${refused ? ' intake-group-error' : ''}">
          <fieldset
            class="intake-fieldset"
            aria-describedby="danger-hint${refused ? ' danger-error' : ''}"
          >
            <legend class="intake-question"><h2>${messages.dangerQuestion}</h2></legend>
            <p class="hint" id="danger-hint">${messages.dangerHint}</p>
            ${
              refused &&
              html`<p class="intake-error-message" id="danger-error">
                <span class="visually-hidden">${messages.errorPrefix}</span>
                ${messages.chooseDanger}
              </p>`
            }
            <div class="intake-choices">
              <div class="intake-choice">
                <input type="radio" id="danger-yes" name="danger" value="yes" />
                <label for="danger-yes">${messages.dangerYes}</label>
              </div>
              <div class="intake-choice">
                <input type="radio" id="danger-no" name="danger" value="no" />
                <label for="danger-no">${messages.dangerNo}</label>
              </div>
            </div>
          </fieldset>
        </div>
        <div class="intake-group">
          <label class="intake-label" for="danger-region">${messages.regionLabel}</label>
          <p class="hint" id="danger-region-hint">${messages.regionHint}</p>
          <select id="danger-region" name="region" aria-describedby="danger-region-hint">
            ${regionOptions(context, region)}
          </select>
        </div>
        <button type="submit" class="intake-button">${messages.continue}</button>
      </form>`,
  };
}

function urgentLines(helplines: SiteHelpline[], region: string | undefined): SiteHelpline[] {
  return helplines.filter(
    (line) =>
      line.own &&
      line.takesUrgent &&
      (region === undefined || line.regions.includes(region) || line.regions.includes('global')),
  );
}

/** The ways to reach a helpline, each a link where it can be one. */
function channelList(context: IntakeContext, line: SiteHelpline): Html {
  return html`<ul>
    ${line.channels.map((channel) => {
      const href = channelHref(channel);
      return html`<li>
        ${context.guideMessages.channels[channel.kind]}:
        ${href ? html`<a href="${href}" rel="noreferrer">${channel.value}</a>` : channel.value}
      </li>`;
    })}
  </ul>`;
}

/** Emergency numbers for the reader's region, and the organisation's lines that take urgent cases. */
function emergencySection(
  context: IntakeContext,
  region: string | undefined,
  helplines: SiteHelpline[],
): Html {
  const { messages, site, locale, form } = context;
  const numbers = emergencyNumbers(region);
  const lines = urgentLines(helplines, region);
  return html`<section class="intake-emergency" aria-labelledby="emergency-title">
    <h2 id="emergency-title">${messages.emergencyTitle}</h2>
    ${
      numbers.length > 0
        ? html`<p>${messages.emergencyIntro}</p>
            <ul class="intake-numbers">
              ${numbers.map(
                ({ service, number }) =>
                  html`<li>
                    ${messages.emergencyServices[service]}:
                    <a class="intake-number" href="tel:${number}">${number}</a>
                  </li>`,
              )}
            </ul>`
        : html`<p>${messages.emergencyUnknownRegion}</p>`
    }
    ${
      lines.length > 0 &&
      html`<h3>${messages.urgentHelplines}</h3>
        <ul class="intake-urgent-lines">
          ${lines.map(
            (line) =>
              html`<li>
                <strong>${line.name}</strong>
                ${channelList(context, line)}
              </li>`,
          )}
        </ul>`
    }
    <p>${messages.emergencyThenForm}</p>
    <p><a href="${intakeFormPath(site, locale, form.id)}">${messages.changeAnswer}</a></p>
  </section>`;
}

/**
 * A form of the organisation's guide that none of its helplines takes: shown to be read (its
 * questions as a printable list, nothing to type or send), with why, and the organisation's
 * helplines to reach instead. Nobody types answers that would then be refused.
 */
export function notOfferedPage(
  context: IntakeContext,
  helplines: SiteHelpline[],
): { title: string; body: Html } {
  const { messages, form, site, locale } = context;
  // Its own services first, as its guide shows them; the others it lists when it has none.
  const own = helplines.filter((line) => line.own);
  const lines = (own.length > 0 ? own : helplines).filter((line) => line.channels.length > 0);
  return {
    title: form.title,
    body: html`${nav(context)}
      <h1>${form.title}</h1>
      <p class="form-read-only" role="note" data-not-offered>${messages.notOffered}</p>
      <section class="intake-reach" aria-labelledby="reach-title">
        <h2 id="reach-title">${messages.notOfferedReach}</h2>
        ${
          lines.length > 0 &&
          html`<ul class="intake-urgent-lines">
            ${lines.map(
              (line) => html`<li><strong>${line.name}</strong> ${channelList(context, line)}</li>`,
            )}
          </ul>`
        }
        <p><a href="${site.paths.helplines(locale)}">${messages.notOfferedAllLines}</a></p>
      </section>
      ${readOnlyScreens(form, inlineOf(context), context.guideMessages)}`,
  };
}

export interface SummaryItem {
  /** The id of the element the link leads to. */
  target: string;
  message: string;
}

/**
 * GOV.UK's error summary: first in the page, focused on load without any script (`autofocus`
 * on an element made focusable), each error a link to its field.
 */
export function errorSummary(messages: IntakeMessages, items: SummaryItem[]): Html {
  return html`<div
    class="intake-error-summary"
    tabindex="-1"
    autofocus
    aria-labelledby="error-summary-title"
    data-error-summary
  >
    <h2 id="error-summary-title">${messages.errorSummary}</h2>
    <ul>
      ${items.map(({ target, message }) => html`<li><a href="#${target}">${message}</a></li>`)}
    </ul>
  </div>`;
}

export interface FormState {
  danger: 'yes' | 'no';
  region?: string;
  values: TypedValues;
  errors: FieldErrors;
  /** Shown again after a refusal: the files must be chosen again. */
  resent: boolean;
  /** The idempotency key; KEY_MARKER in a page kept for reuse. */
  key: string;
  /** A sentence about the whole submission, above the form (no field named). */
  problem?: string;
}

/**
 * The fillable form: one long page without JavaScript (every screen in order), posted as
 * multipart to its own address; the intake script turns its screens into steps.
 */
export async function intakeFormPage(
  context: IntakeContext,
  assets: IntakeAssets,
  state: FormState,
): Promise<{ title: string; body: Html }> {
  const { messages, form, site, locale, version } = context;
  const screens = intakeScreens(form);
  const inline = inlineOf(context);
  const render = {
    messages,
    inline,
    values: state.values,
    errors: state.errors,
    resent: state.resent,
  };
  const helplines = state.danger === 'yes' ? ((await site.helplines()) ?? []) : [];
  const summary = [...state.errors].map(([field, message]) => ({
    target: errorTarget(screens, field),
    message,
  }));
  const failed = summary.length > 0 || state.problem !== undefined;
  const action = intakeFormPath(site, locale, form.id);
  return {
    title: failed ? `${messages.errorTitlePrefix}${form.title}` : form.title,
    body: html`${nav(context)}
      <h1>${form.title}</h1>
      ${state.danger === 'yes' && !failed && emergencySection(context, state.region, helplines)}
      ${
        state.problem !== undefined
          ? html`<div
              class="intake-error-summary"
              tabindex="-1"
              autofocus
              aria-labelledby="error-summary-title"
            >
              <h2 id="error-summary-title">${messages.notSent}</h2>
              <p>${state.problem}</p>
            </div>`
          : summary.length > 0 && errorSummary(messages, summary)
      }
      ${state.danger === 'yes' && html`<p class="intake-notice">${messages.formDangerNoted}</p>`}
      <p>${messages.formIntro}</p>
      <form
        method="post"
        action="${action}"
        enctype="multipart/form-data"
        novalidate
        class="intake-form"
        data-intake-form
        data-challenge="${challengePath(context.slug)}"
        data-worker="${assets.worker}"
        data-sending="${messages.sending}"
        data-checking="${messages.checking}"
        data-progress="${messages.uploadProgress(0)}"
        data-required-message="${messages.fieldErrors.required}"
        data-date-message="${messages.fieldErrors.date}"
        data-time-message="${messages.fieldErrors.time}"
        data-length-message="${messages.fieldErrors.tooLong}"
        data-error-title="${messages.errorTitlePrefix}"
        data-summary-title="${messages.errorSummary}"
        data-error-prefix="${messages.errorPrefix}"
        data-unavailable="${messages.unavailable}"
      >
        <input type="hidden" name="_locale" value="${locale}" />
        <input type="hidden" name="_version" value="${version}" />
        <input
          type="hidden"
          name="_key"
          value="${trusted(state.key === KEY_MARKER ? KEY_MARKER : escapeKey(state.key))}"
        />
        <input type="hidden" name="_danger" value="${state.danger}" />
        <input type="hidden" name="_country" value="${state.region ?? ''}" />
        <input type="hidden" name="_altcha" value="" disabled data-altcha />
        ${honeypot(messages)}
        ${screens.map(
          (screen, index) =>
            html`<section
              class="intake-step"
              aria-labelledby="step-${index + 1}"
              data-step-label="${messages.step(index + 1, screens.length)}"
            >
              <h2 id="step-${index + 1}">
                ${screen.name || messages.step(index + 1, screens.length)}
              </h2>
              ${screen.items.map((item) => intakeItem(item, render))}
            </section>`,
        )}
        <div class="intake-actions">
          <button type="submit" class="intake-button" data-send>${messages.send}</button>
        </div>
        <div class="intake-progress" hidden>
          <progress max="100" value="0"></progress>
          <p class="intake-progress-text" role="status" aria-live="polite"></p>
        </div>
        <span hidden data-next-label>${messages.next}</span>
        <span hidden data-back-label>${messages.back}</span>
      </form>`,
  };
}

/** Keys are made here or sent back by the browser: only their own alphabet reaches a page. */
function escapeKey(key: string): string {
  return /^[A-Za-z0-9_-]{22,64}$/.test(key) ? key : '';
}

export interface Receipt {
  reference: string;
  /** Null when the form was sent before and the helpline has since replaced the code. */
  followUpCode: string | null;
}

/**
 * The receipt: the reference and the code, shown this once, with what to do with them. A
 * repeated submission whose code the helpline replaced shows the reference only, and says
 * to ask the helpline for the new code.
 */
export function receiptPage(
  context: IntakeContext,
  receipt: Receipt,
): { title: string; body: Html } {
  const { messages, slug } = context;
  const code = receipt.followUpCode;
  return {
    title: messages.receiptTitle,
    body: html`<div class="intake-receipt" tabindex="-1" autofocus>
        <h1>${messages.receiptTitle}</h1>
        <p>${messages.receiptIntro}</p>
        <dl class="intake-receipt-facts">
          <div>
            <dt>${messages.reference}</dt>
            <dd data-reference>${receipt.reference}</dd>
          </div>
          ${
            code !== null &&
            html`<div>
              <dt>${messages.followUpCode}</dt>
              <dd data-follow-up-code>${code}</dd>
            </div>`
          }
        </dl>
        ${
          code === null
            ? html`<p class="intake-notice" data-code-replaced>
                <strong>${messages.codeReplaced}</strong>
              </p>`
            : html`<p class="intake-notice">
                <strong>${messages.shownOnce}</strong> ${messages.keepSafe}
              </p>`
        }
      </div>
      <h2>${messages.whatNext}</h2>
      <p>${messages.whatNextBody}</p>
      <p><a href="${followUpPath(slug)}?lang=${context.locale}">${messages.followUpLink}</a></p>`,
  };
}

/** A page that says why the form was not sent, and where to go from here. */
export function problemPage(
  context: IntakeContext,
  {
    title,
    sentence,
    link,
  }: { title: string; sentence: string; link?: { href: string; label: string } },
): { title: string; body: Html } {
  return {
    title,
    body: html`<h1>${title}</h1>
      <p>${sentence}</p>
      ${link && html`<p><a href="${link.href}">${link.label}</a></p>`}`,
  };
}
