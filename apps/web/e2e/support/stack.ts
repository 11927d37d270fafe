import crypto from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createDatabase, dropDatabase } from './database';
import { freePort } from './free-port';
import { API_DIST, REPO_ROOT, WEB_ROOT } from './paths';
import {
  run,
  startService,
  stopService,
  waitForHttp,
  waitForPort,
  type Service,
} from './processes';
import { deleteKeys, runPrefix } from './redis-keys';
import { BUNDLE_SYNC_MAX_BYTES, FIXTURE } from './stack-info';

export interface Stack {
  webUrl: string;
  apiUrl: string;
  /** The worker's mail catcher, where every email the stack sends ends up. */
  mailUrl: string;
  /** The worker's listener for replies to takedown requests (a loopback SMTP port). */
  inboundPort: number;
  redisUrl: string;
  redisPrefix: string;
  /** The run's database, as its owner: for specs that set up what no route makes. */
  databaseUrl: string;
  password: string;
  stop(): Promise<void>;
}

/** Each organisation of the fixture with its admin; org-create adds an existing admin as a member. */
function fixtureMemberships(): { slug: string; name: string; email: string }[] {
  const { admin, twoOrganizations, toLock, helpGuide, guideSections, umbrellaGuide, intake } =
    FIXTURE;
  return [
    { ...admin.organization, email: admin.email },
    ...twoOrganizations.organizations.map((organization) => ({
      ...organization,
      email: twoOrganizations.email,
    })),
    { ...toLock.organization, email: toLock.email },
    { ...helpGuide.organization, email: helpGuide.email },
    { ...guideSections.organization, email: guideSections.email },
    { ...umbrellaGuide.organization, email: umbrellaGuide.email },
    { ...intake.organization, email: intake.email },
  ];
}

/**
 * Brings up the real thing on loopback ports of its own: a fresh database, migrated and
 * holding the fixture's organisations, the API, the worker with its mail catcher, and the
 * production build of the web app.
 */
export async function startStack(): Promise<Stack> {
  const services: Service[] = [];
  const database = await createDatabase();
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redisPrefix = runPrefix();
  const stop = async () => {
    await Promise.all(services.map(stopService));
    await dropDatabase(database.name);
    await deleteKeys(redisUrl, redisPrefix);
  };

  try {
    const password = crypto.randomBytes(18).toString('base64url');
    const apiEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: redisPrefix,
      MASTER_KEY: crypto.randomBytes(32).toString('base64'),
      LOG_LEVEL: 'warn',
      // Every browser of the run signs in from 127.0.0.1, and most specs as the fixture admin,
      // well over ten times a minute; the limits themselves are tested in the API's specs.
      LOGIN_RATE_PER_IP: '1000',
      LOGIN_RATE_PER_EMAIL: '1000',
      // The fixture admin's organisation runs this deployment: its admins see the job queues.
      OPERATOR_ORG_SLUG: FIXTURE.admin.organization.slug,
      EVIDENCE_BUNDLE_SYNC_MAX_BYTES: String(BUNDLE_SYNC_MAX_BYTES),
    };
    await run(process.execPath, [path.join(API_DIST, 'cli/migrate.js')], {
      cwd: REPO_ROOT,
      env: apiEnv,
    });
    for (const { slug, name, email } of fixtureMemberships()) {
      await run(
        process.execPath,
        [
          path.join(API_DIST, 'cli/org-create.js'),
          ...[
            '--slug',
            slug,
            '--name',
            name,
            '--admin-email',
            email,
            `--admin-password=${password}`,
          ],
        ],
        { cwd: REPO_ROOT, env: apiEnv },
      );
    }

    const [apiPort, webPort, mailPort, inboundPort] = await Promise.all([
      freePort(),
      freePort(),
      freePort(),
      freePort(),
    ]);
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const webUrl = `http://127.0.0.1:${webPort}`;
    // Mail goes to the worker's own catcher, as with `npm start` on a fresh machine, so that
    // browser tests read what was sent in the mail catcher's admin page.
    const mailEnv = { SMTP_URL: `smtp://127.0.0.1:${mailPort}` };

    const api = startService('api', process.execPath, [path.join(API_DIST, 'main.js')], {
      cwd: REPO_ROOT,
      env: {
        ...apiEnv,
        ...mailEnv,
        API_PORT: String(apiPort),
        API_HOST: '127.0.0.1',
        WEB_ORIGIN: webUrl,
      },
    });
    services.push(api);
    const worker = startService('worker', process.execPath, [path.join(API_DIST, 'worker.js')], {
      cwd: REPO_ROOT,
      env: {
        ...apiEnv,
        ...mailEnv,
        MAIL_CATCHER_PORT: String(mailPort),
        INBOUND_SMTP_PORT: String(inboundPort),
        WEB_ORIGIN: webUrl,
      },
    });
    services.push(worker);

    const nextBin = require.resolve('next/dist/bin/next', { paths: [WEB_ROOT] });
    const webEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
    if (!existsSync(path.join(WEB_ROOT, '.next/BUILD_ID'))) {
      await run(process.execPath, [nextBin, 'build'], { cwd: WEB_ROOT, env: webEnv });
    }
    const web = startService(
      'web',
      process.execPath,
      [nextBin, 'start', '--port', String(webPort), '--hostname', '127.0.0.1'],
      {
        cwd: WEB_ROOT,
        env: {
          ...webEnv,
          NODE_ENV: 'production',
          API_URL: apiUrl,
          NEXTAUTH_URL: webUrl,
          NEXTAUTH_SECRET: crypto.randomBytes(32).toString('base64'),
        },
      },
    );
    services.push(web);

    await Promise.all([
      waitForHttp(api, `${apiUrl}/readyz`),
      waitForHttp(web, webUrl),
      waitForPort(worker, mailPort),
      waitForPort(worker, inboundPort),
    ]);
    return {
      webUrl,
      apiUrl,
      mailUrl: mailEnv.SMTP_URL,
      inboundPort,
      redisUrl,
      redisPrefix,
      databaseUrl: database.url,
      password,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
