import { sql, type Kysely } from 'kysely';

/** Bibob screenings of permit applications, with an append-only history (ADR 0013). */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create sequence bibob_number_seq`,
    sql`create table bibob_screenings (
      id uuid primary key default gen_random_uuid(),
      number text not null unique,
      permit_type text not null,
      status text not null default 'questionnaire',
      status_changed_at timestamptz not null default now(),
      confidentiality text not null default 'confidentieel',
      subject_id uuid references subjects(id),
      applicant_name text not null,
      establishment_label text not null default '',
      wijk_code text,
      application_received_on date not null,
      decision_due date,
      questionnaire jsonb not null default '{}',
      questionnaire_received_on date,
      own_findings text not null default '',
      lbb_requested_on date,
      lbb_due date,
      lbb_extended boolean not null default false,
      lbb_advice text check (lbb_advice in ('none', 'lesser', 'serious')),
      lbb_advice_on date,
      lbb_advice_summary text not null default '',
      decision text check (decision in ('grant', 'grant_with_conditions', 'refuse', 'revoke')),
      decision_on date,
      decision_motivation text not null default '',
      conditions text not null default '',
      measure_id uuid references measures(id) on delete set null,
      responsible_user_id uuid references users(id),
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`,
    sql`create index bibob_screenings_status_idx on bibob_screenings (status, status_changed_at desc, id)`,
    sql`create table bibob_history (
      id bigint generated always as identity primary key,
      screening_id uuid not null references bibob_screenings(id) on delete cascade,
      from_status text,
      to_status text not null,
      note text not null default '',
      data jsonb not null default '{}',
      changed_by uuid references users(id),
      changed_at timestamptz not null default now()
    )`,
    sql`create index bibob_history_screening_idx on bibob_history (screening_id, id)`,
    sql`create function bibob_history_no_update() returns trigger language plpgsql as $$
        begin
          raise exception 'bibob_history is append-only';
        end $$`,
    sql`create trigger bibob_history_no_update before update on bibob_history
      for each row execute function bibob_history_no_update()`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['bibob_history', 'bibob_screenings']) await sql`drop table if exists ${sql.table(table)}`.execute(db);
  await sql`drop function if exists bibob_history_no_update()`.execute(db);
  await sql`drop sequence if exists bibob_number_seq`.execute(db);
}
