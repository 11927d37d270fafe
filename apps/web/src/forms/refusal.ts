import { noticeElementPhrase, Problem, type FieldLocale } from '@cairn/contracts';
import { caseStatusName, consentName } from '../cases/timeline-text';
import { guideProblemKind, REFUSAL_MESSAGES } from './refusal-messages';

export { guideProblemKind, guideProblemName } from './refusal-messages';

/** A problem+json body with the members Cairn adds beside the standard ones (limit, consent). */
export type RichProblem = Problem & Record<string, unknown>;

/** Reads an answer's problem body, keeping its extra members; undefined when it is not one. */
export function readRichProblem(body: unknown): RichProblem | undefined {
  const parsed = Problem.loose().safeParse(body);
  return parsed.success ? (parsed.data as RichProblem) : undefined;
}

/**
 * What one action means by the generic refusals, said in the reader's language by the
 * caller: "this request" rather than "this", the four-eyes rule on an approval.
 */
export interface ActionRefusals {
  /** 403: what this role, or this person, may not do here. */
  forbidden?: string;
  /** 404 or 410: what is gone. */
  gone?: string;
  /** 409 with no code more precise. */
  conflict?: string;
  /** `invalid-transition`: the record is no longer in a state this action applies to. */
  transition?: string;
  /**
   * 409 on an English page: the API's detail is already a sentence a person reads (the
   * guide's revisions), so it is kept there; any other language gets `conflict`.
   */
  englishConflictDetail?: boolean;
}

const list = (items: readonly string[], locale: FieldLocale) =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

/** The required elements a refused notice lacks, each named with its provision. */
function missingElements(problem: RichProblem, locale: FieldLocale): string | undefined {
  const missing = (problem.errors ?? []).filter((error) => error.code === 'missingElement');
  if (missing.length === 0) return undefined;
  const names = missing.map((error) => noticeElementPhrase(error.params ?? {}, locale));
  return REFUSAL_MESSAGES[locale].missingElements(list(names, locale), names.length);
}

/** A case status refused from where it stands, with where it can go instead. */
function caseTransition(problem: RichProblem, locale: FieldLocale): string | undefined {
  const { from, to, allowed } = problem;
  const name = (status: unknown) => caseStatusName(status, locale);
  if (!name(from) || !name(to) || !Array.isArray(allowed)) return undefined;
  const targets = allowed.map(name).filter((target) => target !== undefined);
  return REFUSAL_MESSAGES[locale].caseTransition(name(from)!, name(to)!, list(targets, locale));
}

/**
 * The sentence for a refusal whose code (and extra members) say exactly what happened,
 * whatever the action; undefined when only the action can say what it means.
 */
export function codedRefusal(problem: RichProblem | undefined, locale: FieldLocale) {
  const words = REFUSAL_MESSAGES[locale];
  switch (problem?.code) {
    case 'one-warning':
      return words.oneWarning;
    case 'consent-required':
      return words.consentRequired(consentName(problem.consent, locale) ?? words.someConsent);
    case 'last-admin':
      return words.lastAdmin;
    case 'survivor-unreadable':
      return words.survivorUnreadable;
    case 'content-invalid':
      return words.contentInvalid;
    case 'validation-failed':
      return missingElements(problem, locale);
    case 'invalid-transition':
      return caseTransition(problem, locale);
    default:
      return undefined;
  }
}

/**
 * Why the API refused an action, as a whole sentence in the reader's language: decided by
 * the problem's code and members, then by what the action says its refusals mean, then by
 * the HTTP status. The API's English detail is never shown as it stands on another
 * language's page, so a French page stays French.
 */
export function refusalSentence(
  status: number,
  body: unknown,
  locale: FieldLocale,
  action: ActionRefusals = {},
): string {
  const problem = readRichProblem(body);
  const coded = codedRefusal(problem, locale);
  if (coded) return coded;
  const words = REFUSAL_MESSAGES[locale];
  if (problem?.code === 'invalid-transition' && action.transition) return action.transition;
  switch (status) {
    case 400:
    case 415:
    case 422:
      return words.badInput;
    case 403:
      return action.forbidden ?? words.forbidden;
    case 404:
    case 410:
      return action.gone ?? words.gone;
    case 409:
      if (action.englishConflictDetail && locale === 'en' && problem?.detail) return problem.detail;
      return action.conflict ?? words.conflict;
    case 413:
      return words.tooLarge;
    case 429:
      return words.busy;
    default:
      return words.unavailable;
  }
}

/**
 * Field errors with the action's own sentences, by field path, put on those the API's
 * service sends without a rule (so in English only); an English page keeps the API's.
 */
export function withActionWords<
  FieldError extends { field: string; code?: string; message: string },
>(
  errors: readonly FieldError[],
  locale: FieldLocale,
  said: Readonly<Record<string, string>> = {},
): FieldError[] {
  if (locale === 'en') return [...errors];
  return errors.map((error) =>
    !error.code && said[error.field] ? { ...error, message: said[error.field]! } : error,
  );
}

/** A problem the guide's checker found, as the API sends it: its code and English detail. */
interface GuideProblem {
  line: number;
  column?: number;
  code: string;
  message: string;
}

/**
 * A guide problem as one sentence of plain text, with where it is: in English the checker's
 * own detail, which names the link or key; in another language the kind of problem, which
 * the page's own language can say.
 */
export function guideProblemSentence(
  problem: GuideProblem,
  locale: FieldLocale,
  before?: string,
): string {
  const where = REFUSAL_MESSAGES[locale].line(problem.line, problem.column);
  const place = before ? `${before}, ${where.charAt(0).toLowerCase()}${where.slice(1)}` : where;
  const what = locale === 'en' ? problem.message : guideProblemKind(problem.code, locale);
  return `${place}${locale === 'fr' ? ' :' : ':'} ${what}`;
}
