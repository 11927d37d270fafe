import { defaultGuideDir } from './default-guide-dir';
import { readFolder } from './read-folder';
import type { SourceFile } from './source-file';

const cache = new Map<string, Promise<SourceFile[]>>();

/**
 * The shared guide's files, read from disk once per process. `dir` is for hosts whose
 * bundler moves the package (see the web app); a failed read is not kept, so the next
 * call tries again. Each call returns its own array; the files in it are shared.
 */
export async function defaultGuideFiles(dir: string = defaultGuideDir): Promise<SourceFile[]> {
  let reading = cache.get(dir);
  if (!reading) {
    reading = readFolder(dir).then(({ files }) => files);
    cache.set(dir, reading);
    reading.catch(() => cache.delete(dir));
  }
  return [...(await reading)];
}

/**
 * An organisation's guide as readers see it: its published files replace the shared
 * guide's files at the same paths or add new ones, and withdrawn paths are left out,
 * whichever side they came from.
 */
export function composeGuideFiles(
  defaults: SourceFile[],
  published: SourceFile[],
  withdrawn: string[],
): SourceFile[] {
  const byPath = new Map<string, SourceFile>();
  for (const file of [...defaults, ...published]) byPath.set(file.path, file);
  for (const path of withdrawn) byPath.delete(path);
  return [...byPath.values()];
}
