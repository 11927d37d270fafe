import type { z } from 'zod';
import { AcceptInviteBody, LoginBody } from './auth';
import {
  ChangeStatusBody,
  CreateCaseBody,
  CreateConsentBody,
  CreateContactBody,
  CreateIncidentBody,
  CreateNoteBody,
  SetAssigneesBody,
  UpdateIncidentBody,
} from './cases';
import { CreateHelplineBody, SaveDraftBody } from './content';
import { EscalationCalendarBody, EscalationRuleBody } from './escalations';
import { UpdateMailSettingsBody } from './mail';
import { FIELD_LOCALES, FIELD_MESSAGES, fieldMessage, fieldRule } from './messages';
import { CreateInviteBody } from './staff';
import { CreatePlatformBody, TemplateText, UpdateTakedownSettingsBody } from './takedowns';

/** Wrong answers to the staff forms' own schemas, chosen to provoke every kind of refusal. */
const REFUSALS: [z.ZodType, unknown][] = [
  [CreateCaseBody, {}],
  [CreateCaseBody, { title: '', survivor: { name: 'x'.repeat(500) }, riskLevel: 'EXTREME', x: 1 }],
  [CreateCaseBody, { title: 42, survivor: 'S', tags: Array.from({ length: 40 }, () => 't') }],
  [CreateCaseBody, { title: 'a\u0001b', survivor: { name: 'line\nbreak' }, tags: [1] }],
  [CreateCaseBody, { title: '\uD800', survivor: { name: 'S' }, tags: 'x' }],
  [CreateIncidentBody, { occurredAt: 'last week', timeZone: 'Mars/Olympus', location: {} }],
  [CreateIncidentBody, { occurredAt: '2026-03-14T21:30', approximate: 'yes', location: 'x' }],
  [CreateContactBody, { kind: 'LETTER' }],
  [CreateContactBody, { kind: 'REPORT', contactedAt: 'soon', nextFollowUp: 'later', method: 1 }],
  [CreateNoteBody, { body: '' }],
  [CreateConsentBody, {}],
  [ChangeStatusBody, { status: 'CLOSED' }],
  [SetAssigneesBody, { userIds: ['not-an-id'] }],
  [LoginBody, { email: 'nobody', password: 42 }],
  [AcceptInviteBody, {}],
  [CreateInviteBody, { email: 'x@', role: 'KING' }],
  [CreateHelplineBody, {}],
  [CreateHelplineBody, { website: 'ftp://x', responseHours: -1.5 }],
  [SaveDraftBody, {}],
];

/** Wrong answers to the admin forms of mail, escalations, platforms and templates. */
const ADMIN_REFUSALS: [z.ZodType, unknown][] = [
  [
    UpdateMailSettingsBody,
    {
      fromAddress: 'helpline at example',
      fromName: '',
      dkim: { domain: 'not a domain', selector: '-bad-', privateKey: '' },
    },
  ],
  [EscalationCalendarBody, { days: [], opens: '9h', closes: '25:00', holidays: ['Christmas'] }],
  [EscalationCalendarBody, { days: [1], opens: '18:00', closes: '09:00', holidays: [] }],
  [
    EscalationRuleBody,
    {
      kind: 'TAKEDOWN_UNANSWERED',
      enabled: true,
      followUpAfterBusinessDays: 'ten',
      escalateAfterBusinessDays: 99,
      escalateTo: 'REGULATOR',
      regulatorEmail: null,
    },
  ],
  [EscalationRuleBody, { kind: 'HIGH_RISK_UNASSIGNED', enabled: true, afterMinutes: 0 }],
  [
    CreatePlatformBody,
    {
      name: '',
      kind: 'FORUM',
      reportChannel: 'EMAIL',
      reportAddress: 'https://example.org/report',
      noticeTypes: ['PLEA'],
      country: 'Ireland',
    },
  ],
  [
    CreatePlatformBody,
    { name: 'P', kind: 'HOST', reportChannel: 'WEB_FORM', reportAddress: 'abuse', noticeTypes: [] },
  ],
  [TemplateText, { subject: '', body: '' }],
  [UpdateTakedownSettingsBody, { fourEyes: 'yes', inboundDomain: 42 }],
];

const adminIssues = ADMIN_REFUSALS.flatMap(
  ([schema, value]) => schema.safeParse(value, { reportInput: true }).error?.issues ?? [],
);

const issues = REFUSALS.flatMap(
  ([schema, value]) => schema.safeParse(value, { reportInput: true }).error?.issues ?? [],
);

/** Words of a parser, not of a caseworker. */
const DEVELOPER_WORDING = /expected|received|undefined|invalid|>=|<=|NaN|\[object/i;

describe('the field-error table', () => {
  it('has a sentence in every language for every rule', () => {
    const english = Object.keys(FIELD_MESSAGES.en).sort();
    for (const locale of FIELD_LOCALES) {
      expect(Object.keys(FIELD_MESSAGES[locale]).sort()).toEqual(english);
    }
  });

  it('covers the kinds of refusal the staff forms can meet', () => {
    const codes = new Set(issues.map((issue) => issue.code));
    for (const code of [
      'invalid_type',
      'invalid_value',
      'too_big',
      'too_small',
      'invalid_format',
      'unrecognized_keys',
      'invalid_union',
      'custom',
    ]) {
      expect(codes).toContain(code);
    }
  });

  it.each(FIELD_LOCALES)('says every refusal of the real schemas as a sentence in %s', (locale) => {
    for (const issue of issues) {
      const rule = fieldRule(issue);
      const sentence = fieldMessage(rule, locale);
      expect({ path: issue.path, sentence }).toEqual({
        path: issue.path,
        sentence: expect.not.stringMatching(DEVELOPER_WORDING),
      });
      // A rule the table does not know falls back to a vague sentence; none of these may.
      expect({ path: issue.path, rule: rule.rule }).not.toEqual({
        path: issue.path,
        rule: 'notAccepted',
      });
    }
  });

  it('words every refusal of the admin forms by what the field asks for, never vaguely', () => {
    expect(adminIssues.length).toBeGreaterThan(15);
    for (const issue of adminIssues) {
      const rule = fieldRule(issue);
      expect({ path: issue.path, rule: rule.rule }).toEqual({
        path: issue.path,
        rule: expect.not.stringMatching(/^(notAccepted|format)$/),
      });
      expect(fieldMessage(rule, 'fr')).not.toMatch(DEVELOPER_WORDING);
    }
  });

  it('says in French what a refused pattern or address asks for', () => {
    const french = (schema: z.ZodType, value: unknown) =>
      (schema.safeParse(value, { reportInput: true }).error?.issues ?? []).map((issue) =>
        fieldMessage(fieldRule(issue), 'fr'),
      );
    expect(
      french(EscalationCalendarBody, { days: [1], opens: '9h', closes: '17:00', holidays: [] }),
    ).toContain('Saisissez une heure, par exemple 09:30');
    expect(
      french(CreatePlatformBody, {
        name: 'P',
        kind: 'HOST',
        reportChannel: 'EMAIL',
        reportAddress: 'https://example.org/report',
        noticeTypes: [],
      }),
    ).toEqual([
      "Saisissez l'adresse e-mail qui reçoit les signalements, par exemple abuse@exemple.org",
    ]);
  });

  it('names the element a refused notice template leaves out, in French', () => {
    expect(
      fieldMessage(
        { rule: 'templateMissingElement', params: { element: 'signature', value: 'signature' } },
        'fr',
      ),
    ).toBe('Cette notification doit indiquer la signature : ajoutez {{signature}}');
    expect(
      fieldMessage(
        { rule: 'templateMissingElement', params: { element: 'urls', value: 'urls' } },
        'fr',
      ),
    ).toBe(
      'Cette notification doit indiquer les adresses (URL) des contenus : ajoutez {{#urls}}{{url}}{{/urls}}',
    );
  });

  it("words in French the case services' own refusals, which no schema can check", () => {
    const french = (rule: string) => fieldMessage({ rule }, 'fr');
    expect(french('assigneesAmongStaff')).toBe(
      'Choisissez les responsables parmi le personnel de cette organisation',
    );
    expect(french('consentEndsAfterGiven')).toBe(
      'La fin doit venir après le jour où le consentement a été donné',
    );
    expect(french('nonexistentLocalTime')).toBe(
      "Cette date et cette heure n'existent pas dans ce fuseau horaire : vérifiez le jour et l'heure",
    );
    expect(french('incidentOnCase')).toBe(
      "Choisissez l'un des incidents enregistrés dans ce dossier",
    );
    // The case schemas' own checks name their rule, so a French form words them too.
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 16);
    const rules = (schema: z.ZodType, value: unknown) =>
      (schema.safeParse(value, { reportInput: true }).error?.issues ?? []).map(
        (issue) => fieldRule(issue).rule,
      );
    const incident = { timeZone: 'UTC', location: { kind: 'UNKNOWN' }, description: 'x' };
    expect(rules(CreateIncidentBody, { ...incident, occurredAt: future })).toEqual([
      'incidentInFuture',
    ]);
    expect(rules(UpdateIncidentBody, { occurredAt: '2026-01-01T10:00' })).toEqual(['timeWithZone']);
    expect(
      rules(CreateContactBody, {
        kind: 'REPORT',
        recipientKind: 'POLICE',
        recipientName: 'Commissariat',
        method: 'PHONE',
        contactedAt: '2026-01-01T10:00:00Z',
        nextFollowUp: '2020-01-01',
      }),
    ).toEqual(['followUpNotPast']);
    expect(french('followUpNotPast')).toBe('Une date de relance ne peut pas être déjà passée');
    // Known rules: none falls back to the vague sentence in either language.
    for (const rule of [
      'assigneesAmongStaff',
      'consentEndsAfterGiven',
      'nonexistentLocalTime',
      'incidentOnCase',
      'incidentInFuture',
      'timeWithZone',
      'followUpNotPast',
    ])
      for (const locale of FIELD_LOCALES)
        expect(fieldMessage({ rule }, locale)).not.toBe(
          fieldMessage({ rule: 'notAccepted' }, locale),
        );
  });

  it('speaks French to a French reader, with French numbers', () => {
    expect(fieldMessage({ rule: 'required' }, 'fr')).toBe('Ce champ est obligatoire');
    expect(fieldMessage({ rule: 'charactersAtMost', params: { max: 20000 } }, 'fr')).toBe(
      'Raccourcissez ce texte à 20\u202f000 caractères au plus',
    );
    const [missing] = CreateCaseBody.safeParse({}, { reportInput: true }).error?.issues ?? [];
    expect(missing && fieldMessage(fieldRule(missing), 'fr')).toBe('Ce champ est obligatoire');
  });

  it('tells an empty field from a missing one and from text the schema refuses', () => {
    const rules = (value: unknown) =>
      (CreateNoteBody.safeParse(value, { reportInput: true }).error?.issues ?? []).map(
        (issue) => fieldRule(issue).rule,
      );
    expect(rules({})).toContain('required');
    expect(rules({ body: '' })).toContain('fillIn');
    expect(rules({ body: 'a\u0007' })).toContain('controlCharacter');
  });

  it("names the missing element of a notice, and its provision, in the reader's language", () => {
    const signature = {
      rule: 'missingElement',
      params: { element: 'signature', provision: '17 U.S.C. 512(c)(3)(A)(i)' },
    };
    expect(fieldMessage(signature, 'en')).toBe(
      'The notice needs the signature (17 U.S.C. 512(c)(3)(A)(i))',
    );
    expect(fieldMessage(signature, 'fr')).toBe(
      'Il manque la signature (17 U.S.C. 512(c)(3)(A)(i))',
    );
    const submitter = {
      rule: 'missingElement',
      params: { element: 'submitterEmail', provision: 'DSA Art. 16(2)(c)' },
    };
    expect(fieldMessage(submitter, 'fr')).toBe(
      'Il manque l’adresse électronique de la personne qui envoie le signalement (DSA, art. 16, § 2, point c)',
    );
  });
});
