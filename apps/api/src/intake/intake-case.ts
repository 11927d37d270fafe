import {
  answerableItems,
  consentsOf,
  safeContactOf,
  type Form,
  type FormAnswers,
  type SafeContactAnswer,
} from '@cairn/content';
import {
  CreateCaseBody,
  zonedToIso,
  type ConsentScope,
  type CreateIncidentBody,
  type IntakeControlFields,
} from '@cairn/contracts';
import type { z } from 'zod';
import { AppError } from '../core/errors/app-error';

/** What a submission opens: the case, its incident and the consents ticked. */
export interface IntakeCase {
  body: CreateCaseBody;
  incident: CreateIncidentBody;
  consents: ConsentScope[];
}

const SURVIVOR_NAME_MAX = 200;
/** A clock a few minutes fast on the survivor's side is not an incident in the future. */
const CLOCK_SKEW_MS = 10 * 60_000;

/** Words of the case that the survivor did not type, in the form's language. */
const WORDS = {
  en: { unnamed: 'Not given', told: (title: string) => `Told through the form “${title}”.` },
  fr: {
    unnamed: 'Non indiqué',
    told: (title: string) => `Signalé par le formulaire « ${title} ».`,
  },
} as const;

const wordsFor = (locale: string) => (locale.startsWith('fr') ? WORDS.fr : WORDS.en);

function answerOf(
  form: Form,
  answers: FormAnswers,
  role: string,
): { name: string; value: string } | undefined {
  const item = answerableItems(form).find((candidate) => candidate.case === role);
  if (!item) return undefined;
  const value = answers[item.name];
  return typeof value === 'string' && value.trim() !== ''
    ? { name: item.name, value: value.trim() }
    : undefined;
}

function refuse(field: string, message: string): AppError {
  return AppError.validation([{ in: 'body', field, message }]);
}

/** `2026-03-14T21:30` for an instant, as a wall clock in the zone reads it. */
function localNow(now: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

function incidentTime(
  form: Form,
  answers: FormAnswers,
  timeZone: string,
  now: Date,
): { occurredAt: string; approximate: boolean } {
  const date = answerOf(form, answers, 'incident-date');
  const time = answerOf(form, answers, 'incident-time');
  if (!date) return { occurredAt: localNow(now, timeZone), approximate: true };
  const occurredAt = `${date.value}T${time?.value ?? '12:00'}`;
  const instant = zonedToIso(occurredAt, timeZone);
  if (!instant)
    throw refuse(
      time?.name ?? date.name,
      'This time does not exist on that day: the clocks changed',
    );
  if (Date.parse(instant) > now.getTime() + CLOCK_SKEW_MS)
    throw refuse(date.name, 'The day it happened cannot be still to come');
  return { occurredAt, approximate: !time };
}

const CONTACT_FIELDS: Record<string, string> = {
  channels: 'channels',
  safeTimes: 'times',
  details: 'details',
  never: 'never',
};

/**
 * What the case cannot hold although the form took it (a "never" line with a tab): named
 * as the safe-contact answer's field, the only answers whose rules the case adds to.
 */
function caseProblem(error: z.ZodError, contactName: string | undefined): AppError {
  return AppError.validation(
    error.issues.map((issue) => {
      const [root, sub, field] = issue.path.map(String);
      const named =
        contactName && root === 'survivor' && sub === 'safeContact' && field
          ? `${contactName}.${CONTACT_FIELDS[field] ?? field}`
          : 'body';
      return { in: 'body' as const, field: named, message: issue.message };
    }),
  );
}

/**
 * The case a submission opens, from the answers whose items feed the case (`case:` roles),
 * the consent items ticked and the safe-contact item. Nothing the survivor typed goes into
 * the title: a case list shows the form's title.
 */
export function caseFromSubmission(input: {
  form: Form;
  answers: FormAnswers;
  locale: string;
  control: Pick<IntakeControlFields, '_danger' | '_country'>;
  timeZone: string;
  now: Date;
}): IntakeCase {
  const { form, answers, locale, control, timeZone, now } = input;
  const words = wordsFor(locale);
  const name = answerOf(form, answers, 'survivor-name');
  if (name && name.value.length > SURVIVOR_NAME_MAX)
    throw refuse(name.name, `Shorten this to at most ${SURVIVOR_NAME_MAX} characters`);
  const description = answerOf(form, answers, 'description');
  const country = answerOf(form, answers, 'survivor-country')?.value.toUpperCase();
  const contactItem = answerableItems(form).find((item) => item.type === 'safe_contact');
  const contact = contactItem && (answers[contactItem.name] as SafeContactAnswer | undefined);
  const danger = control._danger === 'yes';
  const language = /^[a-z]{2,3}(-[A-Z]{2})?$/.test(locale) ? locale : locale.slice(0, 2);
  const parsed = CreateCaseBody.safeParse({
    title: form.title.trim().slice(0, 200) || words.told(form.id),
    summary: description?.value ?? '',
    ...(danger ? { riskLevel: 'CRITICAL', riskScreening: { survivorFeelsUnsafe: true } } : {}),
    survivor: {
      name: name?.value ?? words.unnamed,
      isPseudonym: !name,
      preferredLanguage: language,
      ...(contact ? { safeContact: safeContactOf(contact) } : {}),
    },
    jurisdiction: {
      survivorCountry: country && /^[A-Z]{2}$/.test(country) ? country : control._country || null,
      otherPartyCountry: null,
    },
  });
  if (!parsed.success) throw caseProblem(parsed.error, contactItem?.name);
  return {
    body: parsed.data,
    incident: {
      ...incidentTime(form, answers, timeZone, now),
      timeZone,
      location: { kind: 'UNKNOWN' },
      description: description?.value ?? words.told(form.title),
      otherPartyIdentifiers: [],
    },
    consents: [...new Set(consentsOf(form, answers))],
  };
}
