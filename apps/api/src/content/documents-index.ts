import {
  defaultGuideFiles,
  guideFileKindOf,
  parseContentPath,
  titleOf,
  type SourceFile,
} from '@cairn/content';
import type { GuideDocumentKind } from '@cairn/contracts';

/** What the file list needs of a file, without its text. */
export interface IndexedFile {
  path: string;
  kind: GuideDocumentKind;
  locale: string;
  title: string;
}

/**
 * A checklist without a title of its own takes the title of the first lesson of its place,
 * so titles are worked out per place: handing each file only its neighbours keeps this one
 * pass over the guide, where handing it the whole guide made it one pass per checklist.
 */
export function indexFiles(files: readonly SourceFile[]): IndexedFile[] {
  const byPlace = new Map<string, SourceFile[]>();
  for (const file of files) {
    const place = parseContentPath(file.path);
    const key =
      'error' in place ? '' : [place.locale, place.category, place.topic, place.level].join('/');
    const neighbours = byPlace.get(key) ?? [];
    neighbours.push(file);
    byPlace.set(key, neighbours);
  }
  return [...byPlace.values()].flatMap((neighbours) =>
    neighbours.flatMap((file) => {
      const kind = guideFileKindOf(file.path);
      if (!kind) return [];
      return [
        {
          path: file.path,
          kind,
          locale: localeOf(file.path),
          title: titleOf(file.path, file.text, kind === 'checklist' ? neighbours : []),
        },
      ];
    }),
  );
}

export const localeOf = (path: string): string => path.split('/')[0] ?? '';

let shared: Promise<ReadonlyMap<string, IndexedFile>> | undefined;

/**
 * The shared guide's files by path, titled once per process: the shared guide ships with the
 * code, so a process has one version of it and its index never goes stale. A failed read
 * is not kept, so the next list tries again.
 */
export function sharedGuideIndex(): Promise<ReadonlyMap<string, IndexedFile>> {
  if (!shared) {
    const building = defaultGuideFiles().then(
      (files) => new Map(indexFiles(files).map((file) => [file.path, file])),
    );
    building.catch(() => {
      if (shared === building) shared = undefined;
    });
    shared = building;
  }
  return shared;
}
