import { defaultGuideFiles, composeGuideFiles } from './guide-files';
import { guideFromFiles } from './load-guide';
import { lesson } from './testing/fixtures';

const EN = 'en/online-abuse/respond/beginner';

describe("composing an organisation's guide", () => {
  const defaults = [
    { path: `${EN}/s_first-steps.md`, text: lesson(1, 'First steps') },
    { path: `${EN}/s_report.md`, text: lesson(2, 'Report') },
  ];

  it('shows the organisation’s text where it overrides a shared file, and adds its own files', () => {
    const files = composeGuideFiles(
      defaults,
      [
        { path: `${EN}/s_first-steps.md`, text: lesson(1, 'Our first steps') },
        { path: `${EN}/s_call-us.md`, text: lesson(3, 'Call us') },
      ],
      [],
    );

    expect(guideFromFiles(files).lessons.map((l) => l.title)).toEqual([
      'Our first steps',
      'Report',
      'Call us',
    ]);
  });

  it('leaves out withdrawn paths, shared or its own', () => {
    const files = composeGuideFiles(
      defaults,
      [{ path: `${EN}/s_call-us.md`, text: lesson(3, 'Call us') }],
      [`${EN}/s_report.md`, `${EN}/s_call-us.md`],
    );

    expect(files.map((f) => f.path)).toEqual([`${EN}/s_first-steps.md`]);
  });

  it('leaves the shared files it was given untouched', () => {
    const before = structuredClone(defaults);
    composeGuideFiles(
      defaults,
      [{ path: `${EN}/s_report.md`, text: 'x' }],
      [`${EN}/s_first-steps.md`],
    );

    expect(defaults).toEqual(before);
  });
});

describe("the shared guide's files", () => {
  it('are read once and give the same guide as loading the folder', async () => {
    const first = await defaultGuideFiles();
    const second = await defaultGuideFiles();

    expect(second).not.toBe(first);
    expect(second[0]).toBe(first[0]);
    expect(guideFromFiles(first).getWorkflow('fr', 'harassed')?.title).toBe(
      'Je subis du harcèlement en ligne',
    );
  });
});
