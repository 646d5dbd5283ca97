import { sql } from 'kysely';
import type { Db } from '../../kernel/db.js';

/**
 * Deterministic synthetic measures for benchmarks, written set-based in batches (no personal data: synthetic
 * addresses, no addressees). Spread as after five years of use:
 * - over the legal bases in the table (seeded by `seedReferenceData`), weighted towards the common kinds
 *   (closures, warnings, penalties); measures in execution only under kinds that are carried out over a period;
 * - 81 % closed and 5 % withdrawn, spread over five years; 14 % open, started within the last year, over every
 *   step of the procedure, 2 % in execution (closures among them in force); one open step in twenty is past its
 *   deadline (or, in execution, its end date);
 * - over Utrecht's ten wijken (3 % without a wijk); 1 % `geheim`, the rest `vertrouwelijk`;
 * - one to three history rows each; an open deadline for each open measure whose step has one (opinion, grace,
 *   objection, execution end, follow-up inspection), a settled one for most closed measures. Due dates are moved
 *   off weekends here instead of through the legal engine (holidays are not taken into account): these rows only
 *   give the overviews realistic volume and spread;
 * - the demo toezichthouder created every measure and is on its team; the demo jurist is responsible for and on
 *   the team of 2 %.
 */
export const DEFAULT_MEASURES = 100_000;

const BATCH = 50_000;

/** Kinds of measure carried out over a period (workflow.ts `executionKinds`). */
const EXECUTION_KINDS = ['closure', 'permit_suspension', 'administrative_coercion', 'order_subject_to_penalty'];

export async function seedEnforcementVolume(
  db: Db,
  total = DEFAULT_MEASURES,
  log: (line: string) => void = () => undefined,
): Promise<{ measures: number; ms: number }> {
  const started = performance.now();
  const bases = await db.selectFrom('enforcement_legal_bases').select(['code', 'measure_kind']).where('active', '=', true).execute();
  if (bases.length === 0) throw new Error('No legal bases: run seedReferenceData first (enforcement_legal_bases is empty).');
  if (!bases.some((b) => EXECUTION_KINDS.includes(b.measure_kind))) throw new Error('No legal basis of a kind that has an execution step.');
  const users = await db.selectFrom('users').select(['id', 'username']).where('username', 'in', ['toezicht', 'jurist']).execute();
  const creator = users.find((u) => u.username === 'toezicht')?.id;
  const jurist = users.find((u) => u.username === 'jurist')?.id;
  if (!creator || !jurist) throw new Error('The demo accounts toezicht and jurist are needed: run seedDemo first.');

  const { rows } = await sql<{ n: number }>`select nextval('measure_number_seq')::integer as n`.execute(db);
  const offset = rows[0]!.n;
  for (let from = 1; from <= total; from += BATCH) {
    const to = Math.min(total, from + BATCH - 1);
    await db.transaction().execute(async (trx) => {
      await sql`
        with weighted as (
          -- The share of each kind of measure, divided over the legal bases of that kind.
          select code, measure_kind,
            greatest(1, round(1000 * (case measure_kind when 'closure' then 40 when 'warning' then 25 when 'order_subject_to_penalty' then 12
              when 'administrative_coercion' then 5 when 'administrative_fine' then 5 when 'permit_revocation' then 5
              when 'permit_suspension' then 4 else 2 end) / count(*) over (partition by measure_kind)))::bigint as w,
            measure_kind = any(${EXECUTION_KINDS}::text[]) as executes
          from enforcement_legal_bases where active
        ),
        all_bases as (
          select code, sum(w) over (order by code) - w as lo, sum(w) over (order by code) as hi, sum(w) over () as total from weighted
        ),
        exec_bases as (
          select code, sum(w) over (order by code) - w as lo, sum(w) over (order by code) as hi, sum(w) over () as total
          from weighted where executes
        ),
        g0 as (
          select i, abs(hashtext('measure ' || i)) as h,
            case when i % 100 < 81 then 'closed' when i % 100 < 86 then 'withdrawn'
                 else (array['intake','intake','investigation','investigation','intention','opinion_period','opinion_period',
                             'decision','announced','announced','execution','execution','follow_up','follow_up'])[1 + i % 100 - 86]
            end as status
          from generate_series(${from}::integer, ${to}::integer) as i
        ),
        g1 as (
          select g0.*,
            case status when 'opinion_period' then 14 when 'decision' then 14 when 'announced' then 42 when 'follow_up' then 28
              when 'execution' then 90 else 60 end as period_days,
            (array[3, 6, 6, 12])[1 + (h / 13) % 4] as months,
            -- One in twenty open steps is past its deadline (by 1 to 10 days); the others are within it.
            (h / 7) % 20 = 0 as late
          from g0
        ),
        g2 as (
          select g1.*,
            case when status in ('closed', 'withdrawn') then null
                 when status = 'execution' and late then current_date - months * 30 - 1 - (h / 140) % 10
                 when status = 'execution' then current_date - (h / 140) % 80
                 when late then current_date - period_days - 1 - (h / 140) % 10
                 else current_date - (h / 140) % period_days end as step_on
          from g1
        ),
        g3 as (
          select g2.*,
            case when status in ('closed', 'withdrawn') then current_date - 200 - (h % 1625)
                 else step_on - 7 - (h / 3) % 300 end as created_on
          from g2
        ),
        g as (
          select g3.*,
            coalesce(
              (select code from exec_bases e where g3.status = 'execution' and (g3.h / 3) % e.total >= e.lo and (g3.h / 3) % e.total < e.hi),
              (select code from all_bases a where (g3.h / 3) % a.total >= a.lo and (g3.h / 3) % a.total < a.hi)
            ) as basis
          from g3
        ),
        r0 as (
          select g.*, w.measure_kind, w.executes,
            case when g.status in ('closed', 'withdrawn') then g.created_on + 90 + g.h % 100 end as closed_on,
            case when g.status = 'announced' then g.step_on
                 when g.status in ('execution', 'follow_up') then least(g.step_on - 7, g.created_on + 62)
                 when g.status = 'closed' then g.created_on + 62 end as announced_on
          from g join weighted w on w.code = g.basis
        ),
        rows as (
          select r0.*,
            case when r0.status = 'decision' then r0.step_on else r0.announced_on - 2 end as decision_on,
            case when r0.status = 'execution' then r0.step_on
                 when r0.status = 'follow_up' and r0.executes then r0.step_on - r0.months * 30 - 5
                 when r0.status = 'closed' and r0.executes then r0.created_on + 70 end as execution_start
          from r0
        ),
        inserted as (
          insert into measures (number, legal_basis_code, status, remedy_status, status_changed_at, confidentiality, origin,
            address_label, wijk_code, premises_type, facts, urgent, opinion_due, decision_on, announced_on, objection_due,
            execution_start, execution_end, lifted_on, duration_months, responsible_user_id, created_by, created_at, updated_at, closed_at)
          select
            'M-' || extract(year from r.created_on)::text || '-' || lpad((${offset}::integer + r.i)::text, 6, '0'),
            r.basis,
            r.status,
            case when r.status in ('announced', 'execution', 'follow_up') then (array['objection_period','objection','final','final'])[1 + r.h % 4]
                 when r.status = 'closed' then 'final' else 'none' end,
            coalesce(r.step_on, r.closed_on)::timestamp,
            case when r.h % 100 = 0 then 'geheim' else 'vertrouwelijk' end,
            (array['police_report','police_report','inspection','signal','other'])[1 + r.h % 5],
            'Synthetische straat ' || (1 + r.h % 900) || ', Utrecht',
            case when r.h % 33 = 0 then null else 'WK0344' || lpad((1 + (r.h / 11) % 10)::text, 2, '0') end,
            (array['woning','woning','lokaal','horeca','bedrijfspand'])[1 + (r.h / 5) % 5],
            'Synthetische maatregel ' || r.i || ' voor de benchmark.',
            false,
            case when r.status = 'opinion_period' then r.step_on + 14 end,
            r.decision_on,
            r.announced_on,
            r.announced_on + 42,
            r.execution_start,
            (r.execution_start + make_interval(months => r.months))::date,
            case when r.status in ('follow_up', 'closed') then least((r.execution_start + make_interval(months => r.months))::date, current_date - 1) end,
            case when r.execution_start is not null then r.months end,
            case when (r.h / 17) % 50 = 0 then ${jurist}::uuid end,
            ${creator}::uuid,
            r.created_on::timestamp,
            coalesce(r.step_on, r.closed_on)::timestamp,
            r.closed_on::timestamp
          from rows r
          returning id, status, created_at, status_changed_at, responsible_user_id, announced_on, execution_end, opinion_due, wijk_code
        ),
        history as (
          insert into measure_history (measure_id, track, from_status, to_status, note, data, changed_by, changed_at)
          select id, 'procedure', null, 'intake', '', '{}'::jsonb, ${creator}::uuid, created_at from inserted
          union all
          select id, 'procedure', 'intake', 'investigation', '', '{}'::jsonb, ${creator}::uuid, created_at + interval '7 days'
          from inserted where status not in ('intake')
          union all
          select id, 'procedure', 'investigation', status, '', '{}'::jsonb, ${creator}::uuid, status_changed_at
          from inserted where status not in ('intake', 'investigation')
          returning 1
        ),
        team as (
          insert into record_team (record_type, record_id, user_id, team_role, added_at)
          select 'measure', id::text, ${creator}::uuid, 'creator', created_at from inserted
          union all
          select 'measure', id::text, responsible_user_id, 'responsible', created_at from inserted where responsible_user_id is not null
          returning 1
        ),
        due as (
          select id, wijk_code, status,
            case status
              when 'opinion_period' then 'opinion'
              when 'decision' then 'grace'
              when 'announced' then 'objection'
              when 'execution' then 'execution_end'
              when 'follow_up' then 'follow_up_inspection'
              when 'closed' then 'objection'
            end as kind,
            case status
              when 'opinion_period' then opinion_due
              when 'decision' then status_changed_at::date + 14
              when 'announced' then announced_on + 42
              when 'execution' then execution_end
              when 'follow_up' then status_changed_at::date + 28
              when 'closed' then announced_on + 42
            end as nominal,
            case status when 'opinion_period' then 'P14D' when 'decision' then 'P14D' when 'announced' then 'P6W'
              when 'execution' then 'P3M' when 'follow_up' then 'P4W' when 'closed' then 'P6W' end as period
          from inserted
          where status in ('opinion_period', 'decision', 'announced', 'execution', 'follow_up', 'closed')
        )
        insert into enforcement_deadlines (record_type, record_id, kind, from_date, period, due_on, reasons, status, wijk_code, created_by, created_at, settled_at)
        select 'measure', id, kind, nominal - 14, period,
          nominal + case extract(isodow from nominal) when 6 then 2 when 7 then 1 else 0 end,
          '[]', case when status = 'closed' then 'met' else 'open' end, wijk_code, ${creator}::uuid, now(),
          case when status = 'closed' then now() end
        from due where nominal is not null`.execute(trx);
    });
    log(`measures ${to.toLocaleString('en')} / ${total.toLocaleString('en')}`);
  }
  await sql`select setval('measure_number_seq', ${offset + total})`.execute(db);
  for (const table of ['measures', 'measure_history', 'enforcement_deadlines', 'record_team']) {
    await sql`analyze ${sql.table(table)}`.execute(db);
  }
  return { measures: total, ms: Math.round(performance.now() - started) };
}
