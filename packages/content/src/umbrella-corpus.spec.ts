import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCheck } from './cli/run-check';
import { loadGuide } from './load-guide';
import { describeWithShared, sharedFile } from './testing/fixtures';

/**
 * Umbrella's whole English and French tree, as published, is test data kept beside the
 * repository (its licence lets us test with it, not copy it). The problems it really has
 * were checked by hand, one by one; `umbrella-en-fr.problems.txt` lists them by place and
 * code, with none of the corpus's words.
 */
const ARCHIVE = 'corpora/umbrella-en-fr.tar.gz';
const expected = readFileSync(
  path.join(__dirname, 'testing', 'umbrella-en-fr.problems.txt'),
  'utf8',
)
  .split('\n')
  .filter(Boolean);

describeWithShared(
  sharedFile(ARCHIVE),
  ARCHIVE,
  "Umbrella's English and French guide",
  (archive) => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(path.join(tmpdir(), 'cairn-umbrella-'));
      execFileSync('tar', ['-xzf', archive, '-C', root]);
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('loads every file, except the one lesson whose front matter has no title', async () => {
      const guide = await loadGuide(root);
      const loaded = new Set(
        [
          ...guide.lessons,
          ...guide.pages,
          ...guide.checklists,
          ...guide.forms,
          ...guide.categories,
        ].map((item) => item.file),
      );
      const files = readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));

      expect(files).toHaveLength(1455);
      expect(files.filter((file) => !loaded.has(file))).toEqual([
        'fr/work/public-communications/beginner/s_the-public.md',
      ]);
      expect(guide.categories).toHaveLength(244);
      expect(guide.getCategory('fr', 'tools')?.index).toBe(7);
    });

    it('content:check reports exactly the problems verified by hand, and nothing else', async () => {
      const out: string[] = [];
      const code = await runCheck(['.'], { out: (l) => out.push(l), err: () => undefined }, root);

      expect(code).toBe(1);
      expect(out.map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(expected);
    });
  },
);
