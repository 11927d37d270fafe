// Secrets and choices a local `npm start` keeps between runs, in .data/cairn.json
// (git-ignored). Values given in the environment always win.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function loadLocalState(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'cairn.json');
  const state = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  state.masterKey ??= randomBytes(32).toString('base64');
  state.nextAuthSecret ??= randomBytes(32).toString('base64url');
  state.dbPassword ??= randomBytes(18).toString('base64url');
  state.appDbPassword ??= randomBytes(18).toString('base64url');
  const save = () => writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  save();
  return { state, save };
}
