import { isMap, isScalar, isSeq, type Document } from 'yaml';
import type { z } from 'zod';
import { parseLenientYaml } from './lenient-yaml';
import type { Problem, ProblemCode } from './problem';
import { positionAt, type TextPosition } from './text-position';

/** A YAML document inside a file: the whole of a `.yml`, or a lesson's front matter. */
export interface YamlSlice {
  file: string;
  /** The whole file as written, so positions count from its first line. */
  text: string;
  start: number;
  end: number;
}

export interface YamlCodes {
  invalid: ProblemCode;
  unknownKey: ProblemCode;
}

export interface YamlResult<T> {
  value?: T;
  problems: Problem[];
  /** Line of the node at a path (a missing node gives its parent's line). */
  lineOf(path: PropertyKey[]): number;
  /** Line and column of the node at a path, for problems that point at a value. */
  positionOf(path: PropertyKey[]): TextPosition;
  /**
   * Validates one part of the document on its own (`value`, found at `path`), so a file
   * can keep its other parts when one is wrong.
   */
  validatePart<U>(schema: z.ZodType<U>, value: unknown, path: PropertyKey[]): PartResult<U>;
}

export interface PartResult<U> {
  value?: U;
  problems: Problem[];
}

type Issue = z.core.$ZodIssue;

/**
 * Parses YAML and validates it with a zod schema, turning every YAML error and every
 * schema issue into a problem at the line of the offending key or value.
 */
export function validateYaml<T>(
  slice: YamlSlice,
  schema: z.ZodType<T>,
  codes: YamlCodes,
): YamlResult<T> {
  const { doc, originalOffset } = parseLenientYaml(slice.text.slice(slice.start, slice.end));
  const at = (code: ProblemCode, offset: number, message: string): Problem => ({
    file: slice.file,
    ...positionAt(slice.text, slice.start + originalOffset(offset)),
    code,
    message,
  });

  const positionOf = (path: PropertyKey[]): TextPosition =>
    positionAt(slice.text, slice.start + originalOffset(offsetOf(doc, path, false)));
  const lineOf = (path: PropertyKey[]): number => positionOf(path).line;

  const validatePart = <U>(
    schema: z.ZodType<U>,
    value: unknown,
    base: PropertyKey[],
  ): PartResult<U> => {
    const result = schema.safeParse(value, { error: requiredMessage });
    if (result.success) return { value: result.data, problems: [] };
    return {
      problems: flattenIssues(result.error.issues, base).flatMap(({ issue, path }): Problem[] => {
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) =>
            at(
              codes.unknownKey,
              offsetOf(doc, [...path, key], true),
              `unknown key "${key}"${inPath(path)}`,
            ),
          );
        }
        const label = pathLabel(path);
        return [
          at(
            codes.invalid,
            offsetOf(doc, path, false),
            label ? `${label}: ${issue.message}` : issue.message,
          ),
        ];
      }),
    };
  };
  const helpers = { lineOf, positionOf, validatePart };

  if (doc.errors.length > 0) {
    return {
      ...helpers,
      problems: doc.errors.map((error) =>
        at(codes.invalid, error.pos[0], firstLine(error.message)),
      ),
    };
  }
  return { ...helpers, ...validatePart(schema, doc.toJS(), []) };
}

// zod's default for an absent key ("expected string, received undefined") hides the fix.
function requiredMessage(issue: z.core.$ZodRawIssue): string | undefined {
  return issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined;
}

/**
 * A union reports every branch's complaints; the branch with the fewest is the one the
 * author meant, so only its issues are shown (with paths made absolute).
 */
function flattenIssues(
  issues: readonly Issue[],
  base: PropertyKey[],
): { issue: Issue; path: PropertyKey[] }[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = issue.errors.reduce((best, branch) =>
        branch.length < best.length ? branch : best,
      );
      return flattenIssues(closest, path);
    }
    return [{ issue, path }];
  });
}

/** Offset of the deepest node the path reaches; a missing key points at its parent. */
function offsetOf(doc: Document, path: PropertyKey[], wantKey: boolean): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [i, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      const isLast = i === path.length - 1;
      offset =
        (wantKey && isLast ? rangeStart(pair.key) : rangeStart(pair.value)) ??
        rangeStart(pair.key) ??
        offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      node = node.items[segment];
      offset = rangeStart(node) ?? offset;
    } else {
      break;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}

/** `screens[0].items[2].name`, the way an author would point at it. */
function pathLabel(path: PropertyKey[]): string {
  return path
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : `${i ? '.' : ''}${String(segment)}`,
    )
    .join('');
}

function inPath(path: PropertyKey[]): string {
  return path.length ? ` in ${pathLabel(path)}` : '';
}

// yaml's messages end with a position relative to the YAML alone and a code excerpt over
// several lines; the problem's own line and column replace both.
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
