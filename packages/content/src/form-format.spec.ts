import { formAnswersSchema } from './form-answers';
import { formFromSource } from './parse-form';
import { checkDocument } from './check-document';
import { defaultGuideFiles } from './guide-files';
import type { SourceFile } from './source-file';

const PATH = 'en/online-abuse/document-evidence/beginner/f_report-it.yml';

/** A one-screen form of these items (YAML lines, indented under `items:`). */
const formOf = (...items: string[]) =>
  `title: Report it\nscreens:\n  - name: First\n    items:\n${items.join('\n')}\n`;

/** `[line, message]` of each problem `checkDocument` finds in a form of these items. */
function problems(files: SourceFile[], ...items: string[]) {
  return checkDocument(files, PATH, formOf(...items)).map((p) => [p.line, p.message]);
}

describe('the intake form format', () => {
  let files: SourceFile[];
  beforeAll(async () => {
    files = await defaultGuideFiles();
  });

  it('accepts every item type with its options, roles and consents', () => {
    expect(
      problems(
        files,
        '      - { type: label, label: Answer what you can. }',
        '      - { name: name, type: text_input, label: Name, case: survivor-name }',
        '      - { name: what, type: text_area, label: What, required: true, case: description }',
        '      - { name: day, type: date, label: Day, case: incident-date }',
        '      - { name: hour, type: time, label: Time, case: incident-time }',
        '      - { name: shots, type: file, label: Files, multiple: false, required: true }',
        '      - { name: share, type: consent, scope: SHARE_WITH_POLICE, label: Share with police }',
        '      - { name: reach, type: safe_contact, label: Reach me }',
        '      - name: country',
        '        type: single_choice',
        '        case: survivor-country',
        '        options: [{ value: FR, label: France }, { value: BE, label: Belgium }]',
      ),
    ).toEqual([]);
  });

  it('names an unknown key and an unknown type on their lines', () => {
    expect(
      problems(
        files,
        '      - { name: name, type: text_input, label: Name, placeholder: Sam }',
        '      - { name: other, type: signature, label: Sign }',
      ),
    ).toEqual([
      [5, 'unknown key "placeholder" in screens[0].items[0]'],
      [
        6,
        'screens[0].items[1].type: type must be one of label, text_input, text_area, single_choice, multiple_choice, date, time, file, consent, safe_contact',
      ],
    ]);
  });

  it('allows a case role once, on an item it fits', () => {
    expect(
      problems(
        files,
        '      - { name: a, type: text_area, case: description }',
        '      - { name: b, type: text_input, case: description }',
        '      - { name: c, type: text_area, case: incident-date }',
        '      - { name: d, type: text_input, case: victim }',
      ),
    ).toEqual([
      [
        6,
        'screens[0].items[1].case: description is already given by screens[0].items[0]: use each role once',
      ],
      [7, 'screens[0].items[2].case: incident-date fits a date item, not text_area'],
      [
        8,
        'screens[0].items[3].case: case must be one of survivor-name, description, incident-date, incident-time, survivor-country',
      ],
    ]);
  });

  it('wants a known consent scope, asked once, and a consent sentence', () => {
    expect(
      problems(
        files,
        '      - { name: a, type: consent, scope: SHARE_WITH_EVERYONE, label: Share }',
        '      - { name: b, type: consent, label: Share }',
        '      - { name: c, type: consent, scope: CONTACT_BY_SMS, label: Text me }',
        '      - { name: d, type: consent, scope: CONTACT_BY_SMS, label: Text me again }',
        '      - { name: e, type: consent, scope: CONTACT_BY_EMAIL }',
      ),
    ).toEqual([
      [
        5,
        'screens[0].items[0].scope: scope must be one of SHARE_WITH_POLICE, SHARE_WITH_PLATFORMS, SHARE_WITH_LAWYER, CONTACT_BY_PHONE, CONTACT_BY_SMS, CONTACT_BY_EMAIL, CONTACT_BY_MESSENGER',
      ],
      [
        6,
        'screens[0].items[1].scope: scope must be one of SHARE_WITH_POLICE, SHARE_WITH_PLATFORMS, SHARE_WITH_LAWYER, CONTACT_BY_PHONE, CONTACT_BY_SMS, CONTACT_BY_EMAIL, CONTACT_BY_MESSENGER',
      ],
      [
        8,
        'screens[0].items[3].scope: CONTACT_BY_SMS is already asked by screens[0].items[2]: ask each consent once',
      ],
      [9, 'screens[0].items[4].label: is required'],
    ]);
  });

  it('refuses "required" and a case role on information text, which takes no answer', () => {
    expect(
      problems(
        files,
        '      - { type: label, label: Read this, required: true, case: description }',
      ),
    ).toEqual([
      [
        5,
        'screens[0].items[0].required: information text takes no answer, so it cannot be required',
      ],
      [5, 'screens[0].items[0].case: description fits a text_input or text_area item, not label'],
    ]);
  });

  it('wants country codes as the values of a survivor-country choice', () => {
    expect(
      problems(
        files,
        '      - name: country',
        '        type: single_choice',
        '        case: survivor-country',
        '        options: [{ value: FR, label: France }, { value: belgium, label: Belgium }]',
      ),
    ).toEqual([
      [
        8,
        'screens[0].items[0].options[1].value: survivor-country options have two-letter country codes as values, such as FR',
      ],
    ]);
  });
});

describe('a form that asks two questions under one name', () => {
  const text = [
    'title: Incident',
    'screens:',
    '  - title: Responsibility',
    '    items:',
    '      - { name: details, type: text_area, label: Who is responsible? }',
    '      - { name: details-2, type: text_input, label: Since when? }',
    '  - title: Motive',
    '    items:',
    '      - { name: details, type: text_area, label: What is the likely motive? }',
    '',
  ].join('\n');

  it('is reported, yet served with the later question under a name of its own', () => {
    const { form, problems } = formFromSource('en/forms/f_incident.yml', text);
    expect(problems.map((problem) => problem.code)).toEqual(['repeated-field']);
    const names = form!.screens.flatMap((screen) => screen.items.map((item) => item.name));
    expect(names).toEqual(['details', 'details-2', 'details-3']);
  });

  it('takes an answer to each of the two questions', () => {
    const { form } = formFromSource('en/forms/f_incident.yml', text);
    const parsed = formAnswersSchema(form!).safeParse({
      details: 'A former partner',
      'details-2': 'March',
      'details-3': 'Revenge',
    });
    expect(parsed.success).toBe(true);
  });
});
