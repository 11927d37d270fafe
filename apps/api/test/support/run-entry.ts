import { spawn } from 'node:child_process';
import path from 'node:path';

/** The compiled entry points (`dist/`), as `npm start` runs them: specs using these need a build. */
const DIST = path.resolve(__dirname, '../../dist');

export interface EntryRun {
  code: number | null;
  output: string;
  /** True when it was still running after the time allowed, and was killed. */
  killed: boolean;
}

/** Runs a compiled entry point (`main.js`, `cli/keys-rotate.js`) until it exits, or kills it after `ms`. */
export function runEntry(
  entry: string,
  env: Record<string, string>,
  ms = 20_000,
): Promise<EntryRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(DIST, entry)], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, ms);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, killed });
    });
  });
}
