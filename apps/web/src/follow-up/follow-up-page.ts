import { html, type Html } from '../guide/html/html';
import type { GuideSite } from '../guide/site';
import { messagesFor } from '../i18n/messages';
import { errorSummary, pageMessagesFor } from '../intake/intake-page';
import { intakeMessagesFor, INTAKE_LOCALES, type IntakeMessages } from '../intake/intake-messages';
import { followUpPath } from '../intake/intake-paths';
import { languageName } from '../i18n/language-name';
import type { FollowUpView } from '@cairn/contracts';

export interface FollowUpContext {
  site: GuideSite;
  slug: string;
  locale: string;
  messages: IntakeMessages;
  guideMessages: ReturnType<typeof messagesFor>;
}

export function followUpContext(site: GuideSite, slug: string, locale: string): FollowUpContext {
  return {
    site,
    slug,
    locale,
    messages: intakeMessagesFor(locale),
    guideMessages: pageMessagesFor(locale),
  };
}

/** The follow-up's address in a language, with what the last action did to say so. */
export function followUpHref(
  context: Pick<FollowUpContext, 'slug' | 'locale'>,
  done?: string,
): string {
  const params = new URLSearchParams({ lang: context.locale });
  if (done) params.set('done', done);
  return `${followUpPath(context.slug)}?${params}`;
}

function languages(context: FollowUpContext): Html {
  const others = INTAKE_LOCALES.filter((locale) => locale !== context.locale);
  return html`<nav aria-label="${context.guideMessages.languageSwitch}">
    <ul class="guide-languages">
      ${others.map(
        (locale) =>
          html`<li>
            <a
              href="${followUpHref({ slug: context.slug, locale })}"
              hreflang="${locale}"
              lang="${locale}"
              >${languageName(locale)}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

export interface SignInState {
  reference?: string;
  /** A sentence about the attempt: wrong code, locked, session ended. */
  problem?: string;
  /** Fields left empty. */
  missing?: { reference: boolean; code: boolean };
  notice?: string;
}

/** Reference and code: the one way into a case's follow-up. */
export function signInPage(
  context: FollowUpContext,
  state: SignInState,
): { title: string; body: Html } {
  const { messages } = context;
  const missing = state.missing ?? { reference: false, code: false };
  const summary = [
    ...(state.problem ? [{ target: 'follow-up-reference', message: state.problem }] : []),
    ...(missing.reference
      ? [{ target: 'follow-up-reference', message: messages.fieldErrors.required }]
      : []),
    ...(missing.code ? [{ target: 'follow-up-code', message: messages.fieldErrors.required }] : []),
  ];
  const fieldError = (id: string, show: boolean) =>
    show &&
    html`<p class="intake-error-message" id="${id}-error">
      <span class="visually-hidden">${messages.errorPrefix}</span> ${messages.fieldErrors.required}
    </p>`;
  return {
    title:
      summary.length > 0
        ? `${messages.errorTitlePrefix}${messages.followUpTitle}`
        : messages.followUpTitle,
    body: html`${languages(context)}
      <h1>${messages.followUpTitle}</h1>
      ${summary.length > 0 && errorSummary(messages, summary)}
      ${state.notice && html`<p class="intake-notice" role="status">${state.notice}</p>`}
      <p>${messages.followUpIntro}</p>
      <form method="post" action="${followUpHref(context)}" novalidate class="intake-form">
        <input type="hidden" name="_action" value="sign-in" />
        <div class="intake-group${missing.reference ? ' intake-group-error' : ''}">
          <label class="intake-label" for="follow-up-reference">${messages.reference}</label>
          <p class="hint" id="follow-up-reference-hint">${messages.followUpReferenceHint}</p>
          ${fieldError('follow-up-reference', missing.reference)}
          <input
            id="follow-up-reference"
            name="reference"
            type="text"
            autocomplete="off"
            spellcheck="false"
            value="${state.reference ?? ''}"
            aria-describedby="follow-up-reference-hint${missing.reference ? ' follow-up-reference-error' : ''}"
          />
        </div>
        <div class="intake-group${missing.code ? ' intake-group-error' : ''}">
          <label class="intake-label" for="follow-up-code">${messages.followUpCode}</label>
          <p class="hint" id="follow-up-code-hint">${messages.followUpCodeHint}</p>
          ${fieldError('follow-up-code', missing.code)}
          <input
            id="follow-up-code"
            name="code"
            type="password"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="follow-up-code-hint${missing.code ? ' follow-up-code-error' : ''}"
          />
        </div>
        <button type="submit" class="intake-button">${messages.signIn}</button>
      </form>`,
  };
}

function when(at: string, locale: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).format(new Date(at));
  } catch {
    return at;
  }
}

export interface CaseState {
  view: FollowUpView;
  notice?: string;
  /** The message form's problem (empty message, refused), with what was typed. */
  messageError?: string;
  typed?: string;
  filesError?: string;
}

/** The case as the survivor sees it: its status, the shared messages, ways to add to it. */
export function casePage(
  context: FollowUpContext,
  state: CaseState,
): { title: string; body: Html } {
  const { messages, locale, slug } = context;
  const { view } = state;
  const summary = [
    ...(state.messageError ? [{ target: 'follow-up-message', message: state.messageError }] : []),
    ...(state.filesError ? [{ target: 'follow-up-files', message: state.filesError }] : []),
  ];
  return {
    title:
      summary.length > 0
        ? `${messages.errorTitlePrefix}${messages.followUpTitle}`
        : `${messages.followUpTitle}: ${view.reference}`,
    body: html`${languages(context)}
      <h1>${messages.followUpTitle}</h1>
      ${summary.length > 0 && errorSummary(messages, summary)}
      ${state.notice && html`<p class="intake-notice" role="status">${state.notice}</p>`}
      <dl class="intake-receipt-facts">
        <div>
          <dt>${messages.reference}</dt>
          <dd data-reference>${view.reference}</dd>
        </div>
        <div>
          <dt>${messages.status}</dt>
          <dd data-status="${view.status}">${messages.statuses[view.status]}</dd>
        </div>
        <div>
          <dt>${messages.filesTerm}</dt>
          <dd>${messages.evidenceCount(view.evidenceCount)}</dd>
        </div>
      </dl>
      <section aria-labelledby="follow-up-messages">
        <h2 id="follow-up-messages">${messages.messages}</h2>
        ${
          view.messages.length === 0
            ? html`<p>${messages.noMessages}</p>`
            : html`<ol class="follow-up-messages">
                ${view.messages.map(
                  (message) =>
                    html`<li
                      class="follow-up-message follow-up-from-${message.from === 'YOU' ? 'you' : 'helpline'}"
                    >
                      <p class="follow-up-meta">
                        <strong
                          >${message.from === 'YOU' ? messages.fromYou : messages.fromHelpline}</strong
                        >
                        <time datetime="${message.at}"
                          >${when(message.at, locale, view.timeZone)}</time
                        >
                      </p>
                      <p class="follow-up-text">${message.text}</p>
                    </li>`,
                )}
              </ol>`
        }
      </section>
      <section aria-labelledby="follow-up-write">
        <h2 id="follow-up-write">${messages.addMessage}</h2>
        <form method="post" action="${followUpHref(context)}" novalidate class="intake-form">
          <input type="hidden" name="_action" value="message" />
          <div class="intake-group${state.messageError ? ' intake-group-error' : ''}">
            <label class="intake-label" for="follow-up-message">${messages.addMessage}</label>
            <p class="hint" id="follow-up-message-hint">${messages.addMessageHint}</p>
            ${
              state.messageError &&
              html`<p class="intake-error-message" id="follow-up-message-error">
                <span class="visually-hidden">${messages.errorPrefix}</span> ${state.messageError}
              </p>`
            }
            <textarea
              id="follow-up-message"
              name="text"
              rows="5"
              maxlength="5000"
              aria-describedby="follow-up-message-hint${state.messageError ? ' follow-up-message-error' : ''}"
            >
${state.typed ?? ''}</textarea>
          </div>
          <button type="submit" class="intake-button">${messages.sendMessage}</button>
        </form>
      </section>
      <section aria-labelledby="follow-up-add-files">
        <h2 id="follow-up-add-files">${messages.addFiles}</h2>
        <form
          method="post"
          action="${followUpPath(slug)}/evidence?lang=${locale}"
          enctype="multipart/form-data"
          novalidate
          class="intake-form"
          data-upload-form
          data-progress="${messages.uploadProgress(0)}"
          data-choose="${messages.chooseFiles}"
          data-unavailable="${messages.unavailable}"
        >
          <div class="intake-group${state.filesError ? ' intake-group-error' : ''}">
            <label class="intake-label" for="follow-up-files">${messages.addFiles}</label>
            <p class="hint" id="follow-up-files-hint">${messages.addFilesHint}</p>
            ${
              state.filesError &&
              html`<p class="intake-error-message" id="follow-up-files-error">
                <span class="visually-hidden">${messages.errorPrefix}</span> ${state.filesError}
              </p>`
            }
            <input
              id="follow-up-files"
              name="file"
              type="file"
              multiple
              aria-describedby="follow-up-files-hint${state.filesError ? ' follow-up-files-error' : ''}"
            />
          </div>
          <div class="intake-progress" hidden>
            <progress max="100" value="0"></progress>
            <p class="intake-progress-text" role="status" aria-live="polite"></p>
          </div>
          <button type="submit" class="intake-button">${messages.sendFiles}</button>
        </form>
      </section>
      <section aria-labelledby="follow-up-end">
        <h2 id="follow-up-end">${messages.endSession}</h2>
        <p>${messages.endSessionHint}</p>
        <form method="post" action="${followUpHref(context)}" class="intake-form">
          <input type="hidden" name="_action" value="end" />
          <button type="submit" class="intake-button intake-button-secondary">
            ${messages.endSession}
          </button>
        </form>
      </section>`,
  };
}
