import { createServer, Socket, type Server } from 'node:net';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { migrateAllDown, migrateToLatest, openDatabase, pendingMigrations } from '../../src/kernel/db.js';
import { MemoryFileStore } from '../../src/kernel/files.js';
import { currentTotp } from '../../src/kernel/totp.js';
import { encryptField } from '../../src/kernel/crypto.js';
import { cloneTestDatabase, testServerUrl } from '../database.js';
import { testConfig, TEST_PASSWORD } from '../harness.js';

describe('migrations', () => {
  it('run up, down and up again on an empty database', async () => {
    const handle = await cloneTestDatabase();
    try {
      await migrateAllDown(handle.db);
      expect(await pendingMigrations(handle.db)).not.toHaveLength(0);
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables where table_name = 'users'`.execute(handle.db);
      expect(rows[0]!.n).toBe(0);
      await migrateToLatest(handle.db);
      expect(await pendingMigrations(handle.db)).toEqual([]);
    } finally {
      await handle.close();
    }
  });

  it('makes /ready answer 503 while migrations are pending', async () => {
    const handle = await cloneTestDatabase();
    const app = await buildApp({ config: testConfig({ databaseUrl: handle.url }), database: handle, files: new MemoryFileStore(), logger: false });
    try {
      expect((await app.inject({ url: '/ready' })).statusCode).toBe(200);
      await migrateAllDown(handle.db);
      const res = await app.inject({ url: '/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    } finally {
      await app.close();
      await handle.close();
    }
  });
});

describe('logs', () => {
  it('never contain passwords, tokens, codes, usernames or query strings', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const database = await cloneTestDatabase();
    const config = testConfig({ databaseUrl: database.url, logLevel: 'trace' });
    const app = await buildApp({ config, database, files: new MemoryFileStore(), logger: { stream } });
    try {
      const secret = 'O3FJ36QRL6VMZV7SNNV3TFDLIC7WCNAN';
      const org = await database.db.selectFrom('organisations').select('id').where('code', '=', 'gemeente-utrecht').executeTakeFirstOrThrow();
      const { hashPassword } = await import('../../src/kernel/passwords.js');
      await database.db
        .insertInto('users')
        .values({
          username: 'geheime.gebruiker',
          display_name: 'Geheime Gebruiker',
          email: 'geheim@example.org',
          role: 'admin',
          organisation_id: org.id,
          max_confidentiality: 'intern',
          password_hash: await hashPassword(TEST_PASSWORD),
          must_change_password: false,
          totp_secret_enc: encryptField(config.secrets.encryptionKey, secret),
          totp_enrolled_at: new Date(),
          totp_last_step: null,
          active: true,
          locked_until: null,
          last_login_at: null,
          updated_at: new Date(),
        })
        .execute();
      const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'geheime.gebruiker', password: TEST_PASSWORD } });
      const { csrfToken } = login.json() as { csrfToken: string };
      const cookie = `${login.cookies[0]!.name}=${login.cookies[0]!.value}`;
      const code = await currentTotp(secret);
      const second = await app.inject({ method: 'POST', url: '/api/v1/auth/totp', payload: { code }, headers: { cookie, 'x-csrf-token': csrfToken } });
      expect(second.statusCode).toBe(200);
      const active = `${second.cookies[0]!.name}=${second.cookies[0]!.value}`;
      await app.inject({ url: '/api/v1/admin/users?query=Jansen-de-Vries', headers: { cookie: active } });
      await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'iemand.anders', password: 'Fout-wachtwoord-123' } });
      const text = lines.join('');
      expect(lines.length).toBeGreaterThan(5);
      for (const forbidden of [
        TEST_PASSWORD,
        'Fout-wachtwoord-123',
        login.cookies[0]!.value,
        second.cookies[0]!.value,
        csrfToken,
        code,
        'geheime.gebruiker',
        'iemand.anders',
        'Jansen-de-Vries',
        secret,
      ]) {
        expect(text).not.toContain(forbidden);
      }
      expect(lines.every((l) => !l.includes('"req"') || l.includes('"reqId"'))).toBe(true);
      expect(text).toContain('"reqId"');
    } finally {
      await app.close();
      await database.close();
    }
  });
});

/** A TCP relay between the app and PostgreSQL that the test can cut and restore. */
function relay(target: { host: string; port: number }): Promise<{ port: number; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }> {
  let server: Server;
  let port = 0;
  const sockets = new Set<Socket>();
  const listen = (): Promise<void> =>
    new Promise((resolve) => {
      server = createServer((client) => {
        const upstream = new Socket();
        sockets.add(client).add(upstream);
        upstream.connect(target.port, target.host);
        client.pipe(upstream).pipe(client);
        const end = (): void => {
          client.destroy();
          upstream.destroy();
        };
        client.on('error', end).on('close', end);
        upstream.on('error', end).on('close', end);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as { port: number }).port;
        resolve();
      });
    });
  const cut = (): Promise<void> =>
    new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      sockets.clear();
      server.close(() => resolve());
    });
  return listen().then(() => ({ port, cut, restore: listen, close: cut }));
}

describe.runIf(testServerUrl() !== undefined)('database outage (PostgreSQL)', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('answers 503 while the database is gone and recovers by itself', async () => {
    const handle = await cloneTestDatabase();
    cleanups.push(() => handle.close());
    const direct = new URL(handle.url!);
    const proxy = await relay({ host: direct.hostname, port: Number(direct.port || 5432) });
    const viaProxy = new URL(handle.url!);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    const database = await openDatabase({ databaseUrl: viaProxy.toString(), poolSize: 2 });
    const config = testConfig({ databaseUrl: viaProxy.toString() });
    const app = await buildApp({ config, database, files: new MemoryFileStore(), logger: false });
    cleanups.push(async () => {
      await app.close();
      await database.close();
      await proxy.close();
    });
    expect((await app.inject({ url: '/ready' })).statusCode).toBe(200);

    await proxy.cut();
    const ready = await app.inject({ url: '/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.headers['content-type']).toMatch(/problem\+json/);
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'x', password: 'y-long-enough' } });
    expect(login.statusCode).toBe(503);
    const authed = await app.inject({ url: '/api/v1/tasks/mine', headers: { cookie: 'dwb_session=abc' } });
    expect(authed.statusCode).toBe(503);
    expect((await app.inject({ url: '/health' })).statusCode).toBe(200);

    await proxy.restore();
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await app.inject({ url: '/ready' })).statusCode;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
  });
});
