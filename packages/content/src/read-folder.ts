import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from './problem';
import { decodeText, isIgnored, LIMITS, tooLarge, type SourceFile } from './source-file';

/**
 * Reads every file under `root`. Symbolic links are reported, not followed, so a guide
 * cannot pull in files from outside its folder. Throws only if `root` itself is unreadable.
 */
export async function readFolder(
  root: string,
): Promise<{ files: SourceFile[]; problems: Problem[] }> {
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  const entries = await readdir(root, { recursive: true, withFileTypes: true });

  for (const entry of entries) {
    const relative = path
      .relative(root, path.join(entry.parentPath, entry.name))
      .split(path.sep)
      .join('/');
    if (isIgnored(relative) || entry.isDirectory()) continue;
    if (entry.isSymbolicLink() || !entry.isFile()) {
      problems.push({
        file: relative,
        line: 1,
        code: 'bad-path',
        message: 'not a regular file (links are not followed)',
      });
      continue;
    }
    const absolute = path.join(root, relative);
    const { size } = await lstat(absolute);
    if (size > LIMITS.fileBytes) {
      problems.push(tooLarge(relative, size));
      continue;
    }
    const decoded = decodeText(relative, await readFile(absolute));
    if ('text' in decoded) files.push(decoded);
    else problems.push(decoded);
  }
  return { files, problems };
}
