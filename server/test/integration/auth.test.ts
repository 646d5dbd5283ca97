import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { currentTotp } from '../../src/kernel/totp.js';
import { encryptField } from '../../src/kernel/crypto.js';
import { sessionCookieName } from '../../src/kernel/session.js';
import { cookieFrom, createTestApp, TEST_PASSWORD, type TestApp, type TestUser } from '../harness.js';

let t: TestApp;
let cookieName: string;
const SECRET = 'O3FJ36QRL6VMZV7SNNV3TFDLIC7WCNAN';
let ipCounter = 0;
/** Each test uses its own client address, so client throttling in one test does not affect another. */
const nextIp = (): string => `10.0.0.${++ipCounter}`;

beforeAll(async () => {
  t = await createTestApp();
  cookieName = sessionCookieName(t.config);
});
afterAll(() => t.close());

async function enrolledUser(): Promise<TestUser> {
  const user = await t.createUser({ role: 'analyst' });
  await t.db
    .updateTable('users')
    .set({ totp_secret_enc: encryptField(t.config.secrets.encryptionKey, SECRET), totp_enrolled_at: new Date() })
    .where('id', '=', user.id)
    .execute();
  return user;
}

async function passwordStep(username: string, password: string, ip: string) {
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress: ip });
}

describe('login with two factors', () => {
  it('goes password → TOTP → active session, rotating the session token', async () => {
    const user = await enrolledUser();
    const ip = nextIp();
    const step1 = await passwordStep(user.username, TEST_PASSWORD, ip);
    expect(step1.statusCode).toBe(200);
    const { stage, csrfToken } = step1.json() as { stage: string; csrfToken: string };
    expect(stage).toBe('totp');
    const partial = cookieFrom(step1, cookieName);
    const set = step1.cookies.find((c) => c.name === cookieName)!;
    expect(set.httpOnly).toBe(true);
    expect(set.sameSite).toBe('Strict');

    // A partial session grants nothing yet.
    expect((await t.app.inject({ url: '/api/v1/tasks/mine', headers: { cookie: partial } })).statusCode).toBe(401);

    const step2 = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp',
      payload: { code: await currentTotp(SECRET) },
      headers: { cookie: partial, 'x-csrf-token': csrfToken },
      remoteAddress: ip,
    });
    expect(step2.statusCode).toBe(200);
    const session = step2.json() as { user: { username: string }; csrfToken: string; permissions: string[] };
    expect(session.user.username).toBe(user.username);
    expect(session.permissions).toContain('records:read');
    const active = cookieFrom(step2, cookieName);
    expect(active).not.toBe(partial);
    expect((await t.app.inject({ url: '/api/v1/tasks/mine', headers: { cookie: active } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/tasks/mine', headers: { cookie: partial } })).statusCode).toBe(401);

    const audit = await t.db.selectFrom('audit_events').select(['action', 'outcome']).where('actor_user_id', '=', user.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['login_password_ok', 'login']);
  });

  it('refuses a TOTP code that was already used (replay)', async () => {
    const user = await enrolledUser();
    const ip = nextIp();
    const code = await currentTotp(SECRET);
    for (const expected of [200, 401]) {
      const step1 = await passwordStep(user.username, TEST_PASSWORD, ip);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/totp',
        payload: { code },
        headers: { cookie: cookieFrom(step1, cookieName), 'x-csrf-token': (step1.json() as { csrfToken: string }).csrfToken },
        remoteAddress: ip,
      });
      expect(res.statusCode).toBe(expected);
    }
  });

  it('requires the CSRF header in the second step', async () => {
    const user = await enrolledUser();
    const step1 = await passwordStep(user.username, TEST_PASSWORD, nextIp());
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/totp',
      payload: { code: '123456' },
      headers: { cookie: cookieFrom(step1, cookieName) },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'CSRF_FAILED' });
  });

  it('answers wrong passwords and unknown users alike', async () => {
    const user = await enrolledUser();
    const wrong = await passwordStep(user.username, 'not-the-password-at-all', nextIp());
    const unknown = await passwordStep('no-such-user', 'not-the-password-at-all', nextIp());
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect((wrong.json() as { detail: string }).detail).toBe((unknown.json() as { detail: string }).detail);
  });

  it('locks an account after five failures, also for the right password, and logs it', async () => {
    const user = await enrolledUser();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await passwordStep(user.username, `wrong-password-${i}!`, nextIp())).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const locked = await passwordStep(user.username, TEST_PASSWORD, nextIp());
    expect(locked.statusCode).toBe(423);
    expect(locked.json()).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    // After the lock has passed, the right password works again.
    await t.db
      .updateTable('users')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('id', '=', user.id)
      .execute();
    expect((await passwordStep(user.username, TEST_PASSWORD, nextIp())).statusCode).toBe(200);
    const failures = await t.db.selectFrom('audit_events').select('reason').where('object_id', '=', user.id).where('action', '=', 'login_failed').execute();
    expect(failures.length).toBe(6);
  });

  it('blocks a client after twenty failures across accounts', async () => {
    const ip = nextIp();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await passwordStep(`someone-${i}`, 'wrong-password-here', ip)).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
    // Another client is not affected.
    const user = await enrolledUser();
    expect((await passwordStep(user.username, TEST_PASSWORD, nextIp())).statusCode).toBe(200);
  });

  it('accepts a recovery code once', async () => {
    const user = await t.createUser({ role: 'inspector' });
    const ip = nextIp();
    const step1 = await passwordStep(user.username, TEST_PASSWORD, ip);
    expect((step1.json() as { stage: string }).stage).toBe('enrol');
    const cookie = cookieFrom(step1, cookieName);
    const csrf = (step1.json() as { csrfToken: string }).csrfToken;
    const enrol = await t.app.inject({ url: '/api/v1/auth/enrolment', headers: { cookie } });
    expect(enrol.statusCode).toBe(200);
    const { secret, qrDataUrl, otpauthUrl } = enrol.json() as { secret: string; qrDataUrl: string; otpauthUrl: string };
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(otpauthUrl).toContain('otpauth://totp/');
    // A second request shows the same pending secret.
    expect((await t.app.inject({ url: '/api/v1/auth/enrolment', headers: { cookie } })).json()).toMatchObject({ secret });
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/enrolment',
      payload: { code: '000000' },
      headers: { cookie, 'x-csrf-token': csrf },
      remoteAddress: ip,
    });
    expect(bad.statusCode).toBe(401);
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/enrolment',
      payload: { code: await currentTotp(secret) },
      headers: { cookie, 'x-csrf-token': csrf },
      remoteAddress: ip,
    });
    expect(confirm.statusCode).toBe(200);
    const { recoveryCodes } = confirm.json() as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await t.db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', user.id).execute();
    expect(stored.map((s) => s.code_hash)).not.toContain(recoveryCodes[0]);

    const useCode = async () => {
      const s1 = await passwordStep(user.username, TEST_PASSWORD, ip);
      return t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/totp',
        payload: { code: recoveryCodes[0]!.toUpperCase() },
        headers: { cookie: cookieFrom(s1, cookieName), 'x-csrf-token': (s1.json() as { csrfToken: string }).csrfToken },
        remoteAddress: ip,
      });
    };
    const first = await useCode();
    expect(first.json()).toMatchObject({ user: { username: user.username } });
    expect(first.statusCode).toBe(200);
    expect((await useCode()).statusCode).toBe(401);
  });

  it('makes a new or reset user change the temporary password, refusing weak ones', async () => {
    const user = await t.createUser({ role: 'lawyer', mustChangePassword: true });
    const ip = nextIp();
    const step1 = await passwordStep(user.username, TEST_PASSWORD, ip);
    expect((step1.json() as { stage: string }).stage).toBe('password_change');
    const cookie = cookieFrom(step1, cookieName);
    const csrf = (step1.json() as { csrfToken: string }).csrfToken;
    const change = (newPassword: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/password-change', payload: { newPassword }, headers: { cookie, 'x-csrf-token': csrf } });
    const short = await change('kort');
    expect(short.statusCode).toBe(400);
    expect((short.json() as { errors: { path: string }[] }).errors[0]!.path).toBe('body.newPassword');
    expect((await change('passwordpassword')).statusCode).toBe(400); // in the common-password list
    expect((await change(TEST_PASSWORD)).statusCode).toBe(400); // same as the temporary one
    expect((await change(`${user.username}-Lang-Genoeg-1`)).statusCode).toBe(400); // contains the username
    const ok = await change('Een geheel nieuw wachtwoord 2026');
    expect(ok.statusCode).toBe(200);
    expect((ok.json() as { stage: string }).stage).toBe('enrol');
    // Going back to a step already done is refused.
    expect((await change('Nog een ander wachtwoord 2026')).statusCode).toBe(409);
  });
});

describe('sessions', () => {
  it('expires after 30 idle minutes', async () => {
    const signed = await t.signIn(await t.createUser({ role: 'analyst' }));
    expect((await t.as(signed, { method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(200);
    await t.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60 * 1000) })
      .where('user_id', '=', signed.user.id)
      .execute();
    expect((await t.as(signed, { method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
  });

  it('expires 12 hours after login even when used', async () => {
    const signed = await t.signIn(await t.createUser({ role: 'analyst' }));
    const row = await t.db.selectFrom('sessions').select(['created_at', 'expires_at']).where('user_id', '=', signed.user.id).executeTakeFirstOrThrow();
    expect(row.expires_at.getTime() - row.created_at.getTime()).toBeGreaterThan(12 * 3600 * 1000 - 5000);
    expect(row.expires_at.getTime() - row.created_at.getTime()).toBeLessThanOrEqual(12 * 3600 * 1000 + 5000);
    await t.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('user_id', '=', signed.user.id)
      .execute();
    expect((await t.as(signed, { method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
  });

  it('logs out this session, and everywhere', async () => {
    const user = await t.createUser({ role: 'analyst' });
    const a = await t.signIn(user);
    const b = await t.signIn(user);
    const c = await t.signIn(user);
    expect((await t.as(a, { method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    expect((await t.as(a, { method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
    expect((await t.as(b, { method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(200);
    expect((await t.as(b, { method: 'POST', url: '/api/v1/auth/logout-everywhere' })).statusCode).toBe(204);
    expect((await t.as(b, { method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
    expect((await t.as(c, { method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
  });

  it('refuses cookie-authenticated writes without or with a wrong CSRF token', async () => {
    const signed = await t.signIn(await t.createUser({ role: 'analyst' }));
    const none = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout-everywhere', headers: { cookie: signed.cookie } });
    expect(none.statusCode).toBe(403);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout-everywhere',
      headers: { cookie: signed.cookie, 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.statusCode).toBe(403);
    expect((await t.as(signed, { method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(200);
  });

  it('stores only a keyed hash of the session token', async () => {
    const signed = await t.signIn(await t.createUser({ role: 'analyst' }));
    const token = signed.cookie.split('=')[1]!;
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from sessions where id = ${token}`.execute(t.db);
    expect(rows[0]!.n).toBe(0);
  });
});
