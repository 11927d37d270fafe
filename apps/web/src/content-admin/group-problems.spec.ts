import type { GuideProblemView } from '@cairn/contracts';
import { groupProblems, problemKinds } from './group-problems';

const problem = (file: string, line: number, code: string): GuideProblemView => ({
  file,
  line,
  code,
  message: `${code} here`,
});

const found = [
  problem('fr/tools/b.md', 9, 'broken-link'),
  problem('en/tools/a.md', 12, 'broken-link'),
  problem('en/tools/a.md', 3, 'missing-in-locale'),
  problem('fr/tools/b.md', 2, 'broken-link'),
];

describe("an import's problems", () => {
  it('groups them by file in path order, each by line', () => {
    expect(
      groupProblems(found).map(({ file, problems }) => [file, problems.map((p) => p.line)]),
    ).toEqual([
      ['en/tools/a.md', [3, 12]],
      ['fr/tools/b.md', [2, 9]],
    ]);
  });

  it('narrows them to one kind and to files whose path holds the words', () => {
    expect(groupProblems(found, { code: 'missing-in-locale', file: '' })).toEqual([
      { file: 'en/tools/a.md', problems: [found[2]] },
    ]);
    expect(groupProblems(found, { code: 'broken-link', file: 'FR/' }).map((g) => g.file)).toEqual([
      'fr/tools/b.md',
    ]);
  });

  it('counts each kind, most frequent first', () => {
    expect(problemKinds(found)).toEqual([
      { code: 'broken-link', count: 3 },
      { code: 'missing-in-locale', count: 1 },
    ]);
  });
});
