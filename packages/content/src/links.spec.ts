import { findLinks } from './links';

describe('finding umbrella:// links in a lesson', () => {
  it('returns a well-formed link with its target and position', () => {
    const { links, problems } = findLinks(
      's.md',
      'Read\nthe [guide](umbrella://a/b/beginner/c).',
      0,
    );

    expect(problems).toEqual([]);
    expect(links).toEqual([
      {
        href: 'umbrella://a/b/beginner/c',
        category: 'a',
        topic: 'b',
        level: 'beginner',
        lesson: 'c',
        line: 2,
        column: 13,
      },
    ]);
  });

  it('reports a space between text and target, and a bare reference, as malformed', () => {
    const { problems } = findLinks('s.md', '[a] (umbrella://a/b)\nsee umbrella://c/d', 0);

    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [1, 4, 'malformed-link'],
      [2, 5, 'malformed-link'],
    ]);
  });

  it('reports a target that is not category[/topic[/level[/lesson]]]', () => {
    const { links, problems } = findLinks('s.md', '[a](umbrella://Stress)', 0);

    expect(links).toEqual([]);
    expect(problems[0]?.message).toBe(
      '"umbrella://Stress" is not umbrella://<category>[/<topic>[/<level>[/<lesson>]]] or umbrella://<folder>/<file>',
    );
  });

  it('ignores links shown as code', () => {
    const text = 'Write `[x](umbrella://a)` like this:\n\n```\n[x] (umbrella://b/c)\n```\n';

    expect(findLinks('s.md', text, 0)).toEqual({ links: [], problems: [] });
  });
});
