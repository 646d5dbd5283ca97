import { sql } from 'kysely';
import { confidentialityRank, isConfidentiality } from '../../kernel/access.js';
import type { ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { conflict, notFound } from '../../kernel/errors.js';
import { recordTrail } from '../../kernel/trail.js';
import { normaliseName } from './identifiers.js';
import type { duplicatePair, mergeView, SubjectKind } from './registry.schemas.js';
import { canWriteSubject, dataSubjectsOf, REGISTRY_ACTIVITY, requireWritableSubject, toSummary } from './subjects.service.js';
import { SUBJECT_RECORD_TYPE, subjectVisible } from './visibility.js';
import type { z } from 'zod';

type DuplicatePair = z.infer<typeof duplicatePair>;
type MergeView = z.infer<typeof mergeView>;

const pairQuery = (ctx: ServiceContext) =>
  ctx.db
    .selectFrom('duplicate_candidates as d')
    .innerJoin('subjects as a', 'a.id', 'd.subject_a')
    .innerJoin('subjects as b', 'b.id', 'd.subject_b')
    .select(['d.id', 'd.kind', 'd.score', 'd.reasons', 'd.status'])
    .select([
      'a.id as a_id',
      'a.kind as a_kind',
      'a.ref as a_ref',
      'a.label as a_label',
      'a.detail as a_detail',
      'a.risk_sector as a_risk',
      'a.status as a_status',
    ])
    .select([
      'b.id as b_id',
      'b.kind as b_kind',
      'b.ref as b_ref',
      'b.label as b_label',
      'b.detail as b_detail',
      'b.risk_sector as b_risk',
      'b.status as b_status',
    ])
    .where(subjectVisible(ctx.actor, 'a'))
    .where(subjectVisible(ctx.actor, 'b'));

type PairRow = Awaited<ReturnType<ReturnType<typeof pairQuery>['execute']>>[number];

function toPair(r: PairRow): DuplicatePair {
  return {
    id: r.id,
    kind: r.kind as SubjectKind,
    a: toSummary({ id: r.a_id, kind: r.a_kind, ref: r.a_ref, label: r.a_label, detail: r.a_detail, risk_sector: r.a_risk, status: r.a_status }),
    b: toSummary({ id: r.b_id, kind: r.b_kind, ref: r.b_ref, label: r.b_label, detail: r.b_detail, risk_sector: r.b_risk, status: r.b_status }),
    score: Math.round(Number(r.score) * 100) / 100,
    reasons: r.reasons,
    status: r.status as DuplicatePair['status'],
  };
}

/** Open candidates where both subjects are visible to the actor (never a hint about the others). */
export async function listDuplicates(ctx: ServiceContext, kind: 'person' | 'organisation'): Promise<DuplicatePair[]> {
  const rows = await pairQuery(ctx)
    .where('d.kind', '=', kind)
    .where('d.status', '=', 'open')
    .where('a.status', '=', 'active')
    .where('b.status', '=', 'active')
    .orderBy('d.score', 'desc')
    .orderBy('d.found_at', 'desc')
    .limit(200)
    .execute();
  const pairs = rows.map(toPair);
  await recordTrail(ctx, {
    action: 'read',
    objectType: 'duplicate_candidates',
    objectId: null,
    processing: {
      activity: REGISTRY_ACTIVITY,
      name: 'Mogelijke dubbelen ingezien',
      subjects: dataSubjectsOf(pairs.flatMap((p) => [p.a, p.b])),
    },
  });
  return pairs;
}

export async function listDuplicatesOf(ctx: ServiceContext, subjectId: string): Promise<DuplicatePair[]> {
  const rows = await pairQuery(ctx)
    .where((eb) => eb.or([eb('d.subject_a', '=', subjectId), eb('d.subject_b', '=', subjectId)]))
    .where('d.status', '=', 'open')
    .where('a.status', '=', 'active')
    .where('b.status', '=', 'active')
    .orderBy('d.score', 'desc')
    .limit(20)
    .execute();
  return rows.map(toPair);
}

/**
 * Searches the whole register for likely duplicates and stores new candidates. Persons are compared
 * within blocks of the same date of birth and first letter (or the same BSN), so the work grows
 * with the block sizes, not with the square of the register.
 */
export async function scanDuplicates(ctx: ServiceContext, kind: 'person' | 'organisation'): Promise<number> {
  const db = ctx.db;
  let found: number;
  // One statement per rule: each is an equi-join the planner can sort or hash (an OR of both rules
  // made it a nested loop: 22 s instead of 2.5 s for 450,000 persons).
  const insert = async (query: ReturnType<typeof sql>) => Number((await query.execute(db)).numAffectedRows ?? 0);
  if (kind === 'person') {
    found =
      (await insert(sql`
        insert into duplicate_candidates (kind, subject_a, subject_b, score, reasons)
        select 'person', a.subject_id, b.subject_id, 1.0, array['zelfde BSN']
        from subject_persons a
        join subject_persons b on a.bsn_hash = b.bsn_hash and a.subject_id < b.subject_id
        join subjects sa on sa.id = a.subject_id and sa.status = 'active'
        join subjects sb on sb.id = b.subject_id and sb.status = 'active'
        on conflict (subject_a, subject_b) do nothing`)) +
      (await insert(sql`
        insert into duplicate_candidates (kind, subject_a, subject_b, score, reasons)
        select 'person', a.subject_id, b.subject_id, similarity(a.name_key, b.name_key), array['zelfde geboortedatum en lijkende naam']
        from subject_persons a
        join subject_persons b on a.date_of_birth = b.date_of_birth and left(a.name_key, 1) = left(b.name_key, 1) and a.subject_id < b.subject_id
        join subjects sa on sa.id = a.subject_id and sa.status = 'active'
        join subjects sb on sb.id = b.subject_id and sb.status = 'active'
        where similarity(a.name_key, b.name_key) >= 0.5
        on conflict (subject_a, subject_b) do nothing`));
  } else {
    found =
      (await insert(sql`
        insert into duplicate_candidates (kind, subject_a, subject_b, score, reasons)
        select 'organisation', a.subject_id, b.subject_id, 0.9, array['zelfde KvK-nummer']
        from subject_organisations a
        join subject_organisations b on a.kvk_number = b.kvk_number and a.subject_id < b.subject_id
          and (a.establishment_number is null or b.establishment_number is null)
        join subjects sa on sa.id = a.subject_id and sa.status = 'active'
        join subjects sb on sb.id = b.subject_id and sb.status = 'active'
        on conflict (subject_a, subject_b) do nothing`)) +
      (await insert(sql`
        insert into duplicate_candidates (kind, subject_a, subject_b, score, reasons)
        select 'organisation', a.subject_id, b.subject_id, 0.7, array['zelfde naam, ander KvK-nummer']
        from subject_organisations a
        join subject_organisations b on lower(a.name) = lower(b.name) and a.kvk_number <> b.kvk_number and a.subject_id < b.subject_id
        join subjects sa on sa.id = a.subject_id and sa.status = 'active'
        join subjects sb on sb.id = b.subject_id and sb.status = 'active'
        on conflict (subject_a, subject_b) do nothing`));
  }
  await recordTrail(ctx, { action: 'scan', objectType: 'duplicate_candidates', objectId: null, reason: `${kind}: ${found} new` });
  return found;
}

async function loadPair(ctx: ServiceContext, id: string): Promise<DuplicatePair> {
  const row = await pairQuery(ctx).where('d.id', '=', id).executeTakeFirst();
  if (!row) {
    await recordTrail(ctx, { action: 'deny', objectType: 'duplicate_candidate', objectId: id, outcome: 'denied', reason: 'not found or not visible' });
    throw notFound('Deze mogelijke dubbele');
  }
  return toPair(row);
}

/** "Geen dubbel": the pair is not proposed again. */
export async function dismissDuplicate(ctx: ServiceContext, id: string): Promise<DuplicatePair> {
  const pair = await loadPair(ctx, id);
  await requireWritableSubject(ctx, pair.a.id);
  await requireWritableSubject(ctx, pair.b.id);
  if (pair.status !== 'open') throw conflict('Over deze mogelijke dubbele is al besloten.');
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('duplicate_candidates')
      .set({ status: 'dismissed', decided_by: ctx.actor.userId, decided_at: new Date() })
      .where('id', '=', id)
      .execute();
    await recordTrail({ ...ctx, db: trx }, { action: 'dismiss', objectType: 'duplicate_candidate', objectId: id });
  });
  return { ...pair, status: 'dismissed' };
}

const mergeQuery = (db: Db) =>
  db
    .selectFrom('subject_merges as m')
    .innerJoin('subjects as s', 's.id', 'm.survivor_id')
    .innerJoin('subjects as d', 'd.id', 'm.merged_id')
    .leftJoin('users as u', 'u.id', 'm.merged_by')
    .selectAll('m')
    .select(['s.ref as s_ref', 's.label as s_label', 's.status as s_status', 's.confidentiality as s_conf'])
    .select(['d.ref as d_ref', 'd.label as d_label', 'd.merged_into as d_merged_into', 'u.display_name as merger']);

type MergeRow = Awaited<ReturnType<ReturnType<typeof mergeQuery>['execute']>>[number];

async function toMergeView(ctx: ServiceContext, m: MergeRow): Promise<MergeView> {
  const undoable = m.undone_at === null && m.s_status === 'active' && m.d_merged_into === m.survivor_id;
  return {
    id: m.id,
    survivor: { id: m.survivor_id, ref: m.s_ref, label: m.s_label },
    merged: { id: m.merged_id, ref: m.d_ref, label: m.d_label },
    reason: m.reason,
    movedRelations: m.moved_relation_ids.length,
    movedLinks: m.moved_link_ids.length,
    mergedBy: m.merger,
    mergedAt: m.merged_at.toISOString(),
    undoneAt: m.undone_at ? m.undone_at.toISOString() : null,
    canUndo: undoable && (await canWriteSubject(ctx, { id: m.survivor_id, confidentiality: m.s_conf, status: m.s_status })),
  };
}

async function mergeRowView(ctx: ServiceContext, id: string): Promise<MergeView> {
  return toMergeView(ctx, await mergeQuery(ctx.db).where('m.id', '=', id).executeTakeFirstOrThrow());
}

/** The merges a subject took part in, in one query, where the viewer may see the other subject too (its name is shown). */
export async function listMergesOf(ctx: ServiceContext, subjectId: string): Promise<MergeView[]> {
  const rows = await mergeQuery(ctx.db)
    .where((eb) => eb.or([eb('m.survivor_id', '=', subjectId), eb('m.merged_id', '=', subjectId)]))
    .where(subjectVisible(ctx.actor, 's'))
    .where(subjectVisible(ctx.actor, 'd'))
    .orderBy('m.merged_at', 'desc')
    .limit(50)
    .execute();
  return Promise.all(rows.map((r) => toMergeView(ctx, r)));
}

/**
 * Merges `duplicateId` into `survivorId`: relations and linked records move to the survivor, the
 * duplicate's names become aliases (trade names for organisations), its team joins the survivor's
 * team, and the duplicate stays as a record marked `merged` pointing at the survivor. Everything
 * moved is written down in `subject_merges`, so the merge can be undone exactly.
 */
export async function mergeSubjects(ctx: ServiceContext, survivorId: string, duplicateId: string, reason: string): Promise<MergeView> {
  if (survivorId === duplicateId) throw conflict('Een subject kan niet met zichzelf worden samengevoegd.');
  const survivor = await requireWritableSubject(ctx, survivorId);
  const duplicate = await requireWritableSubject(ctx, duplicateId);
  if (survivor.kind !== duplicate.kind) throw conflict('Alleen subjecten van dezelfde soort kunnen worden samengevoegd.');
  if (survivor.kind !== 'person' && survivor.kind !== 'organisation') {
    throw conflict('Adressen, voertuigen en rekeningen hebben een unieke sleutel; die worden niet samengevoegd.');
  }
  // The duplicate's names become the survivor's aliases: they may not end up at a lower level.
  if (isConfidentiality(duplicate.confidentiality) && isConfidentiality(survivor.confidentiality)) {
    if (confidentialityRank(duplicate.confidentiality) > confidentialityRank(survivor.confidentiality)) {
      throw conflict('Het dubbele subject is vertrouwelijker dan het subject dat blijft. Verhoog eerst de vertrouwelijkheid van het subject dat blijft.');
    }
  }
  const mergeId = await ctx.db.transaction().execute(async (trx) => {
    const locked = await trx.selectFrom('subjects').select(['id', 'status']).where('id', 'in', [survivorId, duplicateId]).forUpdate().execute();
    if (locked.some((r) => r.status !== 'active')) throw conflict('Een van beide subjecten is intussen samengevoegd.');
    const moved = await sql<{ id: string }>`
      update subject_relations set
        from_subject_id = case when from_subject_id = ${duplicateId}::uuid then ${survivorId}::uuid else from_subject_id end,
        to_subject_id = case when to_subject_id = ${duplicateId}::uuid then ${survivorId}::uuid else to_subject_id end
      where (from_subject_id = ${duplicateId}::uuid and to_subject_id <> ${survivorId}::uuid)
         or (to_subject_id = ${duplicateId}::uuid and from_subject_id <> ${survivorId}::uuid)
      returning id`.execute(trx);
    const links = await trx.selectFrom('subject_links').select(['id', 'record_type', 'record_id']).where('subject_id', '=', duplicateId).execute();
    const survivorLinks = new Set(
      (await trx.selectFrom('subject_links').select(['record_type', 'record_id']).where('subject_id', '=', survivorId).execute()).map(
        (l) => `${l.record_type}/${l.record_id}`,
      ),
    );
    const movable = links.filter((l) => !survivorLinks.has(`${l.record_type}/${l.record_id}`)).map((l) => l.id);
    const kept = links.filter((l) => survivorLinks.has(`${l.record_type}/${l.record_id}`)).map((l) => l.id);
    if (movable.length) await trx.updateTable('subject_links').set({ subject_id: survivorId }).where('id', 'in', movable).execute();

    const addedAliases = await addNames(trx, survivor.kind as 'person' | 'organisation', survivorId, duplicateId);
    const team = await trx
      .insertInto('record_team')
      .columns(['record_type', 'record_id', 'user_id', 'team_role'])
      .expression((eb) =>
        eb
          .selectFrom('record_team')
          .select([sql.lit(SUBJECT_RECORD_TYPE).as('record_type'), sql.lit(survivorId).as('record_id'), 'user_id', 'team_role'])
          .where('record_type', '=', SUBJECT_RECORD_TYPE)
          .where('record_id', '=', duplicateId),
      )
      .onConflict((oc) => oc.doNothing())
      .returning('user_id')
      .execute();
    await trx.updateTable('subjects').set({ status: 'merged', merged_into: survivorId, updated_at: new Date() }).where('id', '=', duplicateId).execute();
    const [a, b] = survivorId < duplicateId ? [survivorId, duplicateId] : [duplicateId, survivorId];
    await trx
      .updateTable('duplicate_candidates')
      .set({ status: 'merged', decided_by: ctx.actor.userId, decided_at: new Date() })
      .where('subject_a', '=', a)
      .where('subject_b', '=', b)
      .execute();
    const merge = await trx
      .insertInto('subject_merges')
      .values({
        survivor_id: survivorId,
        merged_id: duplicateId,
        moved_relation_ids: moved.rows.map((r) => r.id),
        moved_link_ids: movable,
        dropped_link_ids: kept,
        added_aliases: addedAliases,
        added_team_user_ids: team.map((t) => t.user_id),
        reason,
        merged_by: ctx.actor.userId,
        undone_by: null,
        undone_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordTrail(
      { ...ctx, db: trx },
      {
        action: 'merge',
        objectType: SUBJECT_RECORD_TYPE,
        objectId: survivorId,
        reason: `merged ${duplicateId} (merge ${merge.id})`,
        processing: { activity: REGISTRY_ACTIVITY, name: 'Subjecten samengevoegd', subjects: dataSubjectsOf([survivor, duplicate]) },
      },
    );
    return merge.id;
  });
  return mergeRowView(ctx, mergeId);
}

/** Adds the duplicate's names to the survivor as aliases or trade names; returns what was added. */
async function addNames(db: Db, kind: 'person' | 'organisation', survivorId: string, duplicateId: string): Promise<string[]> {
  if (kind === 'person') {
    const s = await db.selectFrom('subject_persons').selectAll().where('subject_id', '=', survivorId).executeTakeFirstOrThrow();
    const d = await db.selectFrom('subject_persons').selectAll().where('subject_id', '=', duplicateId).executeTakeFirstOrThrow();
    const ownName = normaliseName(`${s.given_names} ${s.surname_prefix} ${s.surname}`);
    const have = new Set([ownName, ...s.aliases.map(normaliseName)]);
    const added: string[] = [];
    for (const name of [[d.given_names, d.surname_prefix, d.surname].filter(Boolean).join(' '), ...d.aliases]) {
      const key = normaliseName(name);
      if (!have.has(key)) {
        have.add(key);
        added.push(name);
      }
    }
    if (added.length) {
      const aliases = [...s.aliases, ...added];
      await db.updateTable('subject_persons').set({ aliases }).where('subject_id', '=', survivorId).execute();
      await db
        .updateTable('subjects')
        .set({ search_text: normaliseName([s.given_names, s.surname_prefix, s.surname, ...aliases].join(' ')) })
        .where('id', '=', survivorId)
        .execute();
    }
    return added;
  }
  const s = await db.selectFrom('subject_organisations').selectAll().where('subject_id', '=', survivorId).executeTakeFirstOrThrow();
  const d = await db.selectFrom('subject_organisations').selectAll().where('subject_id', '=', duplicateId).executeTakeFirstOrThrow();
  const have = new Set([s.name, ...s.trade_names].map(normaliseName));
  const added = [d.name, ...d.trade_names].filter((n) => {
    const key = normaliseName(n);
    if (have.has(key)) return false;
    have.add(key);
    return true;
  });
  if (added.length) {
    const tradeNames = [...s.trade_names, ...added];
    await db.updateTable('subject_organisations').set({ trade_names: tradeNames }).where('subject_id', '=', survivorId).execute();
    await db
      .updateTable('subjects')
      .set({ search_text: normaliseName([s.name, ...tradeNames].join(' ')) })
      .where('id', '=', survivorId)
      .execute();
  }
  return added;
}

/** Undoes a merge exactly: what moved goes back, added names and team members are removed, the duplicate is active again. */
export async function undoMerge(ctx: ServiceContext, mergeId: string): Promise<MergeView> {
  const merge = await ctx.db.selectFrom('subject_merges').selectAll().where('id', '=', mergeId).executeTakeFirst();
  if (!merge) throw notFound('Deze samenvoeging');
  const survivor = await requireWritableSubject(ctx, merge.survivor_id);
  if (merge.undone_at) throw conflict('Deze samenvoeging is al ongedaan gemaakt.');
  await ctx.db.transaction().execute(async (trx) => {
    const dup = await trx
      .selectFrom('subjects')
      .select(['id', 'kind', 'status', 'merged_into'])
      .where('id', '=', merge.merged_id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (dup.status !== 'merged' || dup.merged_into !== merge.survivor_id) throw conflict('Deze samenvoeging kan niet meer ongedaan worden gemaakt.');
    const { survivor_id: s, merged_id: d } = merge;
    if (merge.moved_relation_ids.length) {
      await sql`
        update subject_relations set
          from_subject_id = case when from_subject_id = ${s}::uuid then ${d}::uuid else from_subject_id end,
          to_subject_id = case when to_subject_id = ${s}::uuid and from_subject_id <> ${s}::uuid then ${d}::uuid else to_subject_id end
        where id = any(${merge.moved_relation_ids}::uuid[]) and (from_subject_id = ${s}::uuid or to_subject_id = ${s}::uuid)`.execute(trx);
    }
    if (merge.moved_link_ids.length) {
      await trx.updateTable('subject_links').set({ subject_id: d }).where('id', 'in', merge.moved_link_ids).where('subject_id', '=', s).execute();
    }
    if (merge.added_aliases.length) await removeNames(trx, survivor.kind as 'person' | 'organisation', s, merge.added_aliases);
    if (merge.added_team_user_ids.length) {
      await trx
        .deleteFrom('record_team')
        .where('record_type', '=', SUBJECT_RECORD_TYPE)
        .where('record_id', '=', s)
        .where('user_id', 'in', merge.added_team_user_ids)
        .execute();
    }
    await trx.updateTable('subjects').set({ status: 'active', merged_into: null, updated_at: new Date() }).where('id', '=', d).execute();
    const [a, b] = s < d ? [s, d] : [d, s];
    await trx
      .updateTable('duplicate_candidates')
      .set({ status: 'open', decided_by: null, decided_at: null })
      .where('subject_a', '=', a)
      .where('subject_b', '=', b)
      .execute();
    await trx.updateTable('subject_merges').set({ undone_by: ctx.actor.userId, undone_at: new Date() }).where('id', '=', mergeId).execute();
    await recordTrail(
      { ...ctx, db: trx },
      {
        action: 'unmerge',
        objectType: SUBJECT_RECORD_TYPE,
        objectId: s,
        reason: `restored ${d} (merge ${mergeId})`,
        processing: { activity: REGISTRY_ACTIVITY, name: 'Samenvoeging ongedaan gemaakt', subjects: dataSubjectsOf([survivor, dup]) },
      },
    );
  });
  return mergeRowView(ctx, mergeId);
}

async function removeNames(db: Db, kind: 'person' | 'organisation', survivorId: string, names: string[]): Promise<void> {
  const drop = new Set(names);
  if (kind === 'person') {
    const s = await db.selectFrom('subject_persons').selectAll().where('subject_id', '=', survivorId).executeTakeFirstOrThrow();
    const aliases = s.aliases.filter((a) => !drop.has(a));
    await db.updateTable('subject_persons').set({ aliases }).where('subject_id', '=', survivorId).execute();
    await db
      .updateTable('subjects')
      .set({ search_text: normaliseName([s.given_names, s.surname_prefix, s.surname, ...aliases].join(' ')) })
      .where('id', '=', survivorId)
      .execute();
    return;
  }
  const s = await db.selectFrom('subject_organisations').selectAll().where('subject_id', '=', survivorId).executeTakeFirstOrThrow();
  const tradeNames = s.trade_names.filter((n) => !drop.has(n));
  await db.updateTable('subject_organisations').set({ trade_names: tradeNames }).where('subject_id', '=', survivorId).execute();
  await db
    .updateTable('subjects')
    .set({ search_text: normaliseName([s.name, ...tradeNames].join(' ')) })
    .where('id', '=', survivorId)
    .execute();
}
