import {
  ELEMENT_VALUE,
  fieldMessage,
  REQUIRED_ELEMENTS,
  TEMPLATE_LISTS,
  TEMPLATE_VALUES,
  type NoticeType,
} from '@cairn/contracts';
import Mustache from 'mustache';
import type { FieldError } from '../core/errors/app-error';

/**
 * Notice templates are Mustache, logic-less: a template may name the known values, and
 * iterate the two lists (`urls`, `evidence`); nothing else (no partials, no unescaped
 * output, no changed delimiters). A value is never read as template text, whatever it holds.
 */

type Token = [string, string, number, number, Token[]?];

const KNOWN = new Set<string>(TEMPLATE_VALUES);
const LISTS = TEMPLATE_LISTS as Record<string, readonly string[]>;

/** A reason a template is unusable: the English sentence, and its rule for other languages. */
interface TemplateProblem {
  message: string;
  code: string;
  params?: Record<string, string>;
}

/** What a template names: values, lists, and problems that make it unusable. */
interface TemplateScan {
  names: Set<string>;
  problems: TemplateProblem[];
}

function scan(tokens: Token[], list: string | null, found: TemplateScan): void {
  for (const token of tokens) {
    const [kind, name] = token;
    if (kind === 'text' || kind === '!') continue;
    if (kind === '&' || kind === '{') {
      found.problems.push({
        message: `Write {{${name}}} with two braces: every value is written as plain text`,
        code: 'templateTwoBraces',
        params: { name },
      });
    } else if (kind === '>') {
      found.problems.push({
        message: `Templates cannot include other templates ({{> ${name}}})`,
        code: 'templatePartial',
        params: { name },
      });
    } else if (kind === '=') {
      found.problems.push({
        message: 'Templates cannot change the {{ }} markers',
        code: 'templateDelimiters',
      });
    } else if (kind === '#' || kind === '^') {
      if (list !== null || !(name in LISTS)) {
        found.problems.push({
          message: `{{#${name}}} is not a list: only {{#urls}} and {{#evidence}} can repeat text`,
          code: 'templateNotList',
          params: { name },
        });
        continue;
      }
      found.names.add(name);
      scan(token[4] ?? [], name, found);
    } else if (kind === 'name') {
      const allowed = list ? [...(LISTS[list] ?? []), ...KNOWN] : [...KNOWN];
      if (!allowed.includes(name)) {
        const fields = (LISTS[list ?? ''] ?? []).map((field) => `{{${field}}}`).join(', ');
        found.problems.push(
          list
            ? {
                message: `{{${name}}} is not known inside {{#${list}}}: use ${fields}`,
                code: 'templateUnknownInList',
                params: { name, list, fields },
              }
            : {
                message: `{{${name}}} is not a value templates can use`,
                code: 'templateUnknownValue',
                params: { name },
              },
        );
      } else if (!list) {
        found.names.add(name);
      }
    }
  }
}

function parse(text: string): Token[] | TemplateProblem {
  try {
    return Mustache.parse(text) as Token[];
  } catch (error) {
    return {
      message: `The template markers do not match: ${(error as Error).message}`,
      code: 'templateMarkers',
    };
  }
}

/** Why a template of this notice type cannot be used, one field error per problem. */
export function templateProblems(
  noticeType: NoticeType,
  text: { subject: string; body: string },
): FieldError[] {
  const errors: FieldError[] = [];
  const inBody: TemplateScan = { names: new Set(), problems: [] };
  for (const field of ['subject', 'body'] as const) {
    const tokens = parse(text[field]);
    const found: TemplateScan = { names: new Set(), problems: [] };
    if (Array.isArray(tokens)) scan(tokens, null, found);
    else found.problems.push(tokens);
    if (field === 'subject' && [...found.names].some((name) => name in LISTS))
      found.problems.push({
        message: 'The subject is one line: lists belong in the body',
        code: 'subjectOneLine',
      });
    for (const problem of found.problems) errors.push({ in: 'body', field, ...problem });
    for (const name of found.names) inBody.names.add(name);
  }
  for (const { element, provision } of REQUIRED_ELEMENTS[noticeType]) {
    const value = ELEMENT_VALUE[element];
    if (!inBody.names.has(value))
      errors.push({
        in: 'body',
        field: 'body',
        code: 'templateMissingElement',
        params: { element, value, ...(provision ? { provision } : {}) },
        message: fieldMessage(
          {
            rule: 'templateMissingElement',
            params: { element, value, ...(provision ? { provision } : {}) },
          },
          'en',
        ),
      });
  }
  return errors;
}

/**
 * Notices are plain text. A value may not break out of its place: control characters
 * other than line breaks and tabs are dropped, and in the one-line subject line breaks
 * become spaces, so a value can never add a mail header or a line the template did not have.
 */
function plainText(oneLine: boolean) {
  return (value: unknown): string => {
    const text = String(value).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
    return oneLine ? text.replace(/[\r\n\t]+/g, ' ') : text.replace(/\r\n?/g, '\n');
  };
}

export type TemplateView = Record<string, unknown>;

/** Renders a template already checked by templateProblems. */
export function renderTemplate(
  text: { subject: string; body: string },
  view: TemplateView,
): { subject: string; body: string } {
  const writer = new Mustache.Writer();
  return {
    subject: writer
      .render(text.subject, view, {}, { escape: plainText(true) })
      .replace(/\s+/g, ' ')
      .trim(),
    body: writer.render(text.body, view, {}, { escape: plainText(false) }),
  };
}
