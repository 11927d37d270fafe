import { fieldMessage } from '@cairn/contracts';
import type { z } from 'zod';
import {
  answerableItems,
  consentsOf,
  fileItems,
  formAnswersSchema,
  safeContactOf,
  type FormAnswers,
} from './form-answers';
import { formVersion } from './form-version';
import { formFromSource } from './parse-form';

const PATH = 'en/online-abuse/report/beginner/f_report.yml';

/** A form from YAML, failing the test when it does not parse. */
function form(yaml: string) {
  const parsed = formFromSource(PATH, yaml);
  if (!parsed.form) throw new Error(JSON.stringify(parsed.problems));
  return parsed.form;
}

const INTAKE = form(`title: Tell us what happened
screens:
  - name: You
    items:
      - type: label
        label: Answer what you can.
      - name: name
        type: text_input
        label: A name to call you
        case: survivor-name
      - name: what
        type: text_area
        label: What happened?
        required: true
        case: description
      - name: day
        type: date
        label: When?
        case: incident-date
      - name: hour
        type: time
        label: At what time?
        case: incident-time
  - name: Where
    items:
      - name: platforms
        type: multiple_choice
        label: Where?
        options:
          - { value: instagram, label: Instagram }
          - { value: tiktok, label: TikTok }
      - name: seen
        type: single_choice
        label: Have others seen it?
        options:
          - { value: 'yes', label: 'Yes' }
          - { value: 'no', label: 'No' }
      - name: files
        type: file
        label: Screenshots
      - name: share
        type: consent
        scope: SHARE_WITH_PLATFORMS
        label: You may share my report with the platforms.
      - name: contact
        type: safe_contact
        label: How can we reach you safely?
`);

type Issue = z.core.$ZodIssue;

function refusal(answers: unknown): Issue[] {
  const result = formAnswersSchema(INTAKE).safeParse(answers);
  if (result.success) throw new Error(`accepted ${JSON.stringify(answers)}`);
  return result.error.issues;
}

/** What a person reads for each issue, in English and French, by the item it names. */
function said(issues: Issue[]) {
  return issues.map((issue) => {
    const { rule, ...params } =
      (issue as { params?: Record<string, string | number> }).params ?? {};
    return {
      path: issue.path,
      en: issue.message,
      fr: fieldMessage({ rule: String(rule), params }, 'fr'),
    };
  });
}

describe('the answers a form accepts', () => {
  it('accepts a full submission and gives it back as answered', () => {
    const answers: FormAnswers = {
      name: 'Sam',
      what: 'Someone posts my address under my photos.\nIt started in May.',
      day: '2026-05-04',
      hour: '21:30',
      platforms: ['instagram', 'tiktok'],
      seen: 'yes',
      share: true,
      contact: { channels: ['SIGNAL', 'EMAIL'], times: 'weekdays', details: '', never: '' },
    };
    expect(formAnswersSchema(INTAKE).parse(answers)).toEqual(answers);
  });

  it('accepts the least a person can send: the required answer alone', () => {
    expect(formAnswersSchema(INTAKE).parse({ what: 'It happened.' })).toEqual({
      what: 'It happened.',
    });
  });

  it('refuses a key that is no answerable item of this form, naming it', () => {
    expect(said(refusal({ what: 'x', address: '1 Main St', files: 'a.png' }))).toEqual([
      {
        path: ['address'],
        en: 'Remove "address": not a field this takes',
        fr: 'Retirez "address" : ce champ n\'est pas accepté ici',
      },
      {
        path: ['files'],
        en: 'Remove "files": not a field this takes',
        fr: 'Retirez "files" : ce champ n\'est pas accepté ici',
      },
    ]);
  });

  it("refuses a key that would reach an object's prototype, as any other", () => {
    const sent: unknown = JSON.parse('{"what": "x", "__proto__": {"required": false}}');
    expect(refusal(sent).map((issue) => issue.path)).toEqual([['__proto__']]);
  });

  it('names a required item left out or left blank', () => {
    const expected = [{ path: ['what'], en: 'This is required', fr: 'Ce champ est obligatoire' }];
    expect(said(refusal({}))).toEqual(expected);
    expect(said(refusal({ what: '   ' }))).toEqual(expected);
  });

  it('refuses NUL, a lone surrogate and oversized text rather than cutting it', () => {
    expect(said(refusal({ what: 'a\u0000b' }))).toEqual([
      {
        path: ['what'],
        en: 'Remove the invisible control character (NUL)',
        fr: 'Retirez le caractère de contrôle invisible (NUL)',
      },
    ]);
    expect(refusal({ what: 'x', name: 'Sam \ud83d' }).map((i) => i.path)).toEqual([['name']]);
    expect(refusal({ what: 'x', name: 'S'.repeat(501) })[0]).toMatchObject({
      path: ['name'],
      message: 'Shorten this to at most 500 characters (it has 501)',
    });
    expect(refusal({ what: 'x'.repeat(20_001) })[0]?.path).toEqual(['what']);
    expect(formAnswersSchema(INTAKE).parse({ what: 'x'.repeat(20_000) })).toBeTruthy();
  });

  it('keeps a short answer on one line', () => {
    expect(said(refusal({ what: 'x', name: 'Sam\nSmith' }))[0]?.path).toEqual(['name']);
  });

  it('refuses a choice that is not among the options, and a repeated one', () => {
    expect(said(refusal({ what: 'x', seen: 'maybe', platforms: ['instagram', 'x'] }))).toEqual([
      {
        path: ['platforms', 1],
        en: 'Choose one of the values offered',
        fr: "Choisissez l'une des valeurs proposées",
      },
      {
        path: ['seen'],
        en: 'Choose one of the values offered',
        fr: "Choisissez l'une des valeurs proposées",
      },
    ]);
    expect(refusal({ what: 'x', platforms: ['tiktok', 'tiktok'] }).map((i) => i.path)).toEqual([
      ['platforms', 1],
    ]);
    expect(refusal({ what: 'x', platforms: 'tiktok' }).map((i) => i.path)).toEqual([['platforms']]);
  });

  it('refuses dates that are not on the calendar and times that are not on the clock', () => {
    for (const day of ['2026-02-30', '2026-13-01', '2026-2-3', '04/05/2026', '2025-02-29'])
      expect(said(refusal({ what: 'x', day }))).toEqual([
        {
          path: ['day'],
          en: 'Enter a date such as 2026-03-14',
          fr: 'Saisissez une date, par exemple 2026-03-14',
        },
      ]);
    expect(formAnswersSchema(INTAKE).parse({ what: 'x', day: '2028-02-29' })).toBeTruthy();
    for (const hour of ['24:00', '9:30', '21:60', '21:30:00'])
      expect(said(refusal({ what: 'x', hour }))[0]).toEqual({
        path: ['hour'],
        en: 'Enter a time such as 21:30',
        fr: 'Saisissez une heure, par exemple 21:30',
      });
  });

  it('takes a consent as true or false, and an unticked one gives no consent', () => {
    expect(refusal({ what: 'x', share: 'yes' }).map((i) => i.path)).toEqual([['share']]);
    const answers = formAnswersSchema(INTAKE).parse({ what: 'x', share: true });
    expect(consentsOf(INTAKE, answers)).toEqual(['SHARE_WITH_PLATFORMS']);
    expect(consentsOf(INTAKE, { what: 'x', share: false })).toEqual([]);
  });

  it('checks a safe contact field by field and maps it to what the case stores', () => {
    const issues = refusal({
      what: 'x',
      contact: { channels: ['CARRIER_PIGEON'], times: 'a\u0000', never: 'x'.repeat(201) },
    });
    expect(issues.map((i) => i.path)).toEqual([
      ['contact', 'channels', 0],
      ['contact', 'times'],
    ]);
    expect(refusal({ what: 'x', contact: { never: 'x'.repeat(201) } })[0]).toMatchObject({
      path: ['contact', 'never'],
      message: 'Shorten this to at most 200 characters',
    });
    expect(refusal({ what: 'x', contact: { phone: '0600' } })[0]?.path).toEqual(['contact']);

    const answers = formAnswersSchema(INTAKE).parse({
      what: 'x',
      contact: { channels: ['SMS'], never: 'no calls\n\n  no voicemail  \n' },
    });
    expect(safeContactOf(answers.contact as never)).toEqual({
      channels: ['SMS'],
      safeTimes: '',
      details: '',
      never: ['no calls', 'no voicemail'],
    });
  });

  it('refuses answers that are not an object of answers', () => {
    for (const answers of [null, 'what', ['what'], 3]) expect(refusal(answers)).toHaveLength(1);
  });

  it('holds a required consent, choice and safe contact to saying something', () => {
    const strict = form(`title: Strict
screens:
  - items:
      - { name: agree, type: consent, scope: CONTACT_BY_EMAIL, label: You may email me., required: true }
      - name: where
        type: multiple_choice
        required: true
        options: [{ value: a, label: A }, { value: b, label: B }]
      - { name: reach, type: safe_contact, required: true }
`);
    const result = formAnswersSchema(strict).safeParse({
      agree: false,
      where: [],
      reach: { times: 'evenings' },
    });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['agree'], 'This is required'],
      [['where'], 'This is required'],
      [['reach'], 'This is required'],
    ]);
  });

  it('lists the answerable items and the file items apart', () => {
    expect(answerableItems(INTAKE).map((item) => item.name)).toEqual([
      'name',
      'what',
      'day',
      'hour',
      'platforms',
      'seen',
      'share',
      'contact',
    ]);
    expect(fileItems(INTAKE).map((item) => [item.name, item.multiple])).toEqual([
      ['files', undefined],
    ]);
  });
});

describe("a form written for Umbrella's five item types", () => {
  const umbrella = form(`title: Incident
screens:
- items:
  - name: name
    type: text_input
    label: 'Name:'
  - name: provide-brief-description
    type: multiple_choice
    label: What happened? (Check all that apply)
    options:
    - label: Private data was accessed or exposed
      value: Private data was accessed or exposed
    - label: I'm shut out of my account or device
      value: I'm shut out of my account or device
  title: Details
- items:
  - type: label
    label: Thank you
  - name: notes
    type: text_area
    hint: Anything else
  title: ''
`);

  it('still parses, and its answers are checked by value, trimmed', () => {
    const schema = formAnswersSchema(umbrella);
    expect(
      schema.parse({
        name: 'A',
        'provide-brief-description': [' Private data was accessed or exposed'],
        notes: '',
      }),
    ).toBeTruthy();
    expect(schema.safeParse({ 'provide-brief-description': ['Something else'] }).success).toBe(
      false,
    );
    expect(schema.parse({})).toEqual({});
  });
});

describe('a form version', () => {
  it('is the first 16 hex digits of the SHA-256 of the source, so any edit changes it', () => {
    expect(formVersion('title: A\n')).toMatch(/^[0-9a-f]{16}$/);
    expect(formVersion('')).toBe('e3b0c44298fc1c14');
    expect(formVersion('title: A\n')).not.toBe(formVersion('title: B\n'));
  });
});
