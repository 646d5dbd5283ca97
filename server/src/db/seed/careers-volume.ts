import { sql } from 'kysely';
import type { Db } from '../../kernel/db.js';

/**
 * Deterministic synthetic data for the benchmark of the person-centred approach (issue 6), written set-based
 * (fictitious names "Synthetisch Persoon n", no registry links). Spread as after some years of use in a large city:
 * - `regisseurs` (default 420) synthetic regisseurs (pga_director, gemeente) plus the demo `pga`; 400 synthetic
 *   partner professionals over school, jongerenwerk, zorg, politie, wijkteam and reclassering;
 * - `total` (default 20,000) trajectories: 2 % waiting in aanmelding without a regisseur (the intake queue), 3 %
 *   intake, 9 % plan, 40 % uitvoering, 16 % nazorg, 30 % uitstroom; the active ones (intake–nazorg) spread evenly
 *   over the regisseurs, so each has about 33 active trajectories (and about 14 exited ones); the demo `pga` has
 *   exactly 35 active and no exited ones; one review in twenty overdue; ten wijken (3 % without);
 * - teams: the regisseur, the referring partner (aanmelder) and one or two more partners; the demo partner `school`
 *   is on 1 % of the teams (as mentor);
 * - `planItems` (default 1,000,000) plan items from plan onwards: a quarter goals (open, reached, not reached,
 *   dropped; decisions over the last three years), three quarters actions (open, done, cancelled), without tasks;
 * - about four reviews per trajectory from plan onwards, one or two daytime activities (about half current), and
 *   three follow-up moments per trajectory in nazorg or uitstroom.
 */
export const DEFAULT_TRAJECTORIES = 20_000;
export const DEFAULT_PLAN_ITEMS = 1_000_000;
export const DEFAULT_REGISSEURS = 420;

const ITEM_BATCH = 250_000;

export interface CareersVolumeReport {
  trajectories: number;
  planItems: number;
  regisseurs: number;
  ms: number;
}

export async function seedCareersVolume(
  db: Db,
  options: { total?: number; planItems?: number; regisseurs?: number } = {},
  log: (line: string) => void = () => undefined,
): Promise<CareersVolumeReport> {
  const started = performance.now();
  const total = options.total ?? DEFAULT_TRAJECTORIES;
  const planItems = options.planItems ?? DEFAULT_PLAN_ITEMS;
  const regisseurCount = options.regisseurs ?? DEFAULT_REGISSEURS;
  const demo = await db.selectFrom('users').select(['id', 'username', 'password_hash']).where('username', 'in', ['pga', 'school']).execute();
  const pga = demo.find((u) => u.username === 'pga');
  const school = demo.find((u) => u.username === 'school');
  if (!pga || !school) throw new Error('The demo accounts pga and school are needed: run seedDemo first.');
  const basis = await db.selectFrom('career_legal_bases').select('code').where('active', '=', true).orderBy('sort_order').executeTakeFirst();
  if (!basis) throw new Error('No career legal bases: run seedReferenceData first.');

  // Staff: regisseurs and partners (they never sign in; the hash is the demo one, the accounts are inactive).
  await sql`
    insert into users (username, display_name, email, role, organisation_id, max_confidentiality, password_hash,
      must_change_password, active, updated_at)
    select 'bench-regisseur-' || lpad(i::text, 4, '0'), 'Regisseur ' || lpad(i::text, 4, '0'),
      'bench-regisseur-' || i || '@bench.invalid', 'pga_director',
      (select id from organisations where code = 'gemeente-utrecht'), 'vertrouwelijk', ${pga.password_hash}, false, false, now()
    from generate_series(1, ${regisseurCount}::integer) i
    union all
    select 'bench-partner-' || lpad(i::text, 4, '0'), 'Partner ' || lpad(i::text, 4, '0'),
      'bench-partner-' || i || '@bench.invalid', 'partner',
      (select id from organisations where code = (array['school-utrecht', 'jongerenwerk-utrecht', 'zorg-utrecht',
        'politie-midden-nederland', 'buurtteams-utrecht', 'reclassering'])[1 + i % 6]),
      'zaakvertrouwelijk', ${pga.password_hash}, false, false, now()
    from generate_series(1, 400) i`.execute(db);
  log(`staff: ${regisseurCount} regisseurs, 400 partners`);

  // Trajectories with their teams, in one statement.
  await db.transaction().execute(async (trx) => {
    await sql`
      with regisseurs as (
        select id, row_number() over (order by username) - 1 as k from users where username like 'bench-regisseur-%'
      ),
      partners as (
        select u.id, u.organisation_id, o.kind, row_number() over (order by u.username) - 1 as k
        from users u join organisations o on o.id = u.organisation_id where u.username like 'bench-partner-%'
      ),
      g0 as (
        select i, abs(hashtext('trajectory ' || i)) as h,
          case when i <= 35 then (array['plan', 'uitvoering', 'uitvoering', 'uitvoering', 'nazorg'])[1 + i % 5]
               when i % 100 < 2 then 'aanmelding' when i % 100 < 5 then 'intake' when i % 100 < 14 then 'plan'
               when i % 100 < 54 then 'uitvoering' when i % 100 < 70 then 'nazorg' else 'uitstroom' end as phase
        from generate_series(1, ${total}::integer) i
      ),
      g as (
        select g0.*,
          current_date - 30 - (h % 1400) as referred_on,
          case when phase = 'aanmelding' then null when i <= 35 then ${pga.id}::uuid end as fixed_regisseur,
          1 + (h / 7) % ${regisseurCount}::integer as r,
          (h / 11) % 400 as p,
          (h / 13) % 400 as p2
        from g0
      ),
      inserted as (
        insert into trajectories (number, given_names, surname, date_of_birth, wijk_code, referrer_org_id,
          referrer_user_id, referral_reason, referred_on, legal_basis_code, target_group, family_context, informed,
          criteria_check, intake_decision, intake_decided_by, intake_decided_at, phase, phase_changed_at,
          regisseur_user_id, review_interval_months, next_review_due, exit_reason, exited_on, created_by, created_at,
          updated_at)
        select 'BENCH-' || lpad(g.i::text, 6, '0'), 'Synthetisch', 'Persoon ' || g.i,
          date '2005-01-01' + (g.h % 3650),
          case when g.h % 33 = 0 then null else 'WK0344' || lpad((1 + (g.h / 3) % 10)::text, 2, '0') end,
          p.organisation_id, p.id, 'Synthetische aanmelding voor de benchmark.', g.referred_on, ${basis.code},
          case when g.phase = 'aanmelding' then null when g.h % 3 = 0 then 'doorgroeier' else 'jonge_aanwas' end,
          g.h % 10 = 0, case when g.phase = 'aanmelding' then null else true end, '[]'::jsonb,
          case when g.phase = 'aanmelding' then null else 'accept' end,
          case when g.phase = 'aanmelding' then null else coalesce(g.fixed_regisseur, r.id) end,
          case when g.phase = 'aanmelding' then null else (g.referred_on + 14)::timestamp end,
          g.phase, (current_date - (g.h / 5) % 90)::timestamp,
          case when g.phase = 'aanmelding' then null else coalesce(g.fixed_regisseur, r.id) end,
          3,
          case when g.phase in ('intake', 'plan', 'uitvoering', 'nazorg') then
            case when (g.h / 17) % 20 = 0 then current_date - 1 - (g.h / 19) % 30 else current_date + (g.h / 19) % 90 end end,
          case when g.phase in ('nazorg', 'uitstroom') then
            (array['goals_reached', 'goals_reached', 'goals_reached', 'criteria_no_longer_met', 'moved_away', 'detained',
                   'transferred', 'age_limit', 'refused_cooperation', 'other'])[1 + (g.h / 23) % 10] end,
          case when g.phase in ('nazorg', 'uitstroom') then current_date - (g.h / 29) % 1000 end,
          p.id, g.referred_on::timestamp, now()
        from g
        join regisseurs r on r.k = g.r - 1
        join partners p on p.k = g.p
        returning id, phase, regisseur_user_id, referrer_user_id, created_at, number
      ),
      numbered as (
        select inserted.*, substr(number, 7)::integer as i from inserted
      )
      insert into record_team (record_type, record_id, user_id, team_role, added_at)
      select 'trajectory', id::text, regisseur_user_id, 'regisseur', created_at from numbered where regisseur_user_id is not null
      union all
      select 'trajectory', id::text, referrer_user_id, 'aanmelder', created_at from numbered
      union all
      select 'trajectory', n.id::text, p.id, 'trajectbegeleider', n.created_at
      from numbered n join partners p on p.k = (abs(hashtext('team ' || n.i)) % 400)
      where n.phase <> 'aanmelding'
      union all
      select 'trajectory', n.id::text, p.id, 'jongerenwerker', n.created_at
      from numbered n join partners p on p.k = (abs(hashtext('team2 ' || n.i)) % 400)
      where n.phase not in ('aanmelding', 'intake') and n.i % 2 = 0
      union all
      select 'trajectory', id::text, ${school.id}::uuid, 'mentor', created_at from numbered where i % 100 = 7
      on conflict do nothing`.execute(trx);
  });
  log(`trajectories: ${total.toLocaleString('en')}`);

  // Plan items: i-th item → the (i mod n)-th trajectory from plan onwards; every fourth a goal.
  const { rows } = await sql<{ n: number }>`select count(*)::integer as n from trajectories
    where number like 'BENCH-%' and phase not in ('aanmelding', 'intake')`.execute(db);
  const eligible = rows[0]!.n;
  await sql`drop table if exists bench_plan_trajectories`.execute(db);
  await sql`create unlogged table bench_plan_trajectories as
    select row_number() over (order by id) - 1 as k, id, regisseur_user_id, referred_on from trajectories
    where number like 'BENCH-%' and phase not in ('aanmelding', 'intake')`.execute(db);
  await sql`create index on bench_plan_trajectories (k)`.execute(db);
  for (let from = 1; from <= planItems; from += ITEM_BATCH) {
    const to = Math.min(planItems, from + ITEM_BATCH - 1);
    await db.transaction().execute(async (trx) => {
      await sql`
        insert into plan_goals (trajectory_id, domain_code, description, target_date, status, status_changed_on, created_by, created_at)
        select t.id, d.code, 'Synthetisch doel ' || i, current_date + (i % 120) - 30,
          (array['open', 'open', 'open', 'open', 'reached', 'reached', 'reached', 'not_reached', 'not_reached', 'dropped'])[1 + (i / 4) % 10],
          case when (i / 4) % 10 >= 4 then current_date - (abs(hashtext('goal ' || i)) % 1095) end,
          t.regisseur_user_id, t.referred_on::timestamp + interval '20 days'
        from generate_series(${from}::integer, ${to}::integer) i
        join bench_plan_trajectories t on t.k = i % ${eligible}::integer
        join (select code, row_number() over (order by sort_order, code) - 1 as k, count(*) over () as c from career_domains) d
          on d.k = (i / 7) % d.c
        where i % 4 = 0`.execute(trx);
      await sql`
        insert into plan_actions (trajectory_id, description, responsible_user_id, due_date, status, created_by, created_at, completed_at)
        select t.id, 'Synthetische actie ' || i, t.regisseur_user_id, current_date + (i % 90) - 60,
          (array['open', 'done', 'done', 'done', 'cancelled', 'done', 'open', 'done'])[1 + (i / 4) % 8],
          t.regisseur_user_id, t.referred_on::timestamp + interval '20 days',
          case when (i / 4) % 8 in (1, 2, 3, 5, 7) then now() - interval '1 day' * (i % 300) end
        from generate_series(${from}::integer, ${to}::integer) i
        join bench_plan_trajectories t on t.k = i % ${eligible}::integer
        where i % 4 <> 0`.execute(trx);
    });
    log(`plan items ${to.toLocaleString('en')} / ${planItems.toLocaleString('en')}`);
  }
  await sql`drop table bench_plan_trajectories`.execute(db);

  // Reviews, daytime activities and follow-ups, in proportion.
  await sql`
    insert into career_reviews (trajectory_id, reviewed_on, kind, criteria_still_hold, decision, motivation, resilience, reviewed_by)
    select t.id, t.referred_on + 90 * n, case when n % 2 = 1 then 'proportionality' else 'progress' end,
      case when n % 2 = 1 then true end, 'continue', 1 + (n + length(t.number)) % 5, 1 + (n * 3) % 5, t.regisseur_user_id
    from trajectories t cross join generate_series(1, 4) n
    where t.number like 'BENCH-%' and t.phase not in ('aanmelding', 'intake') and t.referred_on + 90 * n < current_date`.execute(db);
  await sql`
    insert into daytime_activities (trajectory_id, kind, with_status, place, started_on, ended_on, created_by)
    select t.id, (array['school', 'training', 'sports_club', 'job', 'internship', 'volunteering'])[1 + (abs(hashtext(t.number)) + n) % 6],
      n = 2, 'Synthetische plek', t.referred_on + 30 * n,
      case when (abs(hashtext(t.number)) / 3 + n) % 2 = 0 then t.referred_on + 30 * n + 200 end, t.regisseur_user_id
    from trajectories t cross join generate_series(1, 2) n
    where t.number like 'BENCH-%' and t.phase in ('plan', 'uitvoering', 'nazorg', 'uitstroom') and (n = 1 or abs(hashtext(t.number)) % 2 = 0)`.execute(db);
  await sql`
    insert into career_follow_ups (trajectory_id, months, due_date, status, done_on)
    select t.id, m, (t.exited_on + make_interval(months => m))::date,
      case when (t.exited_on + make_interval(months => m))::date < current_date then 'done' else 'open' end,
      case when (t.exited_on + make_interval(months => m))::date < current_date then (t.exited_on + make_interval(months => m))::date end
    from trajectories t cross join unnest(array[3, 6, 12]) m
    where t.number like 'BENCH-%' and t.phase in ('nazorg', 'uitstroom') and t.exited_on is not null`.execute(db);
  log('reviews, daytime activities, follow-ups');

  for (const table of ['users', 'trajectories', 'record_team', 'plan_goals', 'plan_actions', 'career_reviews', 'daytime_activities', 'career_follow_ups']) {
    await sql`analyze ${sql.table(table)}`.execute(db);
  }
  return { trajectories: total, planItems, regisseurs: regisseurCount + 1, ms: Math.round(performance.now() - started) };
}
