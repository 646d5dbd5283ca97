import { sql, type Kysely } from 'kysely';

/** Platform foundation: identity, sessions, audit trail, processing log, tasks, files, areas. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    // Trigram and accent-insensitive search (registry). Both are trusted extensions (PostgreSQL 13+).
    sql`create extension if not exists pg_trgm`,
    sql`create extension if not exists unaccent`,
    sql`create table organisations (
      id uuid primary key default gen_random_uuid(),
      code text not null unique,
      name text not null,
      kind text not null,
      created_at timestamptz not null default now()
    )`,
    sql`create table users (
      id uuid primary key default gen_random_uuid(),
      username text not null,
      display_name text not null,
      email text not null,
      role text not null,
      organisation_id uuid not null references organisations(id),
      max_confidentiality text not null,
      password_hash text not null,
      must_change_password boolean not null default true,
      totp_secret_enc text,
      totp_enrolled_at timestamptz,
      totp_last_step bigint,
      active boolean not null default true,
      failed_attempts integer not null default 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`,
    sql`create unique index users_username_key on users (lower(username))`,
    sql`create table recovery_codes (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      code_hash text not null,
      used_at timestamptz
    )`,
    sql`create index recovery_codes_user_idx on recovery_codes (user_id)`,
    sql`create table sessions (
      id text primary key,
      user_id uuid not null references users(id) on delete cascade,
      stage text not null,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null,
      expires_at timestamptz not null,
      revoked_at timestamptz
    )`,
    sql`create index sessions_user_idx on sessions (user_id)`,
    sql`create table login_throttle (
      key text primary key,
      window_start timestamptz not null,
      failures integer not null,
      blocked_until timestamptz
    )`,
    // Audit trail: rows are inserted by the request that causes them (no lock); a sealer then
    // chains them in commit order into audit_seals. Both tables are append-only.
    sql`create table audit_events (
      id bigint generated always as identity primary key,
      txid xid8 not null default pg_current_xact_id(),
      at timestamptz not null,
      actor_user_id uuid,
      actor_username text,
      actor_role text,
      action text not null,
      object_type text not null,
      object_id text,
      outcome text not null,
      request_id text,
      reason text
    )`,
    sql`create index audit_events_seal_order_idx on audit_events (txid, id)`,
    sql`create index audit_events_actor_idx on audit_events (actor_user_id, id)`,
    sql`create index audit_events_object_idx on audit_events (object_type, object_id, id)`,
    // Rows arrive in time order: a BRIN index serves date ranges at a fraction of a B-tree's write cost.
    sql`create index audit_events_at_idx on audit_events using brin (at)`,
    sql`create table audit_seals (
      seq bigint primary key,
      event_id bigint not null unique,
      event_txid xid8 not null,
      prev_hash text not null,
      hash text not null
    )`,
    // Append-only: the application may never change or remove audit rows. On PostgreSQL the
    // application role additionally lacks UPDATE/DELETE privileges (see README).
    sql`create function audit_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit trail is append-only (% on %)', tg_op, tg_table_name;
      end
    $$`,
    sql`create trigger audit_events_append_only before update or delete on audit_events
      for each row execute function audit_append_only()`,
    sql`create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function audit_append_only()`,
    sql`create trigger audit_seals_append_only before update or delete on audit_seals
      for each row execute function audit_append_only()`,
    sql`create trigger audit_seals_no_truncate before truncate on audit_seals
      for each statement execute function audit_append_only()`,
    sql`create table processing_activities (
      code text primary key,
      name text not null,
      purpose text not null,
      legal_basis text not null,
      retention text not null,
      controller text not null,
      created_at timestamptz not null default now()
    )`,
    sql`create table processing_log (
      id bigint generated always as identity primary key,
      trace_id text not null,
      operation_id text not null,
      parent_operation_id text,
      foreign_trace_id text,
      foreign_operation_id text,
      name text not null,
      activity_code text not null references processing_activities(code),
      data_subject_ref text not null,
      data_subject_type text not null,
      status text not null,
      started_at timestamptz not null,
      ended_at timestamptz not null
    )`,
    sql`create index processing_log_subject_idx on processing_log (data_subject_ref, id)`,
    sql`create index processing_log_activity_idx on processing_log (activity_code, id)`,
    sql`create trigger processing_log_append_only before update or delete on processing_log
      for each row execute function audit_append_only()`,
    sql`create trigger processing_log_no_truncate before truncate on processing_log
      for each statement execute function audit_append_only()`,
    sql`create table areas (
      code text primary key,
      kind text not null check (kind in ('gemeente', 'wijk', 'buurt')),
      name text not null,
      parent_code text references areas(code),
      centroid_lat double precision,
      centroid_lon double precision
    )`,
    sql`create table tasks (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      description text not null default '',
      module text not null,
      record_type text,
      record_id text,
      record_label text,
      assignee_user_id uuid not null references users(id),
      due_date date,
      status text not null default 'open' check (status in ('open', 'done')),
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      completed_at timestamptz,
      completed_by uuid references users(id)
    )`,
    sql`create index tasks_assignee_open_idx on tasks (assignee_user_id, due_date) where status = 'open'`,
    sql`create index tasks_record_idx on tasks (record_type, record_id)`,
    sql`create table record_team (
      record_type text not null,
      record_id text not null,
      user_id uuid not null references users(id),
      team_role text not null,
      added_at timestamptz not null default now(),
      primary key (record_type, record_id, user_id)
    )`,
    sql`create index record_team_user_idx on record_team (user_id, record_type)`,
    sql`create table stored_files (
      id uuid primary key default gen_random_uuid(),
      record_type text not null,
      record_id text not null,
      filename text not null,
      content_type text not null,
      size_bytes bigint not null,
      sha256 text not null,
      storage_key text not null unique,
      uploaded_by uuid not null references users(id),
      created_at timestamptz not null default now()
    )`,
    sql`create index stored_files_record_idx on stored_files (record_type, record_id)`,
  ];
  for (const statement of statements) {
    await statement.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'stored_files',
    'record_team',
    'tasks',
    'areas',
    'processing_log',
    'processing_activities',
    'audit_seals',
    'audit_events',
    'login_throttle',
    'sessions',
    'recovery_codes',
    'users',
    'organisations',
  ]) {
    await sql`drop table if exists ${sql.table(table)} cascade`.execute(db);
  }
  await sql`drop function if exists audit_append_only() cascade`.execute(db);
}
