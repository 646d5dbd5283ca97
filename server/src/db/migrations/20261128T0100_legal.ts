import { sql, type Kysely } from 'kysely';

/** Legal deadlines: the days declared equal to algemeen erkende feestdagen by Royal Decree (Atw art. 3 lid 3). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table legal_equal_days (
    date date primary key,
    name text not null,
    source text not null,
    updated_by uuid references users(id),
    updated_at timestamptz not null default now()
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists legal_equal_days`.execute(db);
}
