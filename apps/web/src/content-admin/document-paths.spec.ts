import { documentPath, editHref, lessonStarter, placeOf, publicPageHref } from './document-paths';

describe('guide file paths', () => {
  const path = 'fr/online-abuse/respond/beginner/s_first-steps.md';

  it('reads where a file sits, and writes it back', () => {
    const place = placeOf(path);
    expect(place).toEqual({
      locale: 'fr',
      category: 'online-abuse',
      topic: 'respond',
      level: 'beginner',
      id: 'first-steps',
    });
    expect(place && documentPath(place, 'lesson')).toBe(path);
    expect(place && documentPath(place, 'workflow')).toBe(
      'fr/online-abuse/respond/beginner/w_first-steps.yml',
    );
    expect(placeOf('fr/s_first-steps.md')).toBeUndefined();
  });

  it("links a file to its page on the organisation's public guide", () => {
    expect(publicPageHref('north-helpline', path)).toBe(
      '/o/north-helpline/guide/fr/online-abuse/respond/beginner',
    );
  });

  it('puts the path of the file, and the revision read, in the edit link', () => {
    expect(editHref(path)).toBe(
      '/guide-content/edit?path=fr%2Fonline-abuse%2Frespond%2Fbeginner%2Fs_first-steps.md',
    );
    expect(editHref(path, 3)).toMatch(/&revision=3$/);
  });

  it('starts a new lesson with front matter that keeps a title with a colon whole', () => {
    expect(lessonStarter('Help: where to start', 4)).toBe(
      '---\nindex: 4\ntitle: "Help: where to start"\n---\n\n# Help: where to start\n\n',
    );
  });
});
