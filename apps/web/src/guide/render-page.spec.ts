import { guideFromFiles } from '@cairn/content';
import type { HelplineView } from '@cairn/contracts';
import { GuidePaths, organizationGuideRoot } from './paths';
import { renderGuidePage, renderStatusPage } from './render-page';
import type { GuideSite, SiteHelpline } from './site';

const lesson = (title: string, body: string) => `---\nindex: 1\ntitle: ${title}\n---\n\n${body}\n`;

const WORKFLOW = `title: I am being harassed online
intro: A few questions.
start: safety
nodes:
  - id: safety
    question: Are you in danger right now?
    answers:
      - label: Yes
        hint: Call your local emergency number first.
        helplines: { urgent: true }
      - label: No, it keeps happening
        next: what
  - id: what
    question: What is happening?
    answers:
      - label: Images of me are shared
        helplines: { service: intimate-images }
      - label: I want to block them
        lesson: umbrella://online-abuse/respond
      - label: Back to the start
        next: safety
`;

const FILES = [
  {
    path: 'en/online-abuse/respond/beginner/s_first-steps.md',
    text: lesson(
      'Responding to online abuse',
      'Block <b>them</b>. See [more](umbrella://online-abuse/respond/beginner).',
    ),
  },
  {
    path: 'en/online-abuse/respond/beginner/c_cut-off.yml',
    text: 'list:\n  - label: Block\n  - id: block-accounts\n    check: Block them everywhere.\n',
  },
  {
    path: 'en/online-abuse/get-help/beginner/s_find-help.md',
    text: lesson('Finding help', 'Ask.'),
  },
  { path: 'en/online-abuse/get-help/beginner/w_harassed.yml', text: WORKFLOW },
];

function helpline(fields: Partial<HelplineView>): SiteHelpline {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Line',
    description: '',
    languages: ['en'],
    services: ['harassment'],
    regions: ['global'],
    hours: '',
    timeZone: 'Europe/Paris',
    responseHours: null,
    takesUrgent: false,
    channels: [{ kind: 'email', value: 'help@line.test', secure: false }],
    intakeFormId: null,
    own: false,
    listed: true,
    updatedAt: '2026-11-25T10:00:00.000Z',
    ...fields,
  };
}

const HELPLINES = [
  helpline({
    id: '00000000-0000-4000-8000-00000000000a',
    name: 'Any Line',
    services: ['intimate-images'],
  }),
  helpline({
    id: '00000000-0000-4000-8000-00000000000b',
    name: 'North Line',
    own: true,
    takesUrgent: true,
    services: ['intimate-images', 'harassment'],
    languages: ['en', 'fr'],
    hours: 'Mon–Fri 9–17',
    responseHours: 24,
    intakeFormId: 'north-intake',
    channels: [
      { kind: 'signal', value: '+33 6 00 00 00 00', secure: true },
      { kind: 'web', value: 'javascript:alert(1)', secure: false },
    ],
  }),
  helpline({ id: '00000000-0000-4000-8000-00000000000c', name: 'French Line', languages: ['fr'] }),
];

const ASSETS = { style: '/guide-assets/guide.s.css', script: '/guide-assets/guide.j.js' };

function site(helplines: SiteHelpline[] | 'unavailable' = HELPLINES): GuideSite {
  const guide = guideFromFiles(FILES);
  if (guide.problems.length > 0) throw new Error(JSON.stringify(guide.problems));
  return {
    brand: 'North <Helpline>',
    paths: new GuidePaths(organizationGuideRoot('north')),
    guide,
    helplines: async () => (helplines === 'unavailable' ? undefined : helplines),
  };
}

const render = (path: string, search = '', from = site()) =>
  renderGuidePage(from, ASSETS, path.split('/').filter(Boolean), new URLSearchParams(search));

describe('renderGuidePage', () => {
  it('serves a lesson page as a whole document with only this host’s stylesheet and script', async () => {
    const page = await render('en/online-abuse/respond/beginner');
    expect(page.status).toBe(200);
    expect(page.reusable).toBe(true);
    expect(page.html).toMatch(
      /^<!doctype html><html lang="en" dir="ltr" data-guide-root="\/o\/north\/guide">/,
    );
    expect(page.html).toContain('<link rel="stylesheet" href="/guide-assets/guide.s.css" />');
    expect(page.html).toContain('<script src="/guide-assets/guide.j.js" defer></script>');
    expect(page.html.match(/<script/g)).toHaveLength(1);
    expect(page.html).not.toMatch(/ on[a-z]+=/);
    expect(page.html).toContain('href="/o/north/guide/en/online-abuse/respond/beginner"');
  });

  it('escapes the organisation’s name and the lesson’s raw HTML', async () => {
    const { html } = await render('en/online-abuse/respond/beginner');
    expect(html).toContain('<span class="brand">North &lt;Helpline&gt;</span>');
    expect(html).toContain('Block &lt;b&gt;them&lt;/b&gt;.');
  });

  it('keeps a checklist’s remember controls hidden until the script shows them', async () => {
    const { html } = await render('en/online-abuse/respond/beginner');
    expect(html).toContain('data-checklist="online-abuse/respond/beginner/cut-off"');
    expect(html).toMatch(
      /<input type="checkbox" name="block-accounts" autocomplete="off" data-step/,
    );
    expect(html).toContain('<div class="guide-ticks" hidden>');
  });

  it('points the locale’s home to the help workflow and the helplines', async () => {
    const { html } = await render('en');
    expect(html).toContain('<h2 id="find-help">Find help</h2>');
    expect(html).toContain(
      '<a href="/o/north/guide/en/help/harassed">I am being harassed online</a>',
    );
    expect(html).toContain('href="/o/north/guide/en/helplines"');
  });

  it('makes every answer of a workflow a plain link: a question, a lesson, or helplines', async () => {
    const start = await render('en/help/harassed');
    expect(start.reusable).toBe(true);
    expect(start.html).toContain('A few questions.');
    expect(start.html).toContain('href="/o/north/guide/en/helplines?urgent=1">Yes</a>');
    expect(start.html).toContain(
      'href="/o/north/guide/en/help/harassed/what">No, it keeps happening</a>',
    );

    const next = await render('en/help/harassed/what');
    expect(next.html).not.toContain('A few questions.');
    expect(next.html).toContain('href="/o/north/guide/en/helplines?service=intimate-images"');
    expect(next.html).toContain(
      'href="/o/north/guide/en/online-abuse/respond/beginner">I want to block them</a>',
    );
    expect(next.html).toContain('href="/o/north/guide/en/help/harassed">Back to the start</a>');

    expect((await render('en/help/harassed/nowhere')).status).toBe(404);
    expect((await render('en/help/unknown')).status).toBe(404);
  });

  it('lists the helplines that fit, the organisation’s own first, in the page’s language', async () => {
    const page = await render('en/helplines', 'service=intimate-images');
    expect(page.reusable).toBe(false);
    expect(page.html).toContain('<meta name="robots" content="noindex, follow" />');
    const names = [...page.html.matchAll(/<h3 id="helpline-[^"]+">([^<]+)<\/h3>/g)].map(
      (m) => m[1],
    );
    expect(names).toEqual(['North Line', 'Any Line']);
    expect(page.html).toContain('North &lt;Helpline&gt;’s own service');
    expect(page.html).toContain('data-intake-form="north-intake"');
    expect(page.html).toContain('<span class="secure">secure</span>');
    expect(page.html).not.toContain('href="javascript:');
  });

  it('narrows to urgent cases, to a language, or to none, as the reader chose', async () => {
    expect((await render('en/helplines', 'urgent=1')).html).toContain('1 helpline fits.');
    expect((await render('en/helplines', 'language=')).html).toContain('3 helplines fit.');
    expect((await render('en/helplines', 'language=fr')).html).toContain('2 helplines fit.');
  });

  it('says so when the helplines cannot be had', async () => {
    const page = await render('en/helplines', '', site('unavailable'));
    expect(page.status).toBe(503);
    expect(page.html).toContain('role="alert"');
  });

  it('answers 404, in a page that is not kept, for what the guide does not have', async () => {
    for (const path of ['xx', 'en/online-abuse/respond/master', 'en/a/b/c/d', 'en/Search']) {
      const page = await render(path);
      expect(page.status).toBe(404);
      expect(page.reusable).toBe(false);
    }
    expect(renderStatusPage(site(), ASSETS, 503).status).toBe(503);
  });
});
