import type { FieldProblem, IntakeMessages } from './intake-messages';

/** "in 10 minutes", in the reader's language, from the API's `Retry-After` seconds. */
export function waitWords(locale: string, seconds: number | undefined): string | undefined {
  if (seconds === undefined) return undefined;
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  try {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'minute',
      unitDisplay: 'long',
    }).format(minutes);
  } catch {
    return `${minutes} min`;
  }
}

const RULE_PROBLEMS: Readonly<Record<string, FieldProblem>> = {
  required: 'required',
  fillIn: 'required',
  oneOf: 'choose',
  oneOfOffered: 'choose',
  kindOffered: 'choose',
  date: 'date',
  time: 'time',
  text: 'text',
  oneLine: 'text',
  controlCharacter: 'text',
  brokenCharacter: 'text',
  charactersAtMost: 'tooLong',
  tooLarge: 'file',
  fileType: 'fileType',
};

/** The field an API issue names, as the page names it: an item, or `<item>.<part>`. */
export function pageField(field: string): string {
  return field.replace(/^(?:body\.)?(?:answers\.)?/, '');
}

/** A sentence for each field the API refused, in the reader's language. */
export function fieldErrorsOf(
  messages: IntakeMessages,
  errors: { field: string; code?: string; params?: Record<string, string | number> }[],
): Map<string, string> {
  const found = new Map<string, string>();
  for (const { field, code, params } of errors) {
    const name = pageField(field);
    if (found.has(name)) continue;
    const max = Number(params?.max);
    const sentence =
      code === 'charactersAtMost' && Number.isFinite(max)
        ? messages.charactersAtMost(max)
        : messages.fieldErrors[RULE_PROBLEMS[code ?? ''] ?? 'other'];
    found.set(name, sentence);
  }
  return found;
}
