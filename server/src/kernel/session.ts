import type { Config } from '../config.js';
import { isConfidentiality, isRole, type Actor } from './access.js';
import { hmacHex, randomToken } from './crypto.js';
import type { Db } from './db.js';

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** A partially signed-in session (password given, second factor pending) lives 10 minutes. */
export const LOGIN_STAGE_TIMEOUT_MS = 10 * 60 * 1000;
/** last_seen_at is written at most this often, to keep reads cheap. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export type SessionStage = 'password_change' | 'enrol' | 'totp' | 'active';

export function sessionCookieName(config: Config): string {
  return config.production ? '__Host-dwb_session' : 'dwb_session';
}

export function sessionIdFor(config: Config, token: string): string {
  return hmacHex(config.secrets.sessionSecret, `session:${token}`);
}

export interface CreatedSession {
  token: string;
  id: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Starts a session in the given stage; the token goes into the cookie, only its HMAC into the database. */
export async function createSession(db: Db, config: Config, userId: string, stage: SessionStage, now = new Date()): Promise<CreatedSession> {
  const token = randomToken();
  const id = sessionIdFor(config, token);
  const csrfToken = randomToken();
  const lifetime = stage === 'active' ? ABSOLUTE_TIMEOUT_MS : LOGIN_STAGE_TIMEOUT_MS;
  const expiresAt = new Date(now.getTime() + lifetime);
  await db.insertInto('sessions').values({ id, user_id: userId, stage, csrf_token: csrfToken, last_seen_at: now, expires_at: expiresAt }).execute();
  return { token, id, csrfToken, expiresAt };
}

/** Moves a session to the next login stage; reaching `active` starts the 12-hour absolute lifetime. */
export async function advanceSession(db: Db, sessionId: string, stage: SessionStage, now = new Date()): Promise<void> {
  const lifetime = stage === 'active' ? ABSOLUTE_TIMEOUT_MS : LOGIN_STAGE_TIMEOUT_MS;
  await db
    .updateTable('sessions')
    .set({ stage, last_seen_at: now, expires_at: new Date(now.getTime() + lifetime) })
    .where('id', '=', sessionId)
    .execute();
}

export interface LoadedSession {
  id: string;
  stage: SessionStage;
  csrfToken: string;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  actor: Actor;
}

/** Finds a live session for a cookie token: not revoked, not past its idle or absolute limit, user active. */
export async function loadSession(db: Db, config: Config, token: string, now = new Date()): Promise<LoadedSession | undefined> {
  const id = sessionIdFor(config, token);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.stage',
      's.csrf_token',
      's.last_seen_at',
      's.expires_at',
      'u.id as user_id',
      'u.username',
      'u.role',
      'u.organisation_id',
      'u.max_confidentiality',
    ])
    .where('s.id', '=', id)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', new Date(now.getTime() - IDLE_TIMEOUT_MS))
    .where('u.active', '=', true)
    .executeTakeFirst();
  if (!row || !isRole(row.role) || !isConfidentiality(row.max_confidentiality)) return undefined;
  let lastSeen = row.last_seen_at;
  if (now.getTime() - lastSeen.getTime() > TOUCH_INTERVAL_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
    lastSeen = now;
  }
  const idleExpiresAt = new Date(Math.min(lastSeen.getTime() + IDLE_TIMEOUT_MS, row.expires_at.getTime()));
  return {
    id,
    stage: row.stage as SessionStage,
    csrfToken: row.csrf_token,
    idleExpiresAt,
    absoluteExpiresAt: row.expires_at,
    actor: {
      userId: row.user_id,
      username: row.username,
      role: row.role,
      organisationId: row.organisation_id,
      maxConfidentiality: row.max_confidentiality,
      sessionId: id,
    },
  };
}

export async function revokeSession(db: Db, sessionId: string, now = new Date()): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
}

/** Ends every session of a user ("log out everywhere", deactivation, reset). */
export async function revokeAllSessions(db: Db, userId: string, now = new Date()): Promise<number> {
  const result = await db.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}
