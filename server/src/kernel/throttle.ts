import { sql } from 'kysely';
import type { Db } from './db.js';

export interface ThrottleRule {
  /** Failures allowed within the window before the key is blocked. */
  limit: number;
  windowMs: number;
  blockMs: number;
}

/** Until when a key is blocked, or null. Kept in the database so every app process sees it. */
export async function blockedUntil(db: Db, key: string, now = new Date()): Promise<Date | null> {
  const row = await db.selectFrom('login_throttle').select('blocked_until').where('key', '=', key).executeTakeFirst();
  return row?.blocked_until && row.blocked_until > now ? row.blocked_until : null;
}

/** Counts one failure for a key; blocks it when the limit is reached within the window. Returns the block end, if any. */
export async function registerFailure(db: Db, key: string, rule: ThrottleRule, now = new Date()): Promise<Date | null> {
  const windowStart = new Date(now.getTime() - rule.windowMs);
  const blockEnd = new Date(now.getTime() + rule.blockMs);
  const { rows } = await sql<{ blocked_until: Date | null }>`
    insert into login_throttle (key, window_start, failures, blocked_until)
    values (${key}, ${now}, 1, ${rule.limit <= 1 ? blockEnd : null})
    on conflict (key) do update set
      failures = case when login_throttle.window_start < ${windowStart} then 1 else login_throttle.failures + 1 end,
      window_start = case when login_throttle.window_start < ${windowStart} then ${now} else login_throttle.window_start end,
      blocked_until = case
        when (case when login_throttle.window_start < ${windowStart} then 1 else login_throttle.failures + 1 end) >= ${rule.limit}
        then ${blockEnd}::timestamptz else login_throttle.blocked_until end
    returning blocked_until`.execute(db);
  const until = rows[0]?.blocked_until ?? null;
  return until && until > now ? until : null;
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}
