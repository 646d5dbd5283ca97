import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the enforcement overviews (issue 5 part 8, modules/enforcement/overview.service.ts):
 * - the summary counts measures grouped by legal basis, procedure step, remedy step and wijk: an index of exactly
 *   those columns lets PostgreSQL count them with an index-only scan instead of reading every row of the table;
 * - closures in force are measures in execution: a small partial index finds them by start date without
 *   looking at the other measures.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index measures_summary_idx on measures (legal_basis_code, status, remedy_status, wijk_code)`.execute(db);
  await sql`create index measures_in_execution_idx on measures (execution_start) where status = 'execution'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists measures_in_execution_idx`.execute(db);
  await sql`drop index if exists measures_summary_idx`.execute(db);
}
