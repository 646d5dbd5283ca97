import { sql, type Kysely } from 'kysely';

/**
 * Signals (meldingen): categories with their questions and service levels, the signals themselves with an
 * append-only status history, internal notes, additions by the reporter, photos, proposed follow-ups,
 * the record of destroyed signals, settings and job runs; and the functions the public reporting process
 * uses, so that its database role can insert reports and read their coarse status and nothing else
 * (ADR 0011).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table signal_categories (
      code text primary key check (code ~ '^[a-z][a-z0-9_]{1,39}$'),
      name_nl text not null,
      name_en text not null,
      help_nl text not null default '',
      help_en text not null default '',
      indicators_nl jsonb not null default '[]',
      indicators_en jsonb not null default '[]',
      questions jsonb not null default '[]',
      sla_days integer not null check (sla_days between 1 and 365),
      sla_unit text not null check (sla_unit in ('calendar', 'working')),
      urgency integer not null check (urgency between 1 and 5),
      confidentiality text not null default 'vertrouwelijk',
      active boolean not null default true,
      sort_order integer not null default 0,
      updated_by uuid references users(id),
      updated_at timestamptz not null default now()
    )`,
    sql`create sequence signal_number_seq`,
    sql`create table signals (
      id uuid primary key default gen_random_uuid(),
      number text not null unique,
      submission_key uuid unique,
      channel text not null default 'public_form' check (channel in ('public_form', 'police_report', 'cannabis_report', 'staff')),
      category_code text not null references signal_categories(code),
      description text not null,
      observed_on date,
      observed_time time,
      postcode text,
      house_number integer,
      house_letter text,
      house_number_addition text,
      location_text text,
      lat double precision,
      lon double precision,
      wijk_code text,
      buurt_code text,
      answers jsonb not null default '{}',
      partner_report jsonb,
      contact_enc text,
      follow_code_hash text unique,
      status text not null default 'reported'
        check (status in ('reported', 'in_progress', 'awaiting_information', 'forwarded', 'closed', 'cancelled', 'reopened')),
      status_changed_at timestamptz not null default now(),
      outcome text check (outcome in ('no_action', 'followed_up', 'duplicate')),
      deadline date not null,
      urgency integer not null,
      assigned_user_id uuid references users(id),
      assigned_organisation_id uuid references organisations(id),
      merged_into uuid references signals(id),
      confidentiality text not null default 'vertrouwelijk',
      received_at timestamptz not null default now(),
      created_by uuid references users(id),
      closed_at timestamptz,
      updated_at timestamptz not null default now(),
      check ((status in ('closed', 'cancelled')) = (closed_at is not null))
    )`,
    // The triage queue: open signals, most pressing deadline first. A partial index keeps it small
    // whatever the number of closed signals.
    sql`create index signals_queue_idx on signals (deadline, urgency, received_at, id)
      where merged_into is null and status in ('reported', 'in_progress', 'awaiting_information', 'forwarded', 'reopened')`,
    // The queue filtered by category, wijk (or both) or assignee: the same order behind the filter columns, so a
    // filter on a small category does not walk the whole open queue.
    sql`create index signals_queue_category_idx on signals (category_code, deadline, urgency, received_at, id)
      where merged_into is null and status in ('reported', 'in_progress', 'awaiting_information', 'forwarded', 'reopened')`,
    sql`create index signals_queue_wijk_idx on signals (wijk_code, deadline, urgency, received_at, id)
      where merged_into is null and status in ('reported', 'in_progress', 'awaiting_information', 'forwarded', 'reopened')`,
    sql`create index signals_queue_category_wijk_idx on signals (category_code, wijk_code, deadline, urgency, received_at, id)
      where merged_into is null and status in ('reported', 'in_progress', 'awaiting_information', 'forwarded', 'reopened')`,
    sql`create index signals_queue_assignee_idx on signals (assigned_user_id, deadline, urgency, received_at, id)
      where merged_into is null and status in ('reported', 'in_progress', 'awaiting_information', 'forwarded', 'reopened')`,
    sql`create index signals_status_idx on signals (status, received_at desc, id)`,
    sql`create index signals_address_idx on signals (category_code, postcode, house_number, received_at) where postcode is not null`,
    sql`create index signals_buurt_idx on signals (category_code, buurt_code, received_at) where buurt_code is not null`,
    sql`create index signals_retention_idx on signals (closed_at) where status in ('closed', 'cancelled')`,
    sql`create index signals_merged_idx on signals (merged_into) where merged_into is not null`,
    sql`create table signal_status_history (
      id bigint generated always as identity primary key,
      signal_id uuid not null references signals(id) on delete cascade,
      from_status text,
      to_status text not null,
      outcome text,
      note text not null default '',
      changed_by uuid references users(id),
      changed_at timestamptz not null default now()
    )`,
    sql`create index signal_status_history_signal_idx on signal_status_history (signal_id, id)`,
    // History is never edited: a change of status is a new row. Rows go only with their signal (retention).
    sql`create function signal_history_no_update() returns trigger language plpgsql as $$
        begin
          raise exception 'signal_status_history is append-only';
        end $$`,
    sql`create trigger signal_status_history_no_update before update on signal_status_history
      for each row execute function signal_history_no_update()`,
    sql`create table signal_notes (
      id uuid primary key default gen_random_uuid(),
      signal_id uuid not null references signals(id) on delete cascade,
      body text not null,
      created_by uuid not null references users(id),
      created_at timestamptz not null default now()
    )`,
    sql`create index signal_notes_signal_idx on signal_notes (signal_id, created_at)`,
    sql`create table signal_additions (
      id uuid primary key default gen_random_uuid(),
      signal_id uuid not null references signals(id) on delete cascade,
      body text not null,
      created_at timestamptz not null default now()
    )`,
    sql`create index signal_additions_signal_idx on signal_additions (signal_id, created_at)`,
    sql`create table signal_photos (
      id uuid primary key default gen_random_uuid(),
      signal_id uuid not null references signals(id) on delete cascade,
      addition_id uuid references signal_additions(id) on delete cascade,
      storage_key text not null unique,
      content_type text not null,
      width integer not null,
      height integer not null,
      size_bytes integer not null,
      sha256 text not null,
      source text not null default 'reporter' check (source in ('reporter', 'staff')),
      uploaded_by uuid references users(id),
      created_at timestamptz not null default now()
    )`,
    sql`create index signal_photos_signal_idx on signal_photos (signal_id)`,
    sql`create table signal_followups (
      id uuid primary key default gen_random_uuid(),
      signal_id uuid not null references signals(id) on delete cascade,
      kind text not null check (kind in ('inspection', 'enforcement', 'person_referral', 'other')),
      note text not null,
      assignee_user_id uuid not null references users(id),
      due_date date,
      task_id uuid references tasks(id),
      created_by uuid not null references users(id),
      created_at timestamptz not null default now()
    )`,
    sql`create index signal_followups_signal_idx on signal_followups (signal_id)`,
    // What is left of a destroyed signal: that it existed, and when and why it was destroyed. Never its content.
    sql`create table signal_destructions (
      id bigint generated always as identity primary key,
      signal_number text not null,
      category_code text not null,
      channel text not null,
      received_on date not null,
      closed_on date not null,
      destroyed_at timestamptz not null default now(),
      rule text not null
    )`,
    sql`create table signal_settings (
      id boolean primary key default true check (id),
      retention_months integer not null default 12 check (retention_months between 1 and 120),
      duplicate_window_days integer not null default 30 check (duplicate_window_days between 1 and 365),
      updated_by uuid references users(id),
      updated_at timestamptz not null default now()
    )`,
    sql`insert into signal_settings (id) values (true)`,
    sql`create table job_runs (
      job text primary key,
      last_started_at timestamptz,
      last_finished_at timestamptz,
      last_result jsonb
    )`,
    // The public reporting process finds a signal by the hash of its follow-up code and learns only its
    // coarse status (that of the signal it was merged into, if any). It cannot select from signals.
    sql`create function signal_public_lookup(p_code_hash text)
      returns table (signal_id uuid, number text, coarse_status text, received_at timestamptz, additions integer)
      language sql stable security definer set search_path = public as $$
        select s.id, s.number,
          case
            when coalesce(m.status, s.status) = 'reported' then 'received'
            when coalesce(m.status, s.status) in ('closed', 'cancelled') then 'done'
            else 'in_progress'
          end,
          s.received_at,
          (select count(*)::integer from signal_additions a where a.signal_id = s.id)
        from signals s left join signals m on m.id = s.merged_into
        where s.follow_code_hash = p_code_hash
      $$`,
  ];
  for (const statement of statements) {
    await statement.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function if exists signal_public_lookup(text)`.execute(db);
  for (const table of [
    'job_runs',
    'signal_settings',
    'signal_destructions',
    'signal_followups',
    'signal_photos',
    'signal_additions',
    'signal_notes',
    'signal_status_history',
    'signals',
    'signal_categories',
  ]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`drop function if exists signal_history_no_update()`.execute(db);
  await sql`drop sequence if exists signal_number_seq`.execute(db);
}
