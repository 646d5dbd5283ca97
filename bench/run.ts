/**
 * `npm run bench`: throughput and latency of an authenticated read of personal data under
 * concurrent load, on PGlite and on PostgreSQL, with the audit trail and processing log on and
 * off; start-up time to ready on an existing DATA_DIR; idle memory. Prints a table and writes
 * .bench/results.json. Traffic goes to 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { generate } from 'otplib';
import { DEMO_PASSWORD, demoAccounts } from '../server/src/db/seed/demo.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    postgres: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    only: { type: 'string' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, '.bench');
mkdirSync(outDir, { recursive: true });

interface Server {
  child: ChildProcess;
  url: string;
  readyMs: number;
}

async function startServer(env: Record<string, string>, port: number): Promise<Server> {
  const started = performance.now();
  // The compiled server, as `npm start` runs it (built by the first `npm start` below).
  const child = spawn(process.execPath, [join(root, 'dist/server/src/main.js')], {
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'development', RATE_LIMIT_PER_MINUTE: '100000000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.resume();
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/ready`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return { child, url, readyMs: Math.round(performance.now() - started) };
}

/** Time from `npm start` (the README's command) to /ready answering 200, on an existing DATA_DIR. */
async function npmStartToReady(env: Record<string, string>, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/ready`)).status === 200) return Math.round(performance.now() - started);
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

async function stopServer(server: Server): Promise<void> {
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await exited;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)![1]);
  return Math.round(kb / 1024);
}

/** Signs in as the demo beheerder through the real login flow (password, then TOTP). */
async function signIn(url: string): Promise<{ cookie: string; subjectId: string }> {
  const account = demoAccounts.find((a) => a.username === 'beheerder')!;
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: account.username, password: DEMO_PASSWORD }),
  });
  const partial = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const code = await generate({ secret: account.totpSecret });
  const second = await fetch(`${url}/api/v1/auth/totp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: partial, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ code }),
  });
  if (second.status !== 200) throw new Error(`second factor refused: ${second.status} ${await second.text()}`);
  const cookie = second.headers.get('set-cookie')!.split(';')[0]!;
  const users = (await (await fetch(`${url}/api/v1/admin/users?query=synth-0001`, { headers: { cookie } })).json()) as { items: { id: string }[] };
  return { cookie, subjectId: users.items[0]!.id };
}

interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function load(url: string, cookie: string): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, headers: { cookie } }, (error: Error | null, res) => (error ? reject(error) : resolve(res)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: Number(percentile(latencies, 50).toFixed(1)),
    p95: Number(percentile(latencies, 95).toFixed(1)),
    p99: Number(percentile(latencies, 99).toFixed(1)),
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

async function seed(env: Record<string, string>): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/src/cli/seed.ts'), '--scale', 'small'], {
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed exited ${code}`))));
  });
}

async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function adminSql(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const results: Record<string, unknown> = {
  at: new Date().toISOString(),
  duration,
  connections,
  endpoint: 'GET /api/v1/admin/users/:id (read of personal data)',
};
const rows: string[][] = [];
let port = 3900;

async function benchDatabase(kind: 'pglite' | 'postgres'): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), `dwb-bench-${kind}-`));
  const env: Record<string, string> = { DATA_DIR: dataDir, DEMO: 'true' };
  if (kind === 'postgres') {
    const dbUrl = new URL(values.postgres);
    await adminSql(dbUrl.toString(), 'drop database if exists dwarsboom_bench with (force)');
    await adminSql(dbUrl.toString(), 'create database dwarsboom_bench');
    dbUrl.pathname = '/dwarsboom_bench';
    env['DATABASE_URL'] = dbUrl.toString();
  }
  try {
    // First `npm start` on an empty database: builds what is stale, migrates, seeds the demo set.
    // Then synthetic volume, then the measured `npm start` on the existing DATA_DIR.
    await npmStartToReady(env, port++);
    await seed(env);
    results[`${kind}.startupToReadyMs`] = await npmStartToReady(env, port++);
    // One login per database: sessions live in the database, so the session survives the restarts below.
    let session: { cookie: string; subjectId: string } | undefined;
    for (const audit of ['true', 'false']) {
      const server = await startServer({ ...env, AUDIT_ENABLED: audit }, port++);
      try {
        if (audit === 'true') {
          results[`${kind}.serverStartToReadyMs`] = server.readyMs;
          await new Promise((r) => setTimeout(r, 3000));
          results[`${kind}.idleRssMb`] = rssMb(server.child.pid!);
        }
        session ??= await signIn(server.url);
        const { cookie, subjectId } = session;
        const target = `${server.url}/api/v1/admin/users/${subjectId}`;
        await load(target, cookie).catch(() => undefined); // warm-up is the first second of a short run
        const r = await load(target, cookie);
        results[`${kind}.audit_${audit === 'true' ? 'on' : 'off'}`] = r;
        rows.push([
          kind,
          audit === 'true' ? 'on' : 'off',
          String(r.requestsPerSecond),
          String(r.p50),
          String(r.p95),
          String(r.p99),
          String(r.errors + r.non2xx),
        ]);
        if (audit === 'true') results[`${kind}.loadedRssMb`] = rssMb(server.child.pid!);
      } finally {
        await stopServer(server);
      }
    }
    const on = results[`${kind}.audit_on`] as LoadResult;
    const off = results[`${kind}.audit_off`] as LoadResult;
    results[`${kind}.auditCostPercent`] = Number((((off.requestsPerSecond - on.requestsPerSecond) / off.requestsPerSecond) * 100).toFixed(1));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (!values.only || values.only === 'pglite') await benchDatabase('pglite');
if (!values.only || values.only === 'postgres') {
  if (await postgresReachable(values.postgres)) await benchDatabase('postgres');
  else process.stderr.write(`PostgreSQL not reachable at ${values.postgres}: PostgreSQL rows skipped.\n`);
}

const header = ['database', 'audit', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const fmt = (r: string[]): string => r.map((c, i) => c.padStart(widths[i]!)).join('  ');
process.stdout.write(`\n${results['endpoint'] as string}, ${connections} connections, ${duration} s per run\n${fmt(header)}\n${rows.map(fmt).join('\n')}\n\n`);
for (const kind of ['pglite', 'postgres']) {
  if (results[`${kind}.startupToReadyMs`] === undefined) continue;
  process.stdout.write(
    `${kind}: \`npm start\` to ready on an existing DATA_DIR ${results[`${kind}.startupToReadyMs`] as number} ms (server process alone ${results[`${kind}.serverStartToReadyMs`] as number} ms); idle RSS ${results[`${kind}.idleRssMb`] as number} MB; RSS after load ${results[`${kind}.loadedRssMb`] as number} MB; audit + processing log cost ${results[`${kind}.auditCostPercent`] as number}% of throughput\n`,
  );
}
writeFileSync(join(outDir, 'results.json'), JSON.stringify(results, null, 2));
process.stdout.write(`\nWritten to .bench/results.json\n`);
