// `npm start`: database (embedded unless DATABASE_URL is set), migrations, the demo
// organisation, then API, worker and web, until Ctrl-C stops them all.
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Redis from 'ioredis';
import { API_NODE_ARGS, apiEnv } from './lib/api-runtime.mjs';
import { startEmbeddedDatabase } from './lib/embedded-db.mjs';
import { loadLocalState } from './lib/local-state.mjs';
import { run, runToEnd, stopAll, waitForHttp } from './lib/processes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, '.data');
const env = process.env;
const log = (line) => console.log(`[cairn]   ${line}`);

async function redisAnswers(url) {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** A loopback port nothing listens on now. */
function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function main() {
  const { state, save } = loadLocalState(dataDir);
  const redisUrl = env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (!(await redisAnswers(redisUrl))) {
    throw new Error(
      `Redis does not answer at ${redisUrl}.\n` +
        `Start one with "redis-server --daemonize yes", or "docker compose up -d redis", or set REDIS_URL.`,
    );
  }

  let database;
  if (env.DATABASE_URL) {
    log('using the database of DATABASE_URL');
    database = { url: env.DATABASE_URL, stop: async () => undefined };
  } else {
    database = await startEmbeddedDatabase(dataDir, state, save);
    log(`embedded PostgreSQL on port ${state.pgPort}, data in .data/pg`);
  }

  const apiPort = env.API_PORT ?? '4000';
  const webPort = env.WEB_PORT ?? '3000';
  // No SMTP server given: mail goes to the worker's own catcher on loopback, and the admin
  // pages (Mail > Mail catcher) show what would have left. Nothing leaves the machine.
  let mail = {};
  if (!env.SMTP_URL) {
    const catcherPort = env.MAIL_CATCHER_PORT ?? String(await freeLoopbackPort());
    mail = { SMTP_URL: `smtp://127.0.0.1:${catcherPort}`, MAIL_CATCHER_PORT: catcherPort };
    log(`no SMTP_URL: emails go to the local mail catcher (port ${catcherPort}), shown under Mail`);
  } else {
    log('sending mail through SMTP_URL');
  }
  const childEnv = {
    ...env,
    DATABASE_URL: database.url,
    APP_DATABASE_PASSWORD: env.APP_DATABASE_PASSWORD ?? state.appDbPassword,
    MASTER_KEY: env.MASTER_KEY ?? state.masterKey,
    // One absolute folder, so the API and the worker's sweep see the same files.
    EVIDENCE_DIR: env.EVIDENCE_DIR ?? path.join(dataDir, 'evidence'),
    REDIS_URL: redisUrl,
    API_PORT: apiPort,
    WEB_PORT: webPort,
    API_URL: env.API_URL ?? `http://127.0.0.1:${apiPort}`,
    // The worker's listener for replies to takedown requests, on loopback.
    INBOUND_SMTP_PORT: env.INBOUND_SMTP_PORT ?? '2525',
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${webPort}`,
    // Links in emails (invitations) open the web app.
    WEB_ORIGIN: env.WEB_ORIGIN ?? env.NEXTAUTH_URL ?? `http://localhost:${webPort}`,
    // The demo organisation runs this deployment: its admins see the job queues.
    OPERATOR_ORG_SLUG: env.OPERATOR_ORG_SLUG ?? 'demo',
    ...mail,
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? state.nextAuthSecret,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    TURBO_TELEMETRY_DISABLED: '1',
  };

  let stopping = false;
  const shutdown = async (code) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    await stopAll();
    await database.stop();
    log('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    log('building API and web (quick when nothing changed)…');
    await runToEnd(
      'build',
      'npx',
      ['turbo', 'run', 'build', '--env-mode=loose', '--output-logs=errors-only'],
      childEnv,
    );
    await runToEnd('migrate', process.execPath, ['apps/api/dist/cli/migrate.js'], childEnv);
    const demoArgs = [
      'apps/api/dist/cli/org-create.js',
      '--slug',
      'demo',
      '--name',
      'Demo Helpline',
    ];
    demoArgs.push(
      '--admin-email',
      'admin@demo.cairn.test',
      '--admin-name',
      'Demo Admin',
      '--if-absent',
    );
    if (env.DEMO_ADMIN_PASSWORD) demoArgs.push(`--admin-password=${env.DEMO_ADMIN_PASSWORD}`);
    await runToEnd('seed', process.execPath, demoArgs, childEnv);
    await runToEnd(
      'seed',
      process.execPath,
      ['apps/api/dist/cli/demo-helpline.js', 'demo'],
      childEnv,
    );
  } catch (error) {
    console.error(`[cairn]   ${error.message}`);
    await shutdown(1);
    return;
  }

  // The API's runtime settings (memory): see scripts/lib/api-runtime.mjs.
  const api = run(
    'api',
    process.execPath,
    [...API_NODE_ARGS, 'apps/api/dist/main.js'],
    apiEnv(childEnv),
  );
  run('worker', process.execPath, ['apps/api/dist/worker.js'], childEnv);
  const web = run('web', 'npm', ['run', 'start', '-w', '@cairn/web'], childEnv);
  for (const [name, child] of [
    ['API', api],
    ['web', web],
  ]) {
    child.on('exit', (code) => {
      if (!stopping) {
        console.error(`[cairn]   the ${name} stopped (exit ${code}); stopping everything`);
        void shutdown(1);
      }
    });
  }
  const apiUp = await waitForHttp(
    `http://127.0.0.1:${apiPort}/readyz`,
    60_000,
    () => api.exitCode === null,
  );
  const webUp = await waitForHttp(
    `http://127.0.0.1:${webPort}/`,
    90_000,
    () => web.exitCode === null,
  );
  if (apiUp && webUp) {
    log(
      `Cairn is running: web http://localhost:${webPort}  ·  API http://localhost:${apiPort}/docs`,
    );
    log('Sign in as admin@demo.cairn.test. Press Ctrl-C to stop.');
  }
}

main().catch(async (error) => {
  console.error(`[cairn]   ${error instanceof Error ? error.message : error}`);
  await stopAll();
  process.exit(1);
});
