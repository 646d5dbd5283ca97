import { sql, type Selectable } from 'kysely';
import type { MeasureTable } from '../../db/schema-measures.js';
import { can, decideRecord, isConfidentiality, isOnTeam, visibleTo, type Confidentiality } from '../../kernel/access.js';
import type { ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { AppError, conflict, forbidden, notFound } from '../../kernel/errors.js';
import { requireRecord } from '../../kernel/record-access.js';
import { recordTrail, type DataSubject } from '../../kernel/trail.js';
import { deadlineFor, isIsoDate } from '../legal/index.js';
import { linkRecordToSubject, loadVisibleSubject } from '../registry/index.js';
import { SIGNAL_RECORD_TYPE } from '../signals/index.js';
import { amsterdamToday } from '../tasks/index.js';
import { listDeadlines, scheduleDeadline, settleDeadlines } from './deadlines.js';
import type {
  CourtStepInput,
  CourtStepUpdate,
  MeasureCreate,
  MeasureDetail,
  MeasureListItem,
  MeasureListQuery,
  ProportionalityInput,
  ProposalView,
  TransitionInput,
} from './measures.schemas.js';
import { computeProposal, loadLegalBasis, proposalForActor, toLegalBasisView, validation, type LegalBasisRow } from './policy.service.js';
import {
  courtStepKinds,
  deadlineKinds,
  drugClasses,
  ENFORCEMENT_ACTIVITY,
  INSPECTION_RECORD_TYPE,
  MEASURE_RECORD_TYPE,
  measureKinds,
  measureOrigins,
  premisesTypes,
  procedureStatuses,
  quantityBands,
  remedyStatuses,
  type DeadlineKind,
  type MeasureKind,
  type ProcedureStatus,
  type RemedyStatus,
} from './vocabulary.js';
import {
  blockedReason,
  checkTransition,
  fieldsFor,
  movesFrom,
  openProcedureStatuses,
  procedureNamesNl,
  remedyNamesNl,
  rolesFor,
  type MeasureFacts,
  type Track,
} from './workflow.js';

/**
 * Measures (bestuurlijke maatregelen) with their two-track procedure (ADR 0013). Need-to-know as everywhere:
 * the creator and the responsible jurist join the record team; analysts see all up to their level. Every change
 * writes the measure, its history, its deadlines (through the legal engine) and the audit trail in one transaction.
 */

type MeasureRow = Selectable<MeasureTable>;

function isOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}
const levelOf = (value: string): Confidentiality => (isConfidentiality(value) ? value : 'zeer_geheim');
const procedureOf = (row: Pick<MeasureRow, 'status'>): ProcedureStatus => (isOf(procedureStatuses, row.status) ? row.status : 'intake');
const remedyOf = (row: Pick<MeasureRow, 'remedy_status'>): RemedyStatus => (isOf(remedyStatuses, row.remedy_status) ? row.remedy_status : 'none');
/** Statuses in which the three-step test may still be recorded or changed. */
const beforeAnnouncement: readonly ProcedureStatus[] = ['intake', 'investigation', 'intention', 'opinion_period', 'decision'];
/** An unknown kind is treated as a closure: the strictest procedure applies. */
const kindOf = (value: string): MeasureKind => (isOf(measureKinds, value) ? value : 'closure');

export function dataSubjectsOfMeasure(row: Pick<MeasureRow, 'id' | 'subject_id'>): DataSubject[] {
  return row.subject_id ? [{ type: 'subject', id: row.subject_id }] : [{ type: 'measure_addressee', id: row.id }];
}

function processing(row: Pick<MeasureRow, 'id' | 'subject_id'>) {
  return { ...ENFORCEMENT_ACTIVITY, subjects: dataSubjectsOfMeasure(row) };
}

function fieldErrors(errors: { path: string; message: string }[]): AppError {
  return new AppError('VALIDATION_FAILED', errors.length === 1 ? errors[0]!.message : 'Niet alle velden zijn goed ingevuld.', { errors });
}

// ---- record policy ----------------------------------------------------------------------------------

/** The record resolver for `measure` (registered by the routes). */
export async function resolveMeasure(db: Db, id: string): Promise<{ confidentiality: Confidentiality; label: string } | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const row = await db.selectFrom('measures').select(['number', 'confidentiality']).where('id', '=', id).executeTakeFirst();
  return row ? { confidentiality: levelOf(row.confidentiality), label: row.number } : undefined;
}

export async function loadVisibleMeasure(ctx: ServiceContext, id: string): Promise<MeasureRow> {
  const query = ctx.db.selectFrom('measures as m').selectAll('m').where('m.id', '=', id);
  const row = await visibleTo(query, ctx.actor, {
    recordType: MEASURE_RECORD_TYPE,
    idColumn: 'm.id',
    confidentialityColumn: 'm.confidentiality',
  }).executeTakeFirst();
  if (!row) {
    await recordTrail(ctx, { action: 'deny', objectType: MEASURE_RECORD_TYPE, objectId: id, outcome: 'denied', reason: 'read: not found or not visible' });
    throw notFound('Deze maatregel');
  }
  return row;
}

async function canWrite(ctx: ServiceContext, row: Pick<MeasureRow, 'id' | 'confidentiality'>): Promise<boolean> {
  if (!can(ctx.actor, 'records:write')) return false;
  const onTeam = can(ctx.actor, 'records:read_all') || (await isOnTeam(ctx.db, MEASURE_RECORD_TYPE, row.id, ctx.actor.userId));
  return decideRecord(ctx.actor, { confidentiality: levelOf(row.confidentiality), onTeam }, 'write') === 'allow';
}

async function requireWritableMeasure(ctx: ServiceContext, id: string): Promise<MeasureRow> {
  const row = await loadVisibleMeasure(ctx, id);
  if (!(await canWrite(ctx, row))) {
    await recordTrail(ctx, { action: 'deny', objectType: MEASURE_RECORD_TYPE, objectId: id, outcome: 'denied', reason: 'write: forbidden' });
    throw forbidden('Je mag deze maatregel inzien, maar niet wijzigen.');
  }
  return row;
}

async function addToMeasureTeam(db: Db, measureId: string, userId: string, role: string): Promise<void> {
  await db
    .insertInto('record_team')
    .values({ record_type: MEASURE_RECORD_TYPE, record_id: measureId, user_id: userId, team_role: role })
    .onConflict((oc) => oc.columns(['record_type', 'record_id', 'user_id']).doNothing())
    .execute();
}

async function basisOf(db: Db, code: string): Promise<LegalBasisRow> {
  const basis = await loadLegalBasis(db, code);
  if (!basis) throw new AppError('INTERNAL', 'De grondslag van deze maatregel ontbreekt.');
  return basis;
}

function taskLabel(row: Pick<MeasureRow, 'number'>, basis: Pick<LegalBasisRow, 'name_nl'>): string {
  return `${row.number} · ${basis.name_nl}`;
}

// ---- create -----------------------------------------------------------------------------------------

async function visibleOr400<T>(load: () => Promise<T>, path: string, message: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw validation(path, message);
    throw error;
  }
}

const premisesOfObjectType: Readonly<Record<string, (typeof premisesTypes)[number]>> = { woning: 'woning', horeca: 'horeca', bedrijfspand: 'bedrijfspand' };

export async function createMeasure(ctx: ServiceContext, input: MeasureCreate): Promise<{ id: string; number: string }> {
  const today = amsterdamToday();
  const errors: { path: string; message: string }[] = [];
  const basis = await loadLegalBasis(ctx.db, input.legalBasisCode);
  if (!basis || !basis.active) errors.push({ path: 'body.legalBasisCode', message: 'Deze grondslag bestaat niet of is niet actief.' });
  if (input.origin === 'inspection' && !input.inspectionId) {
    errors.push({ path: 'body.inspectionId', message: 'Kies de controle waaruit de maatregel voortkomt.' });
  }
  if (input.origin === 'signal' && !input.signalId) errors.push({ path: 'body.signalId', message: 'Kies de melding waaruit de maatregel voortkomt.' });
  if (input.offenceOn && !isIsoDate(input.offenceOn)) {
    errors.push({ path: 'body.offenceOn', message: 'De datum van het feit bestaat niet; geef een datum als JJJJ-MM-DD.' });
  } else if (input.offenceOn && input.offenceOn > today) errors.push({ path: 'body.offenceOn', message: 'De datum van het feit ligt in de toekomst.' });
  if (errors.length > 0) throw fieldErrors(errors);

  let addressLabel = input.addressLabel?.trim() || null;
  let wijkCode = input.wijkCode?.trim() || null;
  let subjectId = input.subjectId ?? null;
  let premisesType = input.premisesType ?? null;
  let offenceOn = input.offenceOn ?? null;
  if (input.inspectionId) {
    const inspectionId = input.inspectionId;
    await visibleOr400(
      () => requireRecord(ctx, INSPECTION_RECORD_TYPE, inspectionId, 'read'),
      'body.inspectionId',
      'Deze controle bestaat niet of je hebt er geen toegang toe.',
    );
    const inspection = await ctx.db
      .selectFrom('inspections')
      .select(['address_label', 'wijk_code', 'subject_id', 'object_type', 'performed_on', 'planned_on'])
      .where('id', '=', inspectionId)
      .executeTakeFirstOrThrow();
    addressLabel ??= inspection.address_label;
    wijkCode ??= inspection.wijk_code;
    subjectId ??= inspection.subject_id;
    premisesType ??= premisesOfObjectType[inspection.object_type] ?? null;
    offenceOn ??= inspection.performed_on ?? (inspection.planned_on <= today ? inspection.planned_on : null);
  }
  if (input.signalId) {
    const signalId = input.signalId;
    await visibleOr400(
      () => requireRecord(ctx, SIGNAL_RECORD_TYPE, signalId, 'read'),
      'body.signalId',
      'Deze melding bestaat niet of je hebt er geen toegang toe.',
    );
  }
  // A subject given explicitly must be visible; one taken over from a visible inspection comes with it.
  if (input.subjectId) {
    const id = input.subjectId;
    await visibleOr400(() => loadVisibleSubject(ctx, id), 'body.subjectId', 'Deze betrokkene bestaat niet of je hebt er geen toegang toe.');
  }
  if (!addressLabel) errors.push({ path: 'body.addressLabel', message: 'Geef het adres van het pand.' });

  const responsible = await ctx.db
    .selectFrom('users')
    .select(['id', 'role', 'active', 'max_confidentiality'])
    .where('id', '=', input.responsibleUserId)
    .executeTakeFirst();
  if (!responsible || !responsible.active || responsible.role !== 'lawyer') {
    errors.push({ path: 'body.responsibleUserId', message: 'Kies een actieve medewerker met de rol jurist.' });
  }

  const b = basis!;
  const duration = input.durationMonths ?? null;
  if (b.is_closure && duration === null) errors.push({ path: 'body.durationMonths', message: 'Geef de duur van de sluiting in maanden.' });
  if (duration !== null && b.max_duration_months === null && !b.is_closure) {
    errors.push({ path: 'body.durationMonths', message: 'Deze grondslag kent geen duur.' });
  }
  if (duration !== null && b.max_duration_months !== null && duration > b.max_duration_months) {
    errors.push({ path: 'body.durationMonths', message: `Deze grondslag staat hoogstens ${b.max_duration_months} maanden toe.` });
  }
  if (errors.length > 0) throw fieldErrors(errors);

  // The matrix's proposal, as computed now; a different basis or duration needs a motivation.
  let proposal: ProposalView | null = null;
  if (premisesType && input.drugClass && input.quantityBand && offenceOn) {
    proposal = (
      await computeProposal(ctx.db, {
        subjectId,
        addressLabel,
        premisesType,
        drugClass: input.drugClass,
        quantityBand: input.quantityBand,
        offenceOn,
      })
    ).view;
  }
  const deviation = input.deviationMotivation?.trim() || null;
  const deviates = proposal?.applicable === true && (proposal.legalBasisCode !== b.code || (proposal.durationMonths ?? null) !== duration);
  if (deviates && !deviation) {
    throw validation(
      'body.deviationMotivation',
      `Je wijkt af van het voorstel van de matrix (${proposal?.legalBasisName ?? ''}${proposal?.durationMonths ? `, ${proposal.durationMonths} maanden` : ''}): motiveer de afwijking.`,
    );
  }

  return ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const seq = await sql<{ n: string }>`select nextval('measure_number_seq')::text as n`.execute(trx);
    const number = `M-${today.slice(0, 4)}-${String(seq.rows[0]!.n).padStart(5, '0')}`;
    const row = await trx
      .insertInto('measures')
      .values({
        number,
        legal_basis_code: b.code,
        origin: input.origin,
        inspection_id: input.inspectionId ?? null,
        signal_id: input.signalId ?? null,
        subject_id: subjectId,
        address_label: addressLabel!,
        wijk_code: wijkCode,
        premises_type: premisesType,
        drug_class: input.drugClass ?? null,
        quantity_band: input.quantityBand ?? null,
        offence_on: offenceOn,
        offence_number: proposal?.offenceNumber ?? null,
        matrix_row_id: proposal?.matrixRowId ?? null,
        proposal: proposal ? JSON.stringify(proposal) : null,
        deviation_motivation: deviates ? deviation : null,
        duration_months: duration,
        facts: input.facts,
        addressee_name: input.addresseeName,
        addressee_address: input.addresseeAddress,
        responsible_user_id: input.responsibleUserId,
        created_by: ctx.actor.userId,
      })
      .returning(['id', 'subject_id'])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('measure_history')
      .values({
        measure_id: row.id,
        track: 'procedure',
        from_status: null,
        to_status: 'intake',
        note: '',
        data: JSON.stringify({ origin: input.origin, legalBasisCode: b.code, durationMonths: duration, deviates }),
        changed_by: ctx.actor.userId,
      })
      .execute();
    if (subjectId) {
      await linkRecordToSubject(trx, {
        subjectId,
        module: 'enforcement',
        recordType: MEASURE_RECORD_TYPE,
        recordId: row.id,
        caseNumber: number,
        label: `Maatregel ${number}`,
        role: 'betrokkene',
        confidentiality: 'vertrouwelijk',
        createdBy: ctx.actor.userId,
      });
    }
    await addToMeasureTeam(trx, row.id, ctx.actor.userId, 'creator');
    await addToMeasureTeam(trx, row.id, input.responsibleUserId, 'responsible');
    await recordTrail(tctx, {
      action: 'create',
      objectType: MEASURE_RECORD_TYPE,
      objectId: row.id,
      reason: `${number} ${b.code}`,
      processing: processing(row),
    });
    return { id: row.id, number };
  });
}

// ---- list -------------------------------------------------------------------------------------------

interface Cursor {
  at: string;
  id: string;
}
function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
}
function decodeCursor(value: string): Cursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) return { at, id };
  } catch {
    // fall through
  }
  throw validation('query.after', 'Deze vervolgpagina bestaat niet (meer); begin opnieuw bovenaan.');
}

export async function listMeasures(ctx: ServiceContext, filter: MeasureListQuery): Promise<{ items: MeasureListItem[]; nextCursor: string | null }> {
  let query = ctx.db
    .selectFrom('measures as m')
    .innerJoin('enforcement_legal_bases as b', 'b.code', 'm.legal_basis_code')
    .leftJoin('users as u', 'u.id', 'm.responsible_user_id')
    .select([
      'm.id',
      'm.number',
      'm.status',
      'm.remedy_status',
      'm.status_changed_at',
      'm.legal_basis_code',
      'm.address_label',
      'm.wijk_code',
      'm.premises_type',
      'm.duration_months',
      'm.urgent',
      'm.responsible_user_id',
      'b.name_nl',
      'b.measure_kind',
      'u.display_name as responsible_name',
    ])
    // The next open deadline: one lookup per row for both its date and its kind.
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('enforcement_deadlines as d')
          .select(['d.due_on as next_due_on', 'd.kind as next_kind'])
          .where('d.record_type', '=', MEASURE_RECORD_TYPE)
          .whereRef('d.record_id', '=', 'm.id')
          .where('d.status', '=', 'open')
          .orderBy('d.due_on')
          .limit(1)
          .as('nd'),
      (join) => join.onTrue(),
    )
    .select(['nd.next_due_on', 'nd.next_kind']);
  if (filter.status === 'open') query = query.where('m.status', 'in', [...openProcedureStatuses]);
  else if (filter.status !== 'all') query = query.where('m.status', '=', filter.status);
  if (filter.remedyStatus) query = query.where('m.remedy_status', '=', filter.remedyStatus);
  if (filter.kind) query = query.where('b.measure_kind', '=', filter.kind);
  if (filter.wijk) query = query.where('m.wijk_code', '=', filter.wijk);
  if (filter.mine === 'true') {
    const me = ctx.actor.userId;
    query = query.where((eb) =>
      eb.or([
        eb('m.responsible_user_id', '=', me),
        eb.exists(sql`(select 1 from record_team rt where rt.record_type = ${MEASURE_RECORD_TYPE} and rt.record_id = m.id::text and rt.user_id = ${me})`),
      ]),
    );
  }
  if (filter.after) {
    const c = decodeCursor(filter.after);
    // Newest change first, ties by id ascending: the order of measures_status_idx (status, status_changed_at desc, id).
    query = query.where(sql<boolean>`(m.status_changed_at < ${c.at}::timestamptz or (m.status_changed_at = ${c.at}::timestamptz and m.id > ${c.id}::uuid))`);
  }
  query = visibleTo(query, ctx.actor, { recordType: MEASURE_RECORD_TYPE, idColumn: 'm.id', confidentialityColumn: 'm.confidentiality' });
  const rows = await query
    .orderBy('m.status_changed_at', 'desc')
    .orderBy('m.id')
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  await recordTrail(ctx, {
    action: 'search',
    objectType: 'measure_list',
    objectId: null,
    reason: `status=${filter.status} remedy=${filter.remedyStatus ?? '*'} kind=${filter.kind ?? '*'} wijk=${filter.wijk ?? '*'} mine=${filter.mine ?? '*'} rows=${page.length}`,
  });
  return {
    items: page.map((r) => ({
      id: r.id,
      number: r.number,
      status: procedureOf(r),
      remedyStatus: remedyOf(r),
      statusChangedAt: r.status_changed_at.toISOString(),
      legalBasis: { code: r.legal_basis_code, name: r.name_nl, kind: kindOf(r.measure_kind) },
      addressLabel: r.address_label,
      wijkCode: r.wijk_code,
      premisesType: isOf(premisesTypes, r.premises_type) ? r.premises_type : null,
      durationMonths: r.duration_months,
      urgent: r.urgent,
      responsible: r.responsible_user_id ? { id: r.responsible_user_id, name: r.responsible_name ?? '' } : null,
      nextDeadline: r.next_due_on && r.next_kind ? { kind: r.next_kind, dueOn: r.next_due_on } : null,
    })),
    nextCursor: rows.length > filter.limit && last ? encodeCursor({ at: last.status_changed_at.toISOString(), id: last.id }) : null,
  };
}

// ---- facts for the state machine ------------------------------------------------------------------------

interface HistoryRow {
  id: number;
  track: string;
  from_status: string | null;
  to_status: string;
  note: string;
  data: unknown;
  changed_at: Date;
  changed_by_name: string | null;
}

function historyData(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

async function historyOf(db: Db, measureId: string): Promise<HistoryRow[]> {
  return db
    .selectFrom('measure_history as h')
    .leftJoin('users as u', 'u.id', 'h.changed_by')
    .select(['h.id', 'h.track', 'h.from_status', 'h.to_status', 'h.note', 'h.data', 'h.changed_at', 'u.display_name as changed_by_name'])
    .where('h.measure_id', '=', measureId)
    .orderBy('h.id')
    .execute();
}

interface Proportionality {
  suitable: boolean;
  necessary: boolean;
  proportionate: boolean;
  motivation: string;
  recordedBy: { id: string; name: string };
  recordedAt: string;
  recordedByRole: string;
}

function proportionalityOf(value: unknown): Proportionality | null {
  const v = historyData(value);
  const by = historyData(v['recordedBy']);
  if (typeof v['suitable'] !== 'boolean' || typeof v['necessary'] !== 'boolean' || typeof v['proportionate'] !== 'boolean') return null;
  return {
    suitable: v['suitable'],
    necessary: v['necessary'],
    proportionate: v['proportionate'],
    motivation: typeof v['motivation'] === 'string' ? v['motivation'] : '',
    recordedBy: { id: typeof by['id'] === 'string' ? by['id'] : '', name: typeof by['name'] === 'string' ? by['name'] : '' },
    recordedAt: typeof v['recordedAt'] === 'string' ? v['recordedAt'] : new Date(0).toISOString(),
    recordedByRole: typeof v['recordedByRole'] === 'string' ? v['recordedByRole'] : '',
  };
}

function isComplete(p: Proportionality | null): boolean {
  return p !== null && p.suitable && p.necessary && p.proportionate && p.motivation.trim().length >= 30 && p.recordedByRole === 'lawyer';
}

function factsOf(row: MeasureRow, basis: LegalBasisRow, history: HistoryRow[], today: string): MeasureFacts {
  const decided = [...history].reverse().find((h) => h.track === 'remedy' && h.to_status === 'objection_decided');
  const d = historyData(decided?.data);
  return {
    procedure: procedureOf(row),
    remedy: remedyOf(row),
    kind: kindOf(basis.measure_kind),
    requiresOpinion: basis.requires_opinion,
    urgent: row.urgent,
    proportionalityComplete: isComplete(proportionalityOf(row.proportionality)),
    today,
    opinionDue: row.opinion_due,
    graceEnd: row.grace_end,
    announcedOn: row.announced_on,
    objectionDue: row.objection_due,
    objectionReceivedOn: row.objection_received_on,
    executionStart: row.execution_start,
    appealDue: typeof d['appealDue'] === 'string' ? d['appealDue'] : null,
    objectionDecidedOn: typeof d['decidedOn'] === 'string' ? d['decidedOn'] : null,
  };
}

// ---- detail -----------------------------------------------------------------------------------------

function nextStepsOf(facts: MeasureFacts, role: ServiceContext['actor']['role'], writable: boolean, requiresOpinion: boolean): MeasureDetail['nextSteps'] {
  const steps: MeasureDetail['nextSteps'] = [];
  for (const track of ['procedure', 'remedy'] as const) {
    const from = track === 'procedure' ? facts.procedure : facts.remedy;
    for (const to of movesFrom(track, from)) {
      if (track === 'remedy' && from === 'none') continue; // happens by itself on announcement
      const blocked = blockedReason(facts, track, to);
      if (
        blocked &&
        track === 'procedure' &&
        ((from === 'announced' && (to === 'execution' || to === 'follow_up')) || (from === 'investigation' && to === 'intention' && !requiresOpinion))
      ) {
        continue; // not a step for this kind of measure at all
      }
      const roles = [...rolesFor(track, from, to)];
      steps.push({
        track,
        to,
        roles,
        allowedForMe: writable && roles.includes(role) && blocked === null,
        fields: fieldsFor(track, from, to, { requiresOpinion }),
        blockedReason: blocked,
      });
    }
  }
  return steps;
}

export async function getMeasure(ctx: ServiceContext, id: string): Promise<MeasureDetail> {
  const row = await loadVisibleMeasure(ctx, id);
  const basis = await basisOf(ctx.db, row.legal_basis_code);
  const history = await historyOf(ctx.db, id);
  const writable = await canWrite(ctx, row);
  const facts = factsOf(row, basis, history, amsterdamToday());
  const [inspection, signal, subject, responsible, creator, courtSteps, deadlines] = await Promise.all([
    row.inspection_id ? ctx.db.selectFrom('inspections').select(['id', 'number']).where('id', '=', row.inspection_id).executeTakeFirst() : undefined,
    row.signal_id ? ctx.db.selectFrom('signals').select(['id', 'number']).where('id', '=', row.signal_id).executeTakeFirst() : undefined,
    row.subject_id ? ctx.db.selectFrom('subjects').select(['id', 'label']).where('id', '=', row.subject_id).executeTakeFirst() : undefined,
    row.responsible_user_id
      ? ctx.db.selectFrom('users').select(['id', 'display_name']).where('id', '=', row.responsible_user_id).executeTakeFirst()
      : undefined,
    ctx.db.selectFrom('users').select('display_name').where('id', '=', row.created_by).executeTakeFirst(),
    ctx.db
      .selectFrom('measure_court_steps as c')
      .innerJoin('users as u', 'u.id', 'c.recorded_by')
      .selectAll('c')
      .select('u.display_name as recorder')
      .where('c.measure_id', '=', id)
      .orderBy('c.filed_on')
      .orderBy('c.recorded_at')
      .execute(),
    listDeadlines(ctx.db, MEASURE_RECORD_TYPE, id),
  ]);
  const proportionality = proportionalityOf(row.proportionality);
  const proposal = row.proposal ? await proposalForActor(ctx, row.proposal as ProposalView) : null;
  await recordTrail(ctx, { action: 'read', objectType: MEASURE_RECORD_TYPE, objectId: id, processing: processing(row) });
  return {
    id: row.id,
    number: row.number,
    status: procedureOf(row),
    remedyStatus: remedyOf(row),
    statusChangedAt: row.status_changed_at.toISOString(),
    confidentiality: levelOf(row.confidentiality),
    origin: isOf(measureOrigins, row.origin) ? row.origin : 'other',
    inspection: inspection ?? null,
    signal: signal ?? null,
    subject: subject ?? null,
    addressLabel: row.address_label,
    wijkCode: row.wijk_code,
    premisesType: isOf(premisesTypes, row.premises_type) ? row.premises_type : null,
    drugClass: isOf(drugClasses, row.drug_class) ? row.drug_class : null,
    quantityBand: isOf(quantityBands, row.quantity_band) ? row.quantity_band : null,
    offenceOn: row.offence_on,
    offenceNumber: row.offence_number,
    legalBasis: toLegalBasisView(basis),
    proposal,
    deviationMotivation: row.deviation_motivation,
    durationMonths: row.duration_months,
    facts: row.facts,
    addressee: { name: row.addressee_name, address: row.addressee_address },
    proportionality: proportionality
      ? {
          suitable: proportionality.suitable,
          necessary: proportionality.necessary,
          proportionate: proportionality.proportionate,
          motivation: proportionality.motivation,
          recordedBy: proportionality.recordedBy,
          recordedAt: proportionality.recordedAt,
          complete: isComplete(proportionality),
        }
      : null,
    urgent: row.urgent,
    urgencyMotivation: row.urgency_motivation,
    dates: {
      opinionDue: row.opinion_due,
      opinionReceivedOn: row.opinion_received_on,
      decisionOn: row.decision_on,
      graceDays: row.grace_days,
      graceEnd: row.grace_end,
      announcedOn: row.announced_on,
      objectionDue: row.objection_due,
      objectionReceivedOn: row.objection_received_on,
      objectionDecisionDue: row.objection_decision_due,
      executionStart: row.execution_start,
      executionEnd: row.execution_end,
      liftedOn: row.lifted_on,
    },
    opinionResponse: row.opinion_response,
    objectionCommittee: row.objection_committee,
    objectionExtended: row.objection_extended,
    objectionOutcome: isOf(['unfounded', 'founded', 'partly_founded', 'inadmissible'] as const, row.objection_outcome) ? row.objection_outcome : null,
    closedReason: row.closed_reason,
    responsible: responsible ? { id: responsible.id, name: responsible.display_name } : null,
    createdBy: creator?.display_name ?? '',
    createdAt: row.created_at.toISOString(),
    closedAt: row.closed_at ? row.closed_at.toISOString() : null,
    history: history.map((h) => ({
      id: Number(h.id),
      track: h.track === 'remedy' ? 'remedy' : 'procedure',
      fromStatus: h.from_status,
      toStatus: h.to_status,
      note: h.note,
      data: historyData(h.data),
      changedBy: h.changed_by_name,
      changedAt: h.changed_at.toISOString(),
    })),
    deadlines,
    courtSteps: courtSteps.map((c) => ({
      id: c.id,
      kind: isOf(courtStepKinds, c.kind) ? c.kind : 'appeal',
      court: c.court,
      caseNumber: c.case_number,
      filedOn: c.filed_on,
      hearingOn: c.hearing_on,
      rulingOn: c.ruling_on,
      outcome: isOf(['granted', 'partly_granted', 'rejected', 'inadmissible', 'withdrawn'] as const, c.outcome) ? c.outcome : null,
      note: c.note,
      recordedBy: c.recorder,
      recordedAt: c.recorded_at.toISOString(),
    })),
    nextSteps: nextStepsOf(facts, ctx.actor.role, writable, basis.requires_opinion),
    canWrite: writable,
    canRecordProportionality: writable && ctx.actor.role === 'lawyer' && beforeAnnouncement.includes(facts.procedure),
  };
}

/** Users with role lawyer, for the responsible-jurist field. */
export async function listJurists(db: Db): Promise<{ id: string; name: string }[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('role', '=', 'lawyer')
    .where('active', '=', true)
    .orderBy('display_name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.display_name }));
}

// ---- transitions ------------------------------------------------------------------------------------

async function appendHistory(
  db: Db,
  measureId: string,
  entry: { track: Track; from: string | null; to: string; note?: string; data?: Record<string, unknown> },
  userId: string,
): Promise<void> {
  await db
    .insertInto('measure_history')
    .values({
      measure_id: measureId,
      track: entry.track,
      from_status: entry.from,
      to_status: entry.to,
      note: entry.note ?? '',
      data: JSON.stringify(entry.data ?? {}),
      changed_by: userId,
    })
    .execute();
}

function refusal(check: Extract<ReturnType<typeof checkTransition>, { ok: false }>): AppError {
  if (check.status === 400) return validation(`body.${check.field ?? 'to'}`, check.message);
  if (check.status === 403) return forbidden(check.message);
  return conflict(check.message);
}

/** Only the data a step asks for goes into its history entry. */
function stepData(input: TransitionInput, fields: string[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const f of fields) {
    const v = (input as Record<string, unknown>)[f];
    if (v !== undefined) data[f] = v;
  }
  return data;
}

const procedureDeadlines: DeadlineKind[] = ['opinion', 'grace', 'execution_end', 'follow_up_inspection'];

export async function transitionMeasure(ctx: ServiceContext, id: string, input: TransitionInput): Promise<MeasureDetail> {
  const valid = input.track === 'procedure' ? isOf(procedureStatuses, input.to) : isOf(remedyStatuses, input.to);
  if (!valid) throw validation('body.to', `Onbekende status "${input.to}" voor dit spoor.`);
  const row = await requireWritableMeasure(ctx, id);
  const basis = await basisOf(ctx.db, row.legal_basis_code);
  const today = amsterdamToday();
  const facts = factsOf(row, basis, await historyOf(ctx.db, id), today);
  const check = checkTransition(facts, input.track, input.to, ctx.actor.role, input);
  if (!check.ok) throw refusal(check);

  const from = input.track === 'procedure' ? facts.procedure : facts.remedy;
  const to = input.to;
  const key = `${input.track}:${from}:${to}`;
  const data = stepData(input, to === 'withdrawn' ? ['motivation'] : fieldsFor(input.track, from, to, { requiresOpinion: basis.requires_opinion }));
  const label = taskLabel(row, basis);
  const jurist = row.responsible_user_id ?? ctx.actor.userId;

  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const set: Record<string, unknown> = { updated_at: new Date() };
    const schedule = (
      kind: DeadlineKind,
      fromDate: string,
      period: string,
      title: string,
      options: { countFrom?: 'next_day' | 'same_day'; assignee?: string } = {},
    ) =>
      scheduleDeadline(tctx, {
        recordType: MEASURE_RECORD_TYPE,
        recordId: id,
        recordLabel: label,
        kind,
        from: fromDate,
        period,
        countFrom: options.countFrom ?? 'next_day',
        assigneeUserId: options.assignee ?? jurist,
        title,
        wijkCode: row.wijk_code,
      });
    let remedyEntry: { from: string; to: string; note: string; data: Record<string, unknown> } | null = null;

    switch (key) {
      case 'procedure:investigation:decision':
        if (input.urgencyMotivation?.trim()) {
          set['urgent'] = true;
          set['urgency_motivation'] = input.urgencyMotivation.trim();
        }
        break;
      case 'procedure:intention:opinion_period': {
        const days = input.opinionDays ?? basis.opinion_days;
        const d = await schedule('opinion', input.sentOn!, `P${days}D`, `Zienswijzetermijn ${row.number} verloopt`);
        set['opinion_due'] = d.dueOn;
        data['opinionDays'] = days;
        data['opinionDue'] = d.dueOn;
        break;
      }
      case 'procedure:opinion_period:decision':
        await settleDeadlines(tctx, MEASURE_RECORD_TYPE, id, ['opinion'], 'met');
        set['opinion_received_on'] = input.noOpinionReceived ? null : input.opinionReceivedOn;
        set['opinion_response'] = input.noOpinionReceived ? null : input.opinionResponse?.trim();
        break;
      case 'procedure:decision:announced': {
        const graceDays = input.graceDays!;
        set['decision_on'] = input.decisionOn;
        set['announced_on'] = input.announcedOn;
        set['grace_days'] = graceDays;
        if (graceDays > 0) {
          const g = await schedule('grace', input.announcedOn!, `P${graceDays}D`, `Begunstigingstermijn ${row.number} verloopt`);
          set['grace_end'] = g.dueOn;
          data['graceEnd'] = g.dueOn;
        } else {
          set['grace_end'] = input.announcedOn;
        }
        // A warning is not a besluit: no objection. Everything else opens the objection period (Awb 6:7, 6:8).
        if (basis.measure_kind !== 'warning' && facts.remedy === 'none') {
          const o = await schedule('objection', input.announcedOn!, 'P6W', `Bezwaartermijn ${row.number} verloopt`);
          set['objection_due'] = o.dueOn;
          set['remedy_status'] = 'objection_period';
          remedyEntry = { from: 'none', to: 'objection_period', note: 'Automatisch bij bekendmaking (Awb 6:7, 6:8).', data: { objectionDue: o.dueOn } };
        }
        break;
      }
      case 'procedure:announced:execution': {
        await settleDeadlines(tctx, MEASURE_RECORD_TYPE, id, ['grace'], 'met');
        set['execution_start'] = input.executionStart;
        if (row.duration_months) {
          const e = await schedule(
            'execution_end',
            input.executionStart!,
            `P${row.duration_months}M`,
            `Controleer het einde van de uitvoering van ${row.number}`,
            {
              countFrom: 'same_day',
              assignee: ctx.actor.role === 'inspector' ? ctx.actor.userId : jurist,
            },
          );
          set['execution_end'] = e.deadline.nominalEnd;
          data['executionEnd'] = e.deadline.nominalEnd;
        }
        break;
      }
      case 'procedure:announced:follow_up':
        await settleDeadlines(tctx, MEASURE_RECORD_TYPE, id, ['grace'], 'met');
        break;
      case 'procedure:execution:follow_up':
        await settleDeadlines(tctx, MEASURE_RECORD_TYPE, id, ['execution_end'], 'met');
        set['lifted_on'] = input.liftedOn;
        break;
      case 'procedure:follow_up:closed':
        await settleDeadlines(tctx, MEASURE_RECORD_TYPE, id, procedureDeadlines, 'cancelled');
        set['closed_at'] = new Date();
        set['closed_reason'] = input.note.trim() || 'Afgerond';
        break;
      case 'remedy:objection_period:objection': {
        await settleDeadlines(tctx, MEASURE_RECORD_TYPE, id, ['objection'], 'met');
        const weeks = input.committee ? 12 : 6;
        // Awb 7:10 lid 1: counted from the day after the end of the objection term.
        const od = await schedule('objection_decision', row.objection_due ?? input.receivedOn!, `P${weeks}W`, `Beslistermijn bezwaar ${row.number} verloopt`);
        set['objection_received_on'] = input.receivedOn;
        set['objection_committee'] = input.committee;
        set['objection_decision_due'] = od.dueOn;
        data['objectionDecisionDue'] = od.dueOn;
        break;
      }
      case 'remedy:objection:objection_decided': {
        await settleDeadlines(tctx, MEASURE_RECORD_TYPE, id, ['objection_decision'], 'met');
        set['objection_outcome'] = input.outcome;
        const appeal = await deadlineFor(trx, input.decidedOn!, 'P6W', { countFrom: 'next_day' }, 'body');
        data['appealDue'] = appeal.end;
        break;
      }
      case 'remedy:objection_decided:court': {
        const step = await trx
          .insertInto('measure_court_steps')
          .values({
            measure_id: id,
            kind: 'appeal',
            court: input.court?.trim() ?? '',
            case_number: input.caseNumber?.trim() ?? '',
            filed_on: input.filedOn!,
            note: input.note.trim(),
            recorded_by: ctx.actor.userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        data['courtStepId'] = step.id;
        break;
      }
      case 'remedy:objection_period:final':
        await settleDeadlines(tctx, MEASURE_RECORD_TYPE, id, ['objection'], 'met');
        break;
      default:
        break;
    }
    if (to === 'withdrawn') {
      await settleDeadlines(tctx, MEASURE_RECORD_TYPE, id, deadlineKinds, 'cancelled');
      set['closed_at'] = new Date();
      set['closed_reason'] = input.motivation?.trim();
    }
    const column = input.track === 'procedure' ? 'status' : 'remedy_status';
    set[column] = to;
    set['status_changed_at'] = new Date();
    const updated = await trx.updateTable('measures').set(set).where('id', '=', id).where(column, '=', from).returning('id').executeTakeFirst();
    if (!updated) throw conflict('De maatregel is intussen door iemand anders gewijzigd; laad de pagina opnieuw.');
    await appendHistory(trx, id, { track: input.track, from, to, note: input.note.trim(), data }, ctx.actor.userId);
    if (remedyEntry) await appendHistory(trx, id, { track: 'remedy', ...remedyEntry }, ctx.actor.userId);
    await recordTrail(tctx, {
      action: 'transition',
      objectType: MEASURE_RECORD_TYPE,
      objectId: id,
      reason: `${input.track}: ${from} -> ${to}`,
      processing: processing(row),
    });
  });
  return getMeasure(ctx, id);
}

// ---- proportionality, extensions, court steps ----------------------------------------------------------

export async function recordProportionality(ctx: ServiceContext, id: string, input: ProportionalityInput): Promise<MeasureDetail> {
  const row = await requireWritableMeasure(ctx, id);
  if (ctx.actor.role !== 'lawyer') throw forbidden('De driestappentoets (geschikt, noodzakelijk, evenredig) legt een jurist vast.');
  const status = procedureOf(row);
  if (!beforeAnnouncement.includes(status)) {
    throw conflict(`Het besluit is al bekendgemaakt (status "${procedureNamesNl[status]}"): de driestappentoets kan niet meer worden gewijzigd.`);
  }
  const user = await ctx.db.selectFrom('users').select('display_name').where('id', '=', ctx.actor.userId).executeTakeFirstOrThrow();
  const value = {
    suitable: input.suitable,
    necessary: input.necessary,
    proportionate: input.proportionate,
    motivation: input.motivation.trim(),
    recordedBy: { id: ctx.actor.userId, name: user.display_name },
    recordedByRole: ctx.actor.role,
    recordedAt: new Date().toISOString(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('measures')
      .set({ proportionality: JSON.stringify(value), updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await appendHistory(
      trx,
      id,
      {
        track: 'procedure',
        from: status,
        to: status,
        note: 'Driestappentoets vastgelegd',
        data: { event: 'proportionality', suitable: input.suitable, necessary: input.necessary, proportionate: input.proportionate },
      },
      ctx.actor.userId,
    );
    await recordTrail(
      { ...ctx, db: trx },
      { action: 'update', objectType: MEASURE_RECORD_TYPE, objectId: id, reason: 'proportionality', processing: processing(row) },
    );
  });
  return getMeasure(ctx, id);
}

export async function extendObjectionDecision(ctx: ServiceContext, id: string, motivation: string): Promise<MeasureDetail> {
  const row = await requireWritableMeasure(ctx, id);
  if (ctx.actor.role !== 'lawyer') throw forbidden('De beslistermijn op bezwaar verdaagt een jurist.');
  if (remedyOf(row) !== 'objection') throw conflict(`Verdagen kan alleen terwijl een bezwaar in behandeling is (nu: "${remedyNamesNl[remedyOf(row)]}").`);
  if (row.objection_extended) throw conflict('De beslistermijn is al eens verdaagd; Awb 7:10 lid 3 staat één verdaging van zes weken toe.');
  const today = amsterdamToday();
  if (row.objection_decision_due && today > row.objection_decision_due) {
    throw conflict(`De beslistermijn is op ${row.objection_decision_due} verstreken; verdagen kan alleen binnen de termijn.`);
  }
  const basis = await basisOf(ctx.db, row.legal_basis_code);
  const weeks = (row.objection_committee ? 12 : 6) + 6;
  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    await settleDeadlines(tctx, MEASURE_RECORD_TYPE, id, ['objection_decision'], 'cancelled');
    const d = await scheduleDeadline(tctx, {
      recordType: MEASURE_RECORD_TYPE,
      recordId: id,
      recordLabel: taskLabel(row, basis),
      kind: 'objection_decision',
      from: row.objection_due ?? row.objection_received_on ?? today,
      period: `P${weeks}W`,
      assigneeUserId: row.responsible_user_id ?? ctx.actor.userId,
      title: `Beslistermijn bezwaar ${row.number} (verdaagd) verloopt`,
      wijkCode: row.wijk_code,
    });
    await trx.updateTable('measures').set({ objection_extended: true, objection_decision_due: d.dueOn, updated_at: new Date() }).where('id', '=', id).execute();
    await appendHistory(
      trx,
      id,
      {
        track: 'remedy',
        from: 'objection',
        to: 'objection',
        note: motivation.trim(),
        data: { event: 'objection_extension', weeks: 6, objectionDecisionDue: d.dueOn },
      },
      ctx.actor.userId,
    );
    await recordTrail(tctx, {
      action: 'update',
      objectType: MEASURE_RECORD_TYPE,
      objectId: id,
      reason: 'objection decision term extended (Awb 7:10 lid 3)',
      processing: processing(row),
    });
  });
  return getMeasure(ctx, id);
}

function monthsAfter(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

export async function extendExecution(ctx: ServiceContext, id: string, input: { newEnd: string; motivation: string }): Promise<MeasureDetail> {
  if (!isIsoDate(input.newEnd)) throw validation('body.newEnd', 'De nieuwe einddatum bestaat niet; geef een datum als JJJJ-MM-DD.');
  const row = await requireWritableMeasure(ctx, id);
  if (ctx.actor.role !== 'lawyer') throw forbidden('Een verlenging van de uitvoering is een besluit: dat neemt een jurist.');
  if (procedureOf(row) !== 'execution' || !row.execution_start) throw conflict('Verlengen kan alleen tijdens de uitvoering.');
  if (row.execution_end && input.newEnd <= row.execution_end) {
    throw validation('body.newEnd', `De nieuwe einddatum moet na de huidige (${row.execution_end}) liggen.`);
  }
  const basis = await basisOf(ctx.db, row.legal_basis_code);
  if (basis.max_duration_months !== null) {
    const lastDay = previousDay(monthsAfter(row.execution_start, basis.max_duration_months));
    if (input.newEnd > lastDay) {
      throw validation('body.newEnd', `Deze grondslag staat hoogstens ${basis.max_duration_months} maanden toe: de laatste dag is ${lastDay}.`);
    }
  }
  const days = daysBetween(row.execution_start, input.newEnd) + 1;
  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    await settleDeadlines(tctx, MEASURE_RECORD_TYPE, id, ['execution_end'], 'cancelled');
    const d = await scheduleDeadline(tctx, {
      recordType: MEASURE_RECORD_TYPE,
      recordId: id,
      recordLabel: taskLabel(row, basis),
      kind: 'execution_end',
      from: row.execution_start!,
      period: `P${days}D`,
      countFrom: 'same_day',
      assigneeUserId: row.responsible_user_id ?? ctx.actor.userId,
      title: `Controleer het einde van de (verlengde) uitvoering van ${row.number}`,
      wijkCode: row.wijk_code,
    });
    await trx.updateTable('measures').set({ execution_end: d.deadline.nominalEnd, updated_at: new Date() }).where('id', '=', id).execute();
    await appendHistory(
      trx,
      id,
      {
        track: 'procedure',
        from: 'execution',
        to: 'execution',
        note: input.motivation.trim(),
        data: { event: 'execution_extension', previousEnd: row.execution_end, newEnd: d.deadline.nominalEnd },
      },
      ctx.actor.userId,
    );
    await recordTrail(tctx, {
      action: 'update',
      objectType: MEASURE_RECORD_TYPE,
      objectId: id,
      reason: `execution extended to ${input.newEnd}`,
      processing: processing(row),
    });
  });
  return getMeasure(ctx, id);
}

function previousDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function checkCourtDates(input: CourtStepUpdate, announcedOn: string | null, today: string): void {
  const errors: { path: string; message: string }[] = [];
  for (const [field, value] of [
    ['filedOn', input.filedOn],
    ['hearingOn', input.hearingOn],
    ['rulingOn', input.rulingOn],
  ] as const) {
    if (value && !isIsoDate(value)) errors.push({ path: `body.${field}`, message: 'Deze datum bestaat niet; geef een datum als JJJJ-MM-DD.' });
  }
  if (errors.length > 0) throw fieldErrors(errors);
  if (input.filedOn > today) errors.push({ path: 'body.filedOn', message: 'De datum van indienen ligt in de toekomst.' });
  if (announcedOn && input.filedOn < announcedOn) {
    errors.push({ path: 'body.filedOn', message: 'Een procedure bij de rechter kan niet vóór de bekendmaking zijn ingesteld.' });
  }
  if (input.hearingOn && input.hearingOn < input.filedOn) errors.push({ path: 'body.hearingOn', message: 'De zitting kan niet vóór het indienen liggen.' });
  if (input.rulingOn) {
    if (input.rulingOn > today) errors.push({ path: 'body.rulingOn', message: 'De datum van de uitspraak ligt in de toekomst.' });
    if (input.rulingOn < (input.hearingOn ?? input.filedOn)) {
      errors.push({ path: 'body.rulingOn', message: 'De uitspraak kan niet vóór de zitting of het indienen liggen.' });
    }
  }
  if (input.outcome && !input.rulingOn) {
    errors.push({ path: 'body.rulingOn', message: 'Een uitkomst hoort bij een uitspraak: geef de datum van de uitspraak.' });
  }
  if (errors.length > 0) throw fieldErrors(errors);
}

export async function addCourtStep(ctx: ServiceContext, id: string, input: CourtStepInput): Promise<MeasureDetail> {
  const row = await requireWritableMeasure(ctx, id);
  if (ctx.actor.role !== 'lawyer') throw forbidden('Stappen bij de rechter legt een jurist vast.');
  if (!row.announced_on || procedureOf(row) === 'withdrawn') throw conflict('Een procedure bij de rechter kan pas na de bekendmaking van het besluit.');
  checkCourtDates(input, row.announced_on, amsterdamToday());
  const remedy = remedyOf(row);
  if (input.kind === 'appeal' && remedy !== 'objection_decided' && remedy !== 'court') {
    throw conflict(`Beroep kan pas na de beslissing op bezwaar (nu: "${remedyNamesNl[remedy]}").`);
  }
  if (input.kind === 'higher_appeal') {
    const ruled = await ctx.db
      .selectFrom('measure_court_steps')
      .select('id')
      .where('measure_id', '=', id)
      .where('kind', '=', 'appeal')
      .where('ruling_on', 'is not', null)
      .executeTakeFirst();
    if (!ruled) throw conflict('Hoger beroep kan pas na een uitspraak in beroep.');
  }
  await ctx.db.transaction().execute(async (trx) => {
    const step = await trx
      .insertInto('measure_court_steps')
      .values({
        measure_id: id,
        kind: input.kind,
        court: input.court,
        case_number: input.caseNumber,
        filed_on: input.filedOn,
        hearing_on: input.hearingOn ?? null,
        ruling_on: input.rulingOn ?? null,
        outcome: input.outcome ?? null,
        note: input.note,
        recorded_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const moves = input.kind === 'appeal' && remedy === 'objection_decided';
    if (moves) {
      await trx.updateTable('measures').set({ remedy_status: 'court', status_changed_at: new Date(), updated_at: new Date() }).where('id', '=', id).execute();
    }
    await appendHistory(
      trx,
      id,
      {
        track: 'remedy',
        from: remedy,
        to: moves ? 'court' : remedy,
        note: input.note,
        data: { event: 'court_step', courtStepId: step.id, kind: input.kind, filedOn: input.filedOn },
      },
      ctx.actor.userId,
    );
    await recordTrail(
      { ...ctx, db: trx },
      { action: 'update', objectType: MEASURE_RECORD_TYPE, objectId: id, reason: `court step ${input.kind}`, processing: processing(row) },
    );
  });
  return getMeasure(ctx, id);
}

export async function updateCourtStep(ctx: ServiceContext, id: string, stepId: string, input: CourtStepUpdate): Promise<MeasureDetail> {
  const row = await requireWritableMeasure(ctx, id);
  if (ctx.actor.role !== 'lawyer') throw forbidden('Stappen bij de rechter legt een jurist vast.');
  const step = await ctx.db.selectFrom('measure_court_steps').select(['id', 'kind']).where('id', '=', stepId).where('measure_id', '=', id).executeTakeFirst();
  if (!step) throw notFound('Deze stap bij de rechter');
  checkCourtDates(input, row.announced_on, amsterdamToday());
  const remedy = remedyOf(row);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('measure_court_steps')
      .set({
        court: input.court,
        case_number: input.caseNumber,
        filed_on: input.filedOn,
        hearing_on: input.hearingOn ?? null,
        ruling_on: input.rulingOn ?? null,
        outcome: input.outcome ?? null,
        note: input.note,
        updated_at: new Date(),
      })
      .where('id', '=', stepId)
      .execute();
    await appendHistory(
      trx,
      id,
      {
        track: 'remedy',
        from: remedy,
        to: remedy,
        note: input.note,
        data: { event: 'court_step_update', courtStepId: stepId, kind: step.kind, rulingOn: input.rulingOn ?? null, outcome: input.outcome ?? null },
      },
      ctx.actor.userId,
    );
    await recordTrail(
      { ...ctx, db: trx },
      { action: 'update', objectType: MEASURE_RECORD_TYPE, objectId: id, reason: `court step ${stepId}`, processing: processing(row) },
    );
  });
  return getMeasure(ctx, id);
}

/** Services the demo seed uses, so demo cases follow the same rules as the API. */
export const measureServices = { createMeasure, transitionMeasure, recordProportionality, extendObjectionDecision, extendExecution, addCourtStep };
