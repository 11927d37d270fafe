import 'server-only';
import { defaultGuideDir, loadGuide, type Guide } from '@cairn/content';

let loading: Promise<Guide> | undefined;

/**
 * Cairn's own guide, read from disk once per server process and kept in memory. A failed
 * read is not kept, so the next request tries again.
 */
export function getGuide(): Promise<Guide> {
  loading ??= loadGuide(defaultGuideDir).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
