import { FIELD_LOCALES, type FieldLocale } from '@cairn/contracts';
import { CASE_MESSAGES } from '../cases/case-messages';
import { CASE_RECORD_MESSAGES } from '../cases/case-record-messages';
import { CASE_LABELS } from '../cases/labels';
import { ACTION_LABELS_BY_LOCALE, AUDIT_MESSAGES } from '../audit/action-labels';
import { SIGN_IN_MESSAGES } from '../auth/sign-in-messages';
import { CONTENT_MESSAGES } from '../content-admin/content-messages';
import { EDITOR_MESSAGES } from '../content-admin/editor-messages';
import { FORM_EDITOR_MESSAGES } from '../content-admin/form-editor-messages';
import { IMPORT_MESSAGES } from '../content-admin/import-messages';
import { NEW_FILE_MESSAGES } from '../content-admin/new-file-messages';
import { REFUSAL_MESSAGES } from '../forms/refusal-messages';
import { ESCALATION_MESSAGES } from '../escalations/escalation-messages';
import { MAIL_MESSAGES } from '../mail/mail-messages';
import { DASHBOARD_MESSAGES } from '../staff/dashboard-messages';
import { ROLE_LABELS_BY_LOCALE } from '../staff/role-labels';
import { staffSections } from '../staff/sections';
import { SHELL_MESSAGES } from '../staff/shell-messages';
import { STAFF_MESSAGES } from '../staff/staff-messages';
import { DIRECTORY_MESSAGES } from '../takedowns/directory-messages';
import { DIRECTORY_LABELS } from '../takedowns/labels';
import { FORM_MESSAGES } from './form-messages';

/**
 * Every table the mail, platform, template, escalation, home, case, sign-in, invitation,
 * staff and audit pages, the guide content's files, helplines, new lesson, new form, import,
 * file editor and visual form editor pages,
 * the refusals and guide problems they show, and their shell say.
 */
const TABLES = {
  case: CASE_MESSAGES,
  caseLabels: CASE_LABELS,
  caseRecords: CASE_RECORD_MESSAGES,
  mail: MAIL_MESSAGES,
  escalations: ESCALATION_MESSAGES,
  directory: DIRECTORY_MESSAGES,
  directoryLabels: DIRECTORY_LABELS,
  dashboard: DASHBOARD_MESSAGES,
  shell: SHELL_MESSAGES,
  roles: ROLE_LABELS_BY_LOCALE,
  sections: { en: sectionWords('en'), fr: sectionWords('fr') },
  forms: FORM_MESSAGES,
  signIn: SIGN_IN_MESSAGES,
  staff: STAFF_MESSAGES,
  audit: AUDIT_MESSAGES,
  auditActions: ACTION_LABELS_BY_LOCALE,
  content: CONTENT_MESSAGES,
  newFile: NEW_FILE_MESSAGES,
  import: IMPORT_MESSAGES,
  editor: EDITOR_MESSAGES,
  formEditor: FORM_EDITOR_MESSAGES,
  refusals: REFUSAL_MESSAGES,
} as const;

/** The sections' titles and purposes, without the addresses, which no language changes. */
function sectionWords(locale: FieldLocale) {
  return Object.fromEntries(
    Object.entries(staffSections(locale)).map(([key, { title, purpose }]) => [
      key,
      { title, purpose },
    ]),
  );
}

/** Each leaf of a table, by its path, with the sentence it says for sample arguments. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, index) => (index === 0 ? 2 : 'X'));
    found.set(`${path}()`, String((value as (...args: unknown[]) => unknown)(...args)));
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      for (const [innerPath, text] of leaves(inner, path ? `${path}.${key}` : key))
        found.set(innerPath, text);
    }
  }
  return found;
}

/** Words that are the same in both languages. */
const SAME_IN_BOTH = new Set([
  'mail.message',
  'directory.source',
  'directory.notes',
  'roles.ADMIN',
  'case.tabs.incidents',
  'case.tabs.notes',
  'caseRecords.incidentsTitle',
  'caseRecords.notesTitle',
  'caseLabels.channel.SMS',
  'caseLabels.channel.SIGNAL',
  'caseLabels.channel.WHATSAPP',
  'signIn.organisation',
  'content.channels.signal',
  'content.channels.whatsapp',
  'content.description',
  'content.servicesLabel',
  'formEditor.types.date',
]);

describe.each(Object.entries(TABLES))('the %s messages', (_name, table) => {
  const english = leaves(table.en);

  it('say every sentence in every language the staff pages speak', () => {
    for (const locale of FIELD_LOCALES) {
      expect([...leaves(table[locale]).keys()].sort()).toEqual([...english.keys()].sort());
    }
  });

  it('are translated into French rather than left in English', () => {
    const french = leaves(table.fr);
    const untranslated = [...english]
      .filter(([path, text]) => french.get(path) === text)
      .map(([path]) => `${_name}.${path}`)
      .filter((path) => !SAME_IN_BOTH.has(path));
    expect(untranslated).toEqual([]);
    for (const [path, text] of french)
      expect({ path, text }).toEqual({ path, text: expect.stringMatching(/\S/) });
  });
});

describe('French typography', () => {
  it('leaves a space before the colons, semicolons, question and exclamation marks', () => {
    for (const table of Object.values(TABLES)) {
      for (const [path, text] of leaves(table.fr)) {
        // Such a mark right after a word or a bracket (a time such as 09:00 is not one).
        expect({ path, text }).toEqual({
          path,
          text: expect.not.stringMatching(/[A-Za-zÀ-ÿ)»][:;?!]/),
        });
      }
    }
  });
});
