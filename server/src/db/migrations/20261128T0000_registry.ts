import { sql, type Kysely } from 'kysely';

/**
 * Registry: subjects (persons, organisations, addresses, vehicles, bank accounts), typed relations
 * between them, links from other modules' records, merges with undo, duplicate candidates, bulk
 * imports, SBI codes with the risk-sector flag, and wijk/buurt boundaries.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table subjects (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('person', 'organisation', 'address', 'vehicle', 'bank_account')),
      ref text not null unique,
      label text not null,
      detail text not null default '',
      risk_sector boolean not null default false,
      search_text text not null default '',
      confidentiality text not null,
      status text not null default 'active' check (status in ('active', 'merged')),
      merged_into uuid references subjects(id),
      source text not null,
      source_date date,
      recorded_by uuid references users(id),
      recorded_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`,
    // Name search goes through a term index (ADR 0009): every word of an active subject's search text,
    // with the label, so one term's first page is an index range scan; and the vocabulary of all terms,
    // where a trigram index finds the spellings near a typed word ("jansen" → "janssen"). Numbers are
    // matched exactly and stay out of the vocabulary.
    sql`create table subject_search_terms (
      term text not null,
      label text not null,
      subject_id uuid not null references subjects(id),
      primary key (term, label, subject_id)
    )`,
    sql`create index subject_search_terms_subject_idx on subject_search_terms (subject_id)`,
    sql`create table search_vocabulary (term text primary key)`,
    sql`create index search_vocabulary_trgm_idx on search_vocabulary using gin (term gin_trgm_ops)`,
    // Statement-level triggers with transition tables: one set-based statement per INSERT or UPDATE, so a
    // bulk import of 500 rows indexes them in one go. Vocabulary terms are inserted in sorted order, so
    // concurrent transactions adding the same new terms wait for each other instead of deadlocking.
    sql`create function subjects_terms_inserted() returns trigger language plpgsql as $$
        begin
          insert into subject_search_terms (term, label, subject_id)
            select distinct w, c.label, c.id from inserted_rows c, regexp_split_to_table(c.search_text, '\\s+') as w
            where c.status = 'active' and w <> '' and (length(w) >= 2 or w ~ '^[0-9]+$')
            on conflict do nothing;
          insert into search_vocabulary (term)
            select distinct w from inserted_rows c, regexp_split_to_table(c.search_text, '\\s+') as w
            where c.status = 'active' and length(w) >= 2 and w !~ '^[0-9]+$'
            order by w
            on conflict do nothing;
          return null;
        end $$`,
    sql`create function subjects_terms_updated() returns trigger language plpgsql as $$
        begin
          delete from subject_search_terms t using updated_rows c join previous_rows o on o.id = c.id
            where t.subject_id = c.id
              and (c.search_text, c.label, c.status) is distinct from (o.search_text, o.label, o.status);
          insert into subject_search_terms (term, label, subject_id)
            select distinct w, c.label, c.id from updated_rows c join previous_rows o on o.id = c.id, regexp_split_to_table(c.search_text, '\\s+') as w
            where c.status = 'active' and w <> '' and (length(w) >= 2 or w ~ '^[0-9]+$')
              and (c.search_text, c.label, c.status) is distinct from (o.search_text, o.label, o.status)
            on conflict do nothing;
          insert into search_vocabulary (term)
            select distinct w from updated_rows c join previous_rows o on o.id = c.id, regexp_split_to_table(c.search_text, '\\s+') as w
            where c.status = 'active' and length(w) >= 2 and w !~ '^[0-9]+$'
              and (c.search_text, c.label, c.status) is distinct from (o.search_text, o.label, o.status)
            order by w
            on conflict do nothing;
          return null;
        end $$`,
    sql`create trigger subjects_terms_inserted after insert on subjects
      referencing new table as inserted_rows for each statement execute function subjects_terms_inserted()`,
    sql`create trigger subjects_terms_updated after update on subjects
      referencing old table as previous_rows new table as updated_rows for each statement execute function subjects_terms_updated()`,
    sql`create table subject_persons (
      subject_id uuid primary key references subjects(id),
      given_names text not null default '',
      surname_prefix text not null default '',
      surname text not null,
      date_of_birth date,
      bsn_enc text,
      bsn_hash text,
      bsn_masked text,
      aliases text[] not null default '{}',
      name_key text not null default ''
    )`,
    sql`create index subject_persons_bsn_idx on subject_persons (bsn_hash) where bsn_hash is not null`,
    sql`create index subject_persons_dob_idx on subject_persons (date_of_birth, name_key)`,
    sql`create table subject_organisations (
      subject_id uuid primary key references subjects(id),
      kvk_number text not null,
      establishment_number text,
      name text not null,
      trade_names text[] not null default '{}',
      legal_form text not null default '',
      sbi_code text,
      registered_on date,
      ended_on date
    )`,
    sql`create unique index subject_organisations_kvk_key on subject_organisations (kvk_number, coalesce(establishment_number, ''))`,
    sql`create index subject_organisations_establishment_idx on subject_organisations (establishment_number) where establishment_number is not null`,
    sql`create table subject_addresses (
      subject_id uuid primary key references subjects(id),
      postcode text not null,
      house_number integer not null,
      house_letter text not null default '',
      house_number_addition text not null default '',
      street text not null default '',
      place text not null default '',
      bag_id text unique,
      premises_type text not null check (premises_type in ('woning', 'lokaal', 'bedrijfspand', 'erf')),
      lat double precision,
      lon double precision,
      wijk_code text references areas(code),
      buurt_code text references areas(code),
      area_source text not null default 'none' check (area_source in ('none', 'user', 'boundaries'))
    )`,
    sql`create unique index subject_addresses_key on subject_addresses (postcode, house_number, house_letter, house_number_addition)`,
    sql`create index subject_addresses_wijk_idx on subject_addresses (wijk_code)`,
    sql`create table subject_vehicles (
      subject_id uuid primary key references subjects(id),
      plate text not null unique,
      plate_display text not null,
      description text not null default ''
    )`,
    sql`create table subject_bank_accounts (
      subject_id uuid primary key references subjects(id),
      iban_hash text not null unique,
      iban_enc text not null,
      iban_masked text not null,
      country text not null,
      bank_code text,
      holder_name text not null default ''
    )`,
    sql`create table subject_relations (
      id uuid primary key default gen_random_uuid(),
      type text not null,
      from_subject_id uuid not null references subjects(id),
      to_subject_id uuid not null references subjects(id),
      valid_from date,
      valid_to date,
      source text not null,
      reliability text not null check (reliability in ('confirmed', 'tentative', 'unconfirmed')),
      confidentiality text not null,
      note text not null default '',
      recorded_by uuid references users(id),
      recorded_at timestamptz not null default now(),
      check (from_subject_id <> to_subject_id),
      check (valid_to is null or valid_from is null or valid_to >= valid_from)
    )`,
    sql`create index subject_relations_from_idx on subject_relations (from_subject_id)`,
    sql`create index subject_relations_to_idx on subject_relations (to_subject_id)`,
    // Other modules attach their records (signals, cases, trajectories) to subjects here.
    sql`create table subject_links (
      id uuid primary key default gen_random_uuid(),
      subject_id uuid not null references subjects(id),
      module text not null,
      record_type text not null,
      record_id text not null,
      case_number text,
      label text not null,
      role text not null default '',
      confidentiality text not null,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      unique (subject_id, record_type, record_id)
    )`,
    sql`create index subject_links_record_idx on subject_links (record_type, record_id)`,
    sql`create index subject_links_case_number_idx on subject_links (upper(case_number)) where case_number is not null`,
    sql`create table subject_merges (
      id uuid primary key default gen_random_uuid(),
      survivor_id uuid not null references subjects(id),
      merged_id uuid not null references subjects(id),
      moved_relation_ids uuid[] not null default '{}',
      moved_link_ids uuid[] not null default '{}',
      dropped_link_ids uuid[] not null default '{}',
      added_aliases text[] not null default '{}',
      added_team_user_ids uuid[] not null default '{}',
      reason text not null,
      merged_by uuid references users(id),
      merged_at timestamptz not null default now(),
      undone_by uuid references users(id),
      undone_at timestamptz
    )`,
    sql`create index subject_merges_survivor_idx on subject_merges (survivor_id)`,
    sql`create index subject_merges_merged_idx on subject_merges (merged_id)`,
    sql`create table duplicate_candidates (
      id uuid primary key default gen_random_uuid(),
      kind text not null,
      subject_a uuid not null references subjects(id),
      subject_b uuid not null references subjects(id),
      score real not null,
      reasons text[] not null,
      status text not null default 'open' check (status in ('open', 'dismissed', 'merged')),
      found_at timestamptz not null default now(),
      decided_by uuid references users(id),
      decided_at timestamptz,
      check (subject_a < subject_b),
      unique (subject_a, subject_b)
    )`,
    sql`create index duplicate_candidates_open_idx on duplicate_candidates (status, score desc)`,
    sql`create table registry_imports (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('organisations', 'addresses', 'bag')),
      filename text not null,
      mode text not null check (mode in ('all_or_nothing', 'valid_rows')),
      status text not null check (status in ('queued', 'validating', 'importing', 'done', 'refused', 'failed')),
      content bytea,
      confidentiality text not null,
      rows_total integer not null default 0,
      rows_valid integer not null default 0,
      rows_invalid integer not null default 0,
      rows_created integer not null default 0,
      rows_updated integer not null default 0,
      rows_unchanged integer not null default 0,
      problems jsonb not null default '[]',
      row_errors jsonb not null default '[]',
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      heartbeat_at timestamptz,
      finished_at timestamptz
    )`,
    sql`create index registry_imports_created_idx on registry_imports (created_by, created_at desc)`,
    sql`create table sbi_codes (
      code text primary key,
      description text not null,
      risk_sector boolean not null default false,
      updated_at timestamptz not null default now()
    )`,
    sql`create table area_boundaries (
      code text primary key references areas(code),
      geometry jsonb not null,
      min_lon double precision not null,
      min_lat double precision not null,
      max_lon double precision not null,
      max_lat double precision not null,
      source text not null,
      imported_at timestamptz not null default now()
    )`,
  ];
  for (const statement of statements) {
    await statement.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'area_boundaries',
    'sbi_codes',
    'registry_imports',
    'duplicate_candidates',
    'subject_merges',
    'subject_links',
    'subject_relations',
    'subject_bank_accounts',
    'subject_vehicles',
    'subject_addresses',
    'subject_organisations',
    'subject_persons',
    'search_vocabulary',
    'subject_search_terms',
    'subjects',
  ]) {
    await sql`drop table if exists ${sql.table(table)} cascade`.execute(db);
  }
  for (const fn of ['subjects_terms_inserted()', 'subjects_terms_updated()']) {
    await sql`drop function if exists ${sql.raw(fn)} cascade`.execute(db);
  }
}
