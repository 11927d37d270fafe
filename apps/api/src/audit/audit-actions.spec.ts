import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS, PERMISSIONS } from '@cairn/contracts';

/**
 * The staff pages word every action of `AUDIT_ACTIONS`; an action recorded by the API but
 * missing there would show as a raw code. Actions are recorded from literals, sometimes
 * passed through a helper (`fileItem(id, 'evidence.downloaded')`), so every dotted literal
 * of the sources is read.
 */
function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Dotted literals of the sources that are not audit actions: permissions, fields, files. */
const NOT_ACTIONS = new Set<string>([
  ...Object.keys(PERMISSIONS),
  'case.survivor',
  'evidence-export.passphrase',
  'evidence.gps',
  'intake.answers',
  'survivor-message.text',
]);

describe('the audited actions', () => {
  it('are all among those the staff pages have words for', () => {
    const domains = new Set(AUDIT_ACTIONS.map((action) => action.split('.')[0]));
    const literals = new Set<string>();
    for (const file of sources(join(__dirname, '..'))) {
      for (const [, literal] of readFileSync(file, 'utf8').matchAll(
        /'([a-z]+(?:-[a-z]+)*(?:\.[a-z]+(?:-[a-z]+)*)+)'/g,
      ))
        literals.add(literal!);
    }
    const unknown = [...literals].filter(
      (literal) =>
        domains.has(literal.split('.')[0]!) &&
        !NOT_ACTIONS.has(literal) &&
        !(AUDIT_ACTIONS as readonly string[]).includes(literal),
    );
    expect(unknown).toEqual([]);
    // The scan finds what it looks for: the actions recorded through helpers are among them.
    expect([...literals]).toEqual(
      expect.arrayContaining(['evidence.downloaded', 'evidence.hidden', 'follow-up.locked']),
    );
  });
});
