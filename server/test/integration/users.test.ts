import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pseudonymise } from '../../src/kernel/audit.js';
import { sessionCookieName } from '../../src/kernel/session.js';
import { cookieFrom, createTestApp, type Signed, type TestApp } from '../harness.js';

let t: TestApp;
let admin: Signed;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn(await t.createUser({ role: 'admin' }));
  orgId = (await t.db.selectFrom('organisations').select('id').where('code', '=', 'politie-midden-nederland').executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

const newUser = (username: string) => ({
  username,
  displayName: `Naam van ${username}`,
  email: `${username}@politie.invalid`,
  role: 'partner',
  organisationId: orgId,
  maxConfidentiality: 'zaakvertrouwelijk',
});

describe('user administration', () => {
  it('creates a user with a temporary password that must be changed at first login', async () => {
    const res = await t.as(admin, { method: 'POST', url: '/api/v1/admin/users', payload: newUser('nina.nieuw') });
    expect(res.statusCode).toBe(201);
    const { user, temporaryPassword } = res.json() as {
      user: { id: string; active: boolean; totpEnrolled: boolean; organisation: { name: string } };
      temporaryPassword: string;
    };
    expect(user).toMatchObject({ active: true, totpEnrolled: false, organisation: { name: 'Politie Midden-Nederland' } });
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(16);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nina.nieuw', password: temporaryPassword } });
    expect(login.json()).toMatchObject({ stage: 'password_change' });
    const trail = await t.db.selectFrom('audit_events').selectAll().where('object_id', '=', user.id).where('action', '=', 'create').executeTakeFirstOrThrow();
    expect(trail).toMatchObject({ actor_user_id: admin.user.id, actor_role: 'admin', object_type: 'user', outcome: 'success' });
    const processing = await t.db
      .selectFrom('processing_log')
      .selectAll()
      .where('data_subject_ref', '=', pseudonymise(t.config.secrets.pseudonymKey, 'user', user.id))
      .execute();
    expect(processing.map((p) => p.activity_code)).toContain('account_management');
  });

  it('logs every one of many concurrent reads, with one processing line per data subject', async () => {
    const subjects = await Promise.all(Array.from({ length: 25 }, () => t.createUser({ role: 'partner' })));
    const responses = await Promise.all(subjects.map((s) => t.as(admin, { method: 'GET', url: `/api/v1/admin/users/${s.id}` })));
    expect(responses.every((r) => r.statusCode === 200)).toBe(true);
    const ids = subjects.map((s) => s.id);
    const reads = await t.db.selectFrom('audit_events').select('object_id').where('action', '=', 'read').where('object_id', 'in', ids).execute();
    expect(new Set(reads.map((r) => r.object_id))).toEqual(new Set(ids));
    const refs = ids.map((id) => pseudonymise(t.config.secrets.pseudonymKey, 'user', id));
    const lines = await t.db.selectFrom('processing_log').select('data_subject_ref').where('data_subject_ref', 'in', refs).execute();
    expect(lines).toHaveLength(25);
  });

  it('logs a read only when the account exists', async () => {
    const missing = '00000000-0000-4000-8000-00000000abcd';
    expect((await t.as(admin, { method: 'GET', url: `/api/v1/admin/users/${missing}` })).statusCode).toBe(404);
    expect(await t.db.selectFrom('audit_events').select('id').where('object_id', '=', missing).execute()).toEqual([]);
    const ref = pseudonymise(t.config.secrets.pseudonymKey, 'user', missing);
    expect(await t.db.selectFrom('processing_log').select('id').where('data_subject_ref', '=', ref).execute()).toEqual([]);
  });

  it('refuses a duplicate username regardless of case', async () => {
    await t.as(admin, { method: 'POST', url: '/api/v1/admin/users', payload: newUser('dubbel') });
    const res = await t.as(admin, { method: 'POST', url: '/api/v1/admin/users', payload: newUser('DUBBEL'.toLowerCase()) });
    expect(res.statusCode).toBe(409);
  });

  it('refuses an unknown organisation with 404 and writes nothing', async () => {
    const res = await t.as(admin, {
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: { ...newUser('zonder.org'), organisationId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(res.statusCode).toBe(404);
    expect(await t.db.selectFrom('users').select('id').where('username', '=', 'zonder.org').executeTakeFirst()).toBeUndefined();
  });

  it('deactivates a user, ending their sessions, and activates again', async () => {
    const victim = await t.createUser({ role: 'analyst' });
    const session = await t.signIn(victim);
    const res = await t.as(admin, { method: 'POST', url: `/api/v1/admin/users/${victim.id}/deactivate` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ active: false });
    expect((await t.as(session, { method: 'GET', url: '/api/v1/tasks/mine' })).statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: victim.username, password: 'Correct-Horse-Battery-42' },
    });
    expect(login.statusCode).toBe(401);
    expect((await t.as(admin, { method: 'POST', url: `/api/v1/admin/users/${victim.id}/activate` })).json()).toMatchObject({ active: true });
  });

  it('does not let a beheerder deactivate their own account', async () => {
    expect((await t.as(admin, { method: 'POST', url: `/api/v1/admin/users/${admin.user.id}/deactivate` })).statusCode).toBe(409);
  });

  it('resets password and second factor, so the user enrols again', async () => {
    const user = await t.createUser({ role: 'inspector' });
    const old = await t.signIn(user);
    const res = await t.as(admin, { method: 'POST', url: `/api/v1/admin/users/${user.id}/reset` });
    expect(res.statusCode).toBe(200);
    const { temporaryPassword } = res.json() as { temporaryPassword: string };
    expect((await t.as(old, { method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user.username, password: temporaryPassword } });
    expect(login.json()).toMatchObject({ stage: 'password_change' });
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-change',
      payload: { newPassword: 'Weer een goed wachtwoord!' },
      headers: { cookie: cookieFrom(login, sessionCookieName(t.config)), 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken },
    });
    expect(change.json()).toMatchObject({ stage: 'enrol' });
  });

  it('changing the role ends the sessions of that user', async () => {
    const user = await t.createUser({ role: 'analyst' });
    const session = await t.signIn(user);
    const res = await t.as(admin, { method: 'PATCH', url: `/api/v1/admin/users/${user.id}`, payload: { role: 'partner' } });
    expect(res.json()).toMatchObject({ role: 'partner' });
    expect((await t.as(session, { method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
  });

  it('lists and filters users, and audits the search', async () => {
    const res = await t.as(admin, { method: 'GET', url: '/api/v1/admin/users?query=nina&active=true' });
    const items = (res.json() as { items: { username: string }[] }).items;
    expect(items.map((u) => u.username)).toEqual(['nina.nieuw']);
    const search = await t.db
      .selectFrom('audit_events')
      .select('reason')
      .where('action', '=', 'search')
      .where('object_type', '=', 'user')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(search.reason).toBe('1 results');
    const nina = await t.db.selectFrom('users').select('id').where('username', '=', 'nina.nieuw').executeTakeFirstOrThrow();
    const lines = await t.db
      .selectFrom('processing_log')
      .select('name')
      .where('data_subject_ref', '=', pseudonymise(t.config.secrets.pseudonymKey, 'user', nina.id))
      .where('name', '=', 'Gebruikersaccounts zoeken')
      .execute();
    expect(lines).toHaveLength(1);
  });

  it.each(['analyst', 'partner', 'management', 'privacy_officer'] as const)('refuses %s with 403 and logs the denial', async (role) => {
    const other = await t.signIn(await t.createUser({ role }));
    const res = await t.as(other, { method: 'GET', url: '/api/v1/admin/users' });
    expect(res.statusCode).toBe(403);
    const denial = await t.db.selectFrom('audit_events').selectAll().where('actor_user_id', '=', other.user.id).where('action', '=', 'deny').executeTakeFirst();
    expect(denial).toMatchObject({ outcome: 'denied', object_type: 'route', object_id: 'GET /api/v1/admin/users' });
  });
});
