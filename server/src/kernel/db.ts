import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, Migrator, PostgresDialect, type MigrationResultSet } from 'kysely';
import pg from 'pg';
import type { Database } from '../db/schema.js';
import { migrations } from '../db/migrations/index.js';
import { PGliteDialect } from './pglite-dialect.js';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The embedded engine, when PGlite is used (tests dump and clone it). */
  pglite: PGlite | undefined;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL URL. When absent, PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; `undefined` for an in-memory database. */
  pgliteDir?: string | undefined;
  /** A PGlite data-folder dump to start from (tests clone a migrated template). */
  loadDataDir?: Blob | undefined;
  /** Maximum connections in the PostgreSQL pool. */
  poolSize?: number;
}

const extensions = { pg_trgm, unaccent };

// PostgreSQL `date` values stay ISO strings (YYYY-MM-DD) instead of local-midnight Date objects.
pg.types.setTypeParser(1082, (value: string) => value);
// bigint (int8) as number: ids and counts here stay far below 2^53.
pg.types.setTypeParser(20, (value: string) => Number(value));

/** Opens the database: PostgreSQL when a URL is given, otherwise embedded PGlite. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
      // Every connection works in UTC; the UI formats for Europe/Amsterdam.
      options: '-c TimeZone=UTC',
    });
    // An idle client losing its connection (database restart) must not crash the process.
    pool.on('error', () => undefined);
    // A checked-out client whose connection drops between queries emits 'error' too; the query that
    // uses it next fails and is answered with 503, so the event itself needs no handling.
    pool.on('connect', (client) => client.on('error', () => undefined));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', pglite: undefined, close: () => db.destroy() };
  }
  if (options.pgliteDir) mkdirSync(options.pgliteDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(options.pgliteDir ? { dataDir: options.pgliteDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions,
    // 16 MB of shared buffers instead of 128 MB: the embedded database serves one team, and this
    // keeps the process well under 300 MB RSS (measured: ~320 MB → ~200 MB for PGlite alone).
    postgresqlconf: ['shared_buffers=16MB'],
    // Same value shapes as with `pg` above: dates as YYYY-MM-DD strings, int8 as number.
    parsers: { 1082: (value: string) => value, 20: (value: string) => Number(value) },
  });
  await pglite.exec(`set timezone to 'UTC'`);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    pglite,
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

export function pgliteDirFor(dataDir: string): string {
  return join(dataDir, 'pg');
}

function migrator(db: Db): Migrator {
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
}

/** Applies all pending migrations; throws the first failure. */
export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  const result = await migrator(db).migrateToLatest();
  if (result.error) {
    throw result.error instanceof Error ? result.error : new Error('migration failed', { cause: result.error });
  }
  return result;
}

/** Rolls back every migration (used by the up → down → up migration test). */
export async function migrateAllDown(db: Db): Promise<void> {
  const m = migrator(db);
  for (;;) {
    const result = await m.migrateDown();
    if (result.error) throw result.error instanceof Error ? result.error : new Error('migration failed', { cause: result.error });
    if (!result.results || result.results.length === 0) return;
  }
}

/** Names of migrations known to the code but not applied to the database. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
