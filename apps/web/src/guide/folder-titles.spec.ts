import { guideFromFiles } from '@cairn/content';
import { GuidePaths, SHARED_GUIDE_ROOT } from './paths';
import { renderGuidePage } from './render-page';
import type { GuideSite } from './site';

const page = (title: string, body: string) => `---\nindex: 1\ntitle: ${title}\n---\n\n${body}\n`;

// The same small guide in English and French, every folder titled by its `.category.yml`.
const FILES = [
  ['en', 'Phone habits', 'The lock screen', 'Notebooks', 'Set a code', 'A notebook'],
  ['fr', 'Habitudes du téléphone', 'L’écran verrouillé', 'Carnets', 'Choisir un code', 'Un carnet'],
].flatMap(([locale, category, topic, group, lesson, tool]) => [
  { path: `${locale}/phone/.category.yml`, text: `title: ${category}\nindex: 1\n` },
  { path: `${locale}/phone/lock/.category.yml`, text: `title: ${topic}\nindex: 1\n` },
  { path: `${locale}/phone/lock/beginner/s_code.md`, text: page(lesson ?? '', 'Text.') },
  { path: `${locale}/tools/.category.yml`, text: 'index: 2\n' + `title: ${group}s\n` },
  { path: `${locale}/tools/notes/.category.yml`, text: `title: ${group}\n` },
  { path: `${locale}/tools/notes/s_notebook.md`, text: page(tool ?? '', 'Text.') },
]);

function site(): GuideSite {
  const guide = guideFromFiles(FILES);
  if (guide.problems.length > 0) throw new Error(JSON.stringify(guide.problems));
  return {
    brand: 'Cairn',
    paths: new GuidePaths(SHARED_GUIDE_ROOT),
    guide,
    helplines: async () => [],
  };
}

const render = async (path: string) =>
  (
    await renderGuidePage(
      site(),
      { style: '/s.css', script: '/s.js' },
      path.split('/').slice(1),
      new URLSearchParams(),
    )
  ).html;

describe('folder titles from .category.yml', () => {
  it('titles a category page and its topics in the reader’s language', async () => {
    const html = await render('/fr/phone');
    expect(html).toContain('<h1>Habitudes du téléphone</h1>');
    expect(html).toContain('>L’écran verrouillé</a');
    expect(html).toContain('href="/guide/fr/phone/lock/beginner"');
  });

  it('heads each category of the topics page with its title, linked to its page', async () => {
    const html = await render('/en');
    expect(html).toMatch(/<a href="\/guide\/en\/phone">Phone habits<\/a>/);
    expect(html).toContain('>The lock screen</a');
  });

  it('names a tools group by its title in the trail to a tool', async () => {
    const html = await render('/fr/tools/notes/notebook');
    expect(html).toContain('<a href="/guide/fr/tools/notes">Carnets</a>');
    expect(html).toContain('<h1 id="page-title">Un carnet</h1>');
  });
});
