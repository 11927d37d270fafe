import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildGuide } from './build-guide';
import type { Category, Checklist, Form, Lesson, Page, Workflow } from './model';
import type { Problem } from './problem';
import { readFolder } from './read-folder';
import { readZip } from './read-zip';
import { LIMITS, type SourceFile } from './source-file';

export interface GuideImport {
  lessons: Lesson[];
  checklists: Checklist[];
  forms: Form[];
  workflows: Workflow[];
  /** About, glossary and tools pages. */
  pages: Page[];
  /** What the `.category.yml` files say: the titles and order of their folders. */
  categories: Category[];
  /** The files read, as written, for storing once there are no problems. */
  files: SourceFile[];
  /** Every problem in the source; store the content only when this is empty. */
  problems: Problem[];
}

/**
 * Reads a guide an organisation uploads, from a folder, a `.zip` file, or the bytes of a
 * zip, and validates all of it, so an editor can fix every problem in one pass. Throws
 * only when the source itself cannot be read.
 */
export async function importGuide(source: string | Uint8Array): Promise<GuideImport> {
  const { files, problems } = await readSource(source);
  const {
    lessons,
    checklists,
    forms,
    workflows,
    pages,
    categories,
    problems: all,
  } = buildGuide(files, problems);
  return { lessons, checklists, forms, workflows, pages, categories, files, problems: all };
}

async function readSource(source: string | Uint8Array) {
  if (typeof source !== 'string') return readZip(source, 'upload.zip');
  const info = await stat(source);
  if (info.isDirectory()) return readFolder(source);

  const name = path.basename(source);
  if (!info.isFile() || path.extname(name).toLowerCase() !== '.zip') {
    throw new Error(`${source} is neither a folder nor a .zip file`);
  }
  // Checked before reading, so an absurd file is never loaded into memory.
  if (info.size > LIMITS.archiveBytes) {
    const message = `${info.size} bytes is over the ${LIMITS.archiveBytes}-byte limit`;
    return {
      files: [],
      problems: [{ file: name, line: 1, code: 'invalid-archive', message } satisfies Problem],
    };
  }
  return readZip(await readFile(source), name);
}
