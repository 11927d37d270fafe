import { unstorableText } from '@cairn/contracts';
import type { FieldError } from '../errors/app-error';

type Location = 'params' | 'query' | 'body';

/** A key as it can be shown in a field name: control characters and lone surrogates escaped. */
const printable = (key: string): string =>
  unstorableText(key) === undefined ? key : JSON.stringify(key).slice(1, -1);

/**
 * Every string (and object key) in a request part that no column can store, each named by
 * its path. Walks with an explicit stack so that a deeply nested body cannot overflow the
 * call stack.
 */
export function unstorableFields(location: Location, root: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { value: unknown; path: string[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const message = unstorableText(value);
      if (message) {
        errors.push({
          in: location,
          field: path.length > 0 ? path.join('.') : location,
          message,
        });
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const childPath = [...path, printable(key)];
        const keyProblem = unstorableText(key);
        if (keyProblem) {
          errors.push({
            in: location,
            field: childPath.join('.'),
            message: keyProblem,
          });
        }
        stack.push({ value: child, path: childPath });
      }
    }
  }
  return errors;
}
