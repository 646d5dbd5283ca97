import { sql, type Kysely } from 'kysely';

/**
 * Letters: templates a jurist edits (every change a new version, kept), and the letters generated from them
 * as PDF and stored on the case, each generation a new version (ADR 0013).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table letter_templates (
      id uuid primary key default gen_random_uuid(),
      code text not null unique check (code ~ '^[a-z][a-z0-9_]{1,59}$'),
      kind text not null,
      name_nl text not null,
      name_en text not null,
      subject text not null,
      body text not null,
      version integer not null default 1,
      active boolean not null default true,
      updated_by uuid references users(id),
      updated_at timestamptz not null default now()
    )`,
    sql`create table letter_template_versions (
      template_id uuid not null references letter_templates(id) on delete cascade,
      version integer not null,
      subject text not null,
      body text not null,
      note text not null default '',
      changed_by uuid references users(id),
      changed_at timestamptz not null default now(),
      primary key (template_id, version)
    )`,
    sql`create table letters (
      id uuid primary key default gen_random_uuid(),
      record_type text not null,
      record_id uuid not null,
      template_id uuid not null references letter_templates(id),
      template_version integer not null,
      kind text not null,
      version integer not null,
      subject text not null,
      merge_values jsonb not null default '{}',
      file_id uuid not null references stored_files(id),
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      unique (record_type, record_id, kind, version)
    )`,
    sql`create index letters_record_idx on letters (record_type, record_id, created_at desc)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['letters', 'letter_template_versions', 'letter_templates']) await sql`drop table if exists ${sql.table(table)}`.execute(db);
}
