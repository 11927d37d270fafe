import { fitForCookie, type ImportState } from './import-state';

const problem = (n: number) => ({
  file: `en/online-abuse/respond/beginner/s_lesson-${n}.md`,
  line: n,
  code: 'front-matter',
  message: 'The front matter has no title',
});

describe('an import result carried in a cookie', () => {
  it('keeps a small result whole', () => {
    const state: ImportState = { attempt: 1, problems: [problem(1)], fileName: 'a.zip' };
    expect(fitForCookie(state, 3000)).toEqual(state);
  });

  it('drops the last problems of a long list to fit, and counts them', () => {
    const state: ImportState = {
      attempt: 1,
      problems: Array.from({ length: 200 }, (_, n) => problem(n + 1)),
    };
    const fitted = fitForCookie(state, 3000);
    expect(encodeURIComponent(JSON.stringify(fitted)).length).toBeLessThanOrEqual(3000);
    expect(fitted.problems[0]).toEqual(problem(1));
    expect(fitted.problems.length + (fitted.notShown ?? 0)).toBe(200);
  });
});
