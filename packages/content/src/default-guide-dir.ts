import path from 'node:path';

/** Cairn's own guide, shipped with the package; `src/` and `dist/` both sit beside it. */
export const defaultGuideDir = path.resolve(__dirname, '..', 'content');
