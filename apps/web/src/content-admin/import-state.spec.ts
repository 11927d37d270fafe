import { fitForCookie, runningLabel, stateOfImport, type ImportState } from './import-state';

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

describe('an import the server runs, as the form shows it', () => {
  const progress = {
    id: '0b5c8f1e-8d6a-4c7e-9b1a-2f3d4e5f6a7b',
    fileName: 'umbrella.zip',
    step: 2,
    steps: 3,
    fileCount: 1455,
    startedAt: '2026-11-30T10:00:00.000Z',
    updatedAt: '2026-11-30T10:00:01.000Z',
    result: null,
    problems: [],
    failure: null,
  };

  it('says which step it is at and how many files it works on', () => {
    const state = stateOfImport({ ...progress, stage: 'checking' }, 1);
    expect(state.running).toEqual({ stage: 'checking', step: 2, steps: 3, fileCount: 1455 });
    expect(runningLabel(state.running!)).toBe(
      'Step 2 of 3: checking 1,455 files against your guide…',
    );
    expect(runningLabel({ stage: 'reading', step: 1, steps: 3, fileCount: null })).toBe(
      'Step 1 of 3: reading the archive…',
    );
    expect(runningLabel(state.running!, 'fr')).toBe(
      'Étape 2 sur 3 : vérification de 1\u202f455 fichiers par rapport à votre guide…',
    );
  });

  it('shows the result once done, the problems once refused, the sentence once failed', () => {
    const result = {
      lessons: 1,
      checklists: 0,
      forms: 0,
      workflows: 0,
      categories: 0,
      published: 1,
      drafts: 0,
      skipped: [],
      problems: [],
    };
    expect(stateOfImport({ ...progress, stage: 'done', step: 3, result }, 2)).toMatchObject({
      attempt: 2,
      fileName: 'umbrella.zip',
      imported: result,
    });
    const problem = { file: 'en/x.md', line: 1, code: 'bad-path', message: 'not a place' };
    const refused = stateOfImport({ ...progress, stage: 'refused', problems: [problem] }, 2);
    expect(refused).toMatchObject({ problems: [problem] });
    expect(refused.running).toBeUndefined();
    const failure = 'The import stopped before it finished, and stored nothing.';
    expect(stateOfImport({ ...progress, stage: 'failed', failure }, 2)).toMatchObject({
      message: failure,
    });
    // The API's sentence is English: a French page says it in French.
    expect(stateOfImport({ ...progress, stage: 'failed', failure }, 2, 'fr')).toMatchObject({
      message:
        'L’import n’a pas pu aller au bout, et n’a rien enregistré. Importez l’archive de nouveau.',
    });
  });
});
