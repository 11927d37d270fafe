import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { Problem } from './problem';
import { decodeText, isIgnored, LIMITS, tooLarge, type SourceFile } from './source-file';

const STORED = 0;
const DEFLATE = 8;

/**
 * Reads a guide from zip bytes without touching the disk. Entries whose names could
 * escape the guide's folder (zip-slip) and entries or archives over the size limits are
 * reported and left unread; the declared sizes bound the memory used, because fflate
 * never inflates an entry past its declared size.
 */
export function readZip(
  bytes: Uint8Array,
  archiveName: string,
): { files: SourceFile[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const archiveProblem = (message: string): Problem => ({
    file: archiveName,
    line: 1,
    code: 'invalid-archive',
    message,
  });
  if (bytes.length > LIMITS.archiveBytes) {
    return {
      files: [],
      problems: [
        archiveProblem(`${bytes.length} bytes is over the ${LIMITS.archiveBytes}-byte limit`),
      ],
    };
  }

  let entries = 0;
  let totalBytes = 0;
  const accept = (info: UnzipFileInfo): boolean => {
    // Only safe names may be skipped as ignored: `../.x` must be reported, not skipped.
    if (info.name.endsWith('/') || (isSafeRelativePath(info.name) && isIgnored(info.name)))
      return false;
    entries += 1;
    totalBytes += info.originalSize;
    if (entries > LIMITS.entries || totalBytes > LIMITS.totalBytes) return false;
    const problem = entryProblem(info);
    if (problem) problems.push(problem);
    return !problem;
  };

  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes, { filter: accept });
  } catch (error) {
    return {
      files: [],
      problems: [archiveProblem(`not a readable zip archive (${(error as Error).message})`)],
    };
  }
  if (entries > LIMITS.entries) problems.push(archiveProblem(`more than ${LIMITS.entries} files`));
  if (totalBytes > LIMITS.totalBytes) {
    problems.push(
      archiveProblem(
        `unpacks to more than ${LIMITS.totalBytes} bytes; only the first files were read`,
      ),
    );
  }

  const files: SourceFile[] = [];
  for (const [name, content] of Object.entries(unzipped)) {
    const decoded = decodeText(name, content);
    if ('text' in decoded) files.push(decoded);
    else problems.push(decoded);
  }
  return { files, problems };
}

function entryProblem(info: UnzipFileInfo): Problem | undefined {
  if (!isSafeRelativePath(info.name)) {
    return {
      file: info.name,
      line: 1,
      code: 'bad-path',
      message: 'path leaves the guide folder or is not relative',
    };
  }
  if (info.originalSize > LIMITS.fileBytes) return tooLarge(info.name, info.originalSize);
  if (info.compression !== STORED && info.compression !== DEFLATE) {
    return {
      file: info.name,
      line: 1,
      code: 'unreadable-file',
      message: `zip compression method ${info.compression} is not supported`,
    };
  }
  return undefined;
}

/** Relative, forward slashes only, no `.`/`..`/empty segments, no drive letter. */
function isSafeRelativePath(name: string): boolean {
  if (name.includes('\\') || /^[a-zA-Z]:/.test(name)) return false;
  return name.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
