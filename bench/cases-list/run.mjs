// bench/cases-list: GET /cases at 100,000 cases in one organisation (and 10,000 in two
// others), under concurrent load from a second process, against the same SQL run directly
// through `pg` in the same run. Needs `npm run build` first, PostgreSQL at TEST_PG_URL
// and Redis at REDIS_URL. Usage: npm run bench:cases-list [-- --cases 100000 --seconds 10]
import { execFile } from 'node:child_process';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import pg from 'pg';
import {
  cpuMs,
  createBenchDatabase,
  log,
  login,
  root,
  saveResult,
  startApi,
  startEntry,
  stop,
} from '../lib/stack.mjs';

const { values: args } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    others: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '16' },
  },
});

const TITLES = [
  'Harcèlement sur Instagram',
  'Threats by email',
  'Doxxing after a breakup',
  'Usurpation d’identité sur Facebook',
  'Sextortion attempt',
  'Compte piraté',
  'Stalking through location sharing',
  'Hate speech in comments',
  'Diffamation sur un forum',
  'Non-consensual images shared',
  'Messages menaçants par SMS',
  'Fake profile on TikTok',
];
const SUMMARIES = [
  'Repeated abusive messages from an ex-partner over several weeks.',
  'Des messages de harcèlement répétés depuis la rupture, et des menaces de publier des photos.',
  'The other party posted the survivor’s home address and workplace.',
  'Le compte a été piraté et les mots de passe changés.',
  'An anonymous account sends threats every night.',
  'Une fausse page utilise le nom et les photos de la personne.',
  'Someone demands money and threatens to share intimate images.',
];

async function seed(owner, org, count, sealed, prefix) {
  // One statement per organisation: the search document is built by the same SQL function
  // the API uses, so search runs on realistic vectors.
  await owner.query(
    `INSERT INTO case_file (organization_id, reference, title, summary, status, risk_level, abuse_types,
                            platforms, tags, survivor_sealed, created_at, updated_at, search)
     SELECT $1::uuid, $2 || '-' || lpad(g::text, 7, '0'), t.title, s.summary,
            (enum_range(NULL::case_status))[1 + g % 6], (enum_range(NULL::risk_level))[1 + g % 4],
            ARRAY[(ARRAY['HARASSMENT','THREATS','DOXXING','SEXTORTION','IMPERSONATION'])[1 + g % 5]],
            ARRAY[(ARRAY['Instagram','Facebook','TikTok','X','Email'])[1 + g % 5]],
            ARRAY['tag' || (g % 40)], $3::bytea,
            now() - make_interval(mins => g), now() - make_interval(secs => g),
            cairn_search_vector(t.title || ' ' || s.summary)
     FROM generate_series(1, $4::int) g
     CROSS JOIN LATERAL (SELECT ($5::text[])[1 + g % array_length($5::text[], 1)] AS title) t
     CROSS JOIN LATERAL (SELECT ($6::text[])[1 + (g / 7) % array_length($6::text[], 1)] AS summary) s`,
    [org, prefix, sealed, count, TITLES, SUMMARIES],
  );
}

/**
 * Runs the load and reports, besides its figures, the CPU the API and the worker used per
 * request meanwhile: on a machine whose cores are shared, CPU per request is what bounds
 * the API's requests/s, where latency mostly measures the neighbours.
 */
async function measuredLoad(config, processes) {
  const before = await Promise.all(processes.map((child) => cpuMs(child.pid)));
  const result = await runLoad(config);
  const after = await Promise.all(processes.map((child) => cpuMs(child.pid)));
  const used = after.map((ms, i) => ms - before[i]);
  const perRequest = (ms) => Number((ms / Math.max(1, result.requests)).toFixed(2));
  return { ...result, cpuMsPerRequest: used.map(perRequest) };
}

async function runLoad(config) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(root, 'bench/cases-list/load.mjs'), JSON.stringify(config)],
    {
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(stdout);
}

// The statements the API runs for GET /cases as an admin (see CaseListService), with the
// visibility rule reduced to TRUE as it is for an admin: the search turned into a tsquery
// first, then the page and the capped count.
const COLUMNS = `c.id, c.reference, c.title, c.status, c.risk_level, c.abuse_types, c.platforms, c.tags,
  c.restricted, c.survivor_country, c.other_party_country, c.created_at, c.updated_at,
  coalesce((SELECT json_agg(json_build_object('userId', u.id, 'displayName', u.display_name) ORDER BY a.assigned_at)
            FROM case_assignee a JOIN app_user u ON u.id = a.user_id WHERE a.case_id = c.id), '[]') AS assignees`;
async function statements(databaseUrl, org, filter) {
  const where = [`c.organization_id = $1::uuid`, 'TRUE'];
  const values = [org];
  const first = [];
  if (filter.status) {
    values.push([filter.status]);
    where.push(`c.status = ANY($${values.length}::case_status[])`);
  }
  if (filter.q) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query('SELECT cairn_search_query($1)::text AS tsq', [filter.q]);
    await client.end();
    first.push(['SELECT cairn_search_query($1)::text AS tsq', [filter.q]]);
    values.push(rows[0].tsq);
    where.push(`c.search @@ $${values.length}::tsquery`);
  }
  const clause = where.join(' AND ');
  return [
    ...first,
    [
      `SELECT ${COLUMNS} FROM case_file c WHERE ${clause} ORDER BY c.updated_at DESC, c.id DESC LIMIT 26`,
      values,
    ],
    [
      `SELECT count(*)::int AS total FROM (SELECT 1 FROM case_file c WHERE ${clause} LIMIT 1001) matching`,
      values,
    ],
  ];
}

async function main() {
  const db = await createBenchDatabase();
  let api;
  let worker;
  const owner = new pg.Client({ connectionString: db.dbUrl });
  try {
    const orgs = await db.createOrganizations([
      { slug: 'bench-main', count: Number(args.cases) },
      { slug: 'bench-two', count: Number(args.others) },
      { slug: 'bench-three', count: Number(args.others) },
    ]);
    const server = await startApi(db);
    api = server.child;
    const base = server.base;
    // The worker runs too, as in production: it links the audit events each request records.
    worker = startEntry('worker.js', db);

    await owner.connect();
    let token;
    for (const org of orgs) {
      const orgToken = await login(base, org.email);
      // One real case through the API gives a survivor sealed with this organisation's key.
      // Its copies are realistic bytes for the list's row size, but bound to that one case:
      // opening them on the seeded cases answers survivor-unreadable. The list never opens them.
      const made = await fetch(`${base}/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${orgToken}` },
        body: JSON.stringify({ title: 'Seed', survivor: { name: 'Bench Survivor' } }),
      }).then((r) => r.json());
      const { rows } = await owner.query('SELECT survivor_sealed FROM case_file WHERE id = $1', [
        made.id,
      ]);
      const started = Date.now();
      await seed(
        owner,
        org.id,
        org.count,
        rows[0].survivor_sealed,
        org.slug.toUpperCase().replace(/-/g, ''),
      );
      log(`seeded ${org.count} cases in ${org.slug} (${Date.now() - started} ms)`);
      if (org.slug === 'bench-main') token = orgToken;
    }
    await owner.query('ANALYZE');

    const appUrl = db.appUrl;
    const main = orgs[0];
    const scenarios = [
      { name: 'first page', query: 'limit=25', filter: {} },
      { name: 'status filter', query: 'status=ACTIVE&limit=25', filter: { status: 'ACTIVE' } },
      { name: 'search', query: 'q=harcelement&limit=25', filter: { q: 'harcelement' } },
    ];
    const common = { seconds: Number(args.seconds), concurrency: Number(args.concurrency) };
    const results = [];
    for (const scenario of scenarios) {
      const apiResult = await measuredLoad(
        { ...common, mode: 'http', url: `${base}/cases?${scenario.query}`, token },
        [api, worker],
      );
      const sqlResult = await runLoad({
        ...common,
        mode: 'sql',
        databaseUrl: appUrl,
        organizationId: main.id,
        statements: await statements(appUrl, main.id, scenario.filter),
      });
      results.push({ scenario: scenario.name, api: apiResult, sql: sqlResult });
      log(
        `${scenario.name}: API ${apiResult.rps} req/s p50 ${apiResult.p50} ms p99 ${apiResult.p99} ms · SQL ${sqlResult.rps} req/s p50 ${sqlResult.p50} ms p99 ${sqlResult.p99} ms`,
      );
    }

    const lines = [
      `cases-list: ${args.cases} cases in the measured organisation, ${args.others} in each of two others; ` +
        `${args.concurrency} concurrent requests for ${args.seconds} s per row; Node ${process.version}`,
      '',
      '| scenario | API req/s | API p50 ms | API p99 ms | SQL req/s | SQL p50 ms | SQL p99 ms | API / SQL req/s | API CPU ms/req | worker CPU ms/req | SQL client CPU ms/req | errors |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
      ...results.map(
        ({ scenario, api: a, sql: s }) =>
          `| ${scenario} | ${a.rps} | ${a.p50} | ${a.p99} | ${s.rps} | ${s.p50} | ${s.p99} | ${(a.rps / s.rps).toFixed(2)} | ${a.cpuMsPerRequest[0]} | ${a.cpuMsPerRequest[1]} | ${s.loaderCpuMsPerRequest} | ${a.errors + s.errors} |`,
      ),
    ];
    console.log(lines.join('\n'));
    saveResult('cases-list', { args, results });
  } finally {
    await stop(api);
    await stop(worker);
    await owner.end().catch(() => undefined);
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
