import { loadConfig } from '../src/core/config/config';
import { assertAppRole } from '../src/core/database/app-role-check';
import { runEntry } from './support/run-entry';

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
      const result = await runEntry(entry, asOwner);
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
