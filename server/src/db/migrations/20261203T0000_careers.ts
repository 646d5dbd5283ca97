import { sql, type Kysely } from 'kysely';

/**
 * Person-centred approach (persoonsgerichte aanpak, ADR 0014): reference data kept as data (intake criteria,
 * life domains with the organisation kinds that may see them, legal bases, settings), trajectories with their
 * phases, intake, family decisions, assessments, reviews, plan goals and actions, daytime activities,
 * follow-up moments after exit, case conferences and group-level prevention activities.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table career_criteria (
      code text primary key check (code ~ '^[a-z][a-z0-9_]{1,39}$'),
      text_nl text not null,
      text_en text not null,
      active boolean not null default true,
      sort_order integer not null default 0,
      updated_by uuid references users(id),
      updated_at timestamptz not null default now()
    )`,
    sql`create table career_domains (
      code text primary key check (code ~ '^[a-z][a-z0-9_]{1,39}$'),
      name_nl text not null,
      name_en text not null,
      restricted_to jsonb not null default '[]',
      sort_order integer not null default 0,
      updated_by uuid references users(id),
      updated_at timestamptz not null default now()
    )`,
    sql`create table career_legal_bases (
      code text primary key check (code ~ '^[a-z][a-z0-9_]{1,39}$'),
      name_nl text not null,
      name_en text not null,
      description text not null default '',
      active boolean not null default true,
      sort_order integer not null default 0
    )`,
    sql`create table career_settings (
      id boolean primary key default true check (id),
      review_interval_months integer not null default 3 check (review_interval_months between 1 and 12),
      follow_up_months jsonb not null default '[3, 6, 12]',
      retention_years integer not null default 5 check (retention_years between 1 and 20),
      not_accepted_retention_months integer not null default 12 check (not_accepted_retention_months between 1 and 60),
      updated_by uuid references users(id),
      updated_at timestamptz not null default now()
    )`,
    sql`insert into career_settings (id) values (true)`,
    sql`create sequence trajectory_number_seq`,
    sql`create table trajectories (
      id uuid primary key default gen_random_uuid(),
      number text not null unique,
      given_names text not null,
      surname_prefix text not null default '',
      surname text not null,
      date_of_birth date not null,
      wijk_code text,
      subject_id uuid references subjects(id),
      referrer_org_id uuid not null references organisations(id),
      referrer_user_id uuid not null references users(id),
      referral_reason text not null,
      referred_on date not null,
      legal_basis_code text not null references career_legal_bases(code),
      target_group text check (target_group in ('jonge_aanwas', 'doorgroeier')),
      family_context boolean not null default false,
      informed boolean,
      informed_exception text,
      criteria_check jsonb not null default '[]',
      intake_decision text check (intake_decision in ('accept', 'refer_elsewhere', 'decline')),
      intake_decision_note text not null default '',
      referred_to text,
      intake_decided_by uuid references users(id),
      intake_decided_at timestamptz,
      phase text not null default 'aanmelding'
        check (phase in ('aanmelding', 'intake', 'plan', 'uitvoering', 'nazorg', 'uitstroom')),
      phase_changed_at timestamptz not null default now(),
      regisseur_user_id uuid references users(id),
      review_interval_months integer not null default 3 check (review_interval_months between 1 and 12),
      next_review_due date,
      exit_reason text,
      exit_note text not null default '',
      exited_on date,
      confidentiality text not null default 'zaakvertrouwelijk',
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1
    )`,
    sql`create index trajectories_regisseur_idx on trajectories (regisseur_user_id, phase)`,
    sql`create index trajectories_phase_idx on trajectories (phase, target_group)`,
    sql`create index trajectories_wijk_idx on trajectories (wijk_code, phase)`,
    sql`create index trajectories_review_idx on trajectories (next_review_due) where phase in ('intake', 'plan', 'uitvoering', 'nazorg')`,
    sql`create index trajectories_unassigned_idx on trajectories (referred_on) where regisseur_user_id is null`,
    // Exits by reason in a period (overview).
    sql`create index trajectories_exit_idx on trajectories (exited_on) include (exit_reason) where phase in ('nazorg', 'uitstroom')`,
    sql`create table trajectory_phase_history (
      id bigint generated always as identity primary key,
      trajectory_id uuid not null references trajectories(id) on delete cascade,
      from_phase text,
      to_phase text not null,
      reason text,
      note text not null default '',
      changed_by uuid references users(id),
      changed_at timestamptz not null default now()
    )`,
    sql`create index trajectory_phase_history_idx on trajectory_phase_history (trajectory_id, id)`,
    sql`create table trajectory_family_decisions (
      id uuid primary key default gen_random_uuid(),
      trajectory_id uuid not null references trajectories(id) on delete cascade,
      subject_id uuid references subjects(id),
      name text not null,
      relation text not null,
      motivation text not null,
      decided_by uuid not null references users(id),
      decided_at timestamptz not null default now()
    )`,
    sql`create table career_assessments (
      id uuid primary key default gen_random_uuid(),
      trajectory_id uuid not null references trajectories(id) on delete cascade,
      assessed_on date not null,
      note text not null default '',
      assessed_by uuid not null references users(id),
      created_at timestamptz not null default now()
    )`,
    sql`create index career_assessments_idx on career_assessments (trajectory_id, assessed_on)`,
    sql`create table career_assessment_scores (
      assessment_id uuid not null references career_assessments(id) on delete cascade,
      domain_code text not null references career_domains(code),
      score smallint not null check (score between 1 and 5),
      risk_factors text not null default '',
      protective_factors text not null default '',
      primary key (assessment_id, domain_code)
    )`,
    sql`create table career_reviews (
      id uuid primary key default gen_random_uuid(),
      trajectory_id uuid not null references trajectories(id) on delete cascade,
      reviewed_on date not null,
      kind text not null check (kind in ('proportionality', 'progress')),
      criteria_still_hold boolean,
      decision text not null check (decision in ('continue', 'to_aftercare', 'exit')),
      motivation smallint not null check (motivation between 1 and 5),
      resilience smallint not null check (resilience between 1 and 5),
      note text not null default '',
      reviewed_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      check (kind <> 'proportionality' or criteria_still_hold is not null)
    )`,
    sql`create index career_reviews_idx on career_reviews (trajectory_id, reviewed_on)`,
    sql`create table plan_goals (
      id uuid primary key default gen_random_uuid(),
      trajectory_id uuid not null references trajectories(id) on delete cascade,
      domain_code text not null references career_domains(code),
      description text not null,
      target_date date,
      status text not null default 'open' check (status in ('open', 'reached', 'not_reached', 'dropped')),
      status_changed_on date,
      created_by uuid not null references users(id),
      created_at timestamptz not null default now()
    )`,
    sql`create index plan_goals_trajectory_idx on plan_goals (trajectory_id, status)`,
    // The overview's "goals reached of decided goals" in a period reads only the decided goals of that period.
    sql`create index plan_goals_decided_idx on plan_goals (status_changed_on) include (status) where status in ('reached', 'not_reached')`,
    sql`create table case_conferences (
      id uuid primary key default gen_random_uuid(),
      number text not null unique,
      title text not null,
      held_on date not null,
      starts_at text,
      location text not null default '',
      status text not null default 'planned' check (status in ('planned', 'held')),
      chair_user_id uuid not null references users(id),
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      held_at timestamptz
    )`,
    sql`create sequence case_conference_number_seq`,
    sql`create table case_conference_items (
      id uuid primary key default gen_random_uuid(),
      conference_id uuid not null references case_conferences(id) on delete cascade,
      trajectory_id uuid not null references trajectories(id) on delete cascade,
      position integer not null,
      question text not null default '',
      discussion text not null default '',
      unique (conference_id, trajectory_id)
    )`,
    sql`create index case_conference_items_trajectory_idx on case_conference_items (trajectory_id)`,
    sql`create table case_conference_decisions (
      id uuid primary key default gen_random_uuid(),
      item_id uuid not null references case_conference_items(id) on delete cascade,
      text text not null,
      created_by uuid not null references users(id),
      created_at timestamptz not null default now()
    )`,
    sql`create table case_conference_attendees (
      id uuid primary key default gen_random_uuid(),
      conference_id uuid not null references case_conferences(id) on delete cascade,
      user_id uuid references users(id),
      name text not null,
      organisation text not null default '',
      present boolean,
      unique (conference_id, user_id)
    )`,
    sql`create table plan_actions (
      id uuid primary key default gen_random_uuid(),
      trajectory_id uuid not null references trajectories(id) on delete cascade,
      goal_id uuid references plan_goals(id) on delete cascade,
      conference_item_id uuid references case_conference_items(id) on delete set null,
      description text not null,
      responsible_user_id uuid not null references users(id),
      due_date date not null,
      status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
      task_id uuid references tasks(id) on delete set null,
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      completed_at timestamptz
    )`,
    sql`create index plan_actions_trajectory_idx on plan_actions (trajectory_id, status)`,
    sql`create index plan_actions_goal_idx on plan_actions (goal_id) where goal_id is not null`,
    sql`create index plan_actions_item_idx on plan_actions (conference_item_id) where conference_item_id is not null`,
    sql`create table daytime_activities (
      id uuid primary key default gen_random_uuid(),
      trajectory_id uuid not null references trajectories(id) on delete cascade,
      kind text not null check (kind in ('school', 'training', 'sports_club', 'job', 'internship', 'volunteering')),
      with_status boolean not null default false,
      place text not null,
      started_on date not null,
      ended_on date,
      note text not null default '',
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      check (ended_on is null or ended_on >= started_on)
    )`,
    sql`create index daytime_activities_trajectory_idx on daytime_activities (trajectory_id) where ended_on is null`,
    sql`create table career_follow_ups (
      id uuid primary key default gen_random_uuid(),
      trajectory_id uuid not null references trajectories(id) on delete cascade,
      months integer not null,
      due_date date not null,
      status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
      task_id uuid references tasks(id) on delete set null,
      note text not null default '',
      done_on date,
      created_at timestamptz not null default now()
    )`,
    sql`create index career_follow_ups_idx on career_follow_ups (trajectory_id, status)`,
    sql`create table prevention_activities (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      programme text not null,
      setting text not null check (setting in ('school', 'youth_work', 'neighbourhood')),
      organisation_id uuid not null references organisations(id),
      institution text not null default '',
      wijk_code text,
      starts_on date not null,
      ends_on date not null,
      reach integer not null check (reach >= 0),
      description text not null default '',
      created_by uuid not null references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_on >= starts_on)
    )`,
    sql`create index prevention_activities_idx on prevention_activities (starts_on, id)`,
    // Retention: what is left of a destroyed trajectory is that it existed, its dates and the rule; never content.
    sql`create table trajectory_destructions (
      id bigint generated always as identity primary key,
      number text not null,
      intake_decision text,
      exit_reason text,
      referred_on date not null,
      exited_on date,
      destroyed_at timestamptz not null default now(),
      rule text not null
    )`,
    sql`create index trajectories_retention_idx on trajectories (phase_changed_at) where phase = 'uitstroom'`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'trajectory_destructions',
    'prevention_activities',
    'career_follow_ups',
    'daytime_activities',
    'plan_actions',
    'case_conference_attendees',
    'case_conference_decisions',
    'case_conference_items',
    'case_conferences',
    'plan_goals',
    'career_reviews',
    'career_assessment_scores',
    'career_assessments',
    'trajectory_family_decisions',
    'trajectory_phase_history',
    'trajectories',
    'career_settings',
    'career_legal_bases',
    'career_domains',
    'career_criteria',
  ]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`drop sequence if exists trajectory_number_seq`.execute(db);
  await sql`drop sequence if exists case_conference_number_seq`.execute(db);
}
