import type { Form, FormItem } from '@cairn/content';
import type { Messages } from '../../i18n/messages';
import { guideNav } from '../html/guide-nav';
import { html, trusted, type Html } from '../html/html';
import { folderTitle, linkResolver, otherLanguages } from '../guide-links';
import { renderInlineHtml } from '../render-markdown';
import type { PageContent, PageContext } from './page';

/**
 * One item of a form as text: what it asks and, for a choice, the choices. Nothing can be
 * typed or ticked, so nobody fills in a form the guide cannot send.
 */
function formItem(item: FormItem, inline: (text: string) => Html, choices: string): Html {
  const asks = item.label ?? ('name' in item ? item.name : undefined);
  if (item.type === 'label')
    return html`<li class="form-item form-text">
      ${asks && inline(asks)}${item.hint && html`<p class="hint">${inline(item.hint)}</p>`}
    </li>`;
  return html`<li class="form-item">
    <p class="form-asks">${asks && inline(asks)}</p>
    ${item.hint && html`<p class="hint">${inline(item.hint)}</p>`}
    ${
      (item.type === 'single_choice' || item.type === 'multiple_choice') &&
      html`<ul class="form-choices" aria-label="${choices}">
        ${item.options.map((option) => html`<li>${inline(option.label)}</li>`)}
      </ul>`
    }
  </li>`;
}

/** A form's screens in order and what each asks, as text: nothing to type, tick or send. */
export function readOnlyScreens(
  form: Form,
  inline: (text: string) => Html,
  messages: Pick<Messages, 'formScreen' | 'formChoices'>,
): Html {
  const { screens } = form;
  return html`${screens.map(
    (screen, index) =>
      html`<section class="form-screen" aria-labelledby="screen-${index + 1}">
        <h2 id="screen-${index + 1}">
          ${screen.name || messages.formScreen(index + 1, screens.length)}
        </h2>
        <ol class="form-items">
          ${screen.items.map((item) => formItem(item, inline, messages.formChoices))}
        </ol>
      </section>`,
  )}`;
}

/** A form, shown to be read: its screens in order and what each asks, marked as not sendable. */
export function formPage(context: PageContext, id: string): PageContent | undefined {
  const { site, locale, messages } = context;
  const form = site.guide.getForm(locale, id);
  if (!form) return undefined;
  const resolve = linkResolver(context);
  const inline = (text: string) => trusted(renderInlineHtml(text, resolve));
  return {
    title: form.title,
    indexable: true,
    body: html`${guideNav(
        messages,
        [
          { label: messages.guide, href: site.paths.root },
          { label: messages.topicsTitle, href: site.paths.locale(locale) },
          {
            label: folderTitle(context, form.category),
            href: site.paths.category(locale, form.category),
          },
          { label: form.title },
        ],
        otherLanguages(context, (other) =>
          site.guide.getForm(other, id) ? site.paths.form(other, id) : undefined,
        ),
      )}
      <h1>${form.title}</h1>
      <p class="form-read-only" role="note">${messages.formReadOnly}</p>
      ${readOnlyScreens(form, inline, messages)}`,
  };
}
