import { sql, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../db/schema.js';
import { can, levelsUpTo, type Actor } from '../../kernel/access.js';
import type { ServiceContext } from '../../kernel/context.js';
import { recordTrail } from '../../kernel/trail.js';
import { amsterdamToday } from '../tasks/index.js';
import type { ClosuresPage, ClosuresQuery, Count, DeadlinesPage, DeadlinesQuery, SummaryView } from './overview.schemas.js';
import { BIBOB_RECORD_TYPE, INSPECTION_RECORD_TYPE, MEASURE_RECORD_TYPE } from './vocabulary.js';

/**
 * Overviews across enforcement cases (issue 5 part 8). The lists (deadlines, closures) hold case content and
 * apply need-to-know inside the SQL, per record type, exactly as `visibleTo()` does for every other list: an
 * analyst sees every case up to their confidentiality level, others the cases whose team they are on. The
 * summary holds counts only: with `aggregates:read` over the whole municipality (management: small numbers
 * suppressed), otherwise over the cases the actor may see.
 */

const DAY_MS = 86_400_000;

/**
 * The need-to-know rule of `visibleTo()` (kernel/access.ts), written so PostgreSQL can start from the actor's
 * team: the ids of the records of one type whose team the actor is on are few, and are matched as uuids, so the
 * index on the record id (measures, screenings, deadlines) finds the rows instead of a scan comparing every id as
 * text. Without `records:read` nothing; with `records:read_all` everything up to the actor's level.
 */
export function visibleCases<DB extends Database, TB extends keyof DB & string, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  actor: Pick<Actor, 'role' | 'maxConfidentiality' | 'userId'>,
  options: { recordType: string; idColumn: string; confidentialityColumn: string },
): SelectQueryBuilder<DB, TB, O> {
  if (!can(actor, 'records:read')) return query.where(sql<boolean>`false`);
  const filtered = query.where(sql.ref(options.confidentialityColumn), 'in', levelsUpTo(actor.maxConfidentiality));
  if (can(actor, 'records:read_all')) return filtered;
  return filtered.where(
    sql<boolean>`${sql.ref(options.idColumn)} in (select rt.record_id::uuid from record_team rt
      where rt.record_type = ${options.recordType} and rt.user_id = ${actor.userId})`,
  );
}

/** Days from `from` to `to` (both YYYY-MM-DD); negative when `to` lies before `from`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** `date` plus `days` calendar days (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Smallest count shown as it is to an actor with aggregates only; 1 to SMALL_NUMBER - 1 are suppressed. */
export const SMALL_NUMBER = 5;

/** A count as the actor may see it: 1–4 suppressed when `suppress`, anything else as it is. */
export function countOf(n: number, suppress: boolean): Count {
  return suppress && n > 0 && n < SMALL_NUMBER ? { value: null, suppressed: true } : { value: n, suppressed: false };
}

/**
 * Open deadlines of visible measures and Bibob screenings that are overdue or end within `days` days, earliest
 * first. Each branch of the union applies the need-to-know rule of its own record type.
 */
export async function listDueDeadlines(ctx: ServiceContext, query: DeadlinesQuery): Promise<DeadlinesPage> {
  const today = amsterdamToday();
  const until = addDays(today, query.days);

  let measures = ctx.db
    .selectFrom('enforcement_deadlines as d')
    .innerJoin('measures as m', 'm.id', 'd.record_id')
    .innerJoin('enforcement_legal_bases as b', 'b.code', 'm.legal_basis_code')
    .leftJoin('areas as w', 'w.code', 'm.wijk_code')
    .select([
      'd.id',
      'd.kind',
      'd.due_on',
      sql<string>`${MEASURE_RECORD_TYPE}::text`.as('record_type'),
      'm.id as record_id',
      'm.number as case_number',
      'm.address_label as address',
      'b.measure_kind as case_kind',
      sql<string | null>`m.legal_basis_code`.as('legal_basis_code'),
      'm.status as case_status',
      'm.wijk_code',
      'w.name as wijk_name',
    ])
    .where('d.status', '=', 'open')
    .where('d.record_type', '=', MEASURE_RECORD_TYPE)
    .where('d.due_on', '<=', until);
  if (query.kind) measures = measures.where('d.kind', '=', query.kind);
  if (query.wijk) measures = measures.where('m.wijk_code', '=', query.wijk);
  measures = visibleCases(measures, ctx.actor, { recordType: MEASURE_RECORD_TYPE, idColumn: 'd.record_id', confidentialityColumn: 'm.confidentiality' });

  let screenings = ctx.db
    .selectFrom('enforcement_deadlines as d')
    .innerJoin('bibob_screenings as s', 's.id', 'd.record_id')
    .leftJoin('areas as w', 'w.code', 's.wijk_code')
    .select([
      'd.id',
      'd.kind',
      'd.due_on',
      sql<string>`${BIBOB_RECORD_TYPE}::text`.as('record_type'),
      's.id as record_id',
      's.number as case_number',
      sql<string>`coalesce(nullif(s.establishment_label, ''), s.applicant_name)`.as('address'),
      's.permit_type as case_kind',
      sql<string | null>`null::text`.as('legal_basis_code'),
      's.status as case_status',
      's.wijk_code',
      'w.name as wijk_name',
    ])
    .where('d.status', '=', 'open')
    .where('d.record_type', '=', BIBOB_RECORD_TYPE)
    .where('d.due_on', '<=', until);
  if (query.kind) screenings = screenings.where('d.kind', '=', query.kind);
  if (query.wijk) screenings = screenings.where('s.wijk_code', '=', query.wijk);
  screenings = visibleCases(screenings, ctx.actor, { recordType: BIBOB_RECORD_TYPE, idColumn: 'd.record_id', confidentialityColumn: 's.confidentiality' });

  // Each branch ordered and limited on its own, so each can read the open deadlines along their index in due
  // order and stop after a page; the two pages are merged here.
  const [measureRows, screeningRows] = await Promise.all([
    measures
      .orderBy('d.due_on')
      .orderBy('d.id')
      .limit(query.limit + 1)
      .execute(),
    screenings
      .orderBy('d.due_on')
      .orderBy('d.id')
      .limit(query.limit + 1)
      .execute(),
  ]);
  const rows = [...measureRows, ...screeningRows].sort((a, b) => a.due_on.localeCompare(b.due_on) || a.id.localeCompare(b.id));
  const page = rows.slice(0, query.limit);
  await recordTrail(ctx, {
    action: 'search',
    objectType: 'enforcement_deadlines',
    objectId: null,
    reason: `days=${query.days} kind=${query.kind ?? '*'} wijk=${query.wijk ?? '*'} rows=${page.length}`,
  });
  return {
    today,
    until,
    more: rows.length > query.limit,
    items: page.map((r) => {
      const daysLeft = daysBetween(today, r.due_on);
      return {
        id: r.id,
        kind: r.kind,
        dueOn: r.due_on,
        overdue: daysLeft < 0,
        daysLeft,
        recordType: r.record_type === BIBOB_RECORD_TYPE ? 'bibob_screening' : 'measure',
        recordId: r.record_id,
        caseNumber: r.case_number,
        address: r.address,
        caseKind: r.case_kind,
        legalBasisCode: r.legal_basis_code,
        caseStatus: r.case_status,
        wijkCode: r.wijk_code,
        wijkName: r.wijk_name,
      };
    }),
  };
}

/**
 * Closures in force today: measures under a legal basis that closes premises, in execution, started and not
 * lifted. A closure whose end date has passed while the measure is still in execution stays on the list,
 * marked `endPassed`, because the premises stay closed until someone ends or lifts it.
 */
export async function listClosuresInForce(ctx: ServiceContext, query: ClosuresQuery): Promise<ClosuresPage> {
  const today = amsterdamToday();
  let q = ctx.db
    .selectFrom('measures as m')
    .innerJoin('enforcement_legal_bases as b', 'b.code', 'm.legal_basis_code')
    .leftJoin('areas as w', 'w.code', 'm.wijk_code')
    .select([
      'm.id',
      'm.number',
      'm.address_label',
      'm.wijk_code',
      'w.name as wijk_name',
      'b.code',
      'b.name_nl',
      'b.name_en',
      'b.article',
      'm.execution_start',
      'm.execution_end',
    ])
    .where('b.is_closure', '=', true)
    .where('m.status', '=', 'execution')
    .where('m.execution_start', '<=', today)
    .where((eb) => eb.or([eb('m.lifted_on', 'is', null), eb('m.lifted_on', '>', today)]));
  if (query.wijk) q = q.where('m.wijk_code', '=', query.wijk);
  q = visibleCases(q, ctx.actor, { recordType: MEASURE_RECORD_TYPE, idColumn: 'm.id', confidentialityColumn: 'm.confidentiality' });
  const rows = await q
    .orderBy(sql`m.execution_end asc nulls last`)
    .orderBy('m.number')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  await recordTrail(ctx, {
    action: 'search',
    objectType: 'enforcement_closures',
    objectId: null,
    reason: `wijk=${query.wijk ?? '*'} rows=${page.length}`,
  });
  return {
    today,
    more: rows.length > query.limit,
    items: page.map((r) => {
      const daysLeft = r.execution_end === null ? null : daysBetween(today, r.execution_end);
      return {
        measureId: r.id,
        number: r.number,
        address: r.address_label,
        wijkCode: r.wijk_code,
        wijkName: r.wijk_name,
        legalBasisCode: r.code,
        legalBasisNl: r.name_nl,
        legalBasisEn: r.name_en,
        article: r.article,
        // In the query: execution_start <= today, so it is set.
        start: r.execution_start ?? today,
        end: r.execution_end,
        daysLeft,
        endPassed: daysLeft !== null && daysLeft < 0,
      };
    }),
  };
}

const CLOSED_STATUSES = new Set(['closed', 'withdrawn']);

/**
 * Counts of measures (by kind × procedure step, by remedy step, per wijk), inspections (by status and outcome)
 * and Bibob screenings (by status). With `aggregates:read`: over every case; management, who has aggregates
 * only, gets counts of 1–4 suppressed. Without it (a jurist, a toezichthouder): over the cases the actor may see.
 */
export async function enforcementSummary(ctx: ServiceContext): Promise<SummaryView> {
  const today = amsterdamToday();
  const all = can(ctx.actor, 'aggregates:read');
  const suppress = !can(ctx.actor, 'records:read');
  const scoped = <Q>(query: Q, recordType: string, idColumn: string, confidentialityColumn: string): Q =>
    all ? query : (visibleCases(query as never, ctx.actor, { recordType, idColumn, confidentialityColumn }) as Q);

  // One pass over the measures, grouped by the four columns the overviews need (few groups; an index-only scan
  // where the index covers them); the three tables are summed from these groups below.
  const measureCounts = scoped(
    ctx.db
      .selectFrom('measures as m')
      .select(['m.legal_basis_code', 'm.status', 'm.remedy_status', 'm.wijk_code', sql<number>`count(*)::integer`.as('n')])
      .groupBy(['m.legal_basis_code', 'm.status', 'm.remedy_status', 'm.wijk_code']),
    MEASURE_RECORD_TYPE,
    'm.id',
    'm.confidentiality',
  );
  const inspectionCounts = scoped(
    ctx.db
      .selectFrom('inspections as i')
      .select(['i.status', 'i.outcome', sql<number>`count(*)::integer`.as('n')])
      .groupBy(['i.status', 'i.outcome']),
    INSPECTION_RECORD_TYPE,
    'i.id',
    'i.confidentiality',
  );
  const bibobCounts = scoped(
    ctx.db
      .selectFrom('bibob_screenings as s')
      .select(['s.status', sql<number>`count(*)::integer`.as('n')])
      .groupBy('s.status'),
    BIBOB_RECORD_TYPE,
    's.id',
    's.confidentiality',
  );
  // Over the actor's own cases PostgreSQL should look up the few measures on their team by id; with its default
  // cost of a random read it would rather read the whole table. For this query only, random reads are costed as
  // on a cached database (as ADR 0012 does for the signal queue's second pages).
  const countMeasures = all
    ? measureCounts.execute()
    : ctx.db.transaction().execute(async (trx) => {
        await sql`set local random_page_cost = 1.1`.execute(trx);
        return (await trx.executeQuery(measureCounts.compile())).rows;
      });
  const [measureRows, inspectionRows, bibobRows, bases, wijken] = await Promise.all([
    countMeasures,
    inspectionCounts.execute(),
    bibobCounts.execute(),
    ctx.db.selectFrom('enforcement_legal_bases').select(['code', 'measure_kind']).execute(),
    ctx.db.selectFrom('areas').select(['code', 'name']).where('kind', '=', 'wijk').execute(),
  ]);

  const kindOf = new Map(bases.map((b) => [b.code, b.measure_kind]));
  const byKindStatus = new Map<string, { kind: string; status: string; n: number }>();
  const byRemedy = new Map<string, number>();
  const byWijk = new Map<string | null, { open: number; closed: number; inExecution: number }>();
  for (const r of measureRows) {
    const kind = kindOf.get(r.legal_basis_code) ?? 'unknown';
    const key = `${kind}\u0000${r.status}`;
    const entry = byKindStatus.get(key) ?? { kind, status: r.status, n: 0 };
    entry.n += r.n;
    byKindStatus.set(key, entry);
    byRemedy.set(r.remedy_status, (byRemedy.get(r.remedy_status) ?? 0) + r.n);
    const wijk = byWijk.get(r.wijk_code) ?? { open: 0, closed: 0, inExecution: 0 };
    if (CLOSED_STATUSES.has(r.status)) wijk.closed += r.n;
    else wijk.open += r.n;
    if (r.status === 'execution') wijk.inExecution += r.n;
    byWijk.set(r.wijk_code, wijk);
  }
  const wijkName = new Map(wijken.map((w) => [w.code, w.name]));
  const c = (n: number) => countOf(n, suppress);

  await recordTrail(ctx, { action: 'search', objectType: 'enforcement_summary', objectId: null, reason: `scope=${all ? 'all' : 'visible'}` });
  return {
    today,
    scope: all ? 'all' : 'visible',
    suppressed: suppress,
    measuresByKindAndStatus: [...byKindStatus.values()]
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.status.localeCompare(b.status))
      .map((e) => ({ kind: e.kind, status: e.status, count: c(e.n) })),
    measuresByRemedyStatus: [...byRemedy.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([remedyStatus, n]) => ({ remedyStatus, count: c(n) })),
    measuresByWijk: [...byWijk.entries()]
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
      .map(([code, e]) => ({
        wijkCode: code,
        wijkName: code === null ? null : (wijkName.get(code) ?? null),
        open: c(e.open),
        closed: c(e.closed),
        inExecution: c(e.inExecution),
      })),
    inspectionsByStatusAndOutcome: inspectionRows
      .sort((a, b) => a.status.localeCompare(b.status) || (a.outcome ?? '').localeCompare(b.outcome ?? ''))
      .map((r) => ({ status: r.status, outcome: r.outcome, count: c(r.n) })),
    bibobByStatus: bibobRows.sort((a, b) => a.status.localeCompare(b.status)).map((r) => ({ status: r.status, count: c(r.n) })),
  };
}
