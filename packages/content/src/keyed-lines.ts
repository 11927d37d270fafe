import type { Problem } from './problem';

/**
 * An id that cases store (a checklist step id, a form field name) and the line that
 * declares it. These ids must be unique in a file and identical across locales.
 */
export interface KeyedLine {
  key: string;
  line: number;
}

export function duplicateKeys(file: string, keys: KeyedLine[], what: string): Problem[] {
  const firstLine = new Map<string, number>();
  return keys.flatMap(({ key, line }): Problem[] => {
    const first = firstLine.get(key);
    if (first === undefined) {
      firstLine.set(key, line);
      return [];
    }
    return [
      {
        file,
        line,
        code: 'duplicate-id',
        message: `${what} "${key}" is already used on line ${first}`,
      },
    ];
  });
}
