import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, pseudonymise, sealAll, verifyAuditChain } from '../../src/kernel/audit.js';
import { migrateToLatest, openDatabase } from '../../src/kernel/db.js';
import type { Db } from '../../src/kernel/db.js';
import { adminQuery, testServerUrl } from '../database.js';
import { createTestApp, type Signed, type TestApp } from '../harness.js';

const run = promisify(execFile);
let t: TestApp;
let privacy: Signed;

beforeAll(async () => {
  t = await createTestApp();
  privacy = await t.signIn(await t.createUser({ role: 'privacy_officer' }));
});
afterAll(() => t.close());

const event = (action: string) => ({
  actorUserId: null,
  actorUsername: 'tester',
  actorRole: 'analyst',
  action,
  objectType: 'thing',
  objectId: action,
  outcome: 'success' as const,
  requestId: null,
  reason: null,
});

/** Changes audit rows as an attacker with database access would: bypassing the append-only triggers. */
async function tamper(db: Db, statement: ReturnType<typeof sql>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`alter table audit_events disable trigger audit_events_append_only`.execute(trx);
    await sql`alter table audit_seals disable trigger audit_seals_append_only`.execute(trx);
    await statement.execute(trx);
    await sql`alter table audit_seals enable trigger audit_seals_append_only`.execute(trx);
    await sql`alter table audit_events enable trigger audit_events_append_only`.execute(trx);
  });
}

describe('audit chain', () => {
  it('refuses UPDATE, DELETE and TRUNCATE of events and seals through the application connection', async () => {
    await appendAudit(t.db, [event('x')]);
    await sealAll(t.db);
    for (const [table, column] of [
      ['audit_events', 'action'],
      ['audit_seals', 'hash'],
      ['processing_log', 'status'],
    ] as const) {
      if (table === 'processing_log') {
        await sql`insert into processing_log (trace_id, operation_id, name, activity_code, data_subject_ref, data_subject_type, status, started_at, ended_at)
          values ('t', 'o', 'n', 'account_management', 'ref', 'user', 'OK', now(), now())`.execute(t.db);
      }
      await expect(sql`update ${sql.table(table)} set ${sql.ref(column)} = ${sql.ref(column)}`.execute(t.db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from ${sql.table(table)}`.execute(t.db)).rejects.toThrow(/append-only/);
    }
    await expect(sql`truncate audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_seals`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('verifies an intact chain, and finds the row that was changed', async () => {
    await appendAudit(t.db, ['a', 'b', 'c', 'd'].map(event));
    await sealAll(t.db);
    const before = await verifyAuditChain(t.db);
    expect(before.ok).toBe(true);
    const target = await t.db.selectFrom('audit_events').select('id').where('object_id', '=', 'c').executeTakeFirstOrThrow();
    await tamper(t.db, sql`update audit_events set reason = 'quietly edited' where id = ${target.id}`);
    const after = await verifyAuditChain(t.db);
    expect(after).toMatchObject({ ok: false, firstBrokenId: Number(target.id) });
    await tamper(t.db, sql`update audit_events set reason = null where id = ${target.id}`);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('detects a deleted row, and a deleted seal at the row after it', async () => {
    await appendAudit(t.db, ['e', 'f', 'g'].map(event));
    await sealAll(t.db);
    const rows = await t.db.selectFrom('audit_events').select(['id', 'object_id']).where('object_id', 'in', ['e', 'f', 'g']).orderBy('id').execute();
    const fresh = await createTestApp();
    try {
      await appendAudit(fresh.db, ['e', 'f', 'g'].map(event));
      await sealAll(fresh.db);
      const ids = (await fresh.db.selectFrom('audit_events').select('id').orderBy('id').execute()).map((r) => Number(r.id));
      await tamper(fresh.db, sql`delete from audit_seals where event_id = ${ids[1]}`);
      expect(await verifyAuditChain(fresh.db)).toMatchObject({ ok: false, firstBrokenId: ids[2] });
    } finally {
      await fresh.close();
    }
    await tamper(t.db, sql`delete from audit_events where id = ${rows[1]!.id}`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, firstBrokenId: Number(rows[1]!.id), problem: 'the audit row was removed' });
  });

  it('detects a row inserted behind the sealer’s back', async () => {
    const fresh = await createTestApp();
    try {
      await appendAudit(fresh.db, ['s', 't'].map(event));
      await sealAll(fresh.db);
      // A forged row with an old transaction id, so that it sorts inside the sealed range.
      await sql`insert into audit_events (txid, at, action, object_type, outcome) overriding system value
        select '1'::xid8, now(), 'forged', 'thing', 'success'`
        .execute(fresh.db)
        .catch(async () => {
          await sql`insert into audit_events (txid, at, action, object_type, outcome) values ('1'::xid8, now(), 'forged', 'thing', 'success')`.execute(
            fresh.db,
          );
        });
      const forged = await fresh.db.selectFrom('audit_events').select('id').where('action', '=', 'forged').executeTakeFirstOrThrow();
      expect(await verifyAuditChain(fresh.db)).toMatchObject({ ok: false, firstBrokenId: Number(forged.id) });
    } finally {
      await fresh.close();
    }
  });

  it('keeps the chain linear under concurrent appends', async () => {
    const fresh = await createTestApp();
    try {
      await Promise.all(Array.from({ length: 40 }, (_, i) => Promise.all([appendAudit(fresh.db, [event(`c${i}`)]), sealAll(fresh.db)])));
      expect(await verifyAuditChain(fresh.db)).toMatchObject({ ok: true, checked: 40 });
      const seals = await fresh.db.selectFrom('audit_seals').select('seq').orderBy('seq').execute();
      expect(seals.map((s) => Number(s.seq))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    } finally {
      await fresh.close();
    }
  });
});

describe('npm run audit:verify', () => {
  // Four starts of PGlite on disk and two CLI processes: slower than the rest.
  it('exits 0 on an intact chain and 1 naming the first broken row', { timeout: 120_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dwb-audit-'));
    const serverUrl = testServerUrl();
    const dbName = `dwarsboom_cli_${process.pid}`;
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'development', DEMO: 'false' };
    if (serverUrl) {
      await adminQuery(serverUrl, `drop database if exists ${dbName} with (force)`);
      await adminQuery(serverUrl, `create database ${dbName}`);
      const url = new URL(serverUrl);
      url.pathname = `/${dbName}`;
      env['DATABASE_URL'] = url.toString();
    } else {
      delete env['DATABASE_URL'];
    }
    const handle = await openDatabase(serverUrl ? { databaseUrl: env['DATABASE_URL'] } : { pgliteDir: join(dataDir, 'pg') });
    try {
      await migrateToLatest(handle.db);
      await appendAudit(handle.db, ['p', 'q', 'r'].map(event));
      await sealAll(handle.db);
      const q = await handle.db.selectFrom('audit_events').select('id').where('object_id', '=', 'q').executeTakeFirstOrThrow();
      if (!serverUrl) await handle.close();
      const cli = ['--import', 'tsx', join(import.meta.dirname, '../../src/cli/audit-verify.ts')];
      const ok = await run(process.execPath, cli, { env });
      expect(ok.stdout).toContain('3 regels');
      if (serverUrl) {
        await tamper(handle.db, sql`update audit_events set action = 'forged' where id = ${q.id}`);
      } else {
        const again = await openDatabase({ pgliteDir: join(dataDir, 'pg') });
        await tamper(again.db, sql`update audit_events set action = 'forged' where id = ${q.id}`);
        await again.close();
      }
      const failed = await run(process.execPath, cli, { env }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain(`regel ${q.id}`);
    } finally {
      if (serverUrl) {
        await handle.close();
        await adminQuery(serverUrl, `drop database if exists ${dbName} with (force)`);
      }
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe.runIf(testServerUrl() !== undefined)('PostgreSQL application role', () => {
  it('can insert and read audit rows but not update or delete them, even with the trigger gone', async () => {
    const role = `dwb_app_test_${process.pid}`;
    await sql.raw(`do $$ begin if not exists (select from pg_roles where rolname = '${role}') then create role ${role} nologin; end if; end $$`).execute(t.db);
    // The grants the README prescribes for the application role.
    await sql.raw(`grant select, insert on audit_events, audit_seals, processing_log to ${role}`).execute(t.db);
    await sql.raw(`grant usage on sequence audit_events_id_seq, processing_log_id_seq to ${role}`).execute(t.db);
    await t.db
      .transaction()
      .execute(async (trx) => {
        await sql`alter table audit_events disable trigger audit_events_append_only`.execute(trx);
        await sql.raw(`set local role ${role}`).execute(trx);
        await sql`savepoint s`.execute(trx);
        await expect(sql`update audit_events set action = 'x'`.execute(trx)).rejects.toThrow(/permission denied/);
        await sql`rollback to savepoint s`.execute(trx);
        await expect(sql`delete from audit_events`.execute(trx)).rejects.toThrow(/permission denied/);
        await sql`rollback to savepoint s`.execute(trx);
        await expect(sql`select count(*) from audit_events`.execute(trx)).resolves.toBeDefined();
        throw Object.assign(new Error('rollback'), { expectedRollback: true });
      })
      .catch((error: { expectedRollback?: boolean }) => {
        if (!error.expectedRollback) throw error;
      });
  });
});

describe('viewers for the privacy officer', () => {
  it('searches the audit trail by actor and object, newest first, with paging', async () => {
    const analyst = await t.createUser({ role: 'analyst' });
    await appendAudit(
      t.db,
      Array.from({ length: 120 }, (_, i) => ({ ...event(`n${i}`), actorUserId: analyst.id, actorUsername: analyst.username })),
    );
    const first = (await t.as(privacy, { method: 'GET', url: `/api/v1/audit/events?actor=${analyst.username}` })).json() as {
      items: { objectId: string; id: number }[];
      nextBefore: number | null;
    };
    expect(first.items).toHaveLength(100);
    expect(first.items[0]!.objectId).toBe('n119');
    expect(first.nextBefore).not.toBeNull();
    const second = (await t.as(privacy, { method: 'GET', url: `/api/v1/audit/events?actor=${analyst.id}&before=${first.nextBefore}` })).json() as {
      items: unknown[];
      nextBefore: number | null;
    };
    expect(second.items).toHaveLength(20);
    expect(second.nextBefore).toBeNull();
    const byObject = (await t.as(privacy, { method: 'GET', url: '/api/v1/audit/events?objectType=thing&objectId=n7' })).json() as { items: unknown[] };
    expect(byObject.items).toHaveLength(1);
  });

  it('finds processing-log lines by the data subject without storing the identifier', async () => {
    const admin = await t.signIn(await t.createUser({ role: 'admin' }));
    const subject = await t.createUser({ role: 'partner' });
    await t.as(admin, { method: 'GET', url: `/api/v1/admin/users/${subject.id}` });
    const res = await t.as(privacy, { method: 'GET', url: `/api/v1/audit/processing?subject=${subject.id}` });
    const items = (res.json() as { items: { activityCode: string; dataSubjectRef: string; name: string; traceId: string }[] }).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ activityCode: 'account_management', name: 'Gebruikersaccount inzien' });
    expect(items[0]!.dataSubjectRef).toBe(pseudonymise(t.config.secrets.pseudonymKey, 'user', subject.id));
    expect(items[0]!.traceId).toMatch(/^[0-9a-f]{32}$/);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from processing_log where data_subject_ref = ${subject.id}`.execute(t.db);
    expect(rows[0]!.n).toBe(0);
  });

  it('records an incoming W3C traceparent as the foreign operation', async () => {
    const admin = await t.signIn(await t.createUser({ role: 'admin' }));
    const subject = await t.createUser({ role: 'partner' });
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    await t.as(admin, { method: 'GET', url: `/api/v1/admin/users/${subject.id}`, headers: { traceparent } });
    const row = await t.db
      .selectFrom('processing_log')
      .selectAll()
      .where('data_subject_ref', '=', pseudonymise(t.config.secrets.pseudonymKey, 'user', subject.id))
      .executeTakeFirstOrThrow();
    expect(row.foreign_trace_id).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(row.foreign_operation_id).toBe('00f067aa0ba902b7');
  });

  it('lists the register of processing activities with legal basis and retention', async () => {
    const items = (await t.as(privacy, { method: 'GET', url: '/api/v1/audit/activities' })).json().items as {
      code: string;
      legalBasis: string;
      retention: string;
    }[];
    expect(items.map((i) => i.code)).toEqual(expect.arrayContaining(['account_management', 'signal_intake', 'person_centred_approach']));
    expect(items.every((i) => i.legalBasis.length > 0 && i.retention.length > 0)).toBe(true);
  });

  it('verifies the chain through the API', async () => {
    const res = await t.as(privacy, { method: 'GET', url: '/api/v1/audit/verify' });
    expect(res.json()).toMatchObject({ ok: false }); // the tests above broke it on purpose
  });

  it('is closed to every other role', async () => {
    for (const role of ['admin', 'analyst', 'management', 'partner'] as const) {
      const other = await t.signIn(await t.createUser({ role }));
      expect((await t.as(other, { method: 'GET', url: '/api/v1/audit/events' })).statusCode).toBe(403);
    }
  });
});

describe('reads of the audit trail are themselves audited', () => {
  it('writes a search event for each viewer query', async () => {
    const before = await t.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('actor_user_id', '=', privacy.user.id)
      .executeTakeFirstOrThrow();
    await t.as(privacy, { method: 'GET', url: '/api/v1/audit/events' });
    const after = await t.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('actor_user_id', '=', privacy.user.id)
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + 1);
  });
});
