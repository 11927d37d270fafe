import { titleOf } from './document-title';
import { lesson } from './testing/fixtures';

const PLACE = 'fr/online-abuse/respond/beginner';

describe('the title an editor sees for a file', () => {
  it("is a lesson's front-matter title, a form's or workflow's title", () => {
    expect(titleOf(`${PLACE}/s_first.md`, lesson(1, 'Premiers pas'))).toBe('Premiers pas');
    expect(titleOf(`${PLACE}/f_record.yml`, 'title: Mon récit\nscreens: []\n')).toBe('Mon récit');
    expect(titleOf(`${PLACE}/w_help.yml`, 'title: Je subis du harcèlement\n')).toBe(
      'Je subis du harcèlement',
    );
  });

  it("is a checklist's first lesson of the same place, else the checklist's id", () => {
    const files = [
      { path: `${PLACE}/s_second.md`, text: lesson(2, 'Deuxième') },
      { path: `${PLACE}/s_first.md`, text: lesson(1, 'Premiers pas') },
      { path: `en/online-abuse/respond/beginner/s_first.md`, text: lesson(0, 'First') },
    ];

    expect(titleOf(`${PLACE}/c_cut-off.yml`, 'list: []', files)).toBe('Premiers pas');
    expect(titleOf(`${PLACE}/c_cut-off.yml`, 'list: []')).toBe('cut-off');
  });

  it('falls back to the id when the text is unreadable, and to the path when the path is', () => {
    expect(titleOf(`${PLACE}/s_first.md`, 'no front matter')).toBe('first');
    expect(titleOf(`${PLACE}/w_help.yml`, 'title: [unclosed')).toBe('help');
    expect(titleOf('notes.txt', 'x')).toBe('notes.txt');
  });

  it("names a folder's .category.yml by the title it gives the folder", () => {
    expect(titleOf('fr/travel/.category.yml', 'index: 1\ntitle: Voyager\n')).toBe('Voyager');
    expect(titleOf('en/forms/.category.yml', 'name: Forms\n')).toBe('Forms');
    expect(titleOf('en/tools/pgp/.category.yml', '{}\n')).toBe('tools/pgp');
  });
});
