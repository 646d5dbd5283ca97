/**
 * `npm run bench:careers`: the caseload and overview of the person-centred approach at scale on PostgreSQL.
 * - Seeds `--trajectories` (default 20,000) synthetic trajectories and `--plan-items` (default 1,000,000) plan goals
 *   and actions, with reviews, daytime activities and follow-ups, into a fresh database (`--reuse` keeps an earlier
 *   one), after the reference data and the demo accounts (server/src/db/seed/careers-volume.ts).
 * - Through the API, with 1 client and with `--connections` (16) clients: the caseload
 *   `GET /api/v1/careers/trajectories?scope=mine` as the demo regisseur `pga` (35 active trajectories), the team
 *   list `?scope=team` as the demo partner `school` (on 1 % of the teams), and `GET /api/v1/careers/overview` as
 *   `management` (a varying period). An endpoint that does not answer 200 is left out and named.
 * Prints a table with the machine's load and writes .bench/careers.json. Traffic goes to 127.0.0.1 only.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/src/config.js';
import { DEFAULT_PLAN_ITEMS, DEFAULT_TRAJECTORIES, seedCareersVolume } from '../server/src/db/seed/careers-volume.js';
import { seedDemo } from '../server/src/db/seed/demo.js';
import { migrateToLatest, openDatabase } from '../server/src/kernel/db.js';
import { type BenchRequest, load, load1, log, type Measured, query, signIn } from './common.js';

const { values } = parseArgs({
  options: {
    trajectories: { type: 'string', default: String(DEFAULT_TRAJECTORIES) },
    'plan-items': { type: 'string', default: String(DEFAULT_PLAN_ITEMS) },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    postgres: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    reuse: { type: 'boolean', default: false },
  },
});
const total = Number(values.trajectories);
const planItems = Number(values['plan-items']);
const duration = Number(values.duration);
const connections = Number(values.connections);
const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, '.bench');
mkdirSync(outDir, { recursive: true });
const dbName = `dwarsboom_bench_careers_${total}_${planItems}`;
const adminUrl = new URL(values.postgres);
const dbUrl = new URL(values.postgres);
dbUrl.pathname = `/${dbName}`;

// 1. Database with the reference data, demo accounts and the synthetic trajectories.
const dataDir = join(outDir, 'careers-data');
const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, DEMO: 'true', DATABASE_URL: dbUrl.toString() });
let seedMs: number | null = null;
const exists = (await query(adminUrl.toString(), 'select 1 from pg_database where datname = $1', [dbName])).length === 1;
if (!values.reuse || !exists) {
  await query(adminUrl.toString(), `drop database if exists ${dbName} with (force)`);
  await query(adminUrl.toString(), `create database ${dbName}`);
  const database = await openDatabase({ databaseUrl: dbUrl.toString() });
  try {
    await migrateToLatest(database.db);
    await seedDemo(database.db, config.secrets.encryptionKey);
    log(`seeding ${total.toLocaleString('en')} trajectories and ${planItems.toLocaleString('en')} plan items …`);
    const report = await seedCareersVolume(database.db, { total, planItems }, (line) => log(`  ${line}`));
    seedMs = report.ms;
    log(`seeded in ${report.ms} ms`);
  } finally {
    await database.close();
  }
}
await query(
  dbUrl.toString(),
  'vacuum analyze trajectories, record_team, plan_goals, plan_actions, career_reviews, daytime_activities, prevention_activities, users',
);

// 2. The staff server as in production (compiled); when the project does not compile, the same code through tsx.
const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
const compiled = join(root, 'dist/server/src/main.js');
const server = build.status === 0 && existsSync(compiled) ? 'compiled' : 'tsx';
if (server === 'tsx') log('the build failed: running the server through tsx instead');
const port = 3994;
const url = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  DEMO: 'true',
  DATABASE_URL: dbUrl.toString(),
  LOG_LEVEL: 'warn',
  NODE_ENV: 'development',
  RATE_LIMIT_PER_MINUTE: '100000000',
  PORT: String(port),
};
const child: ChildProcess =
  server === 'compiled'
    ? spawn(process.execPath, [compiled], { env, stdio: ['ignore', 'ignore', 'inherit'] })
    : spawn(process.execPath, ['--import', 'tsx', join(root, 'server/src/main.ts')], { env, cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
for (;;) {
  if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
  try {
    if ((await fetch(`${url}/ready`)).status === 200) break;
  } catch {
    // not yet listening
  }
  await new Promise((r) => setTimeout(r, 50));
}

const results: Record<string, unknown> = {
  at: new Date().toISOString(),
  trajectories: total,
  planItems,
  duration,
  connections,
  seedMs,
  server,
  loadBefore: load1(),
};
const rows: string[][] = [];
const record = (name: string, who: string, clients: number, m: Measured) => {
  results[`${name}.${who}.${clients}`] = m;
  rows.push([name, who, String(clients), String(m.requestsPerSecond), String(m.p50), String(m.p95), String(m.p99), String(m.errors)]);
};
const skipped: string[] = [];

try {
  const counts = (
    await query<Record<string, number>>(
      dbUrl.toString(),
      `select count(*)::int trajectories,
         count(*) filter (where phase in ('intake', 'plan', 'uitvoering', 'nazorg'))::int active,
         (select count(*)::int from plan_goals) goals,
         (select count(*)::int from plan_actions) actions,
         (select count(*)::int from career_reviews) reviews,
         (select count(*)::int from daytime_activities) daytime,
         (select count(*)::int from career_follow_ups) follow_ups,
         (select count(*)::int from users where role = 'pga_director') regisseurs,
         (select count(*)::int from trajectories t join users u on u.id = t.regisseur_user_id where u.username = 'pga') pga_caseload,
         (select count(*)::int from record_team rt join users u on u.id = rt.user_id where u.username = 'school' and rt.record_type = 'trajectory') school_teams
       from trajectories`,
    )
  )[0]!;
  Object.assign(results, { counts });

  let n = 0;
  const periods = ['', '?from=2026-01-01', '?from=2025-01-01&to=2025-12-31', ''];
  const targets: [string, string, () => BenchRequest][] = [
    ['trajectories?scope=mine', 'pga', () => ({ method: 'GET', path: '/api/v1/careers/trajectories?scope=mine' })],
    ['trajectories?scope=team', 'school', () => ({ method: 'GET', path: '/api/v1/careers/trajectories?scope=team' })],
    ['overview', 'management', () => ({ method: 'GET', path: `/api/v1/careers/overview${periods[(n += 1) % periods.length]!}` })],
  ];
  const users: Record<string, { cookie: string }> = {};
  for (const who of ['pga', 'school', 'management']) users[who] = await signIn(url, who);
  for (const [name, who, request] of targets) {
    const headers = { cookie: users[who]!.cookie };
    const sample = await fetch(`${url}${request().path}`, { headers });
    const text = await sample.text();
    let items: number | null = null;
    try {
      const body = JSON.parse(text) as { items?: unknown[]; total?: number; caseload?: unknown[] };
      items = body.total ?? body.items?.length ?? body.caseload?.length ?? null;
    } catch {
      // not JSON
    }
    results[`${name}.${who}.sample`] = { status: sample.status, items, bytes: text.length };
    if (sample.status !== 200) {
      skipped.push(`GET ${request().path} as ${who} answered ${sample.status}: left out`);
      continue;
    }
    for (const clients of [1, connections]) {
      record(name, who, clients, await load(url, request, { headers, clients, seconds: duration }));
    }
  }
} finally {
  child.kill('SIGTERM');
}
results['loadAfter'] = load1();
results['skipped'] = skipped;

const header = ['what', 'as', 'clients', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const fmt = (r: string[]) => r.map((c, i) => c.padStart(widths[i]!)).join('  ');
const c = results['counts'] as Record<string, number>;
log(
  `\nPerson-centred approach on PostgreSQL: ${c['trajectories']} trajectories (${c['active']} active), ${c['goals']! + c['actions']!} plan items (${c['goals']} goals, ${c['actions']} actions), ` +
    `${c['reviews']} reviews, ${c['daytime']} daytime activities, ${c['follow_ups']} follow-ups; ${c['regisseurs']} regisseurs; pga regisseur of ${c['pga_caseload']}, school on ${c['school_teams']} teams; ${duration} s per run, server ${server}`,
);
for (const line of skipped) log(line);
for (const [key, value] of Object.entries(results)) if (key.endsWith('.sample')) log(`${key.replace(/\.sample$/, '')}: ${JSON.stringify(value)}`);
log(`load average before: ${results['loadBefore'] as string}; after: ${results['loadAfter'] as string}`);
log(fmt(header));
for (const r of rows) log(fmt(r));
writeFileSync(join(outDir, 'careers.json'), JSON.stringify(results, null, 2));
log('Written to .bench/careers.json');
