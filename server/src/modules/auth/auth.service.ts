import { randomBytes } from 'node:crypto';
import type { Config } from '../../config.js';
import { isConfidentiality, isRole, permissionsOf } from '../../kernel/access.js';
import type { Trace } from '../../kernel/context.js';
import { decryptField, encryptField, hmacHex, safeEqual } from '../../kernel/crypto.js';
import type { Db } from '../../kernel/db.js';
import { AppError } from '../../kernel/errors.js';
import { hashPassword, passwordProblem, verifyAgainstDummy, verifyPassword } from '../../kernel/passwords.js';
import {
  advanceSession,
  createSession,
  IDLE_TIMEOUT_MS,
  revokeAllSessions,
  revokeSession,
  type CreatedSession,
  type SessionStage,
} from '../../kernel/session.js';
import { blockedUntil, clearFailures, registerFailure, type ThrottleRule } from '../../kernel/throttle.js';
import { checkTotp, newTotpSecret, qrDataUrl, totpUri } from '../../kernel/totp.js';
import { recordTrail } from '../../kernel/trail.js';
import type { SessionResponse } from './auth.schemas.js';

/** Failed attempts (password or second factor) before an account is locked, and for how long. */
export const ACCOUNT_LOCK = { limit: 5, lockMs: 15 * 60 * 1000 };
/** Failed attempts from one client (any account) before it is blocked. */
export const CLIENT_THROTTLE: ThrottleRule = { limit: 20, windowMs: 15 * 60 * 1000, blockMs: 15 * 60 * 1000 };
export const RECOVERY_CODE_COUNT = 10;

export interface AuthDeps {
  db: Db;
  config: Config;
}

export interface RequestInfo {
  requestId: string;
  trace: Trace;
  /** Client address; only its keyed hash is stored, for throttling. */
  ip: string;
}

function clientKey(config: Config, ip: string): string {
  return `client:${hmacHex(config.secrets.sessionSecret, ip)}`;
}

function retryAfter(until: Date, now: Date): Record<string, string> {
  return { 'Retry-After': String(Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000))) };
}

const invalidCredentials = (): AppError => new AppError('INVALID_CREDENTIALS', 'De combinatie van gebruikersnaam en wachtwoord is onjuist.');

function trailCtx(deps: AuthDeps, info: RequestInfo, actor: { userId: string; username: string; role: string } | null) {
  return { db: deps.db, config: deps.config, actor, requestId: info.requestId, trace: info.trace };
}

async function refuseIfClientBlocked(deps: AuthDeps, info: RequestInfo, now: Date): Promise<void> {
  const until = await blockedUntil(deps.db, clientKey(deps.config, info.ip), now);
  if (until) {
    throw new AppError('TOO_MANY_REQUESTS', 'Te veel mislukte pogingen vanaf dit apparaat. Probeer het later opnieuw.', {
      headers: retryAfter(until, now),
    });
  }
}

/**
 * Counts a failed attempt against the account and the client. Returns the lock end when this
 * failure locked the account.
 */
async function countFailure(deps: AuthDeps, info: RequestInfo, userId: string | null, now: Date): Promise<Date | null> {
  await registerFailure(deps.db, clientKey(deps.config, info.ip), CLIENT_THROTTLE, now);
  if (!userId) return null;
  const lockUntil = new Date(now.getTime() + ACCOUNT_LOCK.lockMs);
  const row = await deps.db
    .updateTable('users')
    .set((eb) => ({
      failed_attempts: eb
        .case()
        .when('failed_attempts', '>=', ACCOUNT_LOCK.limit - 1)
        .then(0)
        .else(eb('failed_attempts', '+', 1))
        .end(),
      locked_until: eb
        .case()
        .when('failed_attempts', '>=', ACCOUNT_LOCK.limit - 1)
        .then(lockUntil)
        .else(eb.ref('locked_until'))
        .end(),
    }))
    .where('id', '=', userId)
    .returning(['locked_until'])
    .executeTakeFirst();
  return row?.locked_until && row.locked_until > now ? row.locked_until : null;
}

function lockedError(until: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60000));
  return new AppError('ACCOUNT_LOCKED', `Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over ${minutes} minuten opnieuw.`, {
    headers: retryAfter(until, now),
  });
}

/**
 * A wrong second-factor code: counts the failure (account and client), logs it, and refuses. When
 * this failure locks the account, the partial session ends too.
 */
async function failSecondFactor(
  deps: AuthDeps,
  info: RequestInfo,
  sessionId: string,
  actor: { userId: string; username: string; role: string },
  now: Date,
  what: { action: string; reason: string | null; detail: string },
): Promise<never> {
  const locked = await countFailure(deps, info, actor.userId, now);
  await recordTrail(trailCtx(deps, info, actor), { action: what.action, objectType: 'user', objectId: actor.userId, outcome: 'failure', reason: what.reason });
  if (locked) {
    await revokeSession(deps.db, sessionId, now);
    throw lockedError(locked, now);
  }
  throw new AppError('INVALID_CREDENTIALS', what.detail, { errors: [{ path: 'body.code', message: 'Onjuiste code.' }] });
}

export interface LoginResult {
  stage: Exclude<SessionStage, 'active'>;
  session: CreatedSession;
}

/** First step: username and password. Starts a partial session in the next stage. */
export async function login(deps: AuthDeps, input: { username: string; password: string }, info: RequestInfo, now = new Date()): Promise<LoginResult> {
  await refuseIfClientBlocked(deps, info, now);
  const user = await deps.db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'password_hash', 'active', 'locked_until', 'must_change_password', 'totp_enrolled_at'])
    .where((eb) => eb(eb.fn('lower', ['username']), '=', input.username.toLowerCase()))
    .executeTakeFirst();
  if (!user || !user.active) {
    await verifyAgainstDummy(input.password);
    await countFailure(deps, info, null, now);
    await recordTrail(trailCtx(deps, info, null), {
      action: 'login_failed',
      objectType: 'session',
      objectId: null,
      outcome: 'failure',
      reason: user ? 'account inactive' : 'unknown account',
    });
    throw invalidCredentials();
  }
  const actor = { userId: user.id, username: user.username, role: user.role };
  if (user.locked_until && user.locked_until > now) {
    await recordTrail(trailCtx(deps, info, actor), {
      action: 'login_failed',
      objectType: 'user',
      objectId: user.id,
      outcome: 'denied',
      reason: 'account locked',
    });
    throw lockedError(user.locked_until, now);
  }
  if (!(await verifyPassword(user.password_hash, input.password))) {
    const locked = await countFailure(deps, info, user.id, now);
    await recordTrail(trailCtx(deps, info, actor), {
      action: 'login_failed',
      objectType: 'user',
      objectId: user.id,
      outcome: 'failure',
      reason: locked ? 'wrong password; account locked' : 'wrong password',
    });
    if (locked) throw lockedError(locked, now);
    throw invalidCredentials();
  }
  const stage: LoginResult['stage'] = user.must_change_password ? 'password_change' : user.totp_enrolled_at ? 'totp' : 'enrol';
  const session = await createSession(deps.db, deps.config, user.id, stage, now);
  await recordTrail(trailCtx(deps, info, actor), { action: 'login_password_ok', objectType: 'user', objectId: user.id, reason: `next: ${stage}` });
  return { stage, session };
}

interface StageUser {
  id: string;
  username: string;
  role: string;
  password_hash: string;
  totp_secret_enc: string | null;
  totp_enrolled_at: Date | null;
  totp_last_step: number | null;
  locked_until: Date | null;
}

async function userOfSession(deps: AuthDeps, sessionId: string): Promise<StageUser> {
  const row = await deps.db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.username', 'u.role', 'u.password_hash', 'u.totp_secret_enc', 'u.totp_enrolled_at', 'u.totp_last_step', 'u.locked_until'])
    .where('s.id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return row;
}

function requireStage(actual: string | null, expected: SessionStage): void {
  if (actual !== expected) {
    throw new AppError('WRONG_LOGIN_STAGE', 'Deze stap hoort niet bij uw huidige inlogstap. Begin opnieuw met inloggen.');
  }
}

/** Stage `password_change`: a first or reset login sets a new password. */
export async function changeInitialPassword(
  deps: AuthDeps,
  session: { id: string | null; stage: string | null },
  input: { newPassword: string },
  info: RequestInfo,
  now = new Date(),
): Promise<{ stage: 'enrol' | 'totp' }> {
  requireStage(session.stage, 'password_change');
  const user = await userOfSession(deps, session.id!);
  const problemText = passwordProblem(input.newPassword, user.username);
  if (problemText) throw new AppError('VALIDATION_FAILED', problemText, { errors: [{ path: 'body.newPassword', message: problemText }] });
  if (await verifyPassword(user.password_hash, input.newPassword)) {
    const msg = 'Kies een ander wachtwoord dan het tijdelijke.';
    throw new AppError('VALIDATION_FAILED', msg, { errors: [{ path: 'body.newPassword', message: msg }] });
  }
  const stage = user.totp_enrolled_at ? 'totp' : 'enrol';
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash, must_change_password: false, updated_at: now }).where('id', '=', user.id).execute();
    await advanceSession(trx, session.id!, stage, now);
    await recordTrail(
      { ...trailCtx(deps, info, { userId: user.id, username: user.username, role: user.role }), db: trx },
      {
        action: 'password_changed',
        objectType: 'user',
        objectId: user.id,
      },
    );
  });
  return { stage };
}

/** Stage `enrol`: returns the pending TOTP secret (created on first call) with its QR code. */
export async function getEnrolment(
  deps: AuthDeps,
  session: { id: string | null; stage: string | null },
): Promise<{ secret: string; otpauthUrl: string; qrDataUrl: string }> {
  requireStage(session.stage, 'enrol');
  const user = await userOfSession(deps, session.id!);
  let secret: string;
  if (user.totp_secret_enc && !user.totp_enrolled_at) {
    secret = decryptField(deps.config.secrets.encryptionKey, user.totp_secret_enc);
  } else {
    secret = newTotpSecret();
    await deps.db
      .updateTable('users')
      .set({ totp_secret_enc: encryptField(deps.config.secrets.encryptionKey, secret), totp_enrolled_at: null, totp_last_step: null })
      .where('id', '=', user.id)
      .execute();
  }
  const otpauthUrl = totpUri(user.username, secret);
  return { secret, otpauthUrl, qrDataUrl: await qrDataUrl(otpauthUrl) };
}

export function newRecoveryCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(12);
  let code = '';
  for (let i = 0; i < 12; i++) {
    code += alphabet[bytes[i]! % alphabet.length];
    if (i === 3 || i === 7) code += '-';
  }
  return code;
}

function recoveryHash(config: Config, code: string): string {
  return hmacHex(config.secrets.encryptionKey, `recovery:${code.trim().toLowerCase()}`);
}

/** Stage `enrol`: confirms the authenticator with a code, stores recovery codes, activates the session. */
export async function confirmEnrolment(
  deps: AuthDeps,
  session: { id: string | null; stage: string | null },
  input: { code: string },
  info: RequestInfo,
  now = new Date(),
): Promise<{ recoveryCodes: string[]; session: CreatedSession; userId: string }> {
  requireStage(session.stage, 'enrol');
  const user = await userOfSession(deps, session.id!);
  if (!user.totp_secret_enc) throw new AppError('WRONG_LOGIN_STAGE', 'Vraag eerst de QR-code op.');
  const step = await checkTotp(decryptField(deps.config.secrets.encryptionKey, user.totp_secret_enc), input.code, null);
  const actor = { userId: user.id, username: user.username, role: user.role };
  if (step === null) {
    return failSecondFactor(deps, info, session.id!, actor, now, {
      action: 'totp_enrol_failed',
      reason: null,
      detail: 'De code klopt niet. Controleer de tijd op uw telefoon en probeer de nieuwste code.',
    });
  }
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const active = await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ totp_enrolled_at: now, totp_last_step: step, failed_attempts: 0, last_login_at: now, updated_at: now })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
    await trx
      .insertInto('recovery_codes')
      .values(codes.map((c) => ({ user_id: user.id, code_hash: recoveryHash(deps.config, c), used_at: null })))
      .execute();
    await revokeSession(trx, session.id!, now);
    const created = await createSession(trx, deps.config, user.id, 'active', now);
    await recordTrail({ ...trailCtx(deps, info, actor), db: trx }, { action: 'totp_enrolled', objectType: 'user', objectId: user.id });
    await recordTrail({ ...trailCtx(deps, info, actor), db: trx }, { action: 'login', objectType: 'user', objectId: user.id });
    return created;
  });
  await clearFailures(deps.db, clientKey(deps.config, info.ip));
  return { recoveryCodes: codes, session: active, userId: user.id };
}

/** Stage `totp`: second factor by authenticator code or a one-time recovery code. Rotates the session token. */
export async function verifySecondFactor(
  deps: AuthDeps,
  session: { id: string | null; stage: string | null },
  input: { code: string },
  info: RequestInfo,
  now = new Date(),
): Promise<{ session: CreatedSession; userId: string }> {
  requireStage(session.stage, 'totp');
  await refuseIfClientBlocked(deps, info, now);
  const user = await userOfSession(deps, session.id!);
  const actor = { userId: user.id, username: user.username, role: user.role };
  if (user.locked_until && user.locked_until > now) throw lockedError(user.locked_until, now);
  let step: number | null = null;
  let recoveryId: string | null = null;
  const code = input.code.replace(/\s+/g, '');
  if (/^\d{6}$/.test(code)) {
    step = await checkTotp(decryptField(deps.config.secrets.encryptionKey, user.totp_secret_enc!), code, user.totp_last_step);
  } else {
    const hash = recoveryHash(deps.config, code);
    const candidates = await deps.db
      .selectFrom('recovery_codes')
      .select(['id', 'code_hash'])
      .where('user_id', '=', user.id)
      .where('used_at', 'is', null)
      .execute();
    recoveryId = candidates.find((c) => safeEqual(c.code_hash, hash))?.id ?? null;
  }
  if (step === null && recoveryId === null) {
    return failSecondFactor(deps, info, session.id!, actor, now, {
      action: 'login_failed',
      reason: 'wrong second factor',
      detail: 'De code klopt niet of is al gebruikt.',
    });
  }
  const active = await deps.db.transaction().execute(async (trx) => {
    if (recoveryId) {
      const used = await trx.updateTable('recovery_codes').set({ used_at: now }).where('id', '=', recoveryId).where('used_at', 'is', null).executeTakeFirst();
      if (Number(used.numUpdatedRows) !== 1) throw new AppError('INVALID_CREDENTIALS', 'Deze herstelcode is al gebruikt.');
    }
    // Conditional on the last step, so two simultaneous requests with one code cannot both pass.
    const updated = await trx
      .updateTable('users')
      .set({ ...(step !== null ? { totp_last_step: step } : {}), failed_attempts: 0, last_login_at: now })
      .where('id', '=', user.id)
      .$if(step !== null, (qb) => qb.where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step!)])))
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new AppError('INVALID_CREDENTIALS', 'Deze code is al gebruikt. Wacht op de volgende code.');
    await revokeSession(trx, session.id!, now);
    const created = await createSession(trx, deps.config, user.id, 'active', now);
    await recordTrail(
      { ...trailCtx(deps, info, actor), db: trx },
      {
        action: 'login',
        objectType: 'user',
        objectId: user.id,
        reason: recoveryId ? 'recovery code used' : null,
      },
    );
    return created;
  });
  await clearFailures(deps.db, clientKey(deps.config, info.ip));
  return { session: active, userId: user.id };
}

/** The view of a live session that the web app and scripts use. */
export async function describeSession(
  deps: AuthDeps,
  userId: string,
  session: { csrfToken: string; lastSeenAt: Date; expiresAt: Date },
): Promise<SessionResponse> {
  const row = await deps.db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.max_confidentiality', 'o.id as org_id', 'o.name as org_name'])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
  if (!isRole(row.role) || !isConfidentiality(row.max_confidentiality)) throw new Error('user row has an unknown role or level');
  return {
    user: {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      organisation: { id: row.org_id, name: row.org_name },
      maxConfidentiality: row.max_confidentiality,
    },
    permissions: [...permissionsOf(row.role)],
    csrfToken: session.csrfToken,
    idleExpiresAt: new Date(Math.min(session.lastSeenAt.getTime() + IDLE_TIMEOUT_MS, session.expiresAt.getTime())).toISOString(),
    absoluteExpiresAt: session.expiresAt.toISOString(),
  };
}

export async function logout(
  deps: AuthDeps,
  sessionId: string,
  actor: { userId: string; username: string; role: string } | null,
  info: RequestInfo,
): Promise<void> {
  await revokeSession(deps.db, sessionId);
  if (actor) await recordTrail(trailCtx(deps, info, actor), { action: 'logout', objectType: 'user', objectId: actor.userId });
}

export async function logoutEverywhere(deps: AuthDeps, actor: { userId: string; username: string; role: string }, info: RequestInfo): Promise<number> {
  const count = await revokeAllSessions(deps.db, actor.userId);
  await recordTrail(trailCtx(deps, info, actor), {
    action: 'logout_everywhere',
    objectType: 'user',
    objectId: actor.userId,
    reason: `${count} sessions ended`,
  });
  return count;
}
