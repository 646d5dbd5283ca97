/**
 * `npm run bench:registry`: the registry at scale on PostgreSQL.
 * - Seeds `--scale x10` (1,000,000 subjects, 2,000,000 relations) into a fresh database
 *   (`--reuse` keeps an earlier one).
 * - Search and profile-with-relations under 16 concurrent clients through the API, as the demo
 *   analyst (reads all, so the need-to-know condition is the level filter), beside the same service
 *   call in-process on 16 connections (the same SQL, no HTTP, session or audit trail), so the API
 *   overhead is visible.
 * - Import of 100,000 organisation rows (CSV) through the API, timed to the finished report.
 * Prints a table and writes .bench/registry.json. Traffic goes to 127.0.0.1 only.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../server/src/config.js';
import { seedDemo } from '../server/src/db/seed/demo.js';
import { seedRegistryDemo } from '../server/src/db/seed/registry-demo.js';
import { registryScales, seedRegistryVolume, type RegistryScale } from '../server/src/db/seed/registry-volume.js';
import { migrateToLatest, openDatabase } from '../server/src/kernel/db.js';
import { getProfile, search } from '../server/src/modules/registry/index.js';
import { load, loadInProcess, signIn, type BenchRequest, type Measured } from './common.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'x10' },
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '16' },
    postgres: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    reuse: { type: 'boolean', default: false },
    'import-rows': { type: 'string', default: '100000' },
  },
});
const scale = values.scale as RegistryScale;
if (!(scale in registryScales)) throw new Error(`unknown scale ${scale}`);
const duration = Number(values.duration);
const connections = Number(values.connections);
const importRows = Number(values['import-rows']);
const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, '.bench');
mkdirSync(outDir, { recursive: true });
const dbName = `dwarsboom_bench_registry_${scale}`;
const adminUrl = new URL(values.postgres);
const dbUrl = new URL(values.postgres);
dbUrl.pathname = `/${dbName}`;

async function adminSql(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

// 1. Database with demo accounts and the synthetic register.
const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: join(outDir, 'registry-data'), DEMO: 'true', DATABASE_URL: dbUrl.toString() });
let seedMs: number | null = null;
const exists = await (async () => {
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    return (await client.query('select 1 from pg_database where datname = $1', [dbName])).rowCount === 1;
  } finally {
    await client.end();
  }
})();
if (!values.reuse || !exists) {
  await adminSql(`drop database if exists ${dbName} with (force)`);
  await adminSql(`create database ${dbName}`);
  const database = await openDatabase({ databaseUrl: dbUrl.toString() });
  try {
    await migrateToLatest(database.db);
    await seedDemo(database.db, config.secrets.encryptionKey);
    await seedRegistryDemo(database.db, config);
    log(`seeding registry scale ${scale} …`);
    const report = await seedRegistryVolume(database.db, scale, (line) => log(`  ${line}`));
    seedMs = report.ms;
    log(`seeded ${report.subjects} subjects and ${report.relations} relations in ${report.ms} ms`);
  } finally {
    await database.close();
  }
}

// 2. The compiled server, as `npm start` runs it.
const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) throw new Error('build failed');
const port = 3990;
const url = `http://127.0.0.1:${port}`;
const child: ChildProcess = spawn(process.execPath, [join(root, 'dist/server/src/main.js')], {
  env: {
    ...process.env,
    DATA_DIR: join(outDir, 'registry-data'),
    DEMO: 'true',
    DATABASE_URL: dbUrl.toString(),
    PORT: String(port),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    RATE_LIMIT_PER_MINUTE: '100000000',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
for (;;) {
  if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
  try {
    if ((await fetch(`${url}/ready`)).status === 200) break;
  } catch {
    // not yet listening
  }
  await new Promise((r) => setTimeout(r, 50));
}

/** An API load as the registry measures it: JSON bodies, the given number of clients (default all). */
const loadApi = (request: () => BenchRequest, headers: Record<string, string>, clients = connections): Promise<Measured> =>
  load(
    url,
    () => {
      const r = request();
      return r.body ? { ...r, headers: { 'content-type': 'application/json' } } : r;
    },
    { headers, clients, seconds: duration },
  );
const inProcess = (call: Parameters<typeof loadInProcess>[2]): Promise<Measured> =>
  loadInProcess(dbUrl.toString(), config, call, { clients: connections, seconds: duration });

const results: Record<string, unknown> = { at: new Date().toISOString(), scale, duration, connections, seedMs };
const rows: string[][] = [];
const record = (name: string, how: string, m: Measured) => {
  results[`${name}.${how}`] = m;
  rows.push([name, how, String(m.requestsPerSecond), String(m.p50), String(m.p95), String(m.p99), String(m.errors)]);
};

try {
  const analyst = await signIn(url, 'analist');
  const headers = { cookie: analyst.cookie, 'x-csrf-token': analyst.csrf };
  const client = new pg.Client({ connectionString: dbUrl.toString() });
  await client.connect();
  const counts = (await client.query(`select (select count(*) from subjects)::int s, (select count(*) from subject_relations)::int r`)).rows[0] as {
    s: number;
    r: number;
  };
  results['subjects'] = counts.s;
  results['relations'] = counts.r;
  // Search terms: misspelled and accented names, streets, organisation words.
  const terms = [
    'jansen',
    'Janssen',
    'muller',
    'Müller',
    'de vries',
    'el amrani',
    'Yilmaz',
    'van den berg',
    'Öztürk',
    'ozturk',
    'sahin',
    'Kanaalstraat 12',
    'fatima bakker',
    'mohamed el idrissi',
    'barbershop lombok',
    'shisha lounge',
    'minimarkt overvecht',
    'Zambesidreef',
    'kevin',
    'sanne visser',
    'Dekker',
    'Benali',
    'Ramdin',
    'Popescu',
    'Kowalski',
    'ter horst',
    'ten cate',
    'Veenstra',
    'Verhoeven',
    'lieke de wit',
  ];
  let term = 0;
  const nextTerm = () => terms[term++ % terms.length]!;
  // Profiles: persons with relations, sampled across the table.
  const sample = (
    await client.query(
      `select s.id from subjects s tablesample system (1) where s.kind = 'person' and s.confidentiality in ('intern', 'vertrouwelijk') limit 2000`,
    )
  ).rows.map((r: { id: string }) => r.id);
  let profile = 0;
  const nextProfile = () => sample[profile++ % sample.length]!;
  const avgRelations = (
    await client.query(
      `select avg(c)::float as a from (select (select count(*) from subject_relations r where r.from_subject_id = x.id or r.to_subject_id = x.id) c from unnest($1::uuid[]) x(id)) y`,
      [sample.slice(0, 500)],
    )
  ).rows[0] as { a: number };
  results['profileAverageRelations'] = Number(avgRelations.a.toFixed(1));
  await client.end();

  const searchRequest = () => ({ method: 'POST' as const, path: '/api/v1/registry/search', body: JSON.stringify({ q: nextTerm(), limit: 20 }) });
  record('search', 'API, 1 client', await loadApi(searchRequest, headers, 1));
  record(
    'search',
    'API',
    await loadApi(() => ({ method: 'POST', path: '/api/v1/registry/search', body: JSON.stringify({ q: nextTerm(), limit: 20 }) }), headers),
  );
  record('search', 'in-process', await inProcess((ctx) => search(ctx, { q: nextTerm(), limit: 20 })));
  record('profile', 'API, 1 client', await loadApi(() => ({ method: 'GET', path: `/api/v1/registry/subjects/${nextProfile()}` }), headers, 1));
  record('profile', 'API', await loadApi(() => ({ method: 'GET', path: `/api/v1/registry/subjects/${nextProfile()}` }), headers));
  record('profile', 'in-process', await inProcess((ctx) => getProfile(ctx, nextProfile())));

  // 3. Import of organisation rows through the API.
  const lines = [
    'kvknummer;vestigingsnummer;handelsnaam;rechtsvorm;sbi_code;datum_inschrijving;datum_opheffing;straat;huisnummer;huisletter;toevoeging;postcode;plaats',
  ];
  // Fresh KvK numbers and postcodes per run, so a run on a reused database imports new rows too.
  const kvkBase = 20_000_000 + Math.floor(Math.random() * 700) * 100_000;
  const postcodeBase = 1000 + Math.floor(Math.random() * 80) * 100;
  for (let i = 0; i < importRows; i++) {
    const postcode = `${postcodeBase + (Math.floor(i / 400) % 100)} ${'BCFGHJKLMN'[Math.floor(i / 40_000) % 10]}X`;
    lines.push(
      `${kvkBase + i};7${String(i).padStart(11, '0')};Importbedrijf ${kvkBase + i};Besloten vennootschap;${i % 3 === 0 ? '96021' : '6201'};2020-01-01;;Importstraat;${1 + (i % 400)};;;${postcode};Utrecht`,
    );
  }
  const csv = lines.join('\n');
  const form = new FormData();
  form.set('kind', 'organisations');
  form.set('mode', 'all_or_nothing');
  form.set('confidentiality', 'intern');
  form.set('file', new Blob([csv], { type: 'text/csv' }), 'bench.csv');
  const t0 = performance.now();
  const started = await fetch(`${url}/api/v1/registry/imports`, { method: 'POST', headers, body: form });
  if (started.status !== 202) throw new Error(`import refused: ${started.status} ${await started.text()}`);
  const { id } = (await started.json()) as { id: string };
  let report: { status: string; rowsCreated: number; rowsInvalid: number };
  for (;;) {
    report = (await (await fetch(`${url}/api/v1/registry/imports/${id}`, { headers })).json()) as typeof report;
    if (['done', 'refused', 'failed'].includes(report.status)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const importMs = Math.round(performance.now() - t0);
  results['import'] = { rows: importRows, bytes: Buffer.byteLength(csv), ms: importMs, rowsPerSecond: Math.round((importRows / importMs) * 1000), ...report };
} finally {
  child.kill('SIGTERM');
}

const header = ['what', 'via', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const fmt = (r: string[]) => r.map((c, i) => c.padStart(widths[i]!)).join('  ');
log(
  `\nRegistry on PostgreSQL, ${results['subjects'] as number} subjects, ${results['relations'] as number} relations; ${connections} concurrent clients, ${duration} s per run`,
);
log(`profiles sampled have on average ${results['profileAverageRelations'] as number} relations`);
log(fmt(header));
for (const r of rows) log(fmt(r));
const imp = results['import'] as { rows: number; ms: number; rowsPerSecond: number; status: string; rowsCreated: number };
log(`import: ${imp.rows} organisation rows (with addresses) → ${imp.status}, ${imp.rowsCreated} created in ${imp.ms} ms (${imp.rowsPerSecond} rows/s)`);
writeFileSync(join(outDir, 'registry.json'), JSON.stringify(results, null, 2));
log('Written to .bench/registry.json');
