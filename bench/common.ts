/** What the benchmark scripts share: signing in as a demo account, loading with autocannon, in-process loops. */
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { generate } from 'otplib';
import type { Config } from '../server/src/config.js';
import { DEMO_PASSWORD, demoAccounts } from '../server/src/db/seed/demo.js';
import { newTrace, type ServiceContext } from '../server/src/kernel/context.js';
import { openDatabase } from '../server/src/kernel/db.js';

export interface Measured {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  responses2xx: number;
}

/** The p-th percentile of sorted latencies, in ms with one decimal. */
export const pct = (sorted: number[], p: number): number => Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1));

/** Signs a demo account in through the API (password, then TOTP): the session cookie and CSRF token. */
export async function signIn(url: string, username: string): Promise<{ cookie: string; csrf: string }> {
  const account = demoAccounts.find((a) => a.username === username)!;
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const partial = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const second = await fetch(`${url}/api/v1/auth/totp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: partial, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ code: await generate({ secret: account.totpSecret }) }),
  });
  if (second.status !== 200) throw new Error(`second factor refused: ${second.status}`);
  const body = (await second.json()) as { csrfToken: string };
  return { cookie: second.headers.get('set-cookie')!.split(';')[0]!, csrf: body.csrfToken };
}

export type BenchRequest = { method: 'GET' | 'POST'; path: string; body?: Buffer | string; headers?: Record<string, string> };

/** Autocannon with a request factory, so every request asks something different; a warm-up run first. */
export async function load(
  base: string,
  request: () => BenchRequest,
  options: { headers: Record<string, string>; clients: number; seconds: number; warmUpSeconds?: number },
): Promise<Measured> {
  const latencies: number[] = [];
  const run = (seconds: number) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: base,
          connections: options.clients,
          duration: seconds,
          headers: options.headers,
          requests: [
            {
              setupRequest: (req) => {
                const r = request();
                return { ...req, method: r.method, path: r.path, ...(r.body ? { body: r.body } : {}), headers: { ...options.headers, ...r.headers } };
              },
            },
          ],
        },
        (error: Error | null, res) => (error ? reject(error) : resolve(res)),
      );
      instance.on('response', (_c, _s, _b, responseTime) => latencies.push(responseTime));
    });
  const warmUp = options.warmUpSeconds ?? 3;
  if (warmUp > 0) await run(warmUp);
  latencies.length = 0;
  const result = await run(options.seconds);
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    errors: result.errors + result.non2xx,
    responses2xx: result['2xx'],
  };
}

/**
 * The same service call in-process, as the demo analyst, on a pool of `clients` connections: the same SQL
 * statements without HTTP, session check and audit trail (reads are not recorded with auditEnabled off), so
 * the difference with the API figure is the overhead of those.
 */
export async function loadInProcess(
  databaseUrl: string,
  config: Config,
  call: (ctx: ServiceContext) => Promise<unknown>,
  options: { clients: number; seconds: number },
): Promise<Measured> {
  const database = await openDatabase({ databaseUrl, poolSize: options.clients });
  const user = await database.db.selectFrom('users').selectAll().where('username', '=', 'analist').executeTakeFirstOrThrow();
  const ctx: ServiceContext = {
    db: database.db,
    config: { ...config, auditEnabled: false },
    actor: {
      userId: user.id,
      username: user.username,
      role: 'analyst',
      organisationId: user.organisation_id,
      maxConfidentiality: 'geheim',
      sessionId: 'bench',
    },
    requestId: 'bench',
    trace: newTrace(undefined),
  };
  const latencies: number[] = [];
  const until = async (ms: number, record: boolean) => {
    const end = performance.now() + ms;
    await Promise.all(
      Array.from({ length: options.clients }, async () => {
        while (performance.now() < end) {
          const t0 = performance.now();
          await call(ctx);
          if (record) latencies.push(performance.now() - t0);
        }
      }),
    );
  };
  await until(3000, false);
  await until(options.seconds * 1000, true);
  await database.close();
  latencies.sort((a, b) => a - b);
  const n = latencies.length;
  return {
    requestsPerSecond: Math.round(n / options.seconds),
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    errors: 0,
    responses2xx: n,
  };
}

/** One line to standard output. */
export const log = (line: string): void => void process.stdout.write(`${line}\n`);

/** The machine's load averages (1, 5, 15 minutes), for the report: a loaded machine explains slow numbers. */
export const load1 = (): string =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/** One statement on its own connection (creating and dropping benchmark databases, checks). */
export async function query<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
