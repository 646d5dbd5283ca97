import { sql } from 'kysely';
import type { ServiceContext } from '../../kernel/context.js';
import { recordTrail } from '../../kernel/trail.js';
import { amsterdamToday } from '../tasks/index.js';
import { partOf, suppress, suppressRow, type Count } from './figures.js';
import type { OverviewQuery, OverviewView } from './overview.schemas.js';
import { checkPeriod } from './prevention.service.js';
import { activePhases, exitReasons, phases, preventionSettings, SMALL_NUMBER } from './vocabulary.js';

/**
 * The overview of the person-centred approach (issue 6 part 9), in aggregate only: nobody gets case content here,
 * and every count goes through the small-number rules of figures.ts for every actor (management, analyst and
 * regisseur alike). Regisseurs are named: they are staff, not data subjects.
 *
 * Definitions:
 * - active: phase intake, plan, uitvoering or nazorg; a review is overdue when `next_review_due` < today;
 * - goals reached: goals whose status changed in the period to reached or not_reached (dropped goals were not
 *   decided on); part = reached;
 * - daytime activity rate: trajectories in uitvoering or nazorg; part = those with a current daytime activity
 *   (started on or before today, no end date or ending today or later, as the plan shows it);
 * - exits: trajectories now in nazorg or uitstroom whose `exited_on` lies in the period, by their `exit_reason`;
 * - prevention: activities that overlap the period (start on or before `to`, end on or after `from`).
 *
 * Speed: four statements side by side, no case rows leave the database. The trajectory figures are one UNION ALL of
 * small grouped scans (tens of thousands of rows at most); goals are read for the period only (a partial index on
 * plan_goals (status_changed_on) where decided is proposed in the H4 report); the daytime activity rate is a hashed
 * semi-join, not a correlated subquery, whose estimated cost would make PostgreSQL JIT-compile it (~0.5 s).
 */

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const yearBefore = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return addDays(d.toISOString().slice(0, 10), 1);
};

const ACTIVE = [...activePhases] as string[];
const DAYTIME_PHASES = ['uitvoering', 'nazorg'];
const EXIT_PHASES = ['nazorg', 'uitstroom'];
const TARGET_GROUPS = ['jonge_aanwas', 'doorgroeier', 'unknown'] as const;

/** Applies rule 2 of figures.ts to one column of counts against a total, giving back the counts and the total. */
function column(values: number[], total: number): { cells: Count[]; total: Count } {
  return suppressRow(values, total);
}

/** Hidden wherever any of the tables it totals had to hide it. */
const either = (...counts: Count[]): Count => (counts.some((c) => c.suppressed) ? { value: null, suppressed: true } : counts[0]!);

export async function careersOverview(ctx: ServiceContext, query: OverviewQuery): Promise<OverviewView> {
  checkPeriod(query);
  const today = amsterdamToday();
  const to = query.to ?? (query.from !== undefined && query.from > today ? query.from : today);
  const from = query.from ?? yearBefore(to);
  const db = ctx.db;

  // Every figure about trajectories in one statement (one connection), each branch a small grouped scan that an
  // index on (phase, target_group), (regisseur_user_id, phase), (wijk_code, phase) or next_review_due can serve;
  // regisseur names are joined after grouping.
  const active = sql.join(ACTIVE);
  const trajectoryGroups = sql<{ k: string; a: string | null; b: string | null; n: number }>`
    select 'phase' as k, phase as a, target_group as b, count(*)::integer as n from trajectories group by phase, target_group
    union all
    select 'regisseur', g.id::text, u.display_name, g.n
    from (select regisseur_user_id as id, count(*)::integer as n from trajectories
          where phase in (${active}) and regisseur_user_id is not null group by regisseur_user_id) g
    join users u on u.id = g.id
    union all
    select 'overdue', regisseur_user_id::text, null, count(*)::integer from trajectories
    where phase in (${active}) and next_review_due < ${today} group by regisseur_user_id
    union all
    select 'wijk', wijk_code, null, count(*)::integer from trajectories where phase in (${active}) group by wijk_code
    union all
    select 'exit', exit_reason, null, count(*)::integer from trajectories
    where phase in (${sql.join(EXIT_PHASES)}) and exited_on >= ${from} and exited_on <= ${to} group by exit_reason`.execute(db);

  const [groupRows, goalRows, daytimeRow, preventionRows, wijken] = await Promise.all([
    trajectoryGroups.then((r) => r.rows),
    db
      .selectFrom('plan_goals')
      .select([sql<number>`count(*)::integer`.as('decided'), sql<number>`(count(*) filter (where status = 'reached'))::integer`.as('reached')])
      .where('status', 'in', ['reached', 'not_reached'])
      .where('status_changed_on', '>=', from)
      .where('status_changed_on', '<=', to)
      .executeTakeFirstOrThrow(),
    // A semi-join (not a correlated subquery per row, whose estimated cost would make PostgreSQL JIT-compile it).
    db
      .selectFrom('trajectories as t')
      .select([
        sql<number>`count(*)::integer`.as('total'),
        sql<number>`(count(*) filter (where t.id in (select d.trajectory_id from daytime_activities d
          where d.started_on <= ${today} and (d.ended_on is null or d.ended_on >= ${today}))))::integer`.as('with_activity'),
      ])
      .where('t.phase', 'in', DAYTIME_PHASES)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('prevention_activities')
      .select(['wijk_code', 'setting', sql<number>`count(*)::integer`.as('n'), sql<number>`coalesce(sum(reach), 0)::integer`.as('reach')])
      .where('starts_on', '<=', to)
      .where('ends_on', '>=', from)
      .groupBy(['wijk_code', 'setting'])
      .execute(),
    db.selectFrom('areas').select(['code', 'name']).where('kind', '=', 'wijk').orderBy('code').execute(),
  ]);
  const of = (k: string) => groupRows.filter((r) => r.k === k);
  const phaseRows = of('phase').map((r) => ({ phase: r.a, target_group: r.b, n: r.n }));
  const overdueBy = new Map(of('overdue').map((r) => [r.a, r.n]));
  const regisseurRows = of('regisseur').map((r) => ({ id: r.a ?? '', name: r.b ?? '', active: r.n, overdue: overdueBy.get(r.a) ?? 0 }));
  const wijkRows = of('wijk').map((r) => ({ wijk_code: r.a, active: r.n }));
  const exitRows = of('exit').map((r) => ({ exit_reason: r.a, n: r.n }));
  const overdueTotal = of('overdue').reduce((a, r) => a + r.n, 0);

  // ---- phase × target group, and the active total --------------------------------------------------------------
  const byPhaseCounts = new Map<string, number[]>(phases.map((p) => [p, TARGET_GROUPS.map(() => 0)]));
  for (const r of phaseRows) {
    const cells = byPhaseCounts.get(r.phase ?? '');
    if (!cells) continue;
    const i = TARGET_GROUPS.indexOf((r.target_group ?? 'unknown') as (typeof TARGET_GROUPS)[number]);
    cells[i === -1 ? 2 : i]! += r.n;
  }
  const phaseTables = phases.map((phase) => ({ phase, ...suppressRow(byPhaseCounts.get(phase)!) }));
  const phaseTotal = (p: string) => byPhaseCounts.get(p)!.reduce((a, b) => a + b, 0);
  const activeTotal = ACTIVE.reduce((a, p) => a + phaseTotal(p), 0);
  // The totals of the active phases add up to the active total: one hidden among them would follow from it.
  const activeByPhase = column(ACTIVE.map(phaseTotal), activeTotal);
  for (const [i, p] of ACTIVE.entries()) {
    if (activeByPhase.cells[i]!.suppressed) phaseTables.find((t) => t.phase === p)!.total = { value: null, suppressed: true };
  }

  // ---- caseload per regisseur ------------------------------------------------------------------------------------
  const regisseurs = [...regisseurRows].sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id));
  const caseloadActive = column(
    regisseurs.map((r) => r.active),
    activeTotal,
  );
  const caseloadOverdue = column(
    regisseurs.map((r) => r.overdue),
    overdueTotal,
  );

  // ---- per wijk --------------------------------------------------------------------------------------------------
  const wijkName = new Map(wijken.map((w) => [w.code, w.name]));
  const wijkCodes: (string | null)[] = wijken.map((w) => w.code);
  const extra = (code: string | null) => {
    if (!wijkCodes.includes(code)) wijkCodes.push(code);
  };
  for (const r of wijkRows) extra(r.wijk_code);
  for (const r of preventionRows) extra(r.wijk_code);
  const activeOf = (code: string | null) => wijkRows.find((r) => r.wijk_code === code)?.active ?? 0;
  const prevOf = (code: string | null) =>
    preventionRows.filter((r) => r.wijk_code === code).reduce((a, r) => ({ n: a.n + r.n, reach: a.reach + r.reach }), { n: 0, reach: 0 });
  const preventionTotal = preventionRows.reduce((a, r) => ({ n: a.n + r.n, reach: a.reach + r.reach }), { n: 0, reach: 0 });
  const wijkActive = column(wijkCodes.map(activeOf), activeTotal);
  const wijkPrevention = column(
    wijkCodes.map((c) => prevOf(c).n),
    preventionTotal.n,
  );
  const wijkReach = column(
    wijkCodes.map((c) => prevOf(c).reach),
    preventionTotal.reach,
  );

  // ---- prevention by setting ---------------------------------------------------------------------------------------
  const bySetting = preventionSettings.map((s) =>
    preventionRows.filter((r) => r.setting === s).reduce((a, r) => ({ n: a.n + r.n, reach: a.reach + r.reach }), { n: 0, reach: 0 }),
  );
  const settingActivities = column(
    bySetting.map((s) => s.n),
    preventionTotal.n,
  );
  const settingReach = column(
    bySetting.map((s) => s.reach),
    preventionTotal.reach,
  );

  // ---- exits -------------------------------------------------------------------------------------------------------
  const reasons: string[] = [...exitReasons];
  for (const r of exitRows) if (!reasons.includes(r.exit_reason ?? 'other')) reasons.push(r.exit_reason ?? 'other');
  const exitCounts = reasons.map((reason) => exitRows.filter((r) => (r.exit_reason ?? 'other') === reason).reduce((a, r) => a + r.n, 0));
  const exits = suppressRow(exitCounts);

  const { reached, decided } = goalRows;

  await recordTrail(ctx, { action: 'search', objectType: 'careers_overview', objectId: null, reason: `from=${from} to=${to}` });

  return {
    today,
    from,
    to,
    smallNumber: SMALL_NUMBER,
    active: either(activeByPhase.total, caseloadActive.total, wijkActive.total),
    reviewsOverdue: either(caseloadOverdue.total, suppress(overdueTotal)),
    caseload: regisseurs.map((r, i) => ({
      regisseur: { id: r.id, name: r.name },
      active: caseloadActive.cells[i]!,
      reviewsOverdue: caseloadOverdue.cells[i]!,
    })),
    byPhase: { targetGroups: [...TARGET_GROUPS], rows: phaseTables.map((t) => ({ phase: t.phase, cells: t.cells, total: t.total })) },
    goals: partOf(reached, decided),
    daytime: partOf(daytimeRow.with_activity, daytimeRow.total),
    exits: { rows: reasons.map((reason, i) => ({ reason, count: exits.cells[i]! })), total: exits.total },
    byWijk: wijkCodes.map((code, i) => ({
      wijkCode: code,
      wijkName: code === null ? null : (wijkName.get(code) ?? null),
      active: wijkActive.cells[i]!,
      preventionActivities: wijkPrevention.cells[i]!,
      preventionReach: wijkReach.cells[i]!,
    })),
    prevention: {
      activities: either(wijkPrevention.total, settingActivities.total),
      reach: either(wijkReach.total, settingReach.total),
      bySetting: preventionSettings.map((setting, i) => ({ setting, activities: settingActivities.cells[i]!, reach: settingReach.cells[i]! })),
    },
  };
}
