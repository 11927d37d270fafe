import { guideFromFiles, type Form } from '@cairn/content';
import type { HelplineView } from '@cairn/contracts';
import { clearedCookie, sessionCookie } from '../follow-up/follow-up-cookie';
import { GuidePaths, organizationGuideRoot } from '../guide/paths';
import type { GuideSite, SiteHelpline } from '../guide/site';
import { emergencyNumbers, knownRegion } from './emergency-numbers';
import {
  dangerPage,
  intakeContext,
  intakeDocument,
  intakeFormPage,
  KEY_MARKER,
  notOfferedPage,
  receiptPage,
  type FormState,
} from './intake-page';
import { fieldErrorsOf, waitWords } from './intake-problems';
import { intakeMessagesFor } from './intake-messages';

const FORM = `title: Tell us what happened
screens:
  - name: About you
    items:
      - type: label
        label: Answer what you can.
      - name: name
        type: text_input
        label: What should we call you?
      - name: safe
        type: safe_contact
  - name: What happened
    items:
      - name: description
        type: text_area
        label: What happened?
        required: true
      - name: when
        type: date
        label: When?
      - name: platforms
        type: multiple_choice
        label: Where?
        options:
          - value: instagram
            label: Instagram
          - value: other
            label: Somewhere else
      - name: files
        type: file
        label: Files
      - name: share
        type: consent
        scope: SHARE_WITH_PLATFORMS
        label: I agree to sharing.
`;

const LINE: SiteHelpline = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Urgent line',
  description: null,
  languages: ['en'],
  services: ['harassment'],
  regions: ['FR'],
  hours: null,
  timeZone: 'Europe/Paris',
  responseHours: null,
  takesUrgent: true,
  channels: [{ kind: 'phone', value: '+33 1 23 45 67 89', label: null, secure: false }],
  intakeFormId: 'report',
  own: true,
  listed: false,
} as unknown as HelplineView;

function site(): GuideSite {
  return {
    brand: 'Test Line',
    paths: new GuidePaths(organizationGuideRoot('test'), { fillableForms: true }),
    guide: guideFromFiles([{ path: 'en/online-abuse/f_report.yml', text: FORM }]),
    helplines: async () => [LINE],
    intake: { slug: 'test', formVersion: () => '0123456789abcdef' },
  };
}

const ASSETS = {
  style: '/guide-assets/guide.css',
  script: '/guide-assets/guide.js',
  intakeScript: '/guide-assets/intake.js',
  worker: '/guide-assets/intake-worker.js',
};

function context(locale = 'en') {
  const built = site();
  const form = built.guide.getForm('en', 'report') as Form;
  return intakeContext(built, 'test', locale, form, '0123456789abcdef');
}

const EMPTY: FormState = {
  danger: 'no',
  values: new Map(),
  errors: new Map(),
  resent: false,
  key: KEY_MARKER,
};

describe('the intake form page', () => {
  it('asks about danger first with a GET form to its own address', () => {
    const page = intakeDocument(context(), ASSETS, dangerPage(context()));
    expect(page).toContain('<form method="get" action="/o/test/guide/en/forms/report"');
    expect(page).toContain('name="danger" value="yes"');
    expect(page).not.toContain('name="_key"');
    expect(page).toContain('<script src="/guide-assets/intake.js" defer></script>');
  });

  it('renders every screen as one multipart form, with the key left for each answer to fill', async () => {
    const page = intakeDocument(context(), ASSETS, await intakeFormPage(context(), ASSETS, EMPTY));
    expect(page.split(KEY_MARKER)).toHaveLength(2);
    expect(page).toContain('enctype="multipart/form-data"');
    expect(page).toContain('name="_version" value="0123456789abcdef"');
    expect(page).toContain('name="_danger" value="no"');
    expect(page).toMatch(/<div class="intake-honeypot" aria-hidden="true">/);
    expect(page).toMatch(/name="_website"[^>]*tabindex="-1"[^>]*autocomplete="off"/);
    for (const field of [
      'name',
      'description',
      'when',
      'platforms',
      'files',
      'share',
      'safe.channels',
      'safe.times',
    ])
      expect(page).toContain(`name="${field}"`);
    expect(page).toContain('type="date"');
    expect(page).toContain('type="file"');
    expect(page).toContain('(required)');
    expect(page).toContain('data-step-label="Step 2 of 2"');
    expect(page).not.toContain('intake-emergency');
  });

  it('puts the emergency numbers of the region and the urgent lines first when in danger', async () => {
    const page = await intakeFormPage(context(), ASSETS, { ...EMPTY, danger: 'yes', region: 'FR' });
    const text = page.body.text;
    expect(text.indexOf('intake-emergency')).toBeLessThan(text.indexOf('<form'));
    expect(text).toContain('href="tel:112"');
    expect(text).toContain('href="tel:17"');
    expect(text).toContain('Urgent line');
    expect(text).toContain('href="tel:+33123456789"');
    expect(text).toContain('name="_country" value="FR"');
  });

  it('keeps every answer and says what to fix, by its field, when shown again', async () => {
    const page = await intakeFormPage(context(), ASSETS, {
      ...EMPTY,
      key: 'abcdefghijklmnopqrstuvwxyz',
      values: new Map([
        ['name', ['Sam <b>']],
        ['platforms', ['instagram']],
        ['safe.channels', ['EMAIL']],
        ['safe.never', ['no calls']],
        ['share', ['true']],
      ]),
      errors: new Map([['description', 'Answer this question']]),
      resent: true,
    });
    expect(page.title).toBe('Error: Tell us what happened');
    const text = page.body.text;
    expect(text).toContain('value="Sam &lt;b&gt;"');
    expect(text).toMatch(/value="instagram"\s+checked/);
    expect(text).toMatch(/value="EMAIL"\s+checked/);
    expect(text).toContain('no calls</textarea>');
    expect(text).toMatch(/name="share"\s+value="true"[\s\S]*?checked/);
    expect(text).toContain('<a href="#field-description">Answer this question</a>');
    expect(text).toContain('autofocus');
    expect(text).toContain('Your files were not kept: choose them again.');
    expect(text).toMatch(/name="_key"\s+value="abcdefghijklmnopqrstuvwxyz"/);
  });

  it('never writes a key that is not of its own alphabet into the page', async () => {
    const page = await intakeFormPage(context(), ASSETS, { ...EMPTY, key: '"><script>' });
    expect(page.body.text).toMatch(/name="_key"\s+value=""/);
  });

  it('shows the reference and the code on the receipt, with a link to follow up', () => {
    const page = receiptPage(context('fr'), {
      reference: 'CASE-2026-0001',
      followUpCode: 'ABCD-EFGH-JKMN-PQRS',
    });
    expect(page.title).toBe('Votre formulaire a été envoyé');
    expect(page.body.text).toContain('CASE-2026-0001');
    expect(page.body.text).toContain('ABCD-EFGH-JKMN-PQRS');
    expect(page.body.text).toContain('href="/o/test/follow-up?lang=fr"');
  });

  it('shows a repeated submission whose code the helpline replaced without a code, saying to ask them, in each language', () => {
    for (const locale of ['en', 'fr', 'ar']) {
      const page = receiptPage(context(locale), {
        reference: 'CASE-2026-0001',
        followUpCode: null,
      });
      const text = page.body.text;
      expect(text).toContain('CASE-2026-0001');
      expect(text).not.toContain('data-follow-up-code');
      expect(text).not.toContain(intakeMessagesFor(locale).shownOnce);
      expect(text).toContain(intakeMessagesFor(locale).codeReplaced);
    }
    expect(intakeMessagesFor('fr').codeReplaced).toContain('nouveau code');
    expect(intakeMessagesFor('ar').codeReplaced).toContain('رمزك الجديد');
  });

  it('shows a form no helpline takes as its questions only, with why and the helpline to reach, in each language', () => {
    for (const locale of ['en', 'fr', 'ar']) {
      const page = notOfferedPage(context(locale), [LINE]);
      const text = page.body.text;
      expect(page.title).toBe('Tell us what happened');
      expect(text).toContain(intakeMessagesFor(locale).notOffered);
      expect(text).toContain('What happened?');
      expect(text).toContain('Instagram');
      expect(text).toContain('href="tel:+33123456789"');
      expect(text).toContain('Urgent line');
      expect(text).not.toMatch(/<(form|input|textarea|select|button)\b/);
    }
    expect(intakeMessagesFor('fr').notOffered).toContain('ne reçoit pas ce formulaire en ligne');
    expect(intakeMessagesFor('ar').notOffered).toContain('لا تستقبل هذه الجهة هذه الاستمارة');
    // Arabic frames the questions in Arabic, not in the guide's English.
    expect(notOfferedPage(context('ar'), [LINE]).body.text).toContain('aria-label="الخيارات"');
  });

  it('marks an Arabic page right to left', () => {
    const page = intakeDocument(context('ar'), ASSETS, dangerPage(context('ar')));
    expect(page).toContain('<html lang="ar" dir="rtl"');
    expect(page).toContain('خروج سريع');
  });
});

describe('what the API refused, in the reader’s words', () => {
  it('names the item and says the rule in the reader’s language', () => {
    const errors = fieldErrorsOf(intakeMessagesFor('fr'), [
      { field: 'answers.description', code: 'required' },
      { field: 'when', code: 'date' },
      { field: 'name', code: 'charactersAtMost', params: { max: 500 } },
      { field: 'safe.times', code: 'somethingNew' },
    ]);
    expect(Object.fromEntries(errors)).toEqual({
      description: 'Répondez à cette question',
      when: 'Saisissez une date réelle, par exemple 2026-03-14',
      name: 'Raccourcissez cette réponse à 500 caractères au plus',
      'safe.times': 'Vérifiez cette réponse',
    });
  });

  it('says how long to wait in minutes', () => {
    expect(waitWords('en', 600)).toBe('10 minutes');
    expect(waitWords('fr', 30)).toBe('1 minute');
    expect(waitWords('en', undefined)).toBeUndefined();
  });
});

describe('emergency numbers', () => {
  it('knows only the regions it offers', () => {
    expect(knownRegion('FR')).toBe('FR');
    expect(knownRegion('ZZ')).toBeUndefined();
    expect(knownRegion('constructor')).toBeUndefined();
    expect(emergencyNumbers('DE').map(({ number }) => number)).toEqual(['112']);
    expect(emergencyNumbers(undefined)).toEqual([]);
  });
});

describe('the follow-up cookie', () => {
  it('is HttpOnly, SameSite=Strict, for the follow-up path only, and ends with the browser', () => {
    expect(sessionCookie('demo', 'tok', true)).toBe(
      'cairn_follow_up=tok; HttpOnly; SameSite=Strict; Path=/o/demo/follow-up; Secure',
    );
    expect(sessionCookie('demo', 'tok', false)).not.toMatch(/Expires|Max-Age|Secure/);
    expect(clearedCookie('demo', false)).toContain('Max-Age=0');
  });
});
