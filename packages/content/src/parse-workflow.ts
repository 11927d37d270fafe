import type { LevelPath } from './content-path';
import { duplicateKeys, type KeyedLine } from './keyed-lines';
import { notAGuideHref, parseGuideHref, type GuideLink } from './links';
import type { Workflow, WorkflowAnswer, WorkflowNode } from './model';
import type { Problem } from './problem';
import { WorkflowFile, type WorkflowAnswerFields } from './schemas';
import type { SourceFile } from './source-file';
import { validateYaml, type YamlResult } from './yaml-validation';

export interface ParsedWorkflow {
  /** Absent when the file is invalid or its questions cannot be walked from `start`. */
  workflow?: Workflow;
  /** Lesson links of its answers, resolved against the whole guide later. */
  links: GuideLink[];
  /** Node ids, which must be the same in every locale so a reader can switch language mid-way. */
  keys: KeyedLine[];
  problems: Problem[];
}

/**
 * Parses `w_<id>.yml`, then checks what only the whole file can tell: node ids are unique,
 * `start` and every `next` name a node, and every node can be reached from `start`.
 */
export function parseWorkflow(source: SourceFile, place: LevelPath): ParsedWorkflow {
  const { path: file, text } = source;
  const parsed = validateYaml({ file, text, start: 0, end: text.length }, WorkflowFile, {
    invalid: 'invalid-workflow',
    unknownKey: 'invalid-workflow',
  });
  if (!parsed.value) return { links: [], keys: [], problems: parsed.problems };

  const { title, intro, start, nodes: fields } = parsed.value;
  const keys = fields.map((node, n) => ({ key: node.id, line: parsed.lineOf(['nodes', n, 'id']) }));
  const { links, problems: linkProblems } = lessonLinks(file, fields, parsed.positionOf);
  const structure = [
    ...duplicateKeys(file, keys, 'node id'),
    ...graphProblems(file, parsed.value, parsed.positionOf),
  ];

  const { locale, category, topic, level, name: id } = place;
  const nodes = fields.map(toNode);
  const workflow: Workflow = {
    locale,
    category,
    topic,
    level,
    id,
    file,
    title,
    ...(intro !== undefined && { intro }),
    start,
    nodes,
  };
  return {
    ...(structure.length === 0 && { workflow }),
    links,
    keys,
    problems: [...structure, ...linkProblems],
  };
}

type PositionOf = YamlResult<WorkflowFile>['positionOf'];

function lessonLinks(
  file: string,
  nodes: WorkflowFile['nodes'],
  positionOf: PositionOf,
): { links: GuideLink[]; problems: Problem[] } {
  const links: GuideLink[] = [];
  const problems: Problem[] = [];
  nodes.forEach((node, n) =>
    node.answers.forEach(({ lesson: href }, a) => {
      if (href === undefined) return;
      const at = positionOf(['nodes', n, 'answers', a, 'lesson']);
      // An answer leads to a page of the guide, so a link to a file (a form) does not do.
      const target = parseGuideHref(href);
      if (target && target.file === undefined) links.push({ href, ...target, ...at });
      else problems.push({ file, ...at, code: 'malformed-link', message: notAGuideHref(href) });
    }),
  );
  return { links, problems };
}

function graphProblems(
  file: string,
  { start, nodes }: WorkflowFile,
  positionOf: PositionOf,
): Problem[] {
  const ids = new Set(nodes.map((node) => node.id));
  const unknown = (what: string, id: string, path: PropertyKey[]): Problem => ({
    file,
    ...positionOf(path),
    code: 'unknown-node',
    message: `${what} "${id}" is not the id of a node`,
  });

  const problems: Problem[] = [];
  if (!ids.has(start)) problems.push(unknown('start', start, ['start']));
  nodes.forEach((node, n) =>
    node.answers.forEach(({ next }, a) => {
      if (next !== undefined && !ids.has(next))
        problems.push(unknown('next', next, ['nodes', n, 'answers', a, 'next']));
    }),
  );
  // With an unknown start, every node would look unreachable; that one problem is enough.
  if (!ids.has(start)) return problems;

  const reached = new Set([start]);
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const node of nodes.filter((candidate) => candidate.id === id)) {
      for (const { next } of node.answers) {
        if (next === undefined || reached.has(next)) continue;
        reached.add(next);
        queue.push(next);
      }
    }
  }
  nodes.forEach((node, n) => {
    if (reached.has(node.id)) return;
    problems.push({
      file,
      ...positionOf(['nodes', n, 'id']),
      code: 'unreachable-node',
      message: `node "${node.id}" cannot be reached from start "${start}"`,
    });
  });
  return problems;
}

function toNode({ id, question, hint, answers }: WorkflowFile['nodes'][number]): WorkflowNode {
  return {
    id,
    question,
    ...(hint !== undefined && { hint }),
    answers: answers.map(toAnswer),
  };
}

// The schema admits exactly one destination, so the first one present is the only one.
function toAnswer({ label, hint, next, lesson, helplines }: WorkflowAnswerFields): WorkflowAnswer {
  const common = { label, ...(hint !== undefined && { hint }) };
  if (next !== undefined) return { ...common, next };
  if (lesson !== undefined) return { ...common, lesson };
  return { ...common, helplines: { ...helplines } };
}
