import type { Problem } from './problem';

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
 * not part of the guide and are skipped rather than reported.
 */
export function isIgnored(path: string): boolean {
  return path.split('/').some((segment) => segment.startsWith('.') || segment === '__MACOSX');
}

/**
 * Decodes UTF-8 strictly: a lesson with mangled bytes must be reported, not shown garbled.
 * The decoder drops a byte-order mark, so positions match what an editor shows.
 */
export function decodeText(path: string, bytes: Uint8Array): SourceFile | Problem {
  try {
    return { path, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { file: path, line: 1, code: 'unreadable-file', message: 'not UTF-8 text' };
  }
}

export function tooLarge(path: string, bytes: number): Problem {
  return {
    file: path,
    line: 1,
    code: 'unreadable-file',
    message: `${bytes} bytes is over the ${LIMITS.fileBytes}-byte limit for one file`,
  };
}
