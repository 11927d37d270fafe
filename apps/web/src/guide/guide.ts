import 'server-only';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defaultGuideDir, loadGuide, type Guide } from '@cairn/content';

/**
 * Where the default guide is on disk. Turbopack bundles @cairn/content (a workspace
 * package, so `serverExternalPackages` does not apply) and rewrites its `__dirname` to a
 * placeholder (vercel/next.js#86476); inside Next, `defaultGuideDir` can point nowhere, and
 * Node's own resolver, asked at run time, finds the same folder.
 */
function guideDir(): string {
  if (existsSync(defaultGuideDir)) return defaultGuideDir;
  const fromApp = createRequire(path.join(process.cwd(), 'package.json'));
  return path.join(path.dirname(fromApp.resolve('@cairn/content/package.json')), 'content');
}

let loading: Promise<Guide> | undefined;

/**
 * Cairn's own guide, read from disk once per server process and kept in memory. A failed
 * read is not kept, so the next request tries again.
 */
export function getGuide(): Promise<Guide> {
  loading ??= loadGuide(guideDir()).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
