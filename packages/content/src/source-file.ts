import { CATEGORY_FILE } from './parse-category';
import type { Problem } from './problem';
import { positionAt } from './text-position';

/** A file of a guide, wherever it came from (a folder, a zip), with its path inside the guide. */
export interface SourceFile {
  path: string;
  text: string;
}

/** Bounds that keep a hostile or mistaken upload from exhausting memory. */
export const LIMITS = {
  fileBytes: 1024 * 1024,
  archiveBytes: 20 * 1024 * 1024,
  totalBytes: 50 * 1024 * 1024,
  entries: 5000,
};

/**
 * Files an editor or an OS drops beside content (`.DS_Store`, `.git/`, `__MACOSX/`) are
 * not part of the guide and are skipped rather than reported. A folder's `.category.yml`
 * (its title and order) is part of it.
 */
export function isIgnored(path: string): boolean {
  const segments = path.split('/');
  const file = segments.pop() as string;
  const hidden = (segment: string) => segment.startsWith('.') || segment === '__MACOSX';
  return segments.some(hidden) || (hidden(file) && file !== CATEGORY_FILE);
}

/**
 * Decodes UTF-8 strictly: a lesson with mangled bytes must be reported, not shown garbled,
 * and a character the database or a reader's browser would choke on must not get past the
 * import. The decoder drops a byte-order mark, so positions match what an editor shows.
 */
export function decodeText(path: string, bytes: Uint8Array): SourceFile | Problem {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return unsafeText({ path, text }) ?? { path, text };
  } catch {
    const at = positionAt(...decodedPrefix(bytes));
    return { file: path, ...at, code: 'unreadable-file', message: 'not UTF-8 text: ' + FIX };
  }
}

const FIX = 'save the file again as UTF-8, or retype the text around this place';

// C0 controls other than tab, line feed and carriage return (PostgreSQL refuses NUL, and
// none of them shows as text), and, with the `u` flag, UTF-16 surrogates not in a pair.
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDFFF]/u;

/**
 * A problem at the first character no guide text may hold, if there is one. Texts that
 * did not come through `decodeText` (an editor's draft, a stored file) are checked too,
 * so such a file is reported and left out wherever it enters.
 */
export function unsafeText(source: SourceFile): Problem | undefined {
  const match = UNSAFE.exec(source.text);
  if (!match) return undefined;
  const code = (match[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
  const what =
    match[0] >= '\uD800' ? 'half of a broken character' : 'an invisible control character';
  return {
    file: source.path,
    ...positionAt(source.text, match.index),
    code: 'unreadable-file',
    message: `U+${code} is ${what}: delete it, or ${FIX}`,
  };
}

/**
 * The text before the first ill-formed byte sequence, and its length: the longest prefix
 * a streaming decoder accepts (a prefix that only cuts a character short is accepted).
 */
function decodedPrefix(bytes: Uint8Array): [string, number] {
  const decodes = (length: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), {
        stream: length < bytes.length,
      });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (decodes(middle)) good = middle;
    else bad = middle;
  }
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, good), { stream: true });
  return [text, text.length];
}

export function tooLarge(path: string, bytes: number): Problem {
  return {
    file: path,
    line: 1,
    code: 'unreadable-file',
    message: `${bytes} bytes is over the ${LIMITS.fileBytes}-byte limit for one file`,
  };
}
