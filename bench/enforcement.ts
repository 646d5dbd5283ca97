/**
 * `npm run bench:enforcement`: the enforcement overviews at scale on PostgreSQL.
 * - Seeds `--measures` (default 100,000) synthetic measures into a fresh database (`--reuse` keeps an earlier
 *   one), after the reference data and the demo accounts (server/src/db/seed/enforcement-volume.ts).
 * - Through the API, as the demo analyst (sees every case up to geheim) and the demo jurist (need-to-know: on
 *   the team of 2 % of the measures), with 1 client and with `--connections` (16) clients: the measures list
 *   (when its endpoint answers), open deadlines (varied window, kind and wijk), closures in force, the summary.
 * Prints a table with the machine's load and writes .bench/enforcement.json. Traffic goes to 127.0.0.1 only.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/src/config.js';
import { seedDemo } from '../server/src/db/seed/demo.js';
import { DEFAULT_MEASURES, seedEnforcementVolume } from '../server/src/db/seed/enforcement-volume.js';
import { migrateToLatest, openDatabase } from '../server/src/kernel/db.js';
import { type BenchRequest, load, load1, log, type Measured, query, signIn } from './common.js';

const { values } = parseArgs({
  options: {
    measures: { type: 'string', default: String(DEFAULT_MEASURES) },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    postgres: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    reuse: { type: 'boolean', default: false },
  },
});
const total = Number(values.measures);
const duration = Number(values.duration);
const connections = Number(values.connections);
const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, '.bench');
mkdirSync(outDir, { recursive: true });
const dbName = `dwarsboom_bench_enforcement_${total}`;
const adminUrl = new URL(values.postgres);
const dbUrl = new URL(values.postgres);
dbUrl.pathname = `/${dbName}`;

// 1. Database with the reference data, demo accounts and the synthetic measures.
const dataDir = join(outDir, 'enforcement-data');
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
    log(`seeding ${total.toLocaleString('en')} measures …`);
    const report = await seedEnforcementVolume(database.db, total, (line) => log(`  ${line}`));
    seedMs = report.ms;
    log(`seeded ${report.measures} measures in ${report.ms} ms`);
  } finally {
    await database.close();
  }
}
await query(dbUrl.toString(), 'vacuum analyze measures, enforcement_deadlines, record_team');

// 2. The staff server as in production (compiled); when the project does not compile, the same code through tsx.
const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
const compiled = join(root, 'dist/server/src/main.js');
const server = build.status === 0 && existsSync(compiled) ? 'compiled' : 'tsx';
if (server === 'tsx') log('the build failed: running the server through tsx instead');
const port = 3993;
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

const results: Record<string, unknown> = { at: new Date().toISOString(), measures: total, duration, connections, seedMs, server, loadBefore: load1() };
const rows: string[][] = [];
const record = (name: string, who: string, clients: number, m: Measured) => {
  results[`${name}.${who}.${clients}`] = m;
  rows.push([name, who, String(clients), String(m.requestsPerSecond), String(m.p50), String(m.p95), String(m.p99), String(m.errors)]);
};

try {
  const counts = (
    await query<{ total: number; open: number; execution: number; deadlines: number; jurist: number }>(
      dbUrl.toString(),
      `select count(*)::int total,
         count(*) filter (where status not in ('closed', 'withdrawn'))::int open,
         count(*) filter (where status = 'execution')::int execution,
         (select count(*)::int from enforcement_deadlines where status = 'open') deadlines,
         (select count(*)::int from record_team rt join users u on u.id = rt.user_id where u.username = 'jurist' and rt.record_type = 'measure') jurist
       from measures`,
    )
  )[0]!;
  Object.assign(results, { counts });

  const wijken = ['', ...Array.from({ length: 10 }, (_, i) => `WK0344${String(i + 1).padStart(2, '0')}`)];
  const kinds = ['', 'opinion', 'objection', 'execution_end'];
  let n = 0;
  const deadlines = (): BenchRequest => {
    n += 1;
    const q = new URLSearchParams({ days: String([7, 14, 30][n % 3]) });
    if (n % 4 === 1 && kinds[n % kinds.length]) q.set('kind', kinds[n % kinds.length]!);
    if (n % 3 === 2 && wijken[n % wijken.length]) q.set('wijk', wijken[n % wijken.length]!);
    return { method: 'GET', path: `/api/v1/enforcement/overview/deadlines?${q.toString()}` };
  };
  const closures = (): BenchRequest => {
    n += 1;
    const wijk = n % 2 === 0 ? wijken[n % wijken.length] : '';
    return { method: 'GET', path: `/api/v1/enforcement/overview/closures${wijk ? `?wijk=${wijk}` : ''}` };
  };
  const summary = (): BenchRequest => ({ method: 'GET', path: '/api/v1/enforcement/overview/summary' });
  const measuresList = (): BenchRequest => ({ method: 'GET', path: '/api/v1/enforcement/measures' });

  const users = { analist: await signIn(url, 'analist'), jurist: await signIn(url, 'jurist') };
  const probe = await fetch(`${url}/api/v1/enforcement/measures`, { headers: { cookie: users.analist.cookie } });
  results['measuresListStatus'] = probe.status;
  const targets: [string, () => BenchRequest][] = [
    ...(probe.status === 200 ? ([['measures list', measuresList]] as [string, () => BenchRequest][]) : []),
    ['overview/deadlines', deadlines],
    ['overview/closures', closures],
    ['overview/summary', summary],
  ];
  if (probe.status !== 200) log(`GET /api/v1/enforcement/measures answered ${probe.status}: the measures list is left out`);
  for (const [name, request] of targets) {
    for (const who of ['analist', 'jurist'] as const) {
      // A sample answer, so the table can say how much each user gets.
      const sample = await fetch(`${url}${request().path}`, { headers: { cookie: users[who].cookie } });
      const body = (await sample.json()) as { items?: unknown[] };
      results[`${name}.${who}.sample`] = { status: sample.status, items: body.items?.length ?? null };
      for (const clients of [1, connections]) {
        record(name, who, clients, await load(url, request, { headers: { cookie: users[who].cookie }, clients, seconds: duration }));
      }
    }
  }
} finally {
  child.kill('SIGTERM');
}
results['loadAfter'] = load1();

const header = ['what', 'as', 'clients', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const fmt = (r: string[]) => r.map((c, i) => c.padStart(widths[i]!)).join('  ');
const c = results['counts'] as { total: number; open: number; execution: number; deadlines: number; jurist: number };
log(
  `\nEnforcement overviews on PostgreSQL: ${c.total} measures (${c.open} open, ${c.execution} in execution, ${c.deadlines} open deadlines; jurist on ${c.jurist} teams); ${duration} s per run, server ${server}`,
);
log(`load average before: ${results['loadBefore'] as string}; after: ${results['loadAfter'] as string}`);
log(fmt(header));
for (const r of rows) log(fmt(r));
writeFileSync(join(outDir, 'enforcement.json'), JSON.stringify(results, null, 2));
log('Written to .bench/enforcement.json');
