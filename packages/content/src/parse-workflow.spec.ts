import { guideFromFiles } from './load-guide';
import { lesson } from './testing/fixtures';

const EN = 'en/online-abuse/get-help/beginner';
const FILE = `${EN}/w_harassed.yml`;
const LESSON = { path: `${EN}/s_find-help.md`, text: lesson(1, 'Finding help') };

const WORKFLOW = `title: I am being harassed online
intro: A few questions.
start: what-happens
nodes:
  - id: what-happens
    question: What is happening to you?
    hint: Take your time.
    answers:
      - label: Someone threatens to share intimate images of me
        next: urgent
      - label: I want to read about finding help
        lesson: umbrella://online-abuse/get-help/beginner/find-help
  - id: urgent
    question: Are you in danger now?
    answers:
      - label: Yes
        helplines: { service: sextortion, urgent: true }
      - label: I would rather talk to anyone
        helplines: {}
`;

/** The guide made of one lesson and the workflow `text`, with the workflow's problems. */
function build(text: string) {
  const guide = guideFromFiles([LESSON, { path: FILE, text }]);
  return { guide, problems: guide.problems.map(({ file: _file, ...rest }) => rest) };
}

describe('help workflows (w_<id>.yml)', () => {
  it('reads questions and answers leading to a question, a lesson or helplines', () => {
    const { guide, problems } = build(WORKFLOW);

    expect(problems).toEqual([]);
    const workflow = guide.getWorkflow('en', 'harassed');
    expect(workflow).toMatchObject({
      topic: 'get-help',
      level: 'beginner',
      title: 'I am being harassed online',
      intro: 'A few questions.',
      start: 'what-happens',
    });
    expect(workflow?.nodes.map((node) => node.answers)).toEqual([
      [
        { label: 'Someone threatens to share intimate images of me', next: 'urgent' },
        {
          label: 'I want to read about finding help',
          lesson: 'umbrella://online-abuse/get-help/beginner/find-help',
        },
      ],
      [
        { label: 'Yes', helplines: { service: 'sextortion', urgent: true } },
        { label: 'I would rather talk to anyone', helplines: {} },
      ],
    ]);
  });

  it('reports an unknown key at its line', () => {
    const { problems } = build(WORKFLOW.replace('    hint: Take your time.', '    help: Hi'));

    expect(problems).toEqual([
      {
        line: 7,
        column: 5,
        code: 'invalid-workflow',
        message: 'unknown key "help" in nodes[0]',
      },
    ]);
  });

  it('reports a next that names no node at its line, and leaves the workflow out', () => {
    const { guide, problems } = build(WORKFLOW.replace('next: urgent', 'next: urgnet'));

    expect(problems).toEqual([
      {
        line: 10,
        column: 15,
        code: 'unknown-node',
        message: 'next "urgnet" is not the id of a node',
      },
      {
        line: 13,
        column: 9,
        code: 'unreachable-node',
        message: 'node "urgent" cannot be reached from start "what-happens"',
      },
    ]);
    expect(guide.workflows).toEqual([]);
  });

  it('reports a start that names no node, once', () => {
    const { problems } = build(WORKFLOW.replace('start: what-happens', 'start: begin'));

    expect(problems).toEqual([
      {
        line: 3,
        column: 8,
        code: 'unknown-node',
        message: 'start "begin" is not the id of a node',
      },
    ]);
  });

  it('reports a node no answer leads to, at its id', () => {
    const orphan =
      '  - id: orphan\n    question: Lost?\n    answers:\n      - label: Back\n        next: urgent\n';
    const { problems } = build(WORKFLOW + orphan);

    expect(problems).toEqual([
      {
        line: 20,
        column: 9,
        code: 'unreachable-node',
        message: 'node "orphan" cannot be reached from start "what-happens"',
      },
    ]);
  });

  it('reports a service that is not a helpline service, at its line', () => {
    const { problems } = build(WORKFLOW.replace('service: sextortion', 'service: blackmail'));

    expect(problems).toEqual([
      {
        line: 17,
        column: 31,
        code: 'invalid-workflow',
        message: expect.stringMatching(
          /^nodes\[1\]\.answers\[0\]\.helplines\.service: service must be one of harassment, doxxing, /,
        ),
      },
    ]);
  });

  it('reports a lesson link to a lesson the guide lacks as broken, and a malformed one as malformed', () => {
    const broken = build(WORKFLOW.replace('get-help/beginner/find-help', 'get-help/beginner/nope'));
    const malformed = build(WORKFLOW.replace('umbrella://online-abuse/get-help', 'https://x'));

    expect(broken.problems).toEqual([
      {
        line: 12,
        column: 17,
        code: 'broken-link',
        message:
          'umbrella://online-abuse/get-help/beginner/nope: no lesson nope at online-abuse/get-help/beginner in locale en',
      },
    ]);
    expect(malformed.problems).toEqual([
      {
        line: 12,
        column: 17,
        code: 'malformed-link',
        message:
          '"https://x/beginner/find-help" is not umbrella://<category>[/<topic>[/<level>[/<lesson>]]] or umbrella://<folder>/<file>',
      },
    ]);
  });

  it('reports an answer that leads nowhere or two ways, and a repeated node id', () => {
    const text = WORKFLOW.replace(
      '        next: urgent\n',
      '        next: urgent\n        lesson: umbrella://online-abuse/get-help\n',
    ).replace(
      '      - label: Yes\n        helplines: { service: sextortion, urgent: true }\n',
      '      - label: Yes\n',
    );
    const repeated = WORKFLOW.replace('id: urgent', 'id: what-happens');

    expect(build(text).problems).toEqual([
      {
        line: 9,
        column: 9,
        code: 'invalid-workflow',
        message: 'nodes[0].answers[0]: an answer leads to exactly one of next, lesson, helplines',
      },
      {
        line: 17,
        column: 9,
        code: 'invalid-workflow',
        message: 'nodes[1].answers[0]: an answer leads to exactly one of next, lesson, helplines',
      },
    ]);
    expect(build(repeated).problems).toContainEqual({
      line: 13,
      code: 'duplicate-id',
      message: 'node id "what-happens" is already used on line 5',
    });
  });

  it('asks for the same node ids in every locale', () => {
    const fr = WORKFLOW.replace(/what-happens/g, 'que-se-passe-t-il');
    const guide = guideFromFiles([
      LESSON,
      { path: FILE, text: WORKFLOW },
      { path: LESSON.path.replace('en/', 'fr/'), text: lesson(1, "Trouver de l'aide") },
      { path: FILE.replace('en/', 'fr/'), text: fr },
    ]);

    // Once, on the translation whose ids differ: the reference is the one to keep.
    expect(guide.problems.map((p) => [p.file, p.line, p.code, p.message])).toEqual([
      [
        `fr/${FILE.slice(3)}`,
        5,
        'translated-key',
        `"que-se-passe-t-il" is not in ${FILE}, which has "what-happens" instead: node ids are the same in every locale, so keep them as en writes them`,
      ],
    ]);
  });
});
