import { sql, type Selectable } from 'kysely';
import type { EnforcementLegalBasisTable, EnforcementMatrixRowTable } from '../../db/schema-measures.js';
import type { ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { visibleTo } from '../../kernel/access.js';
import { AppError, conflict, notFound } from '../../kernel/errors.js';
import { recordTrail } from '../../kernel/trail.js';
import { isIsoDate } from '../legal/index.js';
import { loadVisibleSubject } from '../registry/index.js';
import { normaliseAddress, proposeMeasure, type EarlierMeasure, type MatrixRow, type Proposal } from './matrix.js';
import type { LegalBasisUpdate, LegalBasisView, MatrixRowInput, MatrixRowView, ProposalView } from './measures.schemas.js';
import {
  drugClasses,
  MEASURE_RECORD_TYPE,
  measureKinds,
  premisesTypes,
  quantityBands,
  type DrugClass,
  type MeasureKind,
  type PremisesType,
  type QuantityBand,
} from './vocabulary.js';

/**
 * Policy data of measures, kept by the jurists (enforcement:manage): the legal bases and the escalation
 * matrix, and the matrix's proposal for a new offence. Every change is written to the audit trail.
 */

export type LegalBasisRow = Selectable<EnforcementLegalBasisTable>;
type MatrixRowRecord = Selectable<EnforcementMatrixRowTable>;

export const validation = (path: string, message: string): AppError => new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

export const MATRIX_NOTICE = {
  nl: 'Dit is een standaardmatrix naar een gangbare beleidsregel. Toets hem aan de beleidsregel artikel 13b Opiumwet van de eigen gemeente en pas hem zo nodig aan.',
  en: "This is a default matrix after a typical policy rule. Check it against the municipality's own policy rule on section 13b of the Opium Act and adjust it where needed.",
};

function isOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}

function kindOf(value: string): MeasureKind {
  return isOf(measureKinds, value) ? value : 'closure';
}

function premisesList(value: unknown): PremisesType[] {
  return Array.isArray(value) ? value.filter((v): v is PremisesType => typeof v === 'string' && isOf(premisesTypes, v)) : [];
}

// ---- legal bases ----------------------------------------------------------------------------------

export function toLegalBasisView(r: LegalBasisRow & { updated_by_name?: string | null }): LegalBasisView {
  return {
    code: r.code,
    measureKind: kindOf(r.measure_kind),
    name: { nl: r.name_nl, en: r.name_en },
    article: r.article,
    authority: r.authority === 'college' ? 'college' : 'burgemeester',
    premisesTypes: premisesList(r.premises_types),
    isClosure: r.is_closure,
    requiresOpinion: r.requires_opinion,
    opinionDays: r.opinion_days,
    graceDays: r.grace_days,
    maxDurationMonths: r.max_duration_months,
    explanation: { nl: r.explanation_nl, en: r.explanation_en },
    active: r.active,
    sortOrder: r.sort_order,
    updatedBy: r.updated_by_name ?? null,
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function listLegalBases(db: Db): Promise<LegalBasisView[]> {
  const rows = await db
    .selectFrom('enforcement_legal_bases as b')
    .leftJoin('users as u', 'u.id', 'b.updated_by')
    .selectAll('b')
    .select('u.display_name as updated_by_name')
    .orderBy('b.sort_order')
    .orderBy('b.code')
    .execute();
  return rows.map(toLegalBasisView);
}

export async function loadLegalBasis(db: Db, code: string): Promise<LegalBasisRow | undefined> {
  return db.selectFrom('enforcement_legal_bases').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function updateLegalBasis(ctx: ServiceContext, code: string, input: LegalBasisUpdate): Promise<LegalBasisView> {
  const existing = await loadLegalBasis(ctx.db, code);
  if (!existing) throw notFound('Deze grondslag');
  if (input.maxDurationMonths !== null) {
    const longer = await ctx.db
      .selectFrom('enforcement_matrix_rows')
      .select(['premises_type', 'drug_class', 'offence_number', 'duration_months'])
      .where('legal_basis_code', '=', code)
      .where('duration_months', '>', input.maxDurationMonths)
      .executeTakeFirst();
    if (longer) {
      throw validation(
        'body.maxDurationMonths',
        `Een rij van de matrix (${longer.premises_type}, ${longer.drug_class}, ${longer.offence_number}e feit) heeft ${longer.duration_months} maanden: pas die eerst aan.`,
      );
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('enforcement_legal_bases')
      .set({
        name_nl: input.nameNl,
        name_en: input.nameEn,
        article: input.article,
        authority: input.authority,
        premises_types: JSON.stringify(input.premisesTypes),
        requires_opinion: input.requiresOpinion,
        opinion_days: input.opinionDays,
        grace_days: input.graceDays,
        max_duration_months: input.maxDurationMonths,
        explanation_nl: input.explanationNl,
        explanation_en: input.explanationEn,
        active: input.active,
        sort_order: input.sortOrder,
        updated_by: ctx.actor.userId,
        updated_at: new Date(),
      })
      .where('code', '=', code)
      .execute();
    await recordTrail({ ...ctx, db: trx }, { action: 'update', objectType: 'enforcement_legal_basis', objectId: code });
  });
  const view = (await listLegalBases(ctx.db)).find((b) => b.code === code);
  if (!view) throw notFound('Deze grondslag');
  return view;
}

// ---- escalation matrix -----------------------------------------------------------------------------

function toMatrixRow(r: MatrixRowRecord): MatrixRow {
  return {
    id: r.id,
    premisesType: r.premises_type,
    drugClass: r.drug_class,
    quantityBand: r.quantity_band,
    offenceNumber: r.offence_number,
    lookbackMonths: r.lookback_months,
    legalBasisCode: r.legal_basis_code,
    durationMonths: r.duration_months,
    active: r.active,
  };
}

function toMatrixRowView(r: MatrixRowRecord & { basis_name: string; measure_kind: string }): MatrixRowView {
  return {
    id: r.id,
    premisesType: isOf(premisesTypes, r.premises_type) ? r.premises_type : 'woning',
    drugClass: isOf(drugClasses, r.drug_class) ? r.drug_class : 'list_i',
    quantityBand: isOf(quantityBands, r.quantity_band) ? r.quantity_band : 'trade',
    offenceNumber: r.offence_number,
    lookbackMonths: r.lookback_months,
    legalBasisCode: r.legal_basis_code,
    legalBasisName: r.basis_name,
    measureKind: kindOf(r.measure_kind),
    durationMonths: r.duration_months,
    explanation: { nl: r.explanation_nl, en: r.explanation_en },
    active: r.active,
    sortOrder: r.sort_order,
    updatedAt: r.updated_at.toISOString(),
  };
}

function matrixQuery(db: Db) {
  return db
    .selectFrom('enforcement_matrix_rows as r')
    .innerJoin('enforcement_legal_bases as b', 'b.code', 'r.legal_basis_code')
    .selectAll('r')
    .select(['b.name_nl as basis_name', 'b.measure_kind']);
}

export async function listMatrix(db: Db): Promise<MatrixRowView[]> {
  const rows = await matrixQuery(db)
    .orderBy('r.premises_type', 'desc')
    .orderBy('r.quantity_band', 'desc')
    .orderBy('r.drug_class')
    .orderBy('r.offence_number')
    .execute();
  return rows.map(toMatrixRowView);
}

async function matrixRowView(db: Db, id: string): Promise<MatrixRowView> {
  const row = await matrixQuery(db).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Deze rij van de matrix');
  return toMatrixRowView(row);
}

/** A row proposes a closure (with a duration within the basis's maximum) or a warning (without duration). */
async function checkMatrixRow(db: Db, input: MatrixRowInput): Promise<void> {
  const basis = await loadLegalBasis(db, input.legalBasisCode);
  if (!basis) throw validation('body.legalBasisCode', 'Deze grondslag bestaat niet.');
  if (basis.measure_kind !== 'closure' && basis.measure_kind !== 'warning') {
    throw validation('body.legalBasisCode', 'Een rij van de matrix stelt een sluiting of een waarschuwing voor.');
  }
  if (basis.measure_kind === 'closure') {
    if (input.durationMonths === null) throw validation('body.durationMonths', 'Geef de duur van de sluiting in maanden.');
    if (basis.max_duration_months !== null && input.durationMonths > basis.max_duration_months) {
      throw validation('body.durationMonths', `Deze grondslag staat hoogstens ${basis.max_duration_months} maanden toe.`);
    }
  } else if (input.durationMonths !== null) {
    throw validation('body.durationMonths', 'Een waarschuwing heeft geen duur.');
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

const rowExists = (input: MatrixRowInput) =>
  conflict(`Er is al een rij voor ${input.premisesType}, ${input.drugClass}, ${input.quantityBand}, ${input.offenceNumber}e feit: wijzig die.`);

async function duplicateOf(db: Db, input: MatrixRowInput, exceptId: string | null): Promise<boolean> {
  let q = db
    .selectFrom('enforcement_matrix_rows')
    .select('id')
    .where('premises_type', '=', input.premisesType)
    .where('drug_class', '=', input.drugClass)
    .where('quantity_band', '=', input.quantityBand)
    .where('offence_number', '=', input.offenceNumber);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

function matrixValues(input: MatrixRowInput, userId: string) {
  return {
    premises_type: input.premisesType,
    drug_class: input.drugClass,
    quantity_band: input.quantityBand,
    offence_number: input.offenceNumber,
    lookback_months: input.lookbackMonths,
    legal_basis_code: input.legalBasisCode,
    duration_months: input.durationMonths,
    explanation_nl: input.explanationNl,
    explanation_en: input.explanationEn,
    active: input.active,
    sort_order: input.sortOrder,
    updated_by: userId,
    updated_at: new Date(),
  };
}

export async function createMatrixRow(ctx: ServiceContext, input: MatrixRowInput): Promise<MatrixRowView> {
  await checkMatrixRow(ctx.db, input);
  if (await duplicateOf(ctx.db, input, null)) throw rowExists(input);
  try {
    const id = await ctx.db.transaction().execute(async (trx) => {
      const row = await trx.insertInto('enforcement_matrix_rows').values(matrixValues(input, ctx.actor.userId)).returning('id').executeTakeFirstOrThrow();
      await recordTrail({ ...ctx, db: trx }, { action: 'create', objectType: 'enforcement_matrix_row', objectId: row.id });
      return row.id;
    });
    return await matrixRowView(ctx.db, id);
  } catch (error) {
    if (isUniqueViolation(error)) throw rowExists(input);
    throw error;
  }
}

export async function updateMatrixRow(ctx: ServiceContext, id: string, input: MatrixRowInput): Promise<MatrixRowView> {
  const existing = await ctx.db.selectFrom('enforcement_matrix_rows').select('id').where('id', '=', id).executeTakeFirst();
  if (!existing) throw notFound('Deze rij van de matrix');
  await checkMatrixRow(ctx.db, input);
  if (await duplicateOf(ctx.db, input, id)) throw rowExists(input);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('enforcement_matrix_rows').set(matrixValues(input, ctx.actor.userId)).where('id', '=', id).execute();
      await recordTrail({ ...ctx, db: trx }, { action: 'update', objectType: 'enforcement_matrix_row', objectId: id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw rowExists(input);
    throw error;
  }
  return matrixRowView(ctx.db, id);
}

export async function deleteMatrixRow(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const deleted = await trx.deleteFrom('enforcement_matrix_rows').where('id', '=', id).returning('id').executeTakeFirst();
    if (!deleted) throw notFound('Deze rij van de matrix');
    await recordTrail({ ...ctx, db: trx }, { action: 'delete', objectType: 'enforcement_matrix_row', objectId: id });
  });
}

// ---- the proposal ----------------------------------------------------------------------------------

export interface ProposalInput {
  subjectId?: string | null | undefined;
  addressLabel?: string | null | undefined;
  premisesType: PremisesType;
  drugClass: DrugClass;
  quantityBand: QuantityBand;
  offenceOn: string;
  excludeMeasureId?: string | null | undefined;
}

/**
 * Earlier measures for the same registry subject or, without a subject, the same normalised address: not
 * withdrawn, with an offence date and drug facts (an earlier Opiumwet case). They count regardless of who may
 * read them: the count must be right. What an actor sees of them is decided by {@link proposalForActor}.
 */
async function earlierMeasures(db: Db, input: ProposalInput): Promise<EarlierMeasure[]> {
  let q = db
    .selectFrom('measures')
    .select(['id', 'number', 'offence_on'])
    .where('status', '<>', 'withdrawn')
    .where('offence_on', 'is not', null)
    .where('drug_class', 'is not', null)
    .where('offence_on', '<', input.offenceOn);
  if (input.subjectId) {
    q = q.where('subject_id', '=', input.subjectId);
  } else if (input.addressLabel?.trim()) {
    q = q.where(sql<string>`trim(regexp_replace(lower(address_label), '[^a-z0-9]+', ' ', 'g'))`, '=', normaliseAddress(input.addressLabel));
  } else {
    return [];
  }
  if (input.excludeMeasureId) q = q.where('id', '<>', input.excludeMeasureId);
  const rows = await q.orderBy('offence_on').limit(50).execute();
  return rows.flatMap((r) => (r.offence_on ? [{ id: r.id, number: r.number, offenceOn: r.offence_on }] : []));
}

/** The matrix's proposal, in the shape the API sends and the measure stores. */
export async function computeProposal(db: Db, input: ProposalInput): Promise<{ view: ProposalView; proposal: Proposal }> {
  const rows = await matrixQuery(db).execute();
  const names = new Map<string, string>();
  for (const b of await db.selectFrom('enforcement_legal_bases').select(['code', 'name_nl']).execute()) names.set(b.code, b.name_nl);
  const proposal = proposeMeasure(
    rows.map(toMatrixRow),
    { premisesType: input.premisesType, drugClass: input.drugClass, quantityBand: input.quantityBand, offenceOn: input.offenceOn },
    await earlierMeasures(db, input),
    (code) => (names.get(code) ?? code).toLowerCase(),
  );
  const rowRecord = proposal.row ? rows.find((r) => r.id === proposal.row?.id) : undefined;
  const view: ProposalView = {
    applicable: proposal.applicable,
    offenceNumber: proposal.offenceNumber,
    matrixRowId: proposal.row?.id ?? null,
    row: rowRecord ? toMatrixRowView(rowRecord) : null,
    legalBasisCode: proposal.row?.legalBasisCode ?? null,
    legalBasisName: proposal.row ? (names.get(proposal.row.legalBasisCode) ?? null) : null,
    durationMonths: proposal.row?.durationMonths ?? null,
    lookbackMonths: proposal.lookbackMonths,
    earlierMeasures: proposal.earlierMeasures.map((e) => ({ ...e, visible: true })),
    reason: proposal.reason,
    computedAt: new Date().toISOString(),
  };
  return { view, proposal };
}

/** The dry run for the new-measure form. A subject must be visible to the actor. */
export async function proposalFor(ctx: ServiceContext, input: ProposalInput): Promise<ProposalView> {
  if (!isIsoDate(input.offenceOn)) throw validation('body.offenceOn', 'De datum van het feit bestaat niet; geef een datum als JJJJ-MM-DD.');
  if (input.subjectId) {
    try {
      await loadVisibleSubject(ctx, input.subjectId);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') {
        throw validation('body.subjectId', 'Deze betrokkene bestaat niet of je hebt er geen toegang toe.');
      }
      throw error;
    }
  }
  await recordTrail(ctx, { action: 'search', objectType: 'enforcement_matrix_proposal', objectId: null, reason: `subject=${input.subjectId ?? '-'}` });
  return proposalForActor(ctx, (await computeProposal(ctx.db, input)).view);
}

/**
 * A proposal as one actor may see it. The earlier measures all count (the offence number must be right, whoever
 * asks), but the number of one the actor may not read is left out, in the list and in the reason: the actor learns
 * that an earlier measure was counted and its date, as the decision needs, not which case it is.
 */
export async function proposalForActor(ctx: ServiceContext, view: ProposalView): Promise<ProposalView> {
  const ids = view.earlierMeasures.map((e) => e.id);
  if (ids.length === 0) return view;
  const visible = new Set(
    (
      await visibleTo(ctx.db.selectFrom('measures').select('measures.id').where('measures.id', 'in', ids), ctx.actor, {
        recordType: MEASURE_RECORD_TYPE,
        idColumn: 'measures.id',
        confidentialityColumn: 'measures.confidentiality',
      }).execute()
    ).map((r) => r.id),
  );
  let reason = view.reason;
  const earlierMeasures = view.earlierMeasures.map((e) => {
    if (visible.has(e.id)) return { ...e, visible: true };
    if (e.number) reason = reason.split(e.number).join('een maatregel die je niet mag inzien');
    return { id: e.id, number: '', offenceOn: e.offenceOn, visible: false };
  });
  return { ...view, earlierMeasures, reason };
}
