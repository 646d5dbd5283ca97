import { createHash } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { InspectionTable } from '../../db/schema-inspections.js';
import { can, decideRecord, isConfidentiality, isOnTeam, isRole, visibleTo, type Confidentiality } from '../../kernel/access.js';
import type { ServiceContext } from '../../kernel/context.js';
import { AppError, conflict, forbidden, notFound, type FieldError } from '../../kernel/errors.js';
import { newStorageKey, type FileStore } from '../../kernel/files.js';
import { requireRecord } from '../../kernel/record-access.js';
import { recordTrail, type DataSubject } from '../../kernel/trail.js';
import { isIsoDate } from '../legal/index.js';
import { linkRecordToSubject, loadVisibleSubject } from '../registry/index.js';
import { processPhoto } from '../signals/index.js';
import { amsterdamToday, createTask } from '../tasks/index.js';
import type {
  ChecklistInput,
  ChecklistItem,
  ChecklistView,
  FindingView,
  InspectionDetail,
  InspectionInput,
  ListItem,
  ListQuery,
} from './inspections.schemas.js';
import type { findingResults } from './vocabulary.js';
import {
  ENFORCEMENT_ACTIVITY,
  INSPECTION_RECORD_TYPE,
  MEASURE_RECORD_TYPE,
  inspectionOutcomes,
  inspectionPartners,
  inspectionStatuses,
  type InspectionPartner,
} from './vocabulary.js';

const MODULE = 'enforcement';
export const INSPECTION_TASK_TITLE = 'Controle uitvoeren';
/** Roles that can lead an inspection. */
export const LEAD_ROLES = ['inspector', 'lawyer', 'analyst'] as const;
const DEFAULT_CONFIDENTIALITY: Confidentiality = 'vertrouwelijk';

type InspectionRow = Selectable<InspectionTable>;
type Status = (typeof inspectionStatuses)[number];
type Outcome = (typeof inspectionOutcomes)[number];
type Result = (typeof findingResults)[number];

const validation = (errors: FieldError[]): AppError =>
  new AppError('VALIDATION_FAILED', errors.length === 1 ? errors[0]!.message : 'Niet alle velden zijn goed ingevuld.', { errors });

const statusWords: Record<Status, string> = {
  planned: 'gepland',
  in_progress: 'in uitvoering',
  completed: 'afgerond',
  cancelled: 'geannuleerd',
};

function statusOf(value: string): Status {
  return (inspectionStatuses as readonly string[]).includes(value) ? (value as Status) : 'planned';
}

function outcomeOf(value: string | null): Outcome | null {
  return value !== null && (inspectionOutcomes as readonly string[]).includes(value) ? (value as Outcome) : null;
}

function levelOf(value: string): Confidentiality {
  return isConfidentiality(value) ? value : 'zeer_geheim';
}

function partnersOf(value: unknown): InspectionPartner[] {
  return Array.isArray(value) ? value.filter((p): p is InspectionPartner => (inspectionPartners as readonly string[]).includes(String(p))) : [];
}

/** Checklist items as stored (jsonb); anything malformed is left out rather than trusted. */
export function itemsOf(value: unknown): ChecklistItem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const item = v as Partial<ChecklistItem> | null;
    return item && typeof item.code === 'string' && typeof item.textNl === 'string' && typeof item.textEn === 'string'
      ? [{ code: item.code, textNl: item.textNl, textEn: item.textEn }]
      : [];
  });
}

/** YYYY-MM-DD plus a number of days (may be negative), on the calendar. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A Dutch postcode as `1234 AB`, or undefined when it is none. */
export function normalisePostcode(value: string): string | undefined {
  const m = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})\s*$/.exec(value);
  return m ? `${m[1]} ${m[2]!.toUpperCase()}` : undefined;
}

// ---- the record policy ------------------------------------------------------------------------------

/** Loads an inspection the actor may see, or records the denial and answers 404. */
export async function loadVisibleInspection(ctx: ServiceContext, id: string): Promise<InspectionRow> {
  const query = ctx.db.selectFrom('inspections as i').selectAll('i').where('i.id', '=', id);
  const row = await visibleTo(query, ctx.actor, {
    recordType: INSPECTION_RECORD_TYPE,
    idColumn: 'i.id',
    confidentialityColumn: 'i.confidentiality',
  }).executeTakeFirst();
  if (!row) {
    await recordTrail(ctx, { action: 'deny', objectType: INSPECTION_RECORD_TYPE, objectId: id, outcome: 'denied', reason: 'read: not found or not visible' });
    throw notFound('Deze controle');
  }
  return row;
}

async function canWrite(ctx: ServiceContext, row: Pick<InspectionRow, 'id' | 'confidentiality'>): Promise<boolean> {
  if (!can(ctx.actor, 'records:write')) return false;
  const onTeam = can(ctx.actor, 'records:read_all') || (await isOnTeam(ctx.db, INSPECTION_RECORD_TYPE, row.id, ctx.actor.userId));
  return decideRecord(ctx.actor, { confidentiality: levelOf(row.confidentiality), onTeam }, 'write') === 'allow';
}

/** An inspection the actor may change: 404 when not visible, 403 when visible but not writable. */
async function requireWritableInspection(ctx: ServiceContext, id: string): Promise<InspectionRow> {
  const row = await loadVisibleInspection(ctx, id);
  if (!(await canWrite(ctx, row))) {
    await recordTrail(ctx, { action: 'deny', objectType: INSPECTION_RECORD_TYPE, objectId: id, outcome: 'denied', reason: 'write: forbidden' });
    throw forbidden('Je mag deze controle inzien, maar niet wijzigen.');
  }
  return row;
}

/** Locks the row for the rest of the transaction and checks its status is one of `allowed`; 409 otherwise. */
async function lockInStatus(ctx: ServiceContext, id: string, allowed: readonly Status[], action: string): Promise<InspectionRow> {
  const row = await ctx.db.selectFrom('inspections').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
  const current = statusOf(row.status);
  if (!allowed.includes(current)) {
    if (current === 'completed') throw conflict(`Deze controle is afgerond en kan niet meer worden gewijzigd (${action}).`);
    if (current === 'cancelled') throw conflict(`Deze controle is geannuleerd en kan niet meer worden gewijzigd (${action}).`);
    throw conflict(`Dit kan niet bij een controle die ${statusWords[current]} is (${action}).`);
  }
  return row;
}

async function addToTeam(db: ServiceContext['db'], inspectionId: string, userId: string, role: string): Promise<void> {
  await db
    .insertInto('record_team')
    .values({ record_type: INSPECTION_RECORD_TYPE, record_id: inspectionId, user_id: userId, team_role: role })
    .onConflict((oc) => oc.columns(['record_type', 'record_id', 'user_id']).doNothing())
    .execute();
}

function dataSubjects(row: Pick<InspectionRow, 'subject_id'>, kind: string | undefined): DataSubject[] {
  return row.subject_id ? [{ type: kind ?? 'subject', id: row.subject_id }] : [];
}

// ---- checklists -----------------------------------------------------------------------------------------

function toChecklistView(row: {
  object_type: string;
  name_nl: string;
  name_en: string;
  items: unknown;
  active: boolean;
  sort_order: number;
  updated_at: Date;
}): ChecklistView {
  return {
    objectType: row.object_type,
    name: { nl: row.name_nl, en: row.name_en },
    items: itemsOf(row.items),
    active: row.active,
    sortOrder: row.sort_order,
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function listChecklists(ctx: Pick<ServiceContext, 'db'>): Promise<ChecklistView[]> {
  const rows = await ctx.db.selectFrom('inspection_checklists').selectAll().orderBy('sort_order').orderBy('object_type').execute();
  return rows.map(toChecklistView);
}

/**
 * Replaces a checklist's names and items (added, removed, reordered). Inspections planned before keep the items
 * they were planned with (their own snapshot), so this never changes a past inspection.
 */
export async function updateChecklist(ctx: ServiceContext, objectType: string, input: ChecklistInput): Promise<ChecklistView> {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  input.items.forEach((item, i) => {
    const first = seen.get(item.code);
    if (first !== undefined) {
      errors.push({ path: `body.items.${i}.code`, message: `De code "${item.code}" staat al bij controlepunt ${first + 1}; elke code is uniek.` });
    } else {
      seen.set(item.code, i);
    }
  });
  if (errors.length > 0) throw validation(errors);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('inspection_checklists')
      .set({
        name_nl: input.name.nl,
        name_en: input.name.en,
        items: JSON.stringify(input.items),
        updated_by: ctx.actor.userId,
        updated_at: new Date(),
      })
      .where('object_type', '=', objectType)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw notFound('Deze checklist');
    await recordTrail(
      { ...ctx, db: trx },
      { action: 'update', objectType: 'inspection_checklist', objectId: objectType, reason: `items: ${input.items.map((i) => i.code).join(', ')}` },
    );
    return toChecklistView(row);
  });
}

// ---- planning -----------------------------------------------------------------------------------------

/** Users who can lead an inspection: active inspectors, lawyers and analysts. */
export async function listLeads(ctx: ServiceContext): Promise<{ id: string; name: string; role: string }[]> {
  const rows = await ctx.db
    .selectFrom('users')
    .select(['id', 'display_name', 'role'])
    .where('active', '=', true)
    .where('role', 'in', [...LEAD_ROLES])
    .orderBy('display_name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.display_name, role: r.role }));
}

interface PlaceOf {
  subjectId: string | null;
  subjectKind: string | undefined;
  addressLabel: string;
  postcode: string | null;
  houseNumber: number | null;
  wijkCode: string | null;
}

/** The address from a registry subject: an address itself, or an organisation with its registered address when it has one. */
async function placeFromSubject(ctx: ServiceContext, subjectId: string, errors: FieldError[]): Promise<PlaceOf | undefined> {
  let subject;
  try {
    subject = await loadVisibleSubject(ctx, subjectId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      errors.push({ path: 'body.subjectId', message: 'Dit adres of deze organisatie bestaat niet in het register, of je hebt er geen toegang toe.' });
      return undefined;
    }
    throw error;
  }
  if (subject.kind !== 'address' && subject.kind !== 'organisation') {
    errors.push({ path: 'body.subjectId', message: 'Kies een adres of een organisatie uit het register.' });
    return undefined;
  }
  let addressId: string | undefined = subject.kind === 'address' ? subject.id : undefined;
  let label = subject.label;
  if (subject.kind === 'organisation') {
    const registered = await ctx.db
      .selectFrom('subject_relations as r')
      .innerJoin('subjects as a', 'a.id', 'r.to_subject_id')
      .select(['a.id', 'a.label'])
      .where('r.from_subject_id', '=', subject.id)
      .where('r.type', '=', 'registered_at')
      .where('a.kind', '=', 'address')
      .where('r.valid_to', 'is', null)
      .orderBy('r.recorded_at', 'desc')
      .executeTakeFirst();
    if (registered) {
      addressId = registered.id;
      label = `${subject.label}, ${registered.label}`;
    }
  }
  const address = addressId
    ? await ctx.db.selectFrom('subject_addresses').select(['postcode', 'house_number', 'wijk_code']).where('subject_id', '=', addressId).executeTakeFirst()
    : undefined;
  return {
    subjectId: subject.id,
    subjectKind: subject.kind,
    addressLabel: label,
    postcode: address?.postcode ?? null,
    houseNumber: address?.house_number ?? null,
    wijkCode: address?.wijk_code ?? null,
  };
}

/**
 * Plans an inspection: checks every field (all problems at once, nothing stored on any), snapshots the checklist,
 * puts creator and lead on the team and gives the lead the task to carry it out on the planned day.
 */
export async function createInspection(ctx: ServiceContext, input: InspectionInput): Promise<{ id: string; number: string }> {
  const errors: FieldError[] = [];
  const today = amsterdamToday();

  const checklist = await ctx.db.selectFrom('inspection_checklists').selectAll().where('object_type', '=', input.objectType).executeTakeFirst();
  if (!checklist || !checklist.active) errors.push({ path: 'body.objectType', message: 'Kies het soort object uit de lijst.' });
  else if (itemsOf(checklist.items).length === 0) {
    errors.push({ path: 'body.objectType', message: 'De checklist voor dit soort object heeft geen controlepunten.' });
  }

  if (!isIsoDate(input.plannedOn)) {
    errors.push({ path: 'body.plannedOn', message: 'Deze datum bestaat niet. Gebruik de vorm JJJJ-MM-DD.' });
  } else if (input.plannedOn < addDays(today, -366)) {
    errors.push({ path: 'body.plannedOn', message: 'De geplande datum ligt meer dan een jaar in het verleden.' });
  } else if (input.plannedOn > addDays(today, 2 * 366)) {
    errors.push({ path: 'body.plannedOn', message: 'De geplande datum ligt meer dan twee jaar in de toekomst.' });
  }

  const partners = [...new Set(input.partners)];
  if (partners.length === 0) errors.push({ path: 'body.partners', message: 'Kies minstens één partner die meedoet.' });

  const lead = await ctx.db.selectFrom('users').select(['id', 'role', 'active']).where('id', '=', input.leadUserId).executeTakeFirst();
  if (!lead || !lead.active || !(LEAD_ROLES as readonly string[]).includes(lead.role)) {
    errors.push({ path: 'body.leadUserId', message: 'Kies als leider een actieve inspecteur, jurist of analist.' });
  }

  const members = [...new Set(input.teamUserIds)].filter((m) => m !== input.leadUserId && m !== ctx.actor.userId);
  if (members.length > 0) {
    const found = await ctx.db.selectFrom('users').select(['id', 'role']).where('id', 'in', members).where('active', '=', true).execute();
    const fit = new Set(found.filter((u) => isRole(u.role) && can({ role: u.role }, 'records:read')).map((u) => u.id));
    const index = input.teamUserIds.findIndex((m) => members.includes(m) && !fit.has(m));
    if (index >= 0) errors.push({ path: `body.teamUserIds.${index}`, message: 'Alleen actieve medewerkers die dossiers mogen inzien kunnen in het team.' });
  }

  if (input.signalId) {
    try {
      await requireRecord(ctx, 'signal', input.signalId, 'read');
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'NOT_FOUND') throw error;
      errors.push({ path: 'body.signalId', message: 'Deze melding bestaat niet of je hebt er geen toegang toe.' });
    }
  }

  let measure: { id: string; inspection_id: string | null; subject_id: string | null; address_label: string; wijk_code: string | null } | undefined;
  if (input.requestedByMeasureId) {
    try {
      await requireRecord(ctx, MEASURE_RECORD_TYPE, input.requestedByMeasureId, 'read');
      measure = await ctx.db
        .selectFrom('measures')
        .select(['id', 'inspection_id', 'subject_id', 'address_label', 'wijk_code'])
        .where('id', '=', input.requestedByMeasureId)
        .executeTakeFirstOrThrow();
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'NOT_FOUND') throw error;
      errors.push({ path: 'body.requestedByMeasureId', message: 'Deze maatregel bestaat niet of je hebt er geen toegang toe.' });
    }
  }

  // The place: a registry subject, else a free address, else (for a follow-up) the measure's own place.
  let place: PlaceOf | undefined;
  const freeLabel = input.addressLabel?.trim() ?? '';
  if (input.subjectId) {
    place = await placeFromSubject(ctx, input.subjectId, errors);
  } else if (freeLabel || input.postcode || input.houseNumber) {
    const postcode = input.postcode ? normalisePostcode(input.postcode) : undefined;
    if (!freeLabel) errors.push({ path: 'body.addressLabel', message: 'Vul het adres in (straat, huisnummer en plaats).' });
    if (!input.postcode) errors.push({ path: 'body.postcode', message: 'Vul de postcode in.' });
    else if (!postcode) errors.push({ path: 'body.postcode', message: 'Een postcode heeft de vorm 1234 AB.' });
    if (!input.houseNumber) errors.push({ path: 'body.houseNumber', message: 'Vul het huisnummer in.' });
    if (freeLabel && postcode && input.houseNumber) {
      place = { subjectId: null, subjectKind: undefined, addressLabel: freeLabel, postcode, houseNumber: input.houseNumber, wijkCode: null };
    }
  } else if (measure?.subject_id) {
    place = await placeFromSubject(ctx, measure.subject_id, errors);
  } else if (measure?.address_label) {
    place = { subjectId: null, subjectKind: undefined, addressLabel: measure.address_label, postcode: null, houseNumber: null, wijkCode: measure.wijk_code };
  } else {
    errors.push({ path: 'body.subjectId', message: 'Kies een adres of organisatie uit het register, of vul een adres in.' });
  }

  const wijkCode = input.wijkCode?.trim() || place?.wijkCode || null;
  if (input.wijkCode?.trim()) {
    const area = await ctx.db.selectFrom('areas').select('code').where('code', '=', input.wijkCode.trim()).executeTakeFirst();
    if (!area) errors.push({ path: 'body.wijkCode', message: 'Deze wijk bestaat niet.' });
  }

  if (errors.length > 0 || !checklist || !place) throw validation(errors);
  const items = itemsOf(checklist.items);
  const year = today.slice(0, 4);

  return ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const seq = await sql<{ n: string }>`select nextval('inspection_number_seq')::text as n`.execute(trx);
    const number = `C-${year}-${seq.rows[0]!.n.padStart(5, '0')}`;
    const row = await trx
      .insertInto('inspections')
      .values({
        number,
        object_type: checklist.object_type,
        checklist_items: JSON.stringify(items),
        subject_id: place.subjectId,
        address_label: place.addressLabel,
        postcode: place.postcode,
        house_number: place.houseNumber,
        wijk_code: wijkCode,
        planned_on: input.plannedOn,
        partners: JSON.stringify(partners),
        follow_up_of: measure?.inspection_id ?? null,
        requested_by_measure_id: measure?.id ?? null,
        signal_id: input.signalId ?? null,
        confidentiality: DEFAULT_CONFIDENTIALITY,
        lead_user_id: input.leadUserId,
        created_by: ctx.actor.userId,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    await addToTeam(trx, row.id, ctx.actor.userId, 'aanmaker');
    await addToTeam(trx, row.id, input.leadUserId, 'leider');
    for (const member of members) await addToTeam(trx, row.id, member, 'teamlid');
    if (place.subjectId) {
      await linkRecordToSubject(trx, {
        subjectId: place.subjectId,
        module: MODULE,
        recordType: INSPECTION_RECORD_TYPE,
        recordId: row.id,
        caseNumber: number,
        label: `Controle ${number}`,
        role: 'locatie',
        confidentiality: DEFAULT_CONFIDENTIALITY,
        createdBy: ctx.actor.userId,
      });
    }
    await createTask(
      trx,
      {
        title: INSPECTION_TASK_TITLE,
        description: `Controle ${number} op ${place.addressLabel}`,
        module: MODULE,
        assigneeUserId: input.leadUserId,
        dueDate: input.plannedOn,
        record: { type: INSPECTION_RECORD_TYPE, id: row.id, label: number },
      },
      ctx.actor.userId,
    );
    await recordTrail(tctx, {
      action: 'create',
      objectType: INSPECTION_RECORD_TYPE,
      objectId: row.id,
      reason: `${number} ${checklist.object_type} op ${input.plannedOn}${measure ? ` (vervolg op maatregel ${measure.id})` : ''}`,
      ...(place.subjectId ? { processing: { ...ENFORCEMENT_ACTIVITY, subjects: dataSubjects({ subject_id: place.subjectId }, place.subjectKind) } } : {}),
    });
    return { id: row.id, number };
  });
}

// ---- list ---------------------------------------------------------------------------------------------

/** The inspections the actor may see, by planned date. */
export async function listInspections(ctx: ServiceContext, filter: ListQuery): Promise<{ items: ListItem[] }> {
  const errors: FieldError[] = [];
  if (filter.plannedFrom && !isIsoDate(filter.plannedFrom)) errors.push({ path: 'query.plannedFrom', message: 'Deze datum bestaat niet. Gebruik JJJJ-MM-DD.' });
  if (filter.plannedTo && !isIsoDate(filter.plannedTo)) errors.push({ path: 'query.plannedTo', message: 'Deze datum bestaat niet. Gebruik JJJJ-MM-DD.' });
  if (errors.length === 0 && filter.plannedFrom && filter.plannedTo && filter.plannedTo < filter.plannedFrom) {
    errors.push({ path: 'query.plannedTo', message: 'De einddatum ligt voor de begindatum.' });
  }
  if (errors.length > 0) throw validation(errors);
  let query = ctx.db
    .selectFrom('inspections as i')
    .innerJoin('users as u', 'u.id', 'i.lead_user_id')
    .select([
      'i.id',
      'i.number',
      'i.object_type',
      'i.address_label',
      'i.wijk_code',
      'i.planned_on',
      'i.status',
      'i.outcome',
      'i.partners',
      'i.lead_user_id',
      'u.display_name',
    ]);
  if (filter.status) query = query.where('i.status', '=', filter.status);
  if (filter.plannedFrom) query = query.where('i.planned_on', '>=', filter.plannedFrom);
  if (filter.plannedTo) query = query.where('i.planned_on', '<=', filter.plannedTo);
  if (filter.mine === 'true') {
    query = query.where((eb) =>
      eb.or([
        eb('i.lead_user_id', '=', ctx.actor.userId),
        eb.exists(
          sql`(select 1 from record_team rt where rt.record_type = ${INSPECTION_RECORD_TYPE} and rt.record_id = i.id::text and rt.user_id = ${ctx.actor.userId})`,
        ),
      ]),
    );
  }
  query = visibleTo(query, ctx.actor, { recordType: INSPECTION_RECORD_TYPE, idColumn: 'i.id', confidentialityColumn: 'i.confidentiality' });
  const rows = await query.orderBy('i.planned_on').orderBy('i.number').limit(filter.limit).execute();
  await recordTrail(ctx, {
    action: 'search',
    objectType: 'inspection_list',
    objectId: null,
    reason: `status=${filter.status ?? '*'} from=${filter.plannedFrom ?? '*'} to=${filter.plannedTo ?? '*'} mine=${filter.mine ?? 'false'} rows=${rows.length}`,
  });
  return {
    items: rows.map((r) => ({
      id: r.id,
      number: r.number,
      objectType: r.object_type,
      addressLabel: r.address_label,
      wijkCode: r.wijk_code,
      plannedOn: r.planned_on,
      status: statusOf(r.status),
      outcome: outcomeOf(r.outcome),
      lead: { id: r.lead_user_id, name: r.display_name },
      partners: partnersOf(r.partners),
    })),
  };
}

// ---- detail -------------------------------------------------------------------------------------------

/** The whole inspection: checklist with findings and photos, team, follow-up chain and the measures it led to. */
export async function getInspection(ctx: ServiceContext, id: string): Promise<InspectionDetail> {
  const row = await loadVisibleInspection(ctx, id);
  const db = ctx.db;
  const [checklist, lead, team, subject, wijk, signal, requestedBy, followUpOf, followUps, measures, findings, photos, writable] = await Promise.all([
    db.selectFrom('inspection_checklists').select(['name_nl', 'name_en']).where('object_type', '=', row.object_type).executeTakeFirst(),
    db.selectFrom('users').select(['id', 'display_name']).where('id', '=', row.lead_user_id).executeTakeFirstOrThrow(),
    db
      .selectFrom('record_team as t')
      .innerJoin('users as u', 'u.id', 't.user_id')
      .select(['u.id', 'u.display_name', 't.team_role'])
      .where('t.record_type', '=', INSPECTION_RECORD_TYPE)
      .where('t.record_id', '=', row.id)
      .orderBy('t.added_at')
      .execute(),
    row.subject_id ? db.selectFrom('subjects').select(['id', 'kind', 'label']).where('id', '=', row.subject_id).executeTakeFirst() : undefined,
    row.wijk_code ? db.selectFrom('areas').select('name').where('code', '=', row.wijk_code).executeTakeFirst() : undefined,
    row.signal_id
      ? visibleTo(db.selectFrom('signals as s').select(['s.id', 's.number']).where('s.id', '=', row.signal_id), ctx.actor, {
          recordType: 'signal',
          idColumn: 's.id',
          confidentialityColumn: 's.confidentiality',
        }).executeTakeFirst()
      : undefined,
    row.requested_by_measure_id
      ? visibleTo(db.selectFrom('measures as m').select(['m.id', 'm.number', 'm.status']).where('m.id', '=', row.requested_by_measure_id), ctx.actor, {
          recordType: MEASURE_RECORD_TYPE,
          idColumn: 'm.id',
          confidentialityColumn: 'm.confidentiality',
        }).executeTakeFirst()
      : undefined,
    row.follow_up_of
      ? visibleTo(db.selectFrom('inspections as f').select(['f.id', 'f.number', 'f.status', 'f.planned_on']).where('f.id', '=', row.follow_up_of), ctx.actor, {
          recordType: INSPECTION_RECORD_TYPE,
          idColumn: 'f.id',
          confidentialityColumn: 'f.confidentiality',
        }).executeTakeFirst()
      : undefined,
    visibleTo(db.selectFrom('inspections as f').select(['f.id', 'f.number', 'f.status', 'f.planned_on']).where('f.follow_up_of', '=', row.id), ctx.actor, {
      recordType: INSPECTION_RECORD_TYPE,
      idColumn: 'f.id',
      confidentialityColumn: 'f.confidentiality',
    })
      .orderBy('f.planned_on')
      .execute(),
    visibleTo(db.selectFrom('measures as m').select(['m.id', 'm.number', 'm.status']).where('m.inspection_id', '=', row.id), ctx.actor, {
      recordType: MEASURE_RECORD_TYPE,
      idColumn: 'm.id',
      confidentialityColumn: 'm.confidentiality',
    })
      .orderBy('m.created_at')
      .execute(),
    db
      .selectFrom('inspection_findings as f')
      .innerJoin('users as u', 'u.id', 'f.recorded_by')
      .select(['f.id', 'f.item_code', 'f.result', 'f.note', 'f.recorded_at', 'u.id as user_id', 'u.display_name'])
      .where('f.inspection_id', '=', row.id)
      .execute(),
    db
      .selectFrom('inspection_finding_files as ff')
      .innerJoin('inspection_findings as f', 'f.id', 'ff.finding_id')
      .innerJoin('stored_files as s', 's.id', 'ff.file_id')
      .select(['ff.finding_id', 's.id', 's.filename', 's.size_bytes', 's.created_at'])
      .where('f.inspection_id', '=', row.id)
      .orderBy('s.created_at')
      .execute(),
    canWrite(ctx, row),
  ]);

  const photosByFinding = new Map<string, FindingView['photos']>();
  for (const p of photos) {
    const list = photosByFinding.get(p.finding_id) ?? [];
    list.push({ id: p.id, filename: p.filename, sizeBytes: Number(p.size_bytes), createdAt: p.created_at.toISOString() });
    photosByFinding.set(p.finding_id, list);
  }
  const findingByCode = new Map(
    findings.map((f) => [
      f.item_code,
      {
        result: f.result as Result,
        note: f.note,
        recordedAt: f.recorded_at.toISOString(),
        recordedBy: { id: f.user_id, name: f.display_name },
        photos: photosByFinding.get(f.id) ?? [],
      } satisfies FindingView,
    ]),
  );
  const status = statusOf(row.status);

  await recordTrail(ctx, {
    action: 'read',
    objectType: INSPECTION_RECORD_TYPE,
    objectId: row.id,
    ...(row.subject_id ? { processing: { ...ENFORCEMENT_ACTIVITY, subjects: dataSubjects(row, subject?.kind) } } : {}),
  });

  return {
    id: row.id,
    number: row.number,
    objectType: row.object_type,
    objectTypeName: { nl: checklist?.name_nl ?? row.object_type, en: checklist?.name_en ?? row.object_type },
    subject: subject ? { id: subject.id, kind: subject.kind, label: subject.label } : null,
    addressLabel: row.address_label,
    postcode: row.postcode,
    houseNumber: row.house_number,
    wijkCode: row.wijk_code,
    wijkName: wijk?.name ?? null,
    plannedOn: row.planned_on,
    performedOn: row.performed_on,
    partners: partnersOf(row.partners),
    status,
    outcome: outcomeOf(row.outcome),
    outcomeNote: status === 'cancelled' ? '' : row.outcome_note,
    cancelReason: status === 'cancelled' ? row.outcome_note : null,
    lead: { id: lead.id, name: lead.display_name },
    team: team.map((m) => ({ id: m.id, name: m.display_name, teamRole: m.team_role })),
    checklist: itemsOf(row.checklist_items).map((item) => ({ ...item, finding: findingByCode.get(item.code) ?? null })),
    signal: signal ? { id: signal.id, number: signal.number } : null,
    requestedByMeasure: requestedBy ? { id: requestedBy.id, number: requestedBy.number, status: requestedBy.status } : null,
    followUpOf: followUpOf ? { id: followUpOf.id, number: followUpOf.number, status: followUpOf.status, plannedOn: followUpOf.planned_on } : null,
    followUps: followUps.map((f) => ({ id: f.id, number: f.number, status: f.status, plannedOn: f.planned_on })),
    measures: measures.map((m) => ({ id: m.id, number: m.number, status: m.status })),
    createdAt: row.created_at.toISOString(),
    completedAt: row.completed_at ? row.completed_at.toISOString() : null,
    canWrite: writable,
  };
}

// ---- work on an inspection -----------------------------------------------------------------------------

async function closeTasks(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db
    .updateTable('tasks')
    .set({ status: 'done', completed_at: new Date(), completed_by: ctx.actor.userId })
    .where('record_type', '=', INSPECTION_RECORD_TYPE)
    .where('record_id', '=', id)
    .where('module', '=', MODULE)
    .where('status', '=', 'open')
    .execute();
}

/** planned → in_progress; the day it is performed is today. */
export async function startInspection(ctx: ServiceContext, id: string): Promise<void> {
  await requireWritableInspection(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    await lockInStatus(tctx, id, ['planned'], 'starten');
    await trx.updateTable('inspections').set({ status: 'in_progress', performed_on: amsterdamToday(), updated_at: new Date() }).where('id', '=', id).execute();
    await recordTrail(tctx, { action: 'transition', objectType: INSPECTION_RECORD_TYPE, objectId: id, reason: 'planned -> in_progress' });
  });
}

/** Records (or corrects) the finding on one checklist item; a finding that is not in order needs a note. */
export async function recordFinding(ctx: ServiceContext, id: string, itemCode: string, input: { result: Result; note: string }): Promise<void> {
  const row = await requireWritableInspection(ctx, id);
  if (!itemsOf(row.checklist_items).some((i) => i.code === itemCode)) throw notFound('Dit controlepunt');
  if (input.result === 'not_ok' && !input.note.trim()) {
    throw validation([{ path: 'body.note', message: 'Beschrijf wat er niet in orde is.' }]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    await lockInStatus(tctx, id, ['in_progress'], 'bevinding vastleggen');
    await trx
      .insertInto('inspection_findings')
      .values({ inspection_id: id, item_code: itemCode, result: input.result, note: input.note.trim(), recorded_by: ctx.actor.userId })
      .onConflict((oc) =>
        oc.columns(['inspection_id', 'item_code']).doUpdateSet({
          result: input.result,
          note: input.note.trim(),
          recorded_by: ctx.actor.userId,
          recorded_at: new Date(),
        }),
      )
      .execute();
    await trx.updateTable('inspections').set({ updated_at: new Date() }).where('id', '=', id).execute();
    await recordTrail(tctx, { action: 'update', objectType: INSPECTION_RECORD_TYPE, objectId: id, reason: `finding ${itemCode}: ${input.result}` });
  });
}

/**
 * Adds a photo to a finding: checked and re-encoded without metadata (EXIF, GPS) by the signals module's photo
 * check, stored as a file of the inspection so the files API serves it through the inspection's policy.
 */
export async function addFindingPhoto(
  ctx: ServiceContext,
  files: FileStore,
  id: string,
  itemCode: string,
  upload: { filename: string; content: Buffer },
): Promise<{ id: string; filename: string; sizeBytes: number; createdAt: string }> {
  await requireWritableInspection(ctx, id);
  const checked = await processPhoto(upload.content);
  if (!checked.ok) {
    const code = checked.message.nl.startsWith('Dit bestand is geen foto') ? 'UNSUPPORTED_MEDIA_TYPE' : 'VALIDATION_FAILED';
    throw new AppError(code, checked.message.nl, { errors: [{ path: 'body.file', message: checked.message.nl }] });
  }
  const photo = checked.photo;
  const base =
    upload.filename
      .replace(/\.[^.]*$/, '')
      .replace(/[\\/\0-\x1f\x7f"<>|:*?]/g, '_')
      .trim()
      .slice(0, 180) || 'foto';
  const filename = `${base}.jpg`;
  const key = newStorageKey();
  await files.put(key, photo.content);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const tctx = { ...ctx, db: trx };
      await lockInStatus(tctx, id, ['in_progress'], 'foto toevoegen');
      const finding = await trx
        .selectFrom('inspection_findings')
        .select('id')
        .where('inspection_id', '=', id)
        .where('item_code', '=', itemCode)
        .executeTakeFirst();
      if (!finding) throw conflict('Leg eerst de bevinding bij dit controlepunt vast; daarna kun je er foto’s bij zetten.');
      const stored = await trx
        .insertInto('stored_files')
        .values({
          record_type: INSPECTION_RECORD_TYPE,
          record_id: id,
          filename,
          content_type: photo.contentType,
          size_bytes: photo.content.length,
          sha256: createHash('sha256').update(photo.content).digest('hex'),
          storage_key: key,
          uploaded_by: ctx.actor.userId,
        })
        .returning(['id', 'created_at'])
        .executeTakeFirstOrThrow();
      await trx.insertInto('inspection_finding_files').values({ finding_id: finding.id, file_id: stored.id }).execute();
      await recordTrail(tctx, { action: 'create', objectType: 'file', objectId: stored.id, reason: `photo with finding ${itemCode} of inspection ${id}` });
      return { id: stored.id, filename, sizeBytes: photo.content.length, createdAt: stored.created_at.toISOString() };
    });
  } catch (error) {
    // Nothing half-written: without its database row the stored bytes go too.
    await files.remove(key);
    throw error;
  }
}

/** in_progress → completed: every checklist item has a finding; a warning or a proposed measure says why. */
export async function completeInspection(ctx: ServiceContext, id: string, input: { outcome: Outcome; note: string }): Promise<void> {
  await requireWritableInspection(ctx, id);
  if (input.outcome !== 'nothing_found' && !input.note.trim()) {
    throw validation([{ path: 'body.note', message: 'Licht de uitkomst toe: wat is er gevonden en waarom deze uitkomst?' }]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const row = await lockInStatus(tctx, id, ['in_progress'], 'afronden');
    const recorded = new Set(
      (await trx.selectFrom('inspection_findings').select('item_code').where('inspection_id', '=', id).execute()).map((f) => f.item_code),
    );
    const missing = itemsOf(row.checklist_items).filter((i) => !recorded.has(i.code));
    if (missing.length > 0) {
      throw conflict(
        `Leg eerst bij elk controlepunt een bevinding vast. Nog open: ${missing
          .slice(0, 5)
          .map((i) => i.textNl)
          .join('; ')}${missing.length > 5 ? ` en ${missing.length - 5} meer` : ''}.`,
      );
    }
    await trx
      .updateTable('inspections')
      .set({ status: 'completed', outcome: input.outcome, outcome_note: input.note.trim(), completed_at: new Date(), updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await closeTasks(tctx, id);
    await recordTrail(tctx, { action: 'transition', objectType: INSPECTION_RECORD_TYPE, objectId: id, reason: `in_progress -> completed (${input.outcome})` });
  });
}

/** planned or in_progress → cancelled, with the reason; the lead's task is closed. */
export async function cancelInspection(ctx: ServiceContext, id: string, reason: string): Promise<void> {
  await requireWritableInspection(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const row = await lockInStatus(tctx, id, ['planned', 'in_progress'], 'annuleren');
    await trx.updateTable('inspections').set({ status: 'cancelled', outcome_note: reason.trim(), updated_at: new Date() }).where('id', '=', id).execute();
    await closeTasks(tctx, id);
    await recordTrail(tctx, { action: 'transition', objectType: INSPECTION_RECORD_TYPE, objectId: id, reason: `${row.status} -> cancelled` });
  });
}
