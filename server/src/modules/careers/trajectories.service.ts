import { sql } from 'kysely';
import type { ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { AppError, conflict, forbidden } from '../../kernel/errors.js';
import { recordTrail } from '../../kernel/trail.js';
import { createSubject, linkRecordToSubject, loadVisibleSubject } from '../registry/index.js';
import { amsterdamToday } from '../tasks/index.js';
import { organisationKindOf, personLabel, requireTrajectory, trajectorySubjects, visibleTrajectories, type TrajectoryAccess } from './access.js';
import { cancelOpenFollowUps, createFollowUps } from './followups.service.js';
import { loadSettings } from './reference.service.js';
import { loadTeam, mayDecide } from './team.service.js';
import type {
  IntakeDecisionInput,
  IntakeInput,
  ListItem,
  ListQuery,
  ReferralInput,
  ReviewInput,
  TrajectoryDetail,
  TransitionInput,
} from './trajectories.schemas.js';
import { addMonths, checkMove, checkReview, exitReasonsFor, isReviewOverdue, startsFollowUp, transitionTargets, type WorkflowError } from './workflow.js';
import { CAREERS_ACTIVITY, CAREERS_MODULE, referringKinds, TRAJECTORY_RECORD_TYPE, type ExitReason, type Phase, type TargetGroup } from './vocabulary.js';

type FieldError = { path: string; message: string };

function validation(errors: FieldError[], message = 'Controleer de gegevens.'): AppError {
  return new AppError('VALIDATION_FAILED', errors.length === 1 ? errors[0]!.message : message, { errors });
}

function fromWorkflow(errors: WorkflowError[]): AppError {
  return validation(errors.map((e) => ({ path: `body.${e.field}`, message: e.message })));
}

async function denyDecision(ctx: ServiceContext, t: TrajectoryAccess, what: string): Promise<never> {
  await recordTrail(ctx, { action: 'deny', objectType: TRAJECTORY_RECORD_TYPE, objectId: t.id, outcome: 'denied', reason: `${what}: not the regisseur` });
  throw forbidden('Alleen de regisseur van dit traject kan dit besluiten.');
}

/** Loads the trajectory for a decision (phase, intake, review): write access and the regisseur (or a pga_director on the team). */
async function requireDecider(ctx: ServiceContext, id: string, what: string): Promise<TrajectoryAccess> {
  const t = await requireTrajectory(ctx, id, 'write');
  if (!mayDecide(ctx.actor, t)) await denyDecision(ctx, t, what);
  return t;
}

async function activeLegalBasis(db: Db, code: string | undefined): Promise<boolean> {
  if (!code) return false;
  const row = await db.selectFrom('career_legal_bases').select('code').where('code', '=', code).where('active', '=', true).executeTakeFirst();
  return row !== undefined;
}

// ---- referral ----------------------------------------------------------------------------------

/** A partner (or the municipality) refers a young person. The referrer goes on the team as aanmelder. */
export async function createReferral(ctx: ServiceContext, input: ReferralInput, now = new Date()): Promise<TrajectoryDetail> {
  const today = amsterdamToday(now);
  const referredOn = input.referredOn ?? today;
  const errors: FieldError[] = [];
  const kind = await organisationKindOf(ctx);
  if (!(referringKinds as readonly string[]).includes(kind)) {
    await recordTrail(ctx, {
      action: 'deny',
      objectType: TRAJECTORY_RECORD_TYPE,
      objectId: null,
      outcome: 'denied',
      reason: `refer: organisation kind ${kind}`,
    });
    throw forbidden('Je organisatie kan geen jongeren aanmelden voor de jongerenaanpak.');
  }
  if (!input.legalBasisCode) {
    errors.push({ path: 'body.legalBasisCode', message: 'Kies de grondslag waarop je de gegevens deelt. Zonder grondslag kan een aanmelding niet.' });
  } else if (!(await activeLegalBasis(ctx.db, input.legalBasisCode))) errors.push({ path: 'body.legalBasisCode', message: 'Kies een grondslag uit de lijst.' });
  if (input.person.dateOfBirth > today) errors.push({ path: 'body.person.dateOfBirth', message: 'De geboortedatum ligt in de toekomst.' });
  if (referredOn > today) errors.push({ path: 'body.referredOn', message: 'De datum van aanmelding kan niet in de toekomst liggen.' });
  else if (referredOn < input.person.dateOfBirth) errors.push({ path: 'body.referredOn', message: 'De datum van aanmelding ligt vóór de geboortedatum.' });
  if (errors.length > 0) throw validation(errors, 'Controleer de aanmelding.');
  const settings = await loadSettings(ctx.db);

  const id = await ctx.db.transaction().execute(async (trx) => {
    const seq = await sql<{ n: string }>`select nextval('trajectory_number_seq')::text as n`.execute(trx);
    const number = `JA-${today.slice(0, 4)}-${seq.rows[0]!.n.padStart(5, '0')}`;
    const row = await trx
      .insertInto('trajectories')
      .values({
        number,
        given_names: input.person.givenNames,
        surname_prefix: input.person.surnamePrefix,
        surname: input.person.surname,
        date_of_birth: input.person.dateOfBirth,
        wijk_code: input.person.wijkCode ?? null,
        subject_id: null,
        referrer_org_id: ctx.actor.organisationId,
        referrer_user_id: ctx.actor.userId,
        referral_reason: input.referralReason,
        referred_on: referredOn,
        legal_basis_code: input.legalBasisCode!,
        target_group: null,
        informed: null,
        informed_exception: null,
        criteria_check: '[]',
        intake_decision: null,
        referred_to: null,
        intake_decided_by: null,
        intake_decided_at: null,
        regisseur_user_id: null,
        review_interval_months: settings.reviewIntervalMonths,
        next_review_due: null,
        exit_reason: null,
        exited_on: null,
        created_by: ctx.actor.userId,
        phase_changed_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('trajectory_phase_history')
      .values({ trajectory_id: row.id, from_phase: null, to_phase: 'aanmelding', reason: 'referral', note: '', changed_by: ctx.actor.userId, changed_at: now })
      .execute();
    await trx
      .insertInto('record_team')
      .values({ record_type: TRAJECTORY_RECORD_TYPE, record_id: row.id, user_id: ctx.actor.userId, team_role: 'aanmelder' })
      .execute();
    await recordTrail(
      { ...ctx, db: trx },
      {
        action: 'create',
        objectType: TRAJECTORY_RECORD_TYPE,
        objectId: row.id,
        reason: `referral, legal basis ${input.legalBasisCode}`,
        processing: { activity: CAREERS_ACTIVITY, name: 'Jongere aangemeld', subjects: [{ type: TRAJECTORY_RECORD_TYPE, id: row.id }] },
      },
    );
    return row.id;
  });
  return getTrajectory(ctx, id, now);
}

// ---- list --------------------------------------------------------------------------------------

/**
 * The caseload: one query for the page (the open actions counted by a lateral subquery over the page rows only)
 * and one count. scope mine = I am the regisseur; queue = unassigned referrals (regisseurs); team = all I am on.
 */
export async function listTrajectories(
  ctx: ServiceContext,
  query: ListQuery,
  now = new Date(),
): Promise<{ items: ListItem[]; total: number; page: number; pageSize: number }> {
  const today = amsterdamToday(now);
  const me = ctx.actor.userId;
  if (query.scope === 'queue' && ctx.actor.role !== 'pga_director') return { items: [], total: 0, page: query.page, pageSize: query.pageSize };

  const base = () => {
    let q = visibleTrajectories(ctx.db.selectFrom('trajectories as t'), ctx.actor, 't');
    if (query.scope === 'mine') q = q.where('t.regisseur_user_id', '=', me);
    else if (query.scope === 'queue') q = q.where('t.regisseur_user_id', 'is', null).where('t.phase', '=', 'aanmelding');
    else {
      q = q.where(
        sql<boolean>`t.id in (select rt.record_id::uuid from record_team rt where rt.user_id = ${me} and rt.record_type = ${TRAJECTORY_RECORD_TYPE})`,
      );
    }
    if (query.phase) q = q.where('t.phase', '=', query.phase);
    if (query.targetGroup) q = q.where('t.target_group', '=', query.targetGroup);
    if (query.wijkCode) q = q.where('t.wijk_code', '=', query.wijkCode);
    if (query.reviewOverdue === 'true') {
      q = q.where('t.next_review_due', '<', today).where('t.phase', 'in', ['plan', 'uitvoering', 'nazorg']);
    }
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q = q.where((eb) =>
        eb.or([
          eb('t.number', 'ilike', like),
          eb(sql<string>`t.given_names || ' ' || case when t.surname_prefix = '' then '' else t.surname_prefix || ' ' end || t.surname`, 'ilike', like),
        ]),
      );
    }
    return q;
  };

  const order =
    query.scope === 'queue'
      ? sql`t.referred_on asc, t.number asc`
      : sql`case when t.phase = 'uitstroom' then 1 else 0 end, t.next_review_due asc nulls last, t.number asc`;
  const offset = (query.page - 1) * query.pageSize;
  const [rows, count] = await Promise.all([
    ctx.db
      .with('page', () =>
        base()
          .select([
            't.id',
            't.number',
            't.given_names',
            't.surname_prefix',
            't.surname',
            't.date_of_birth',
            't.phase',
            't.target_group',
            't.regisseur_user_id',
            't.wijk_code',
            't.next_review_due',
            't.referred_on',
            't.subject_id',
          ])
          .orderBy(order)
          .limit(query.pageSize)
          .offset(offset),
      )
      .selectFrom('page as p')
      .leftJoin('users as u', 'u.id', 'p.regisseur_user_id')
      .selectAll('p')
      .select([
        'u.display_name as regisseur_name',
        sql<string>`(select count(*) from plan_actions pa where pa.trajectory_id = p.id and pa.status = 'open')::text`.as('open_actions'),
      ])
      .orderBy(
        query.scope === 'queue'
          ? sql`p.referred_on asc, p.number asc`
          : sql`case when p.phase = 'uitstroom' then 1 else 0 end, p.next_review_due asc nulls last, p.number asc`,
      )
      .execute(),
    base()
      .select(sql<string>`count(*)::text`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const items = rows.map((r) => ({
    id: r.id,
    number: r.number,
    name: personLabel(r),
    dateOfBirth: r.date_of_birth,
    phase: r.phase as Phase,
    targetGroup: (r.target_group as TargetGroup | null) ?? null,
    regisseur: r.regisseur_user_id && r.regisseur_name ? { id: r.regisseur_user_id, name: r.regisseur_name } : null,
    wijkCode: r.wijk_code,
    nextReviewDue: r.next_review_due,
    reviewOverdue: isReviewOverdue(r.next_review_due, r.phase as Phase, today),
    openActions: Number(r.open_actions),
    referredOn: r.referred_on,
  }));
  if (items.length > 0) {
    await recordTrail(ctx, {
      action: 'read',
      objectType: TRAJECTORY_RECORD_TYPE,
      objectId: null,
      reason: `caseload ${query.scope}, ${items.length} rows`,
      processing: {
        activity: CAREERS_ACTIVITY,
        name: 'Caseload ingezien',
        subjects: rows.map((r) => trajectorySubjects({ id: r.id, subjectId: r.subject_id })[0]!),
      },
    });
  }
  return { items, total: Number(count.n), page: query.page, pageSize: query.pageSize };
}

// ---- detail ------------------------------------------------------------------------------------

export async function getTrajectory(ctx: ServiceContext, id: string, now = new Date()): Promise<TrajectoryDetail> {
  const t = await requireTrajectory(ctx, id, 'read');
  const detail = await buildDetail(ctx, t, now);
  await recordTrail(ctx, {
    action: 'read',
    objectType: TRAJECTORY_RECORD_TYPE,
    objectId: t.id,
    processing: { activity: CAREERS_ACTIVITY, name: 'Traject ingezien', subjects: trajectorySubjects(t) },
  });
  return detail;
}

async function buildDetail(ctx: ServiceContext, t: TrajectoryAccess, now: Date): Promise<TrajectoryDetail> {
  const today = amsterdamToday(now);
  const db = ctx.db;
  const [row, team, history, reviews, followUps, family] = await Promise.all([
    db
      .selectFrom('trajectories as t')
      .innerJoin('organisations as o', 'o.id', 't.referrer_org_id')
      .innerJoin('users as ru', 'ru.id', 't.referrer_user_id')
      .innerJoin('career_legal_bases as lb', 'lb.code', 't.legal_basis_code')
      .leftJoin('users as reg', 'reg.id', 't.regisseur_user_id')
      .leftJoin('users as dec', 'dec.id', 't.intake_decided_by')
      .selectAll('t')
      .select([
        'o.name as referrer_org',
        'ru.display_name as referrer_name',
        'lb.name_nl as legal_basis_name',
        'reg.display_name as regisseur_name',
        'dec.display_name as decided_by_name',
      ])
      .where('t.id', '=', t.id)
      .executeTakeFirstOrThrow(),
    loadTeam(db, t.id),
    db
      .selectFrom('trajectory_phase_history as h')
      .leftJoin('users as u', 'u.id', 'h.changed_by')
      .select(['h.from_phase', 'h.to_phase', 'h.reason', 'h.note', 'u.display_name', 'h.changed_at'])
      .where('h.trajectory_id', '=', t.id)
      .orderBy('h.id')
      .execute(),
    db
      .selectFrom('career_reviews as r')
      .innerJoin('users as u', 'u.id', 'r.reviewed_by')
      .selectAll('r')
      .select('u.display_name')
      .where('r.trajectory_id', '=', t.id)
      .orderBy('r.reviewed_on', 'desc')
      .orderBy('r.created_at', 'desc')
      .execute(),
    db.selectFrom('career_follow_ups').selectAll().where('trajectory_id', '=', t.id).orderBy('due_date').orderBy('created_at').execute(),
    db
      .selectFrom('trajectory_family_decisions as f')
      .innerJoin('users as u', 'u.id', 'f.decided_by')
      .selectAll('f')
      .select('u.display_name')
      .where('f.trajectory_id', '=', t.id)
      .orderBy('f.decided_at')
      .execute(),
  ]);
  const phase = row.phase as Phase;
  const overdue = isReviewOverdue(row.next_review_due, phase, today);
  const decider = mayDecide(ctx.actor, t);
  const everAccepted = history.some((h) => h.from_phase === 'intake' && h.to_phase === 'plan');
  const allowedTransitions = decider
    ? transitionTargets(phase)
        .filter(
          (to) =>
            checkMove({ from: phase, to, kind: 'transition', reason: exitReasonsFor(phase, to)[0] ?? null, reviewOverdue: overdue, everAccepted }).length === 0,
        )
        .map((to) => ({ to, reasons: [...exitReasonsFor(phase, to)] }))
    : [];
  const criteria = Array.isArray(row.criteria_check) ? (row.criteria_check as { code: string; met: boolean; note: string }[]) : [];
  return {
    id: row.id,
    number: row.number,
    name: personLabel(row),
    givenNames: row.given_names,
    surnamePrefix: row.surname_prefix,
    surname: row.surname,
    dateOfBirth: row.date_of_birth,
    wijkCode: row.wijk_code,
    subjectId: row.subject_id,
    phase,
    phaseChangedAt: row.phase_changed_at.toISOString(),
    referral: {
      reason: row.referral_reason,
      referredOn: row.referred_on,
      organisation: row.referrer_org,
      referrer: row.referrer_name,
      legalBasis: { code: row.legal_basis_code, name: row.legal_basis_name },
    },
    intake: {
      targetGroup: (row.target_group as TargetGroup | null) ?? null,
      familyContext: row.family_context,
      informed: row.informed,
      informedException: row.informed_exception ?? '',
      criteria: criteria.map((c) => ({ code: String(c.code), met: c.met === true, note: String(c.note ?? '') })),
      decision: (row.intake_decision as TrajectoryDetail['intake']['decision']) ?? null,
      decisionNote: row.intake_decision_note,
      referredTo: row.referred_to,
      decidedAt: row.intake_decided_at ? row.intake_decided_at.toISOString() : null,
      decidedBy: row.decided_by_name,
    },
    regisseur: row.regisseur_user_id && row.regisseur_name ? { id: row.regisseur_user_id, name: row.regisseur_name } : null,
    reviewIntervalMonths: row.review_interval_months,
    nextReviewDue: row.next_review_due,
    reviewOverdue: overdue,
    exit: { reason: (row.exit_reason as ExitReason | null) ?? null, note: row.exit_note, on: row.exited_on },
    team,
    phaseHistory: history.map((h) => ({
      from: (h.from_phase as Phase | null) ?? null,
      to: h.to_phase as Phase,
      reason: h.reason,
      note: h.note,
      changedBy: h.display_name,
      changedAt: h.changed_at.toISOString(),
    })),
    reviews: reviews.map((r) => ({
      id: r.id,
      kind: r.kind as 'proportionality' | 'progress',
      reviewedOn: r.reviewed_on,
      criteriaStillHold: r.criteria_still_hold,
      decision: r.decision as 'continue' | 'to_aftercare' | 'exit',
      motivation: r.motivation,
      resilience: r.resilience,
      note: r.note,
      reviewedBy: r.display_name,
    })),
    followUps: followUps.map((f) => ({
      id: f.id,
      months: f.months,
      dueDate: f.due_date,
      status: f.status as 'open' | 'done' | 'cancelled',
      note: f.note,
      doneOn: f.done_on,
      taskId: f.task_id,
    })),
    familyDecisions: family.map((f) => ({
      id: f.id,
      name: f.name,
      relation: f.relation,
      motivation: f.motivation,
      subjectId: f.subject_id,
      decidedBy: f.display_name,
      decidedAt: f.decided_at.toISOString(),
    })),
    allowedTransitions,
    permissions: {
      canWrite: t.canWrite,
      isRegisseur: t.isRegisseur,
      canAssignRegisseur: ctx.actor.role === 'pga_director' && (row.regisseur_user_id === null ? phase === 'aanmelding' : t.canWrite),
      canDecide: decider,
      canManageTeam: t.canWrite,
      canReEnter: decider && (phase === 'nazorg' || (phase === 'uitstroom' && everAccepted)),
    },
    version: row.version,
  };
}

// ---- phase changes -----------------------------------------------------------------------------

interface PhaseChange {
  from: Phase;
  to: Phase;
  reason: string | null;
  note: string;
  /** Extra columns to set on the trajectory in the same update. */
  set?: Record<string, unknown>;
}

/**
 * Moves the phase (inside the caller's transaction): updates the row with optimistic locking on the phase, appends
 * the history, and when the trajectory leaves the intensive approach, plans the follow-up moments for the regisseur.
 */
async function changePhase(tctx: ServiceContext, t: TrajectoryAccess, change: PhaseChange, now: Date): Promise<void> {
  const today = amsterdamToday(now);
  const leaving = change.to === 'nazorg' || change.to === 'uitstroom';
  const leavingApproach = leaving && change.from !== 'nazorg';
  const updated = await tctx.db
    .updateTable('trajectories')
    .set({
      phase: change.to,
      phase_changed_at: now,
      updated_at: now,
      version: sql`version + 1`,
      ...(leavingApproach ? { exit_reason: change.reason, exit_note: change.note, exited_on: today } : {}),
      ...(change.to === 'uitstroom' ? { next_review_due: null } : {}),
      ...(change.from === 'nazorg' && change.to === 'uitstroom' ? { exit_reason: change.reason, exit_note: change.note } : {}),
      ...change.set,
    })
    .where('id', '=', t.id)
    .where('phase', '=', change.from)
    .returning(['regisseur_user_id', 'number'])
    .executeTakeFirst();
  if (!updated) throw conflict('Het traject is intussen gewijzigd. Vernieuw de pagina en probeer het opnieuw.');
  await tctx.db
    .insertInto('trajectory_phase_history')
    .values({
      trajectory_id: t.id,
      from_phase: change.from,
      to_phase: change.to,
      reason: change.reason,
      note: change.note,
      changed_by: tctx.actor.userId,
      changed_at: now,
    })
    .execute();
  if (startsFollowUp(change.from, change.to, change.reason)) {
    await createFollowUps(
      tctx.db,
      { id: t.id, number: updated.number, regisseurUserId: updated.regisseur_user_id ?? tctx.actor.userId },
      today,
      tctx.actor.userId,
    );
  }
}

async function currentState(
  db: Db,
  id: string,
): Promise<{ phase: Phase; nextReviewDue: string | null; everAccepted: boolean; referredOn: string; interval: number }> {
  const row = await db
    .selectFrom('trajectories')
    .select([
      'phase',
      'next_review_due',
      'referred_on',
      'review_interval_months',
      sql<boolean>`exists (select 1 from trajectory_phase_history h where h.trajectory_id = trajectories.id and h.from_phase = 'intake' and h.to_phase = 'plan')`.as(
        'ever_accepted',
      ),
    ])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return {
    phase: row.phase as Phase,
    nextReviewDue: row.next_review_due,
    everAccepted: row.ever_accepted,
    referredOn: row.referred_on,
    interval: row.review_interval_months,
  };
}

export async function transition(ctx: ServiceContext, id: string, input: TransitionInput, now = new Date()): Promise<TrajectoryDetail> {
  const t = await requireDecider(ctx, id, 'transition');
  const state = await currentState(ctx.db, t.id);
  const errors = checkMove({
    from: state.phase,
    to: input.to,
    kind: 'transition',
    reason: input.reason ?? null,
    reviewOverdue: isReviewOverdue(state.nextReviewDue, state.phase, amsterdamToday(now)),
    everAccepted: state.everAccepted,
  });
  if (errors.length > 0) throw fromWorkflow(errors);
  const leaving = input.to === 'nazorg' || input.to === 'uitstroom';
  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    await changePhase(tctx, t, { from: state.phase, to: input.to, reason: leaving ? (input.reason ?? null) : null, note: input.note }, now);
    await recordTrail(tctx, {
      action: 'transition',
      objectType: TRAJECTORY_RECORD_TYPE,
      objectId: t.id,
      reason: `${state.phase} → ${input.to}${input.reason ? ` (${input.reason})` : ''}`,
      processing: { activity: CAREERS_ACTIVITY, name: 'Fase gewijzigd', subjects: trajectorySubjects(t) },
    });
  });
  return getTrajectory(ctx, t.id, now);
}

// ---- intake ------------------------------------------------------------------------------------

async function activeCriteria(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('career_criteria').select('code').where('active', '=', true).orderBy('sort_order').orderBy('code').execute();
  return rows.map((r) => r.code);
}

export async function saveIntake(ctx: ServiceContext, id: string, input: IntakeInput, now = new Date()): Promise<TrajectoryDetail> {
  const t = await requireDecider(ctx, id, 'intake');
  if (t.phase !== 'intake') throw conflict('De intake kan alleen worden vastgelegd zolang het traject in de fase intake is.');
  if (input.expectedVersion !== undefined && input.expectedVersion !== t.version) {
    throw conflict('Iemand anders heeft het traject intussen gewijzigd. Vernieuw de pagina en probeer het opnieuw.');
  }
  const errors: FieldError[] = [];
  const codes = await activeCriteria(ctx.db);
  const seen = new Set<string>();
  input.criteria.forEach((c, i) => {
    if (!codes.includes(c.code)) errors.push({ path: `body.criteria.${i}.code`, message: 'Onbekend of niet meer gebruikt criterium.' });
    else if (seen.has(c.code)) errors.push({ path: `body.criteria.${i}.code`, message: 'Dit criterium staat er al.' });
    seen.add(c.code);
  });
  const missing = codes.filter((c) => !seen.has(c));
  if (missing.length > 0) errors.push({ path: 'body.criteria', message: `Beoordeel elk criterium; nog open: ${missing.join(', ')}.` });
  if (input.informed === false && input.informedException.trim().length < 10) {
    errors.push({ path: 'body.informedException', message: 'Motiveer waarom de jongere (nog) niet is geïnformeerd (minstens 10 tekens).' });
  }
  if (!(await activeLegalBasis(ctx.db, input.legalBasisCode))) errors.push({ path: 'body.legalBasisCode', message: 'Kies een grondslag uit de lijst.' });
  if (errors.length > 0) throw validation(errors, 'Controleer de intake.');
  const ordered = codes.map((code) => input.criteria.find((c) => c.code === code)!);
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('trajectories')
      .set({
        target_group: input.targetGroup,
        family_context: input.familyContext,
        informed: input.informed,
        informed_exception: input.informed === false ? input.informedException : null,
        criteria_check: JSON.stringify(ordered.map((c) => ({ code: c.code, met: c.met, note: c.note }))),
        legal_basis_code: input.legalBasisCode,
        updated_at: now,
        version: sql`version + 1`,
      })
      .where('id', '=', t.id)
      .where('phase', '=', 'intake')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw conflict('Het traject is intussen gewijzigd. Vernieuw de pagina.');
    await recordTrail(
      { ...ctx, db: trx },
      {
        action: 'update',
        objectType: TRAJECTORY_RECORD_TYPE,
        objectId: t.id,
        reason: 'intake',
        processing: { activity: CAREERS_ACTIVITY, name: 'Intake vastgelegd', subjects: trajectorySubjects(t) },
      },
    );
  });
  return getTrajectory(ctx, t.id, now);
}

export async function decideIntake(ctx: ServiceContext, id: string, input: IntakeDecisionInput, now = new Date()): Promise<TrajectoryDetail> {
  const t = await requireDecider(ctx, id, 'intake decision');
  if (t.phase !== 'intake') throw conflict('Over de intake is al besloten, of het traject is nog niet in de fase intake.');
  const today = amsterdamToday(now);
  const row = await ctx.db.selectFrom('trajectories').selectAll().where('id', '=', t.id).executeTakeFirstOrThrow();
  const errors: FieldError[] = [];
  if (input.decision === 'accept') {
    const codes = await activeCriteria(ctx.db);
    const check = Array.isArray(row.criteria_check) ? (row.criteria_check as { code: string; met: boolean }[]) : [];
    const unmet = codes.filter((code) => !check.some((c) => c.code === code && c.met === true));
    if (unmet.length > 0) {
      errors.push({
        path: 'body.decision',
        message: `Aannemen kan alleen als aan alle criteria is voldaan; niet (vastgelegd als) voldaan: ${unmet.join(', ')}.`,
      });
    }
    if (row.informed === null) errors.push({ path: 'body.decision', message: 'Leg in de intake vast of de jongere is geïnformeerd.' });
    else if (row.informed === false && !(row.informed_exception ?? '').trim()) {
      errors.push({ path: 'body.decision', message: 'De jongere is niet geïnformeerd en er is geen gemotiveerde uitzondering vastgelegd.' });
    }
    if (!row.target_group) errors.push({ path: 'body.decision', message: 'Leg in de intake de doelgroep vast (jonge aanwas of doorgroeier).' });
  }
  if (input.decision === 'refer_elsewhere' && !input.referredTo?.trim()) errors.push({ path: 'body.referredTo', message: 'Vul in naar wie je doorverwijst.' });
  if (errors.length > 0) throw validation(errors, 'Het intakebesluit kan zo niet worden genomen.');

  // Only an accepted young person enters the registry. createSubject runs its own transaction, so it comes first.
  let subjectId: string | null = row.subject_id;
  if (input.decision === 'accept' && !subjectId) {
    const created = await createSubject(ctx, {
      kind: 'person',
      givenNames: row.given_names,
      surnamePrefix: row.surname_prefix,
      surname: row.surname,
      dateOfBirth: row.date_of_birth,
      aliases: [],
      confidentiality: t.confidentiality as Parameters<typeof createSubject>[1]['confidentiality'],
      // Neutral on purpose: the registry shows the source to everyone who may see the person (an analyst, too), and
      // that someone is in the youth approach is for the case team only (ADR 0014).
      source: 'Eigen registratie gemeente',
      sourceDate: today,
    });
    subjectId = created.subject.id;
  }
  const settings = await loadSettings(ctx.db);
  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const decided = { intake_decision: input.decision, intake_decision_note: input.note, intake_decided_by: ctx.actor.userId, intake_decided_at: now };
    if (input.decision === 'accept') {
      await changePhase(
        tctx,
        t,
        {
          from: 'intake',
          to: 'plan',
          reason: 'accepted',
          note: input.note,
          set: {
            ...decided,
            subject_id: subjectId,
            referred_to: null,
            review_interval_months: settings.reviewIntervalMonths,
            next_review_due: addMonths(today, settings.reviewIntervalMonths),
          },
        },
        now,
      );
      await linkRecordToSubject(trx, {
        subjectId: subjectId!,
        module: CAREERS_MODULE,
        recordType: TRAJECTORY_RECORD_TYPE,
        recordId: t.id,
        caseNumber: row.number,
        label: `Jongerenaanpak ${row.number}`,
        role: 'jongere',
        confidentiality: t.confidentiality as Parameters<typeof linkRecordToSubject>[1]['confidentiality'],
        createdBy: ctx.actor.userId,
      });
    } else {
      await changePhase(
        tctx,
        t,
        {
          from: 'intake',
          to: 'uitstroom',
          reason: 'not_accepted',
          note: input.note,
          set: { ...decided, referred_to: input.decision === 'refer_elsewhere' ? input.referredTo!.trim() : null },
        },
        now,
      );
    }
    await recordTrail(tctx, {
      action: 'decide',
      objectType: TRAJECTORY_RECORD_TYPE,
      objectId: t.id,
      reason: `intake decision ${input.decision}`,
      processing: { activity: CAREERS_ACTIVITY, name: 'Intakebesluit', subjects: trajectorySubjects({ id: t.id, subjectId }) },
    });
  });
  return getTrajectory(ctx, t.id, now);
}

// ---- reviews -----------------------------------------------------------------------------------

export async function recordReview(ctx: ServiceContext, id: string, input: ReviewInput, now = new Date()): Promise<TrajectoryDetail> {
  const t = await requireDecider(ctx, id, 'review');
  const today = amsterdamToday(now);
  const state = await currentState(ctx.db, t.id);
  const errors: FieldError[] = [];
  if (!input.decision) errors.push({ path: 'body.decision', message: 'Een toets zonder besluit kan niet: kies doorgaan, naar nazorg of uitstroom.' });
  if (input.reviewedOn > today) errors.push({ path: 'body.reviewedOn', message: 'De datum van de toets kan niet in de toekomst liggen.' });
  else if (input.reviewedOn < state.referredOn) errors.push({ path: 'body.reviewedOn', message: 'De datum van de toets ligt vóór de aanmelding.' });
  if (input.decision) {
    for (const e of checkReview({
      phase: state.phase,
      kind: input.kind,
      criteriaStillHold: input.criteriaStillHold ?? null,
      decision: input.decision,
      exitReason: input.exitReason ?? null,
    })) {
      errors.push({ path: `body.${e.field}`, message: e.message });
    }
  } else if (input.kind === 'proportionality' && (input.criteriaStillHold ?? null) === null) {
    errors.push({ path: 'body.criteriaStillHold', message: 'Geef bij een evenredigheidstoets aan of de criteria nog gelden.' });
  }
  if (errors.length > 0) throw validation(errors, 'Controleer de toets.');
  const decision = input.decision!;
  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    await trx
      .insertInto('career_reviews')
      .values({
        trajectory_id: t.id,
        reviewed_on: input.reviewedOn,
        kind: input.kind,
        criteria_still_hold: input.criteriaStillHold ?? null,
        decision,
        motivation: input.motivation,
        resilience: input.resilience,
        note: input.note,
        reviewed_by: ctx.actor.userId,
      })
      .execute();
    const nextDue = input.kind === 'proportionality' ? { next_review_due: addMonths(input.reviewedOn, state.interval) } : {};
    if (decision === 'continue') {
      const updated = await trx
        .updateTable('trajectories')
        .set({ ...nextDue, updated_at: now, version: sql`version + 1` })
        .where('id', '=', t.id)
        .where('phase', '=', state.phase)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw conflict('Het traject is intussen gewijzigd. Vernieuw de pagina.');
    } else {
      const to: Phase = decision === 'to_aftercare' ? 'nazorg' : 'uitstroom';
      await changePhase(tctx, t, { from: state.phase, to, reason: input.exitReason!, note: input.note, set: to === 'nazorg' ? nextDue : {} }, now);
    }
    await recordTrail(tctx, {
      action: 'review',
      objectType: TRAJECTORY_RECORD_TYPE,
      objectId: t.id,
      reason: `${input.kind}: ${decision}`,
      processing: {
        activity: CAREERS_ACTIVITY,
        name: input.kind === 'proportionality' ? 'Evenredigheidstoets' : 'Voortgangsbespreking',
        subjects: trajectorySubjects(t),
      },
    });
  });
  return getTrajectory(ctx, t.id, now);
}

// ---- re-entry ----------------------------------------------------------------------------------

export async function reEnter(ctx: ServiceContext, id: string, reason: string, now = new Date()): Promise<TrajectoryDetail> {
  const t = await requireDecider(ctx, id, 're-entry');
  const today = amsterdamToday(now);
  const state = await currentState(ctx.db, t.id);
  const errors = checkMove({
    from: state.phase,
    to: 'uitvoering',
    kind: 're_entry',
    reason,
    reviewOverdue: isReviewOverdue(state.nextReviewDue, state.phase, today),
    everAccepted: state.everAccepted,
  });
  if (errors.length > 0) throw validation(errors.map((e) => ({ path: e.field === 'to' ? 'body.reason' : `body.${e.field}`, message: e.message })));
  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const cancelled = await cancelOpenFollowUps(trx, t.id, ctx.actor.userId, now);
    await changePhase(
      tctx,
      t,
      {
        from: state.phase,
        to: 'uitvoering',
        reason: 're_entry',
        note: reason,
        set: {
          exit_reason: null,
          exit_note: '',
          exited_on: null,
          next_review_due: state.nextReviewDue && state.phase === 'nazorg' ? state.nextReviewDue : addMonths(today, state.interval),
        },
      },
      now,
    );
    await recordTrail(tctx, {
      action: 're_entry',
      objectType: TRAJECTORY_RECORD_TYPE,
      objectId: t.id,
      reason: `from ${state.phase}; ${cancelled} follow-ups cancelled`,
      processing: { activity: CAREERS_ACTIVITY, name: 'Opnieuw ingestroomd', subjects: trajectorySubjects(t) },
    });
  });
  return getTrajectory(ctx, t.id, now);
}

// ---- family ------------------------------------------------------------------------------------

/** A sibling or family member is added only by this explicit, motivated decision; nothing is added automatically. */
export async function addFamilyDecision(
  ctx: ServiceContext,
  id: string,
  input: { name: string; relation: string; motivation: string; subjectId?: string | null | undefined },
  now = new Date(),
): Promise<TrajectoryDetail> {
  const t = await requireDecider(ctx, id, 'family decision');
  let subjectId: string | null = null;
  if (input.subjectId) {
    try {
      const subject = await loadVisibleSubject(ctx, input.subjectId);
      if (subject.kind !== 'person') throw new Error('not a person');
      subjectId = subject.id;
    } catch {
      throw validation([{ path: 'body.subjectId', message: 'Kies een persoon uit het register die je mag zien.' }]);
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('trajectory_family_decisions')
      .values({
        trajectory_id: t.id,
        subject_id: subjectId,
        name: input.name,
        relation: input.relation,
        motivation: input.motivation,
        decided_by: ctx.actor.userId,
        decided_at: now,
      })
      .execute();
    await trx.updateTable('trajectories').set({ updated_at: now }).where('id', '=', t.id).execute();
    await recordTrail(
      { ...ctx, db: trx },
      {
        action: 'family_decision',
        objectType: TRAJECTORY_RECORD_TYPE,
        objectId: t.id,
        reason: `family member added (${input.relation})`,
        processing: {
          activity: CAREERS_ACTIVITY,
          name: 'Gezinslid betrokken (gemotiveerd besluit)',
          subjects: [...trajectorySubjects(t), ...(subjectId ? [{ type: 'person', id: subjectId }] : [])],
        },
      },
    );
  });
  return getTrajectory(ctx, t.id, now);
}
