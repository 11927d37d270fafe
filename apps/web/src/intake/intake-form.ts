import { html, trusted, type Html } from '../guide/html/html';
import type { IntakeMessages } from './intake-messages';
import { SAFE_DETAILS_MAX, SAFE_TIMES_MAX, TEXT_AREA_MAX, TEXT_INPUT_MAX } from '@cairn/content';
import {
  CONTACT_CHANNELS,
  type FieldItem,
  type IntakeItem,
  type IntakeScreen,
} from './intake-items';

/** What the survivor typed or chose, by field name (a repeated field has several values). */
export type TypedValues = ReadonlyMap<string, readonly string[]>;
/** One sentence per field that needs fixing, by field name (`<item>` or `<item>.<part>`). */
export type FieldErrors = ReadonlyMap<string, string>;

export interface FormRender {
  messages: IntakeMessages;
  /** Markdown of a label or hint as inline HTML, links resolved in this guide. */
  inline: (text: string) => Html;
  values: TypedValues;
  errors: FieldErrors;
  /** True when the page is shown again after a refusal: file inputs say files must be chosen again. */
  resent: boolean;
}

/** The id of a field's element, and the target of its link in the error summary. */
export function fieldId(field: string, index?: number): string {
  const id = `field-${field.replace(/\./g, '-')}`;
  return index === undefined ? id : `${id}-${index}`;
}

/** Where the error summary's link for `field` leads: its input, or a group's first choice. */
export function errorTarget(screens: IntakeScreen[], field: string): string {
  const [name, part] = field.split('.');
  const item = screens.flatMap((screen) => screen.items).find((each) => each.name === name);
  if (!item) return fieldId(field);
  if (item.type === 'single_choice' || item.type === 'multiple_choice') return fieldId(field, 0);
  if (item.type === 'safe_contact' && part === 'channels') return fieldId(field, 0);
  return fieldId(field);
}

function first(values: TypedValues, field: string): string {
  return values.get(field)?.[0] ?? '';
}

function errorMessage(render: FormRender, field: string): Html | false {
  const error = render.errors.get(field);
  return (
    error !== undefined &&
    html`<p class="intake-error-message" id="${fieldId(field)}-error">
      <span class="visually-hidden">${render.messages.errorPrefix}</span> ${error}
    </p>`
  );
}

/** The ids a field's description is made of: its hint and its error, when it has them. */
function describedBy(field: string, hint: boolean, render: FormRender, extra?: string): string {
  const ids = [
    hint && `${fieldId(field)}-hint`,
    extra,
    render.errors.has(field) && `${fieldId(field)}-error`,
  ].filter((id): id is string => typeof id === 'string');
  return ids.join(' ');
}

function requiredMark(item: { required?: boolean }, messages: IntakeMessages): Html | false {
  return (
    item.required === true && html` <span class="intake-required">(${messages.required})</span>`
  );
}

function hintOf(field: string, text: string | undefined, render: FormRender): Html | false {
  return (
    text !== undefined &&
    html`<p class="hint" id="${fieldId(field)}-hint">${render.inline(text)}</p>`
  );
}

function group(field: string, render: FormRender, content: Html): Html {
  const error = render.errors.has(field) ? ' intake-group-error' : '';
  return html`<div class="intake-group${error}" data-field="${field}">${content}</div>`;
}

function textField(
  item: FieldItem & { type: 'text_input' | 'text_area' | 'date' | 'time' },
  render: FormRender,
): Html {
  const { messages, inline } = render;
  const name = item.name;
  const id = fieldId(name);
  const hint =
    item.hint ??
    (item.type === 'date'
      ? messages.dateHint
      : item.type === 'time'
        ? messages.timeHint
        : undefined);
  const invalid = render.errors.has(name) ? 'true' : 'false';
  const required = item.required ? 'true' : 'false';
  const described = describedBy(name, hint !== undefined, render);
  const value = first(render.values, name);
  const control =
    item.type === 'text_area'
      ? html`<textarea
          id="${id}"
          name="${name}"
          rows="6"
          maxlength="${TEXT_AREA_MAX}"
          aria-invalid="${invalid}"
          data-required="${required}"
          ${described && trusted(`aria-describedby="${described}"`)}
        >
${value}</textarea>`
      : html`<input
          id="${id}"
          name="${name}"
          type="${item.type === 'text_input' ? 'text' : item.type}"
          value="${value}"
          ${item.type === 'text_input' && trusted(`maxlength="${TEXT_INPUT_MAX}"`)}
          aria-invalid="${invalid}"
          data-required="${required}"
          data-kind="${item.type}"
          ${described && trusted(`aria-describedby="${described}"`)}
        />`;
  return group(
    name,
    render,
    html`<label class="intake-label" for="${id}"
        >${item.label ? inline(item.label) : name}${requiredMark(item, messages)}</label
      >
      ${hintOf(name, hint, render)} ${errorMessage(render, name)} ${control}`,
  );
}

function choiceField(
  item: FieldItem & { type: 'single_choice' | 'multiple_choice' },
  render: FormRender,
): Html {
  const { messages, inline } = render;
  const name = item.name;
  const chosen = render.values.get(name) ?? [];
  const kind = item.type === 'single_choice' ? 'radio' : 'checkbox';
  const described = describedBy(name, item.hint !== undefined, render);
  return group(
    name,
    render,
    html`<fieldset
      class="intake-fieldset"
      data-required="${item.required ? 'true' : 'false'}"
      data-choice="${kind}"
      ${described && trusted(`aria-describedby="${described}"`)}
    >
      <legend class="intake-label">
        ${item.label ? inline(item.label) : name}${requiredMark(item, messages)}
      </legend>
      ${hintOf(name, item.hint, render)} ${errorMessage(render, name)}
      <div class="intake-choices">
        ${item.options.map(
          (option, index) =>
            html`<div class="intake-choice">
              <input
                type="${kind}"
                id="${fieldId(name, index)}"
                name="${name}"
                value="${option.value}"
                ${chosen.includes(option.value) && trusted('checked')}
              />
              <label for="${fieldId(name, index)}">${inline(option.label)}</label>
            </div>`,
        )}
      </div>
    </fieldset>`,
  );
}

function fileField(item: FieldItem & { type: 'file' }, render: FormRender): Html {
  const { messages, inline } = render;
  const name = item.name;
  const multiple = item.multiple !== false;
  const hint = item.hint ?? (multiple ? messages.filesHint : undefined);
  const again = render.resent ? `${fieldId(name)}-again` : undefined;
  const described = describedBy(name, hint !== undefined, render, again);
  return group(
    name,
    render,
    html`<label class="intake-label" for="${fieldId(name)}"
        >${item.label ? inline(item.label) : name}${requiredMark(item, messages)}</label
      >
      ${hintOf(name, hint, render)}
      ${again && html`<p class="intake-warning" id="${again}">${messages.filesAgain}</p>`}
      ${errorMessage(render, name)}
      <input
        type="file"
        id="${fieldId(name)}"
        name="${name}"
        ${multiple && trusted('multiple')}
        data-required="${item.required ? 'true' : 'false'}"
        ${described && trusted(`aria-describedby="${described}"`)}
      />`,
  );
}

function consentField(item: FieldItem & { type: 'consent' }, render: FormRender): Html {
  const { messages, inline } = render;
  const name = item.name;
  const described = describedBy(name, item.hint !== undefined, render);
  return group(
    name,
    render,
    html`${errorMessage(render, name)}
      <div class="intake-choice intake-consent">
        <input
          type="checkbox"
          id="${fieldId(name)}"
          name="${name}"
          value="true"
          data-required="${item.required ? 'true' : 'false'}"
          ${first(render.values, name) === 'true' && trusted('checked')}
          ${described && trusted(`aria-describedby="${described}"`)}
        />
        <label for="${fieldId(name)}"
          >${item.label ? inline(item.label) : name}${requiredMark(item, messages)}</label
        >
      </div>
      ${hintOf(name, item.hint, render)}`,
  );
}

function safeContactField(item: FieldItem & { type: 'safe_contact' }, render: FormRender): Html {
  const { messages, inline } = render;
  const name = item.name;
  const channels = `${name}.channels`;
  const chosen = render.values.get(channels) ?? [];
  const text = (
    part: 'times' | 'details' | 'never',
    label: string,
    hint: string,
    area: boolean,
  ) => {
    const field = `${name}.${part}`;
    const id = fieldId(field);
    const described = describedBy(field, true, render);
    const value = first(render.values, field);
    return group(
      field,
      render,
      html`<label class="intake-label intake-sublabel" for="${id}">${label}</label>
        ${hintOf(field, hint, render)} ${errorMessage(render, field)}
        ${
          area
            ? html`<textarea
                id="${id}"
                name="${field}"
                rows="3"
                ${part === 'details' && trusted(`maxlength="${SAFE_DETAILS_MAX}"`)}
                aria-describedby="${described}"
              >
${value}</textarea>`
            : html`<input
                id="${id}"
                name="${field}"
                type="text"
                maxlength="${SAFE_TIMES_MAX}"
                value="${value}"
                aria-describedby="${described}"
              />`
        }`,
    );
  };
  return group(
    name,
    render,
    html`<fieldset class="intake-fieldset intake-safe-contact">
      <legend class="intake-label">
        ${item.label ? inline(item.label) : messages.safeContactLegend}${requiredMark(item, messages)}
      </legend>
      ${hintOf(name, item.hint, render)} ${errorMessage(render, name)}
      ${group(
        channels,
        render,
        html`<fieldset class="intake-fieldset">
          <legend class="intake-sublabel">${messages.safeContactChannels}</legend>
          ${errorMessage(render, channels)}
          <div class="intake-choices">
            ${CONTACT_CHANNELS.map(
              (channel, index) =>
                html`<div class="intake-choice">
                  <input
                    type="checkbox"
                    id="${fieldId(channels, index)}"
                    name="${channels}"
                    value="${channel}"
                    ${chosen.includes(channel) && trusted('checked')}
                  />
                  <label for="${fieldId(channels, index)}">${messages.channelNames[channel]}</label>
                </div>`,
            )}
          </div>
        </fieldset>`,
      )}
      ${text('times', messages.safeContactTimes, messages.safeContactTimesHint, false)}
      ${text('details', messages.safeContactDetails, messages.safeContactDetailsHint, true)}
      ${text('never', messages.safeContactNever, messages.safeContactNeverHint, true)}
    </fieldset>`,
  );
}

/** One item of the form, as the fields a browser sends. */
export function intakeItem(item: IntakeItem, render: FormRender): Html {
  switch (item.type) {
    case 'label':
      return html`<div class="intake-text">
        ${item.label && html`<p>${render.inline(item.label)}</p>`}
        ${item.hint && html`<p class="hint">${render.inline(item.hint)}</p>`}
      </div>`;
    case 'text_input':
    case 'text_area':
    case 'date':
    case 'time':
      return textField(item, render);
    case 'single_choice':
    case 'multiple_choice':
      return choiceField(item, render);
    case 'file':
      return fileField(item, render);
    case 'consent':
      return consentField(item, render);
    case 'safe_contact':
      return safeContactField(item, render);
  }
}

/**
 * A field bots fill in and people never see: off-screen rather than hidden, so a bot reading
 * the markup finds an ordinary field, while screen readers skip it and Tab never reaches it.
 */
export function honeypot(messages: IntakeMessages): Html {
  return html`<div class="intake-honeypot" aria-hidden="true">
    <label for="field-website">${messages.honeypot}</label>
    <input
      type="text"
      id="field-website"
      name="_website"
      value=""
      tabindex="-1"
      autocomplete="off"
    />
  </div>`;
}
