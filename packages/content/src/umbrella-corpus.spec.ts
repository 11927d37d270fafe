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
 *
 * It holds 93 problems where issue 18 counts 92. By the issue's own kinds, the list has:
 * - 72 broken and 6 malformed links (78, where the issue says 73 and 7: 80). A separate
 *   count, every `umbrella://` in en and fr resolved naively against the folders and files
 *   of its locale, finds the same 72 unresolved links on the same lines, and exactly 6
 *   occurrences outside a `[text](…)` link; no further link could be found to make 80.
 * - 3 missing translations (en/about/s_licences.md, en/about/s_thankyou.md and
 *   en/incident-response/sexual-assault/beginner/s_precautions.md have no fr file),
 *   3 clashing category indexes, 2 front-matter problems of one fr lesson, 2 fr form items
 *   without the label their en item has, 2 fr forms whose item names were translated.
 * and three the kinds do not name, each a defect a reader would hit:
 * - `repeated-field` twice: en/forms/f_digital-security-incident.yml and its fr version name
 *   two different questions `provide-brief-description-6`; the form is served with the
 *   second under a name of its own, so both answers are kept, and the editor is told.
 * - `missing-in-locale` once: fr/communications/phishing/beginner/c_checklist.yml has 17
 *   steps where en has 18 (its first, "share this checklist with yourself", became a
 *   closing tip that cannot be ticked), reported once, on the fr file, as the issue asks.
 * 78 + 12 + 3 = 93: the checker is right on each; the 92 undercounts these three
 * and overcounts links by two.
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
