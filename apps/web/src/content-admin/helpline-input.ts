import { checked, commaList, optionalText } from '../cases/form-values';
import { formText } from '../forms/form-state';

/*
 * A helpline form's fields are named for the body's paths (`channels.2.value`), so the
 * schema's and the API's field errors land on the input that caused them.
 */

export const CHANNEL_PARTS = ['kind', 'value', 'label', 'secure'] as const;

/** Blank rows the form offers beyond the helpline's channels, so one can be added without JavaScript. */
export const SPARE_CHANNEL_ROWS = 1;

export function helplineFields(rows: number): string[] {
  return [
    'name',
    'description',
    'languages',
    'services',
    'regions',
    'hours',
    'timeZone',
    'responseHours',
    'takesUrgent',
    'channels',
    ...Array.from({ length: rows }, (_, row) =>
      CHANNEL_PARTS.map((part) => `channels.${row}.${part}`),
    ).flat(),
    'intakeFormId',
    'own',
    'listed',
  ];
}

/** The row numbers the form sent, in order, whether or not they were filled in. */
export function channelRowsSent(form: FormData): number[] {
  const rows = new Set<number>();
  for (const name of form.keys()) {
    const match = /^channels\.(\d+)\.kind$/.exec(name);
    if (match) rows.add(Number(match[1]));
  }
  return [...rows].sort((a, b) => a - b);
}

export interface HelplineInput {
  body: unknown;
  /** For each channel in the body, the form row it came from: errors name body indexes. */
  channelRows: number[];
}

export function helplineInput(form: FormData): HelplineInput {
  // A row with nothing typed in it is a spare row left empty, not a channel.
  const channelRows = channelRowsSent(form).filter(
    (row) =>
      formText(form, `channels.${row}.value`).trim() !== '' ||
      formText(form, `channels.${row}.label`).trim() !== '',
  );
  const hours = formText(form, 'responseHours').trim();
  return {
    channelRows,
    body: {
      name: formText(form, 'name'),
      description: formText(form, 'description'),
      languages: commaList(form, 'languages'),
      services: form.getAll('services'),
      regions: commaList(form, 'regions').map((region) =>
        region.toLowerCase() === 'global' ? 'global' : region.toUpperCase(),
      ),
      hours: formText(form, 'hours'),
      timeZone: formText(form, 'timeZone'),
      // A number the schema can refuse by name; "soon" must not quietly become nothing.
      responseHours: hours === '' ? null : /^\d+$/.test(hours) ? Number(hours) : hours,
      takesUrgent: checked(form, 'takesUrgent'),
      channels: channelRows.map((row) => ({
        kind: formText(form, `channels.${row}.kind`),
        value: formText(form, `channels.${row}.value`),
        secure: checked(form, `channels.${row}.secure`),
        label: optionalText(form, `channels.${row}.label`),
      })),
      intakeFormId: optionalText(form, 'intakeFormId') ?? null,
      own: checked(form, 'own'),
      listed: checked(form, 'listed'),
    },
  };
}

/** `channels.1.value` of the body is the form's `channels.<row>.value`. */
export function toFormField(field: string, channelRows: readonly number[]): string {
  const match = /^channels\.(\d+)(\..*)?$/.exec(field);
  if (!match) return field;
  const row = channelRows[Number(match[1])];
  return row === undefined ? 'channels' : `channels.${row}${match[2] ?? ''}`;
}
