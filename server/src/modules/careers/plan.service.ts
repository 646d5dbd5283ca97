import { sql } from 'kysely';
import type { ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { AppError, conflict, forbidden, notFound, type FieldError } from '../../kernel/errors.js';
import { recordTrail } from '../../kernel/trail.js';
import { isIsoDate } from '../legal/index.js';
import { amsterdamToday } from '../tasks/index.js';
import { domainPolicy, requireTrajectory, trajectorySubjects, type DomainPolicy, type TrajectoryAccess } from './access.js';
import { addPlanAction } from './actions.js';
import type {
  ActionInput,
  ActionUpdate,
  ActionView,
  AssessmentInput,
  AssessmentView,
  DaytimeInput,
  DaytimeUpdate,
  DaytimeView,
  DomainInfo,
  GoalInput,
  GoalUpdate,
  GoalView,
  PlanView,
  ScoreView,
  TrendView,
} from './plan.schemas.js';
import { activePhases, CAREERS_ACTIVITY, TRAJECTORY_RECORD_TYPE, type DaytimeKind, type GoalStatus } from './vocabulary.js';

/**
 * Assessments, trend, plan (goals and actions) and daytime activities of one trajectory. Every function starts with
 * `requireTrajectory` (need-to-know: the case team), applies `domainPolicy` (field-level confidentiality per life
 * domain) and writes the audit trail with the young person as data subject. Writes happen in one transaction; a
 * refused write leaves nothing behind.
 */

type Ctx = ServiceContext;

interface DomainRow {
  code: string;
  name_nl: string;
  name_en: string;
  restricted_to: unknown;
}

function domainInfos(rows: readonly DomainRow[], policy: DomainPolicy): DomainInfo[] {
  return rows.map((d) => ({ code: d.code, nameNl: d.name_nl, nameEn: d.name_en, visible: policy.maySee(d.code), restrictedTo: policy.restrictedTo(d.code) }));
}

/** The one marker a hidden domain gets: its code and who may see it, nothing about its content. */
function marker(code: string, policy: DomainPolicy): { domainCode: string; restricted: true; restrictedTo: string[] } {
  return { domainCode: code, restricted: true, restrictedTo: policy.restrictedTo(code) };
}

function invalid(message: string, errors: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', message, { errors });
}

/** Plans, assessments and daytime activities are kept from intake to nazorg; not before acceptance, not after exit. */
function requireActivePhase(t: TrajectoryAccess): void {
  if (!(activePhases as readonly string[]).includes(t.phase)) {
    throw conflict(`Dit traject is in de fase ${t.phase}; vastleggen kan alleen in de fasen intake, plan, uitvoering en nazorg.`);
  }
}

async function referredOn(db: Db, trajectoryId: string): Promise<string> {
  const row = await db.selectFrom('trajectories').select('referred_on').where('id', '=', trajectoryId).executeTakeFirstOrThrow();
  return row.referred_on;
}

async function trailRead(ctx: Ctx, t: TrajectoryAccess, name: string): Promise<void> {
  await recordTrail(ctx, {
    action: 'read',
    objectType: TRAJECTORY_RECORD_TYPE,
    objectId: t.id,
    processing: { activity: CAREERS_ACTIVITY, name, subjects: trajectorySubjects(t) },
  });
}

async function trailWrite(ctx: Ctx, t: TrajectoryAccess, action: string, name: string): Promise<void> {
  await recordTrail(ctx, {
    action,
    objectType: TRAJECTORY_RECORD_TYPE,
    objectId: t.id,
    processing: { activity: CAREERS_ACTIVITY, name, subjects: trajectorySubjects(t) },
  });
}

/** Runs a write in one transaction with the context's db replaced by the transaction. */
function inTransaction<T>(ctx: Ctx, work: (tctx: Ctx) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx }));
}

/** Refuses a write in a domain the actor may not see (logged). */
async function requireDomain(ctx: Ctx, t: TrajectoryAccess, policy: DomainPolicy, code: string): Promise<void> {
  if (policy.maySee(code)) return;
  await recordTrail(ctx, { action: 'deny', objectType: TRAJECTORY_RECORD_TYPE, objectId: t.id, outcome: 'denied', reason: `domain ${code} restricted` });
  throw forbidden('Dit leefgebied is afgeschermd voor jouw organisatie; je kunt er niets in vastleggen.');
}

// ---- assessments -----------------------------------------------------------------------------------------

export async function listAssessments(ctx: Ctx, trajectoryId: string): Promise<{ domains: DomainInfo[]; items: AssessmentView[] }> {
  const t = await requireTrajectory(ctx, trajectoryId, 'read');
  const policy = await domainPolicy(ctx);
  const domains = policy.domains;
  const rows = await ctx.db
    .selectFrom('career_assessments as a')
    .innerJoin('users as u', 'u.id', 'a.assessed_by')
    .select(['a.id', 'a.assessed_on', 'a.note', 'a.assessed_by', 'u.display_name', 'a.created_at'])
    .where('a.trajectory_id', '=', t.id)
    .orderBy('a.assessed_on', 'desc')
    .orderBy('a.created_at', 'desc')
    .execute();
  const visibleCodes = domains.filter((d) => policy.maySee(d.code)).map((d) => d.code);
  const scores =
    rows.length > 0 && visibleCodes.length > 0
      ? await ctx.db
          .selectFrom('career_assessment_scores')
          .selectAll()
          .where(
            'assessment_id',
            'in',
            rows.map((r) => r.id),
          )
          .where('domain_code', 'in', visibleCodes)
          .execute()
      : [];
  const order = new Map(domains.map((d, i) => [d.code, i]));
  const hidden = domains.filter((d) => !policy.maySee(d.code)).map((d) => marker(d.code, policy));
  const items = rows.map((r): AssessmentView => {
    const own: ScoreView[] = scores
      .filter((s) => s.assessment_id === r.id)
      .sort((a, b) => (order.get(a.domain_code) ?? 0) - (order.get(b.domain_code) ?? 0))
      .map((s) => ({ domainCode: s.domain_code, restricted: false, score: s.score, riskFactors: s.risk_factors, protectiveFactors: s.protective_factors }));
    return {
      id: r.id,
      assessedOn: r.assessed_on,
      note: r.note,
      assessedBy: { id: r.assessed_by, name: r.display_name },
      createdAt: r.created_at.toISOString(),
      scores: [...own, ...hidden],
    };
  });
  await trailRead(ctx, t, 'Beoordelingen van leefgebieden inzien');
  return { domains: domainInfos(domains, policy), items };
}

export async function createAssessment(ctx: Ctx, trajectoryId: string, input: AssessmentInput): Promise<{ id: string }> {
  const t = await requireTrajectory(ctx, trajectoryId, 'write');
  requireActivePhase(t);
  const policy = await domainPolicy(ctx);
  for (const s of input.scores) if (policy.isKnown(s.domainCode)) await requireDomain(ctx, t, policy, s.domainCode);
  const errors: FieldError[] = [];
  const today = amsterdamToday();
  if (!isIsoDate(input.assessedOn)) errors.push({ path: 'body.assessedOn', message: 'Vul een bestaande datum in (JJJJ-MM-DD).' });
  else if (input.assessedOn > today) errors.push({ path: 'body.assessedOn', message: 'De datum van de beoordeling ligt in de toekomst.' });
  else if (input.assessedOn < (await referredOn(ctx.db, t.id))) {
    errors.push({ path: 'body.assessedOn', message: 'De datum van de beoordeling ligt vóór de aanmelding.' });
  }
  const seen = new Set<string>();
  input.scores.forEach((s, i) => {
    if (!policy.isKnown(s.domainCode)) errors.push({ path: `body.scores.${i}.domainCode`, message: 'Onbekend leefgebied.' });
    else if (seen.has(s.domainCode)) errors.push({ path: `body.scores.${i}.domainCode`, message: 'Dit leefgebied heeft al een score in deze beoordeling.' });
    seen.add(s.domainCode);
  });
  if (errors.length > 0) throw invalid('Controleer de beoordeling.', errors);
  return inTransaction(ctx, async (tctx) => {
    const row = await tctx.db
      .insertInto('career_assessments')
      .values({ trajectory_id: t.id, assessed_on: input.assessedOn, note: input.note, assessed_by: ctx.actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tctx.db
      .insertInto('career_assessment_scores')
      .values(
        input.scores.map((s) => ({
          assessment_id: row.id,
          domain_code: s.domainCode,
          score: s.score,
          risk_factors: s.riskFactors,
          protective_factors: s.protectiveFactors,
        })),
      )
      .execute();
    await trailWrite(tctx, t, 'create', 'Beoordeling van leefgebieden vastleggen');
    return { id: row.id };
  });
}

// ---- trend ---------------------------------------------------------------------------------------------------

export async function trajectoryTrend(ctx: Ctx, trajectoryId: string): Promise<TrendView> {
  const t = await requireTrajectory(ctx, trajectoryId, 'read');
  const policy = await domainPolicy(ctx);
  const domains = policy.domains;
  const visibleCodes = domains.filter((d) => policy.maySee(d.code)).map((d) => d.code);
  const [scores, reviews] = await Promise.all([
    visibleCodes.length > 0
      ? ctx.db
          .selectFrom('career_assessment_scores as s')
          .innerJoin('career_assessments as a', 'a.id', 's.assessment_id')
          .select(['s.domain_code', 's.score', 'a.assessed_on'])
          .where('a.trajectory_id', '=', t.id)
          .where('s.domain_code', 'in', visibleCodes)
          .orderBy('a.assessed_on')
          .orderBy('a.created_at')
          .execute()
      : Promise.resolve([]),
    ctx.db
      .selectFrom('career_reviews')
      .select(['reviewed_on', 'motivation', 'resilience'])
      .where('trajectory_id', '=', t.id)
      .orderBy('reviewed_on')
      .orderBy('created_at')
      .execute(),
  ]);
  await trailRead(ctx, t, 'Verloop van leefgebieden, motivatie en weerbaarheid inzien');
  return {
    domains: domains.map((d) =>
      policy.maySee(d.code)
        ? {
            domainCode: d.code,
            restricted: false as const,
            points: scores.filter((s) => s.domain_code === d.code).map((s) => ({ date: s.assessed_on, value: s.score })),
          }
        : marker(d.code, policy),
    ),
    motivation: reviews.map((r) => ({ date: r.reviewed_on, value: r.motivation })),
    resilience: reviews.map((r) => ({ date: r.reviewed_on, value: r.resilience })),
  };
}

// ---- plan --------------------------------------------------------------------------------------------------

interface ActionRow {
  id: string;
  goal_id: string | null;
  conference_item_id: string | null;
  description: string;
  responsible_user_id: string;
  responsible_name: string;
  responsible_org: string;
  due_date: string;
  status: string;
  completed_at: Date | null;
  created_at: Date;
  task_status: string | null;
  task_completed_at: Date | null;
}

function actionQuery(db: Db, trajectoryId: string) {
  return db
    .selectFrom('plan_actions as pa')
    .innerJoin('users as u', 'u.id', 'pa.responsible_user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('tasks as tk', 'tk.id', 'pa.task_id')
    .select([
      'pa.id',
      'pa.goal_id',
      'pa.conference_item_id',
      'pa.description',
      'pa.responsible_user_id',
      'u.display_name as responsible_name',
      'o.name as responsible_org',
      'pa.due_date',
      'pa.status',
      'pa.completed_at',
      'pa.created_at',
      'tk.status as task_status',
      'tk.completed_at as task_completed_at',
    ])
    .where('pa.trajectory_id', '=', trajectoryId);
}

/**
 * The status an action shows: the stored status, except that an open action whose task the responsible person has
 * completed in "Mijn werk" is done (derived when read, so the tasks module needs to know nothing of plans).
 */
export function effectiveActionStatus(stored: string, taskStatus: string | null): 'open' | 'done' | 'cancelled' {
  if (stored === 'done' || stored === 'cancelled') return stored;
  return taskStatus === 'done' ? 'done' : 'open';
}

function toAction(r: ActionRow, today: string): ActionView {
  const status = effectiveActionStatus(r.status, r.task_status);
  const completedAt = r.completed_at ?? (status === 'done' ? r.task_completed_at : null);
  return {
    id: r.id,
    goalId: r.goal_id,
    conferenceItemId: r.conference_item_id,
    description: r.description,
    responsible: { id: r.responsible_user_id, name: r.responsible_name, organisation: r.responsible_org },
    dueDate: r.due_date,
    status,
    overdue: status === 'open' && r.due_date < today,
    completedAt: completedAt ? completedAt.toISOString() : null,
    createdAt: r.created_at.toISOString(),
  };
}

export async function getPlan(ctx: Ctx, trajectoryId: string): Promise<PlanView> {
  const t = await requireTrajectory(ctx, trajectoryId, 'read');
  const policy = await domainPolicy(ctx);
  const domains = policy.domains;
  const visibleCodes = domains.filter((d) => policy.maySee(d.code)).map((d) => d.code);
  const [goals, actions, team] = await Promise.all([
    visibleCodes.length > 0
      ? ctx.db.selectFrom('plan_goals').selectAll().where('trajectory_id', '=', t.id).where('domain_code', 'in', visibleCodes).orderBy('created_at').execute()
      : Promise.resolve([]),
    actionQuery(ctx.db, t.id)
      // Actions of a goal in a hidden domain stay hidden: only actions without a goal or with a visible goal.
      .where((eb) =>
        eb.or([
          eb('pa.goal_id', 'is', null),
          eb.exists(
            eb
              .selectFrom('plan_goals as g')
              .select(sql`1`.as('one'))
              .whereRef('g.id', '=', 'pa.goal_id')
              .where('g.domain_code', 'in', visibleCodes.length > 0 ? visibleCodes : ['-']),
          ),
        ]),
      )
      .orderBy('pa.due_date')
      .orderBy('pa.created_at')
      .execute(),
    ctx.db
      .selectFrom('record_team as rt')
      .innerJoin('users as u', 'u.id', 'rt.user_id')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['rt.user_id', 'rt.team_role', 'u.display_name', 'o.name as organisation', 'o.kind'])
      .where('rt.record_type', '=', TRAJECTORY_RECORD_TYPE)
      .where('rt.record_id', '=', t.id)
      .orderBy('u.display_name')
      .execute(),
  ]);
  const today = amsterdamToday();
  const views = actions.map((a) => toAction(a, today));
  const goalViews = goals.map((g): GoalView => ({
    id: g.id,
    domainCode: g.domain_code,
    description: g.description,
    targetDate: g.target_date,
    status: g.status as GoalStatus,
    statusChangedOn: g.status_changed_on,
    createdAt: g.created_at.toISOString(),
    actions: views.filter((a) => a.goalId === g.id),
  }));
  const goalsByDomain: PlanView['goalsByDomain'] = [];
  for (const d of domains) {
    if (!policy.maySee(d.code)) goalsByDomain.push(marker(d.code, policy));
    else {
      const own = goalViews.filter((g) => g.domainCode === d.code);
      if (own.length > 0) goalsByDomain.push({ domainCode: d.code, restricted: false, goals: own });
    }
  }
  await trailRead(ctx, t, 'Plan van aanpak inzien');
  return {
    domains: domainInfos(domains, policy),
    team: team.map((m) => ({ userId: m.user_id, name: m.display_name, organisation: m.organisation, organisationKind: m.kind, teamRole: m.team_role })),
    goalsByDomain,
    otherActions: views.filter((a) => a.goalId === null),
  };
}

export async function createGoal(ctx: Ctx, trajectoryId: string, input: GoalInput): Promise<{ id: string }> {
  const t = await requireTrajectory(ctx, trajectoryId, 'write');
  requireActivePhase(t);
  const policy = await domainPolicy(ctx);
  const errors: FieldError[] = [];
  if (!policy.isKnown(input.domainCode)) errors.push({ path: 'body.domainCode', message: 'Onbekend leefgebied.' });
  else await requireDomain(ctx, t, policy, input.domainCode);
  if (input.targetDate !== null && input.targetDate !== undefined) {
    if (!isIsoDate(input.targetDate)) errors.push({ path: 'body.targetDate', message: 'Vul een bestaande datum in (JJJJ-MM-DD).' });
    else if (input.targetDate < amsterdamToday()) errors.push({ path: 'body.targetDate', message: 'De streefdatum ligt in het verleden.' });
  }
  if (errors.length > 0) throw invalid('Controleer het doel.', errors);
  return inTransaction(ctx, async (tctx) => {
    const row = await tctx.db
      .insertInto('plan_goals')
      .values({
        trajectory_id: t.id,
        domain_code: input.domainCode,
        description: input.description,
        target_date: input.targetDate ?? null,
        created_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trailWrite(tctx, t, 'create', 'Doel aan het plan van aanpak toevoegen');
    return { id: row.id };
  });
}

/** A goal of this trajectory in a domain the actor may see; otherwise 404 (a hidden goal does not exist for them). */
async function visibleGoal(ctx: Ctx, t: TrajectoryAccess, policy: DomainPolicy, goalId: string) {
  const goal = await ctx.db.selectFrom('plan_goals').selectAll().where('id', '=', goalId).where('trajectory_id', '=', t.id).executeTakeFirst();
  return goal && policy.maySee(goal.domain_code) ? goal : undefined;
}

export async function updateGoal(ctx: Ctx, trajectoryId: string, goalId: string, input: GoalUpdate): Promise<{ id: string }> {
  const t = await requireTrajectory(ctx, trajectoryId, 'write');
  requireActivePhase(t);
  const policy = await domainPolicy(ctx);
  const goal = await visibleGoal(ctx, t, policy, goalId);
  if (!goal) throw notFound('Het doel');
  if (input.targetDate !== null && input.targetDate !== undefined && !isIsoDate(input.targetDate)) {
    throw invalid('Controleer het doel.', [{ path: 'body.targetDate', message: 'Vul een bestaande datum in (JJJJ-MM-DD).' }]);
  }
  return inTransaction(ctx, async (tctx) => {
    const statusChanged = input.status !== undefined && input.status !== goal.status;
    await tctx.db
      .updateTable('plan_goals')
      .set({
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.targetDate !== undefined ? { target_date: input.targetDate } : {}),
        ...(statusChanged ? { status: input.status, status_changed_on: amsterdamToday() } : {}),
      })
      .where('id', '=', goal.id)
      .execute();
    await trailWrite(tctx, t, 'update', statusChanged ? `Status van een doel wijzigen naar ${input.status}` : 'Doel wijzigen');
    return { id: goal.id };
  });
}

export async function createAction(ctx: Ctx, trajectoryId: string, input: ActionInput): Promise<{ id: string }> {
  const t = await requireTrajectory(ctx, trajectoryId, 'write');
  requireActivePhase(t);
  const policy = await domainPolicy(ctx);
  const errors: FieldError[] = [];
  let goalDomain: string | null = null;
  if (input.goalId !== null && input.goalId !== undefined) {
    const goal = await visibleGoal(ctx, t, policy, input.goalId);
    if (!goal) errors.push({ path: 'body.goalId', message: 'Kies een doel van dit traject.' });
    else if (goal.status !== 'open') errors.push({ path: 'body.goalId', message: 'Dit doel is niet meer open; heropen het eerst.' });
    else goalDomain = goal.domain_code;
  }
  if (isIsoDate(input.dueDate) && input.dueDate < amsterdamToday()) errors.push({ path: 'body.dueDate', message: 'De uiterste datum ligt in het verleden.' });
  // The responsible person gets the action's text as a task: they must be allowed to see the goal's domain.
  if (goalDomain !== null && policy.restrictedTo(goalDomain).length > 0) {
    const responsible = await ctx.db
      .selectFrom('users as u')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select('o.kind')
      .where('u.id', '=', input.responsibleUserId)
      .executeTakeFirst();
    if (responsible && responsible.kind !== 'gemeente' && !policy.restrictedTo(goalDomain).includes(responsible.kind)) {
      errors.push({ path: 'body.responsibleUserId', message: 'Deze persoon mag dit afgeschermde leefgebied niet zien; kies iemand die dat wel mag.' });
    }
  }
  if (errors.length > 0) throw invalid('Controleer de actie.', errors);
  return inTransaction(ctx, async (tctx) => {
    const id = await addPlanAction(tctx, t, {
      goalId: input.goalId ?? null,
      conferenceItemId: null,
      description: input.description,
      responsibleUserId: input.responsibleUserId,
      dueDate: input.dueDate,
    });
    await trailWrite(tctx, t, 'create', 'Actie aan het plan van aanpak toevoegen');
    return { id };
  });
}

export async function updateAction(ctx: Ctx, trajectoryId: string, actionId: string, input: ActionUpdate): Promise<ActionView> {
  const t = await requireTrajectory(ctx, trajectoryId, 'write');
  const policy = await domainPolicy(ctx);
  const action = await ctx.db
    .selectFrom('plan_actions as pa')
    .leftJoin('plan_goals as g', 'g.id', 'pa.goal_id')
    .leftJoin('tasks as tk', 'tk.id', 'pa.task_id')
    .select(['pa.id', 'pa.status', 'pa.task_id', 'g.domain_code', 'tk.status as task_status'])
    .where('pa.id', '=', actionId)
    .where('pa.trajectory_id', '=', t.id)
    .executeTakeFirst();
  if (!action || (action.domain_code !== null && !policy.maySee(action.domain_code))) throw notFound('De actie');
  const current = effectiveActionStatus(action.status, action.task_status);
  if (current === 'cancelled') throw conflict('Deze actie is geannuleerd.');
  if (current === 'done' && input.status === 'cancelled') throw conflict('Deze actie is al afgerond en kan niet meer worden geannuleerd.');
  if (action.status === 'done') throw conflict('Deze actie is al afgerond.');
  const now = new Date();
  await inTransaction(ctx, async (tctx) => {
    await tctx.db
      .updateTable('plan_actions')
      .set({ status: input.status, completed_at: now, ...(input.status === 'cancelled' ? { task_id: null } : {}) })
      .where('id', '=', action.id)
      .execute();
    if (action.task_id) {
      if (input.status === 'done') {
        // Keep "Mijn werk" in step: the responsible person's task is done too.
        await tctx.db
          .updateTable('tasks')
          .set({ status: 'done', completed_at: now, completed_by: ctx.actor.userId })
          .where('id', '=', action.task_id)
          .where('status', '=', 'open')
          .execute();
      } else {
        // A cancelled action leaves no work behind: its open task is removed from the responsible person's list.
        await tctx.db.deleteFrom('tasks').where('id', '=', action.task_id).where('status', '=', 'open').execute();
      }
    }
    await trailWrite(tctx, t, 'update', input.status === 'done' ? 'Actie afronden' : 'Actie annuleren');
  });
  const row = await actionQuery(ctx.db, t.id).where('pa.id', '=', action.id).executeTakeFirstOrThrow();
  return toAction(row, amsterdamToday());
}

// ---- daytime activities ------------------------------------------------------------------------------------

function toDaytime(
  r: {
    id: string;
    kind: string;
    with_status: boolean;
    place: string;
    started_on: string;
    ended_on: string | null;
    note: string;
    created_at: Date;
  },
  today: string,
): DaytimeView {
  return {
    id: r.id,
    kind: r.kind as DaytimeKind,
    withStatus: r.with_status,
    place: r.place,
    startedOn: r.started_on,
    endedOn: r.ended_on,
    current: r.started_on <= today && (r.ended_on === null || r.ended_on >= today),
    note: r.note,
    createdAt: r.created_at.toISOString(),
  };
}

/** Daytime activities are visible to the whole case team (no domain restriction). */
export async function listDaytime(ctx: Ctx, trajectoryId: string): Promise<{ items: DaytimeView[] }> {
  const t = await requireTrajectory(ctx, trajectoryId, 'read');
  const rows = await ctx.db
    .selectFrom('daytime_activities')
    .selectAll()
    .where('trajectory_id', '=', t.id)
    .orderBy('started_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  const today = amsterdamToday();
  const items = rows.map((r) => toDaytime(r, today));
  items.sort((a, b) => Number(b.current) - Number(a.current));
  await trailRead(ctx, t, 'Dagbesteding inzien');
  return { items };
}

function checkDaytimeDates(startedOn: string, endedOn: string | null | undefined, errors: FieldError[], today: string, checkStart: boolean): void {
  if (checkStart) {
    if (!isIsoDate(startedOn)) errors.push({ path: 'body.startedOn', message: 'Vul een bestaande datum in (JJJJ-MM-DD).' });
    else if (startedOn > today) errors.push({ path: 'body.startedOn', message: 'De startdatum ligt in de toekomst.' });
  }
  if (endedOn !== null && endedOn !== undefined) {
    if (!isIsoDate(endedOn)) errors.push({ path: 'body.endedOn', message: 'Vul een bestaande datum in (JJJJ-MM-DD).' });
    else if (endedOn < startedOn) errors.push({ path: 'body.endedOn', message: `De einddatum ligt vóór de startdatum (${startedOn}).` });
  }
}

export async function createDaytime(ctx: Ctx, trajectoryId: string, input: DaytimeInput): Promise<{ id: string }> {
  const t = await requireTrajectory(ctx, trajectoryId, 'write');
  requireActivePhase(t);
  const errors: FieldError[] = [];
  checkDaytimeDates(input.startedOn, input.endedOn, errors, amsterdamToday(), true);
  if (errors.length > 0) throw invalid('Controleer de dagbesteding.', errors);
  return inTransaction(ctx, async (tctx) => {
    const row = await tctx.db
      .insertInto('daytime_activities')
      .values({
        trajectory_id: t.id,
        kind: input.kind,
        with_status: input.withStatus,
        place: input.place,
        started_on: input.startedOn,
        ended_on: input.endedOn ?? null,
        note: input.note,
        created_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trailWrite(tctx, t, 'create', 'Dagbesteding vastleggen');
    return { id: row.id };
  });
}

export async function updateDaytime(ctx: Ctx, trajectoryId: string, activityId: string, input: DaytimeUpdate): Promise<DaytimeView> {
  const t = await requireTrajectory(ctx, trajectoryId, 'write');
  requireActivePhase(t);
  const existing = await ctx.db.selectFrom('daytime_activities').selectAll().where('id', '=', activityId).where('trajectory_id', '=', t.id).executeTakeFirst();
  if (!existing) throw notFound('De dagbesteding');
  const errors: FieldError[] = [];
  checkDaytimeDates(existing.started_on, input.endedOn, errors, amsterdamToday(), false);
  if (errors.length > 0) throw invalid('Controleer de dagbesteding.', errors);
  return inTransaction(ctx, async (tctx) => {
    const row = await tctx.db
      .updateTable('daytime_activities')
      .set({
        ...(input.withStatus !== undefined ? { with_status: input.withStatus } : {}),
        ...(input.place !== undefined ? { place: input.place } : {}),
        ...(input.endedOn !== undefined ? { ended_on: input.endedOn } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
      })
      .where('id', '=', existing.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trailWrite(tctx, t, 'update', input.endedOn ? 'Dagbesteding beëindigen' : 'Dagbesteding wijzigen');
    return toDaytime(row, amsterdamToday());
  });
}
