/**
 * `npm run bench:signals`: signals at scale on PostgreSQL.
 * - Seeds `--scale x10` (1,000,000 signals, about 3 % open) into a fresh database (`--reuse` keeps an
 *   earlier one), with the demo accounts.
 * - The triage queue under 16 concurrent clients through the API as the demo analyst, with varying
 *   filters and second pages, beside one client and the same service call in-process.
 * - Public submissions without photos through the public process (`public-main.ts`, as a resident's
 *   browser posts the no-JavaScript form) for a fixed time, then looks up every one-time key that was
 *   answered with a receipt: each must be stored, once.
 * Prints a table and writes .bench/signals.json. Traffic goes to 127.0.0.1 only.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/src/config.js';
import { seedDemo } from '../server/src/db/seed/demo.js';
import { seedSignalsVolume, signalScales, type SignalScale } from '../server/src/db/seed/signals-volume.js';
import { migrateToLatest, openDatabase } from '../server/src/kernel/db.js';
import { listQueue, type QueueFilter } from '../server/src/modules/signals/index.js';
import { load, loadInProcess, log, type Measured, pct, query, signIn } from './common.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'x10' },
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '16' },
    postgres: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    reuse: { type: 'boolean', default: false },
  },
});
const scale = values.scale as SignalScale;
if (!(scale in signalScales)) throw new Error(`unknown scale ${scale}`);
const duration = Number(values.duration);
const connections = Number(values.connections);
const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, '.bench');
mkdirSync(outDir, { recursive: true });
const dbName = `dwarsboom_bench_signals_${scale}`;
const adminUrl = new URL(values.postgres);
const dbUrl = new URL(values.postgres);
dbUrl.pathname = `/${dbName}`;

// 1. Database with demo accounts and the synthetic signals.
const dataDir = join(outDir, 'signals-data');
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
    log(`seeding ${signalScales[scale].toLocaleString('en')} signals …`);
    const report = await seedSignalsVolume(database.db, scale, (line) => log(`  ${line}`));
    seedMs = report.ms;
    log(`seeded ${report.signals} signals in ${report.ms} ms`);
  } finally {
    await database.close();
  }
}

// 2. The compiled staff server and the public process, as in production.
const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) throw new Error('build failed');
const port = 3991;
const publicPort = 3992;
const url = `http://127.0.0.1:${port}`;
const publicUrl = `http://127.0.0.1:${publicPort}`;
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  DEMO: 'true',
  DATABASE_URL: dbUrl.toString(),
  LOG_LEVEL: 'warn',
  NODE_ENV: 'development',
  RATE_LIMIT_PER_MINUTE: '100000000',
  PUBLIC_REPORTS_PER_HOUR: '100000000',
};
const children: ChildProcess[] = [
  spawn(process.execPath, [join(root, 'dist/server/src/main.js')], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] }),
];
async function waitFor(base: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/ready`)).status === 200) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
await waitFor(url, children[0]!);
children.push(
  spawn(process.execPath, [join(root, 'dist/server/src/public-main.js')], {
    env: { ...env, PUBLIC_PORT: String(publicPort) },
    stdio: ['ignore', 'ignore', 'inherit'],
  }),
);
await waitFor(publicUrl, children[1]!);

const results: Record<string, unknown> = { at: new Date().toISOString(), scale, duration, connections, seedMs };
const rows: string[][] = [];
const record = (name: string, how: string, m: Measured) => {
  results[`${name}.${how}`] = m;
  rows.push([name, how, String(m.requestsPerSecond), String(m.p50), String(m.p95), String(m.p99), String(m.errors)]);
};

try {
  const counts = (
    await query<{ total: number; open: number }>(
      dbUrl.toString(),
      `select count(*)::int total, count(*) filter (where merged_into is null and status in ('reported','in_progress','awaiting_information','forwarded','reopened'))::int open from signals`,
    )
  )[0]!;
  results['signals'] = counts.total;
  results['open'] = counts.open;

  // The queue: the first page with the filters people use, and second pages through the cursor.
  const analyst = await signIn(url, 'analist');
  const headers = { cookie: analyst.cookie };
  const categories = ['', 'drug_lab', 'cannabis_grow', 'dealing', 'recruitment', 'laundering', 'intimidation', 'explosion_violence', 'other'];
  const wijken = ['', ...Array.from({ length: 10 }, (_, i) => `WK0344${String(i + 1).padStart(2, '0')}`)];
  const cursors: string[] = [];
  for (const category of categories.slice(0, 4)) {
    const page = (await (await fetch(`${url}/api/v1/signals/queue?category=${category}`, { headers })).json()) as { nextCursor: string | null };
    if (page.nextCursor) cursors.push(page.nextCursor);
  }
  let n = 0;
  const filters = (): QueueFilter => {
    n += 1;
    const f: QueueFilter = { status: 'open', assigned: 'any', limit: 50 };
    if (n % 3 === 1) f.category = categories[n % categories.length] || undefined;
    if (n % 4 === 2) f.wijk = wijken[n % wijken.length] || undefined;
    if (n % 5 === 3) f.overdue = 'true';
    if (n % 7 === 4) f.assigned = 'unassigned';
    if (n % 6 === 5 && cursors.length > 0) f.after = cursors[n % cursors.length];
    return f;
  };
  const toQuery = (f: QueueFilter) =>
    `/api/v1/signals/queue?${new URLSearchParams(Object.entries(f).filter(([, v]) => v !== undefined && v !== 'any' && v !== 50 && v !== 'open') as [string, string][]).toString()}`;
  record('queue', 'API, 1 client', await load(url, () => ({ method: 'GET', path: toQuery(filters()) }), { headers, clients: 1, seconds: duration }));
  record('queue', 'API', await load(url, () => ({ method: 'GET', path: toQuery(filters()) }), { headers, clients: connections, seconds: duration }));
  record('queue', 'in-process', await loadInProcess(dbUrl.toString(), config, (ctx) => listQueue(ctx, filters()), { clients: connections, seconds: duration }));

  // Public submissions: the no-JavaScript form as multipart/form-data, each with its own one-time key, from
  // 16 concurrent clients for the run's duration. Every request is awaited to its answer, so the keys answered
  // with a receipt can be compared with the keys stored, one by one.
  const boundary = '----dwarsboombench';
  const body = (key: string) =>
    Buffer.from(
      [
        ['categoryCode', 'cannabis_grow'],
        ['submissionKey', key],
        ['description', 'Al dagen een sterke hennepgeur en gezoem bij de benedenwoning.'],
        ['postcode', '3531 CJ'],
        ['houseNumber', String(1 + Math.floor(Math.random() * 300))],
        ['answers.signs', 'smell'],
        ['answers.signs', 'humming'],
      ]
        .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
        .join('') + `--${boundary}--\r\n`,
    );
  const submit = async (key: string): Promise<number> => {
    const res = await fetch(`${publicUrl}/melden/formulier?categorie=cannabis_grow`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: body(key),
    });
    const text = await res.text();
    // A receipt names the signal's number; a 200 without one would be some other page.
    return res.status === 200 && /SIG-\d{4}-\d{6,}/.test(text) ? 200 : res.status === 200 ? 599 : res.status;
  };
  for (let i = 0; i < 50; i++) await submit(randomUUID()); // warm-up, not counted below
  const answered: string[] = [];
  let refused = 0;
  const latencies: number[] = [];
  const started = performance.now();
  const end = started + duration * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const key = randomUUID();
        const t0 = performance.now();
        const status = await submit(key);
        latencies.push(performance.now() - t0);
        if (status === 200) answered.push(key);
        else refused += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const stored = new Set(
    (await query<{ k: string }>(dbUrl.toString(), `select submission_key::text k from signals where submission_key = any($1::uuid[])`, [answered])).map(
      (r) => r.k,
    ),
  );
  const duplicates = (
    await query<{ n: number }>(
      dbUrl.toString(),
      `select count(*)::int n from (select submission_key from signals where submission_key is not null group by 1 having count(*) > 1) d`,
    )
  )[0]!.n;
  record('public submission', 'public process', {
    requestsPerSecond: Math.round(answered.length / seconds),
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    errors: refused,
    responses2xx: answered.length,
  });
  results['submissions'] = { receipts: answered.length, stored: stored.size, lost: answered.filter((k) => !stored.has(k)).length, duplicates, refused };
} finally {
  for (const child of children) child.kill('SIGTERM');
}

const header = ['what', 'via', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const fmt = (r: string[]) => r.map((c, i) => c.padStart(widths[i]!)).join('  ');
log(
  `\nSignals on PostgreSQL: ${results['signals'] as number} signals, ${results['open'] as number} open; ${connections} concurrent clients, ${duration} s per run`,
);
log(fmt(header));
for (const r of rows) log(fmt(r));
const s = results['submissions'] as { receipts: number; stored: number; duplicates: number; lost: number; refused: number };
log(`public submissions: ${s.receipts} receipts answered, ${s.stored} of them stored, ${s.lost} lost, ${s.duplicates} keys stored twice, ${s.refused} refused`);
writeFileSync(join(outDir, 'signals.json'), JSON.stringify(results, null, 2));
log('Written to .bench/signals.json');
