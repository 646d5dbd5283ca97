import { sql, type Kysely } from 'kysely';

/**
 * Inspections (integrale controles): checklists per object type kept as data, inspections of an address or
 * organisation with the partners taking part, findings per checklist item with notes and photos, an outcome,
 * and follow-up inspections (ADR 0013).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table inspection_checklists (
      object_type text primary key check (object_type ~ '^[a-z][a-z0-9_]{1,39}$'),
      name_nl text not null,
      name_en text not null,
      items jsonb not null default '[]',
      active boolean not null default true,
      sort_order integer not null default 0,
      updated_by uuid references users(id),
      updated_at timestamptz not null default now()
    )`,
    sql`create sequence inspection_number_seq`,
    sql`create table inspections (
      id uuid primary key default gen_random_uuid(),
      number text not null unique,
      object_type text not null references inspection_checklists(object_type),
      checklist_items jsonb not null default '[]',
      subject_id uuid references subjects(id),
      address_label text not null,
      postcode text,
      house_number integer,
      wijk_code text,
      planned_on date not null,
      performed_on date,
      partners jsonb not null default '[]',
      status text not null default 'planned' check (status in ('planned', 'in_progress', 'completed', 'cancelled')),
      outcome text check (outcome in ('nothing_found', 'warning', 'measure_proposed')),
      outcome_note text not null default '',
      follow_up_of uuid references inspections(id),
      requested_by_measure_id uuid,
      signal_id uuid references signals(id) on delete set null,
      confidentiality text not null default 'vertrouwelijk',
      lead_user_id uuid not null references users(id),
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      completed_at timestamptz
    )`,
    sql`create index inspections_planned_idx on inspections (planned_on, id)`,
    sql`create index inspections_subject_idx on inspections (subject_id) where subject_id is not null`,
    sql`create table inspection_findings (
      id uuid primary key default gen_random_uuid(),
      inspection_id uuid not null references inspections(id) on delete cascade,
      item_code text not null,
      result text not null check (result in ('ok', 'not_ok', 'not_applicable')),
      note text not null default '',
      recorded_by uuid not null references users(id),
      recorded_at timestamptz not null default now(),
      unique (inspection_id, item_code)
    )`,
    sql`create table inspection_finding_files (
      finding_id uuid not null references inspection_findings(id) on delete cascade,
      file_id uuid not null references stored_files(id) on delete cascade,
      primary key (finding_id, file_id)
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['inspection_finding_files', 'inspection_findings', 'inspections', 'inspection_checklists']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`drop sequence if exists inspection_number_seq`.execute(db);
}
