import type { HelplineView } from '@cairn/contracts';
import { languageName } from '../../i18n/language-name';
import type { Messages } from '../../i18n/messages';
import type { SiteHelpline } from '../site';
import { html, type Html } from './html';

type Channel = HelplineView['channels'][number];

/** Where a channel's value can be followed, for the kinds a browser knows how to open. */
export function channelHref({ kind, value }: Channel): string | undefined {
  const compact = value.replace(/[\s().-]/g, '');
  if ((kind === 'phone' || kind === 'sms') && /^\+?\d+$/.test(compact))
    return `${kind === 'phone' ? 'tel' : 'sms'}:${compact}`;
  if (kind === 'email' && /^[^\s@]+@[^\s@]+$/.test(value)) return `mailto:${value}`;
  if (/^https:\/\/[^\s]+$/i.test(value)) return value;
  return undefined;
}

function channelItem(channel: Channel, messages: Messages): Html {
  const href = channelHref(channel);
  return html`<li>
    ${messages.channels[channel.kind]}${channel.label && ` (${channel.label})`}:
    ${href ? html`<a href="${href}" rel="noreferrer">${channel.value}</a>` : channel.value}
    ${channel.secure && html`<span class="secure">${messages.secureChannel}</span>`}
  </li>`;
}

/**
 * One helpline, with what a reader needs to choose it and reach it. An organisation's own
 * service says so, and names the form its guide uses to reach it.
 */
export function helplineCard(
  helpline: SiteHelpline,
  {
    messages,
    brand,
    formTitle,
    formHref,
  }: { messages: Messages; brand: string; formTitle?: string; formHref?: string },
): Html {
  const id = `helpline-${helpline.id}`;
  const fact = (term: string, detail: Html | string) =>
    html`<div class="fact">
      <dt>${term}</dt>
      <dd>${detail}</dd>
    </div>`;
  return html`<article
    class="helpline${helpline.own ? ' helpline-own' : ''}"
    aria-labelledby="${id}"
  >
    <h3 id="${id}">${helpline.name}</h3>
    ${
      helpline.own
        ? html`<p class="hint">${messages.ownHelpline(brand)}</p>`
        : helpline.runBy && html`<p class="hint">${messages.runBy(helpline.runBy)}</p>`
    }
    ${helpline.description && html`<p>${helpline.description}</p>`}
    <dl class="helpline-facts">
      ${fact(
        messages.helplineLanguages,
        helpline.languages.map((language) => languageName(language)).join(', '),
      )}
      ${helpline.hours && fact(messages.helplineHours, `${helpline.hours} (${helpline.timeZone})`)}
      ${
        helpline.responseHours !== null &&
        fact(messages.helplineResponse, messages.responseWithin(helpline.responseHours))
      }
      ${fact(messages.helplineUrgent, helpline.takesUrgent ? messages.takesUrgent : messages.noUrgent)}
      ${
        helpline.own &&
        helpline.intakeFormId &&
        fact(
          messages.intakeForm,
          formHref
            ? html`<a href="${formHref}" data-intake-form="${helpline.intakeFormId}"
                >${formTitle ?? helpline.intakeFormId}</a
              >`
            : html`<span data-intake-form="${helpline.intakeFormId}"
                >${formTitle ?? helpline.intakeFormId}</span
              >`,
        )
      }
    </dl>
    <h4>${messages.helplineChannels}</h4>
    <ul class="helpline-channels">
      ${helpline.channels.map((channel) => channelItem(channel, messages))}
    </ul>
  </article>`;
}
