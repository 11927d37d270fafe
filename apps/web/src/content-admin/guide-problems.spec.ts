import { readGuideProblems } from './guide-problems';

describe("the API's refusal of guide content", () => {
  it('reads every problem with its line from a 422 answer', () => {
    const answer = {
      type: 'https://cairn.example/problems/content-invalid',
      title: 'The guide content has problems; nothing was changed',
      status: 422,
      code: 'content-invalid',
      problems: [
        {
          file: 'en/a/b/beginner/s_c.md',
          line: 8,
          column: 12,
          code: 'broken-link',
          message: 'no such topic',
        },
      ],
    };
    expect(readGuideProblems(answer)).toEqual(answer.problems);
  });

  it('finds none in an answer that is not a problem', () => {
    expect(readGuideProblems('<html>Bad gateway</html>')).toEqual([]);
    expect(readGuideProblems(undefined)).toEqual([]);
  });
});
