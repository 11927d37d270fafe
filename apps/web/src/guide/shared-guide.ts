import 'server-only';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  defaultGuideDir,
  defaultGuideFiles,
  guideFromFiles,
  type Guide,
  type SourceFile,
} from '@cairn/content';

/**
 * Where the shared guide is on disk. Turbopack bundles @cairn/content (a workspace
 * package, so `serverExternalPackages` does not apply) and rewrites its `__dirname` to a
 * placeholder (vercel/next.js#86476); inside Next, `defaultGuideDir` can point nowhere, and
 * Node's own resolver, asked at run time, finds the same folder.
 */
function guideDir(): string {
  if (existsSync(defaultGuideDir)) return defaultGuideDir;
  const fromApp = createRequire(path.join(process.cwd(), 'package.json'));
  return path.join(path.dirname(fromApp.resolve('@cairn/content/package.json')), 'content');
}

/** The shared guide's files, read once per process: every organisation's guide starts from them. */
export function sharedGuideFiles(): Promise<SourceFile[]> {
  return defaultGuideFiles(guideDir());
}

let building: Promise<Guide> | undefined;

/** Cairn's own guide, built once per process. A failed build is not kept: the next request tries again. */
export function sharedGuide(): Promise<Guide> {
  building ??= sharedGuideFiles()
    .then((files) => guideFromFiles(files))
    .catch((error: unknown) => {
      building = undefined;
      throw error;
    });
  return building;
}
