import { sql, type Kysely } from 'kysely';

/**
 * Administrative measures: the table of legal bases, the escalation matrix, the measures with their
 * procedure (two tracks: the procedure itself and the legal remedies against it) and an append-only
 * history, court steps, and the deadlines computed by the legal engine for cases of every kind (ADR 0013).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table enforcement_legal_bases (
      code text primary key check (code ~ '^[a-z][a-z0-9_]{1,59}$'),
      measure_kind text not null,
      name_nl text not null,
      name_en text not null,
      article text not null,
      authority text not null check (authority in ('burgemeester', 'college')),
      premises_types jsonb not null default '[]',
      is_closure boolean not null default false,
      requires_opinion boolean not null default true,
      opinion_days integer not null default 14 check (opinion_days between 0 and 365),
      grace_days integer check (grace_days between 0 and 365),
      max_duration_months integer check (max_duration_months between 1 and 120),
      explanation_nl text not null default '',
      explanation_en text not null default '',
      active boolean not null default true,
      sort_order integer not null default 0,
      updated_by uuid references users(id),
      updated_at timestamptz not null default now()
    )`,
    sql`create table enforcement_matrix_rows (
      id uuid primary key default gen_random_uuid(),
      premises_type text not null,
      drug_class text not null check (drug_class in ('list_i', 'list_ii', 'preparation')),
      quantity_band text not null,
      offence_number integer not null check (offence_number between 1 and 9),
      lookback_months integer not null check (lookback_months between 1 and 240),
      legal_basis_code text not null references enforcement_legal_bases(code),
      duration_months integer check (duration_months between 1 and 120),
      explanation_nl text not null default '',
      explanation_en text not null default '',
      active boolean not null default true,
      sort_order integer not null default 0,
      updated_by uuid references users(id),
      updated_at timestamptz not null default now(),
      unique (premises_type, drug_class, quantity_band, offence_number)
    )`,
    sql`create sequence measure_number_seq`,
    sql`create table measures (
      id uuid primary key default gen_random_uuid(),
      number text not null unique,
      legal_basis_code text not null references enforcement_legal_bases(code),
      status text not null default 'intake',
      remedy_status text not null default 'none',
      status_changed_at timestamptz not null default now(),
      confidentiality text not null default 'vertrouwelijk',
      origin text not null check (origin in ('police_report', 'inspection', 'signal', 'other')),
      inspection_id uuid references inspections(id) on delete set null,
      signal_id uuid references signals(id) on delete set null,
      subject_id uuid references subjects(id),
      address_label text not null,
      wijk_code text,
      premises_type text,
      drug_class text,
      quantity_band text,
      offence_on date,
      offence_number integer,
      matrix_row_id uuid references enforcement_matrix_rows(id) on delete set null,
      proposal jsonb,
      deviation_motivation text,
      duration_months integer,
      facts text not null default '',
      addressee_name text not null default '',
      addressee_address text not null default '',
      proportionality jsonb,
      urgent boolean not null default false,
      urgency_motivation text,
      opinion_due date,
      opinion_received_on date,
      opinion_response text,
      decision_on date,
      grace_days integer,
      grace_end date,
      announced_on date,
      objection_due date,
      objection_received_on date,
      objection_committee boolean not null default false,
      objection_decision_due date,
      objection_extended boolean not null default false,
      objection_outcome text,
      execution_start date,
      execution_end date,
      lifted_on date,
      closed_reason text,
      responsible_user_id uuid references users(id),
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      closed_at timestamptz
    )`,
    sql`create index measures_status_idx on measures (status, status_changed_at desc, id)`,
    // The list across statuses ("open", "all") pages by (status_changed_at desc, id): 168 ms → 0.8 ms at 100,000 measures.
    sql`create index measures_changed_idx on measures (status_changed_at desc, id)`,
    sql`create index measures_wijk_idx on measures (wijk_code, status)`,
    sql`create index measures_subject_idx on measures (subject_id, offence_on) where subject_id is not null`,
    sql`create index measures_execution_idx on measures (execution_start, execution_end) where execution_start is not null`,
    sql`alter table inspections add constraint inspections_requested_by_measure_fk
      foreign key (requested_by_measure_id) references measures(id) on delete set null`,
    sql`create table measure_history (
      id bigint generated always as identity primary key,
      measure_id uuid not null references measures(id) on delete cascade,
      track text not null check (track in ('procedure', 'remedy')),
      from_status text,
      to_status text not null,
      note text not null default '',
      data jsonb not null default '{}',
      changed_by uuid references users(id),
      changed_at timestamptz not null default now()
    )`,
    sql`create index measure_history_measure_idx on measure_history (measure_id, id)`,
    sql`create function measure_history_no_update() returns trigger language plpgsql as $$
        begin
          raise exception 'measure_history is append-only';
        end $$`,
    sql`create trigger measure_history_no_update before update on measure_history
      for each row execute function measure_history_no_update()`,
    sql`create table measure_court_steps (
      id uuid primary key default gen_random_uuid(),
      measure_id uuid not null references measures(id) on delete cascade,
      kind text not null check (kind in ('provisional_relief', 'appeal', 'higher_appeal')),
      court text not null default '',
      case_number text not null default '',
      filed_on date not null,
      hearing_on date,
      ruling_on date,
      outcome text,
      note text not null default '',
      recorded_by uuid not null references users(id),
      recorded_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`,
    sql`create index measure_court_steps_measure_idx on measure_court_steps (measure_id, filed_on)`,
    sql`create table enforcement_deadlines (
      id uuid primary key default gen_random_uuid(),
      record_type text not null,
      record_id uuid not null,
      kind text not null,
      from_date date not null,
      period text not null,
      unit text not null default 'calendar' check (unit in ('calendar', 'working')),
      due_on date not null,
      reasons jsonb not null default '[]',
      status text not null default 'open' check (status in ('open', 'met', 'cancelled', 'suspended')),
      task_id uuid references tasks(id) on delete set null,
      wijk_code text,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      settled_at timestamptz
    )`,
    sql`create index enforcement_deadlines_open_idx on enforcement_deadlines (due_on, id) where status = 'open'`,
    sql`create index enforcement_deadlines_record_idx on enforcement_deadlines (record_type, record_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table inspections drop constraint if exists inspections_requested_by_measure_fk`.execute(db);
  for (const table of ['enforcement_deadlines', 'measure_court_steps', 'measure_history', 'measures', 'enforcement_matrix_rows', 'enforcement_legal_bases']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`drop function if exists measure_history_no_update()`.execute(db);
  await sql`drop sequence if exists measure_number_seq`.execute(db);
}
