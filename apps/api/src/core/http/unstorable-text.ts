import { unstorableText } from '@cairn/contracts';
import type { FieldError } from '../errors/app-error';

type Location = 'params' | 'query' | 'body';

/**
 * The name of a field at a path inside a request part: its keys joined with dots, or the
 * part itself when that leaves nothing to read (the root, or a key that is the empty string).
 */
export function fieldAt(location: Location, path: readonly PropertyKey[]): string {
  const joined = path.map(String).join('.');
  return joined.length > 0 ? joined : location;
}

/** A key as it can be shown in a field name: control characters and lone surrogates escaped. */
const printable = (key: string): string =>
  unstorableText(key) === undefined ? key : JSON.stringify(key).slice(1, -1);

/** A path as a chain from the leaf up, so that going one level deeper copies nothing. */
interface PathLink {
  key: string;
  parent: PathLink | null;
}

function pathOf(link: PathLink | null): string[] {
  const keys: string[] = [];
  for (let at = link; at; at = at.parent) keys.push(at.key);
  return keys.reverse();
}

/**
 * Every string (and object key) in a request part that no column can store, each named by
 * its path. Walks with an explicit stack so that a deeply nested body cannot overflow the
 * call stack, and keeps each path as a link to its parent, so that the walk stays linear in
 * the size of the body however deep it goes (copying the path at each level made a body
 * nested 200,000 deep take minutes).
 */
export function unstorableFields(location: Location, root: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { value: unknown; path: PathLink | null }[] = [{ value: root, path: null }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const message = unstorableText(value);
      if (message) {
        errors.push({
          in: location,
          field: fieldAt(location, pathOf(path)),
          message,
        });
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const childPath: PathLink = { key: printable(key), parent: path };
        const keyProblem = unstorableText(key);
        if (keyProblem) {
          errors.push({
            in: location,
            field: fieldAt(location, pathOf(childPath)),
            message: keyProblem,
          });
        }
        stack.push({ value: child, path: childPath });
      }
    }
  }
  return errors;
}

/** Whether a percent-encoded text decodes to well-formed UTF-8 (a stray `%` is only a `%`). */
function decodes(encoded: string): boolean {
  try {
    decodeURIComponent(encoded.replace(/%(?![0-9A-Fa-f]{2})/g, '%25'));
    return true;
  } catch {
    return false;
  }
}

/**
 * The query parameters of a raw URL whose name or value is not well-formed UTF-8 once
 * decoded. The query parser keeps such a value as its percent-encoded text, which would be
 * searched for or stored as if the client had meant it: refuse it instead.
 */
export function brokenQueryFields(url: string): FieldError[] {
  const start = url.indexOf('?');
  if (start < 0) return [];
  return url
    .slice(start + 1)
    .split('&')
    .filter((pair) => !decodes(pair))
    .map((pair) => {
      const name = pair.split('=')[0] ?? '';
      return {
        in: 'query' as const,
        field: decodes(name)
          ? fieldAt('query', [decodeURIComponent(name.replace(/%(?![0-9A-Fa-f]{2})/g, '%25'))])
          : 'query',
        message: 'This part of the address has a broken character: part of a symbol was lost',
      };
    });
}
