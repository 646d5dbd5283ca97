import { sql } from 'kysely';
import type { Db } from './db.js';

/**
 * A value derived from one table (a spatial index, a holiday calendar), kept per process and rebuilt
 * when the table changes: every use reads the table's version (row count and latest change), so an
 * edit made through another app process is seen on the next use. No state that two processes could
 * disagree on for longer than one read.
 */
export function cachedByTableVersion<T>(table: string, changedAt: string, build: (db: Db) => Promise<T>): { get(db: Db): Promise<T>; invalidate(): void } {
  let cached: { version: string; value: T } | undefined;
  return {
    async get(db: Db): Promise<T> {
      const row = await sql<{ n: number; m: Date | null }>`select count(*)::int as n, max(${sql.ref(changedAt)}) as m from ${sql.table(table)}`.execute(db);
      const version = `${row.rows[0]?.n ?? 0}:${row.rows[0]?.m?.toISOString() ?? ''}`;
      if (cached?.version !== version) cached = { version, value: await build(db) };
      return cached.value;
    },
    invalidate(): void {
      cached = undefined;
    },
  };
}
