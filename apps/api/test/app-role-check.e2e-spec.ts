import { spawn } from 'node:child_process';
import path from 'node:path';
import { loadConfig } from '../src/core/config/config';
import { assertAppRole } from '../src/core/database/app-role-check';

// The compiled entry points, as `npm start` runs them: this spec needs a prior build.
const DIST = path.resolve(__dirname, '../dist');

/** Starts an entry point and waits for it to exit, or kills it after `ms` and says so. */
function runUntilExit(
  entry: string,
  env: Record<string, string>,
  ms = 20_000,
): Promise<{ code: number | null; output: string; killed: boolean }> {
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

describe('the API and the worker check their database role at start', () => {
  const config = loadConfig();
  const asOwner = {
    APP_DATABASE_URL: config.DATABASE_URL,
    API_PORT: String(40_000 + Math.floor(Math.random() * 20_000)),
    LOG_LEVEL: 'info',
  };

  it.each(['main.js', 'worker.js'])(
    '%s refuses to start on the owner connection, and says why',
    async (entry) => {
      const result = await runUntilExit(entry, asOwner);
      expect(result.killed).toBe(false);
      expect(result.code).toBe(1);
      expect(result.output).toContain('Refusing to start');
      expect(result.output).toContain('is a superuser');
      expect(result.output).toMatch(/owns \d+ tables of the schema/);
    },
    30_000,
  );

  it('accepts the app role the migrations create', async () => {
    await expect(assertAppRole(config.appDatabaseUrl)).resolves.toBeUndefined();
  });
});
