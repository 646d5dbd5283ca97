import type { Selectable } from 'kysely';
import { confidentialityRank, isConfidentiality } from '../../kernel/access.js';
import type { ServiceContext } from '../../kernel/context.js';
import { AppError, forbidden, notFound } from '../../kernel/errors.js';
import { recordTrail } from '../../kernel/trail.js';
import type { SubjectRelationTable } from '../../db/schema.js';
import { dutchDate } from './identifiers.js';
import { relationTypes, type RelationType, type RelationView, type SubjectKind, type relationInput, type relationUpdate } from './registry.schemas.js';
import { dataSubjectsOf, loadVisibleSubject, REGISTRY_ACTIVITY, requireWritableSubject, toSummary, type SubjectRow } from './subjects.service.js';
import { relationVisible } from './visibility.js';
import type { z } from 'zod';

type RelationRow = Selectable<SubjectRelationTable>;

export function relationView(
  r: RelationRow,
  fromPerspectiveOf: string,
  other: Pick<SubjectRow, 'id' | 'kind' | 'ref' | 'label' | 'detail' | 'risk_sector' | 'status'>,
  recorder: string | null,
): RelationView {
  // The Dutch calendar date, so "current" agrees with the user's day.
  const now = dutchDate(new Date());
  return {
    id: r.id,
    type: r.type as RelationType,
    direction: r.from_subject_id === fromPerspectiveOf ? 'outgoing' : 'incoming',
    other: toSummary(other),
    validFrom: r.valid_from,
    validTo: r.valid_to,
    current: (r.valid_from === null || r.valid_from <= now) && (r.valid_to === null || r.valid_to >= now),
    source: r.source,
    reliability: r.reliability as RelationView['reliability'],
    confidentiality: isConfidentiality(r.confidentiality) ? r.confidentiality : 'geheim',
    note: r.note,
    recordedBy: recorder,
    recordedAt: r.recorded_at.toISOString(),
  };
}

function assertKinds(type: RelationType, from: SubjectKind, to: SubjectKind): void {
  const allowed = relationTypes[type];
  const errors = [];
  if (!(allowed.from as readonly string[]).includes(from)) {
    errors.push({ path: 'body.fromSubjectId', message: `Een ${kindText[from]} kan niet het begin van deze relatie zijn.` });
  }
  if (!(allowed.to as readonly string[]).includes(to)) {
    errors.push({ path: 'body.toSubjectId', message: `Een ${kindText[to]} kan niet het einde van deze relatie zijn.` });
  }
  if (errors.length) throw new AppError('VALIDATION_FAILED', 'Deze relatie past niet bij deze soorten subjecten.', { errors });
}

const kindText: Record<SubjectKind, string> = {
  person: 'persoon',
  organisation: 'organisatie',
  address: 'adres',
  vehicle: 'voertuig',
  bank_account: 'bankrekening',
};

/** Records a relation. The actor must be able to change the subject it starts from and see the one it points to. */
export async function createRelation(ctx: ServiceContext, input: z.output<typeof relationInput>): Promise<RelationView> {
  const from = await requireWritableSubject(ctx, input.fromSubjectId);
  const to = await loadVisibleSubject(ctx, input.toSubjectId);
  if (to.status !== 'active') {
    throw new AppError('VALIDATION_FAILED', 'Dit subject is samengevoegd.', {
      errors: [{ path: 'body.toSubjectId', message: 'Kies het subject waarin het is opgegaan.' }],
    });
  }
  assertKinds(input.type, from.kind as SubjectKind, to.kind as SubjectKind);
  if (confidentialityRank(input.confidentiality) > confidentialityRank(ctx.actor.maxConfidentiality)) {
    throw forbidden('Je kunt niets vastleggen met een hogere vertrouwelijkheid dan je zelf mag zien.');
  }
  const row = await ctx.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('subject_relations')
      .values({
        type: input.type,
        from_subject_id: from.id,
        to_subject_id: to.id,
        valid_from: input.validFrom,
        valid_to: input.validTo,
        source: input.source,
        reliability: input.reliability,
        confidentiality: input.confidentiality,
        note: input.note,
        recorded_by: ctx.actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordTrail(
      { ...ctx, db: trx },
      {
        action: 'create',
        objectType: 'subject_relation',
        objectId: inserted.id,
        processing: { activity: REGISTRY_ACTIVITY, name: 'Relatie vastgelegd', subjects: dataSubjectsOf([from, to]) },
      },
    );
    return inserted;
  });
  return relationView(row, from.id, to, ctx.actor.username);
}

async function loadWritableRelation(ctx: ServiceContext, id: string): Promise<{ relation: RelationRow; from: SubjectRow; to: SubjectRow }> {
  const relation = await ctx.db
    .selectFrom('subject_relations as r')
    .selectAll('r')
    .where('r.id', '=', id)
    .where(relationVisible(ctx.actor, 'r'))
    .executeTakeFirst();
  if (!relation) {
    await recordTrail(ctx, { action: 'deny', objectType: 'subject_relation', objectId: id, outcome: 'denied', reason: 'not found or not visible' });
    throw notFound('Deze relatie');
  }
  const from = await requireWritableSubject(ctx, relation.from_subject_id);
  const to = await loadVisibleSubject(ctx, relation.to_subject_id);
  return { relation, from, to };
}

/** Changes a relation's period, reliability or note (ending a relation is setting `validTo`). */
export async function updateRelation(ctx: ServiceContext, id: string, change: z.output<typeof relationUpdate>): Promise<RelationView> {
  const { relation, from, to } = await loadWritableRelation(ctx, id);
  const validFrom = change.validFrom === undefined ? relation.valid_from : change.validFrom;
  const validTo = change.validTo === undefined ? relation.valid_to : change.validTo;
  if (validFrom && validTo && validTo < validFrom) {
    throw new AppError('VALIDATION_FAILED', 'De einddatum ligt vóór de begindatum.', {
      errors: [{ path: 'body.validTo', message: 'De einddatum ligt vóór de begindatum.' }],
    });
  }
  const row = await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('subject_relations')
      .set({
        valid_from: validFrom,
        valid_to: validTo,
        reliability: change.reliability ?? relation.reliability,
        note: change.note ?? relation.note,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordTrail(
      { ...ctx, db: trx },
      {
        action: 'update',
        objectType: 'subject_relation',
        objectId: id,
        processing: { activity: REGISTRY_ACTIVITY, name: 'Relatie gewijzigd', subjects: dataSubjectsOf([from, to]) },
      },
    );
    return updated;
  });
  const recorder = row.recorded_by ? await ctx.db.selectFrom('users').select('display_name').where('id', '=', row.recorded_by).executeTakeFirst() : undefined;
  return relationView(row, from.id, to, recorder?.display_name ?? null);
}

/** Removes a relation recorded in error. The audit trail keeps that it existed and who removed it. */
export async function deleteRelation(ctx: ServiceContext, id: string): Promise<void> {
  const { from, to } = await loadWritableRelation(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('subject_relations').where('id', '=', id).execute();
    await recordTrail(
      { ...ctx, db: trx },
      {
        action: 'delete',
        objectType: 'subject_relation',
        objectId: id,
        processing: { activity: REGISTRY_ACTIVITY, name: 'Relatie verwijderd', subjects: dataSubjectsOf([from, to]) },
      },
    );
  });
}
