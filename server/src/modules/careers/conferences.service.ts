import { sql, type Expression, type SqlBool } from 'kysely';
import { can, levelsUpTo, type Actor } from '../../kernel/access.js';
import type { ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { AppError, conflict, forbidden, notFound, type FieldError } from '../../kernel/errors.js';
import { recordTrail, type DataSubject } from '../../kernel/trail.js';
import { isIsoDate } from '../legal/index.js';
import { amsterdamToday } from '../tasks/index.js';
import { personLabel, requireTrajectory, trajectorySubjects, type TrajectoryAccess } from './access.js';
import { addPlanAction } from './actions.js';
import type {
  ActionCreate,
  ActionView,
  AttendanceInput,
  AttendeeView,
  ConferenceCreate,
  ConferenceDetail,
  ConferenceStatus,
  ConferenceSummary,
  DecisionCreate,
  DecisionView,
  ItemCreate,
  ItemUpdate,
  ItemView,
  TrajectoryConference,
} from './conferences.schemas.js';
import { CAREERS_ACTIVITY, CONFERENCE_RECORD_TYPE, TRAJECTORY_RECORD_TYPE } from './vocabulary.js';

/**
 * Case conferences (casusoverleg, ADR 0014). A conference has an agenda of trajectories; each viewer sees only the
 * agenda items of trajectories whose case team they are on (list counts, detail and minutes alike). A conference is
 * visible to its chair, its creator, attendees with an account and the team members of any of its items.
 *
 * Rules:
 * - creating a conference needs records:write; the creator chairs it;
 * - the agenda, attendance and "held" are managed by the chair or creator (records:write); an agenda item needs
 *   write access to its trajectory (team member with records:write), and items are added or removed only while the
 *   conference is planned;
 * - discussion, decisions and actions of an item are recorded by a team member with records:write, from the day of
 *   the conference until {@link RECORDING_DAYS} days after it (whether or not it is marked as held yet), so the
 *   minutes can be completed after the meeting; the question of an item can be changed while planned;
 * - a conference can be marked as held on or after its day, with at least one agenda item.
 */

/** Days after the conference day during which discussion, decisions and actions can still be recorded. */

/** The decisions and the agreed actions of agenda items, oldest first, with the names of who recorded or owns them. */
function decisionsAndActions(db: Db, itemIds: string[]) {
  return Promise.all([
    db
      .selectFrom('case_conference_decisions as d')
      .innerJoin('users as u', 'u.id', 'd.created_by')
      .select(['d.id', 'd.item_id', 'd.text', 'd.created_by', 'u.display_name', 'd.created_at'])
      .where('d.item_id', 'in', itemIds)
      .orderBy('d.created_at')
      .orderBy('d.id')
      .execute(),
    db
      .selectFrom('plan_actions as a')
      .innerJoin('users as u', 'u.id', 'a.responsible_user_id')
      .select(['a.id', 'a.conference_item_id', 'a.description', 'a.responsible_user_id', 'u.display_name', 'a.due_date', 'a.status', 'a.task_id'])
      .where('a.conference_item_id', 'in', itemIds)
      .orderBy('a.created_at')
      .orderBy('a.id')
      .execute(),
  ]);
}

export const RECORDING_DAYS = 14;
/** How far back or ahead a conference may be dated. */
const MAX_DAYS_AWAY = 366;
const PROCESSING_NAME = 'Casusoverleg';

const validation = (errors: FieldError[]): AppError =>
  new AppError('VALIDATION_FAILED', errors.length === 1 ? errors[0]!.message : 'Niet alle velden zijn goed ingevuld.', { errors });

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whether discussion, decisions and actions can be recorded on `today` for a conference on `heldOn`. */
export function recordingOpen(heldOn: string, today: string): boolean {
  return today >= heldOn && today <= addDays(heldOn, RECORDING_DAYS);
}

function statusOf(value: string): ConferenceStatus {
  return value === 'held' ? 'held' : 'planned';
}

/** SQL: the trajectory (alias `t`) is one whose case team the actor is on, within their confidentiality. */
function onTeamOf(actor: Pick<Actor, 'userId' | 'role' | 'maxConfidentiality'>): Expression<SqlBool> {
  if (!can(actor, 'records:read')) return sql<SqlBool>`false`;
  const levels = levelsUpTo(actor.maxConfidentiality);
  return sql<SqlBool>`(t.confidentiality in (${sql.join(levels)}) and exists (select 1 from record_team rt
    where rt.record_type = ${TRAJECTORY_RECORD_TYPE} and rt.record_id = t.id::text and rt.user_id = ${actor.userId}))`;
}

type ConferenceRow = {
  id: string;
  number: string;
  title: string;
  held_on: string;
  starts_at: string | null;
  location: string;
  status: string;
  chair_user_id: string;
  chair_name: string;
  created_by: string;
  creator_name: string;
  held_at: Date | null;
};

async function conferenceRow(db: Db, id: string, lock = false): Promise<ConferenceRow | undefined> {
  let query = db
    .selectFrom('case_conferences as c')
    .innerJoin('users as chair', 'chair.id', 'c.chair_user_id')
    .innerJoin('users as creator', 'creator.id', 'c.created_by')
    .select([
      'c.id',
      'c.number',
      'c.title',
      'c.held_on',
      'c.starts_at',
      'c.location',
      'c.status',
      'c.chair_user_id',
      'chair.display_name as chair_name',
      'c.created_by',
      'creator.display_name as creator_name',
      'c.held_at',
    ])
    .where('c.id', '=', id);
  if (lock) query = query.forUpdate('c');
  return query.executeTakeFirst();
}

function isOrganiser(actor: Actor, row: Pick<ConferenceRow, 'chair_user_id' | 'created_by'>): boolean {
  return row.chair_user_id === actor.userId || row.created_by === actor.userId;
}

/** The conference row locked for the rest of the transaction (its status and day decide what may change). */
async function lockConference(db: Db, id: string): Promise<ConferenceRow> {
  const row = await conferenceRow(db, id, true);
  if (!row) throw notFound('Dit casusoverleg');
  return row;
}

/** Whether the actor may see the conference at all: chair, creator, attendee with an account, or on an item's team. */
async function mayView(ctx: ServiceContext, row: ConferenceRow): Promise<boolean> {
  if (!can(ctx.actor, 'records:read')) return false;
  if (isOrganiser(ctx.actor, row)) return true;
  const attendee = await ctx.db
    .selectFrom('case_conference_attendees')
    .select('id')
    .where('conference_id', '=', row.id)
    .where('user_id', '=', ctx.actor.userId)
    .executeTakeFirst();
  if (attendee) return true;
  const item = await ctx.db
    .selectFrom('case_conference_items as i')
    .innerJoin('trajectories as t', 't.id', 'i.trajectory_id')
    .select('i.id')
    .where('i.conference_id', '=', row.id)
    .where(onTeamOf(ctx.actor))
    .executeTakeFirst();
  return item !== undefined;
}

/** Loads a conference the actor may see, or logs the denial and answers 404. */
async function requireConference(ctx: ServiceContext, id: string): Promise<ConferenceRow> {
  const row = await conferenceRow(ctx.db, id);
  if (!row || !(await mayView(ctx, row))) {
    await recordTrail(ctx, { action: 'deny', objectType: CONFERENCE_RECORD_TYPE, objectId: id, outcome: 'denied', reason: 'read: not found or not visible' });
    throw notFound('Dit casusoverleg');
  }
  return row;
}

/** A conference the actor may manage (chair or creator with records:write): 404 when not visible, 403 otherwise. */
async function requireOrganiser(ctx: ServiceContext, id: string): Promise<ConferenceRow> {
  const row = await requireConference(ctx, id);
  if (!isOrganiser(ctx.actor, row) || !can(ctx.actor, 'records:write')) {
    await recordTrail(ctx, { action: 'deny', objectType: CONFERENCE_RECORD_TYPE, objectId: id, outcome: 'denied', reason: 'write: not the chair' });
    throw forbidden('Alleen de voorzitter van dit casusoverleg kan de agenda, de deelnemers en de status wijzigen.');
  }
  return row;
}

/** An item of the conference with its trajectory, for a write on the item: 404 when the item or trajectory is hidden. */
async function requireItem(ctx: ServiceContext, conference: ConferenceRow, itemId: string): Promise<{ item: ItemRow; trajectory: TrajectoryAccess }> {
  const item = await ctx.db
    .selectFrom('case_conference_items')
    .selectAll()
    .where('id', '=', itemId)
    .where('conference_id', '=', conference.id)
    .executeTakeFirst();
  if (!item) {
    await recordTrail(ctx, {
      action: 'deny',
      objectType: CONFERENCE_RECORD_TYPE,
      objectId: conference.id,
      outcome: 'denied',
      reason: `item ${itemId}: not found`,
    });
    throw notFound('Dit agendapunt');
  }
  const trajectory = await requireTrajectory(ctx, item.trajectory_id, 'write');
  return { item, trajectory };
}

type ItemRow = { id: string; conference_id: string; trajectory_id: string; position: number; question: string; discussion: string };

function requireRecording(conference: ConferenceRow): void {
  const today = amsterdamToday();
  if (today < conference.held_on) throw conflict('Besluiten, acties en de bespreking leg je vast vanaf de dag van het overleg.');
  if (!recordingOpen(conference.held_on, today)) {
    throw conflict(`De notulen van dit overleg zijn gesloten: besluiten en acties kun je tot ${RECORDING_DAYS} dagen na het overleg vastleggen.`);
  }
}

function requirePlanned(conference: ConferenceRow, what: string): void {
  if (statusOf(conference.status) !== 'planned') throw conflict(`Dit overleg is al gehouden: ${what} kan niet meer.`);
}

// ---- reading ------------------------------------------------------------------------------------------

/** Conferences the actor may see, with per conference only the number of items they may see. */
export async function listConferences(ctx: ServiceContext, status?: ConferenceStatus): Promise<ConferenceSummary[]> {
  if (!can(ctx.actor, 'records:read')) return [];
  const me = ctx.actor.userId;
  const visibleCount = sql<number>`(select count(*) from case_conference_items i join trajectories t on t.id = i.trajectory_id
    where i.conference_id = c.id and ${onTeamOf(ctx.actor)})::int`;
  let query = ctx.db
    .selectFrom('case_conferences as c')
    .innerJoin('users as chair', 'chair.id', 'c.chair_user_id')
    .select(['c.id', 'c.number', 'c.title', 'c.held_on', 'c.starts_at', 'c.location', 'c.status', 'c.chair_user_id', 'chair.display_name as chair_name'])
    .select(visibleCount.as('visible_count'))
    .where(
      sql<SqlBool>`(c.chair_user_id = ${me} or c.created_by = ${me}
        or exists (select 1 from case_conference_attendees a where a.conference_id = c.id and a.user_id = ${me})
        or ${visibleCount} > 0)`,
    );
  if (status) query = query.where('c.status', '=', status);
  const rows = await query.orderBy('c.held_on', 'desc').orderBy('c.number', 'desc').limit(500).execute();
  await recordTrail(ctx, { action: 'search', objectType: CONFERENCE_RECORD_TYPE, objectId: null, reason: `${rows.length} conferences` });
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    heldOn: r.held_on,
    startsAt: r.starts_at,
    location: r.location,
    status: statusOf(r.status),
    chair: { id: r.chair_user_id, name: r.chair_name },
    visibleItemCount: Number(r.visible_count),
  }));
}

interface VisibleItem extends ItemView {
  subjects: DataSubject[];
}

async function visibleItems(ctx: ServiceContext, conferenceId: string): Promise<VisibleItem[]> {
  const rows = await ctx.db
    .selectFrom('case_conference_items as i')
    .innerJoin('trajectories as t', 't.id', 'i.trajectory_id')
    .select([
      'i.id',
      'i.position',
      'i.question',
      'i.discussion',
      't.id as trajectory_id',
      't.number',
      't.given_names',
      't.surname_prefix',
      't.surname',
      't.phase',
      't.subject_id',
    ])
    .where('i.conference_id', '=', conferenceId)
    .where(onTeamOf(ctx.actor))
    .orderBy('i.position')
    .execute();
  if (rows.length === 0) return [];
  const itemIds = rows.map((r) => r.id);
  const trajectoryIds = rows.map((r) => r.trajectory_id);
  const [[decisions, actions], team] = await Promise.all([
    decisionsAndActions(ctx.db, itemIds),
    ctx.db
      .selectFrom('record_team as rt')
      .innerJoin('users as u', 'u.id', 'rt.user_id')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['rt.record_id', 'rt.user_id', 'u.display_name', 'o.name as organisation', 'rt.team_role'])
      .where('rt.record_type', '=', TRAJECTORY_RECORD_TYPE)
      .where('rt.record_id', 'in', trajectoryIds)
      .orderBy('u.display_name')
      .execute(),
  ]);
  const mayWrite = can(ctx.actor, 'records:write');
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    trajectory: { id: r.trajectory_id, number: r.number, name: personLabel(r), phase: r.phase },
    question: r.question,
    discussion: r.discussion,
    canWrite: mayWrite,
    team: team
      .filter((m) => m.record_id === r.trajectory_id)
      .map((m) => ({ userId: m.user_id, name: m.display_name, organisation: m.organisation, teamRole: m.team_role })),
    decisions: decisions.filter((d) => d.item_id === r.id).map(toDecision),
    actions: actions.filter((a) => a.conference_item_id === r.id).map(toAction),
    subjects: trajectorySubjects({ id: r.trajectory_id, subjectId: r.subject_id }),
  }));
}

function toDecision(d: { id: string; text: string; created_by: string; display_name: string; created_at: Date }): DecisionView {
  return { id: d.id, text: d.text, createdBy: { id: d.created_by, name: d.display_name }, createdAt: d.created_at.toISOString() };
}

function toAction(a: {
  id: string;
  description: string;
  responsible_user_id: string;
  display_name: string;
  due_date: string;
  status: string;
  task_id: string | null;
}): ActionView {
  return {
    id: a.id,
    description: a.description,
    responsible: { id: a.responsible_user_id, name: a.display_name },
    dueDate: a.due_date,
    status: a.status,
    taskId: a.task_id,
  };
}

async function attendeesOf(db: Db, conferenceId: string): Promise<AttendeeView[]> {
  const rows = await db
    .selectFrom('case_conference_attendees')
    .select(['id', 'user_id', 'name', 'organisation', 'present'])
    .where('conference_id', '=', conferenceId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((a) => ({ id: a.id, userId: a.user_id, name: a.name, organisation: a.organisation, present: a.present }));
}

async function buildDetail(ctx: ServiceContext, row: ConferenceRow): Promise<{ detail: ConferenceDetail; subjects: DataSubject[] }> {
  const [items, attendees] = await Promise.all([visibleItems(ctx, row.id), attendeesOf(ctx.db, row.id)]);
  const today = amsterdamToday();
  const detail: ConferenceDetail = {
    id: row.id,
    number: row.number,
    title: row.title,
    heldOn: row.held_on,
    startsAt: row.starts_at,
    location: row.location,
    status: statusOf(row.status),
    chair: { id: row.chair_user_id, name: row.chair_name },
    visibleItemCount: items.length,
    heldAt: row.held_at ? row.held_at.toISOString() : null,
    createdBy: { id: row.created_by, name: row.creator_name },
    attendees,
    items: items.map(({ subjects: _subjects, ...item }) => item),
    permissions: {
      canManage: isOrganiser(ctx.actor, row) && can(ctx.actor, 'records:write'),
      recordingOpen: recordingOpen(row.held_on, today),
    },
    recordingUntil: addDays(row.held_on, RECORDING_DAYS),
  };
  return { detail, subjects: items.flatMap((i) => i.subjects) };
}

async function trailRead(ctx: ServiceContext, conferenceId: string, subjects: DataSubject[], reason?: string): Promise<void> {
  await recordTrail(ctx, {
    action: 'read',
    objectType: CONFERENCE_RECORD_TYPE,
    objectId: conferenceId,
    ...(reason ? { reason } : {}),
    ...(subjects.length > 0 ? { processing: { activity: CAREERS_ACTIVITY, name: PROCESSING_NAME, subjects } } : {}),
  });
}

/** One conference as the actor may see it: only the agenda items of trajectories whose team they are on. */
export async function getConference(ctx: ServiceContext, id: string): Promise<ConferenceDetail> {
  const row = await requireConference(ctx, id);
  const { detail, subjects } = await buildDetail(ctx, row);
  await trailRead(ctx, id, subjects);
  return detail;
}

/** The conference as the minutes show it to the actor (same filtering as the detail), with the read logged. */
export async function minutesOf(ctx: ServiceContext, id: string): Promise<ConferenceDetail> {
  const row = await requireConference(ctx, id);
  const { detail, subjects } = await buildDetail(ctx, row);
  await trailRead(ctx, id, subjects, 'minutes pdf');
  return detail;
}

/** The conferences one trajectory was discussed in, with the decisions and actions of its item. */
export async function trajectoryConferences(ctx: ServiceContext, trajectoryId: string): Promise<TrajectoryConference[]> {
  const trajectory = await requireTrajectory(ctx, trajectoryId, 'read');
  const rows = await ctx.db
    .selectFrom('case_conference_items as i')
    .innerJoin('case_conferences as c', 'c.id', 'i.conference_id')
    .select(['c.id', 'c.number', 'c.title', 'c.held_on', 'c.status', 'i.id as item_id', 'i.question', 'i.discussion'])
    .where('i.trajectory_id', '=', trajectory.id)
    .orderBy('c.held_on', 'desc')
    .orderBy('c.number', 'desc')
    .execute();
  const itemIds = rows.map((r) => r.item_id);
  const [decisions, actions] = itemIds.length === 0 ? [[], []] : await decisionsAndActions(ctx.db, itemIds);
  await recordTrail(ctx, {
    action: 'read',
    objectType: TRAJECTORY_RECORD_TYPE,
    objectId: trajectory.id,
    reason: 'case conferences',
    processing: { activity: CAREERS_ACTIVITY, name: PROCESSING_NAME, subjects: trajectorySubjects(trajectory) },
  });
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    heldOn: r.held_on,
    status: statusOf(r.status),
    itemId: r.item_id,
    question: r.question,
    discussion: r.discussion,
    decisions: decisions.filter((d) => d.item_id === r.item_id).map(toDecision),
    actions: actions.filter((a) => a.conference_item_id === r.item_id).map(toAction),
  }));
}

// ---- writing ------------------------------------------------------------------------------------------

/** Runs `work` in a transaction with a context on it, then returns the conference as the actor sees it. */
async function change(ctx: ServiceContext, id: string, work: (tctx: ServiceContext) => Promise<void>): Promise<ConferenceDetail> {
  await ctx.db.transaction().execute(async (trx) => work({ ...ctx, db: trx }));
  const row = await requireConference(ctx, id);
  return (await buildDetail(ctx, row)).detail;
}

/** Plans a conference; the creator chairs it. */
export async function createConference(ctx: ServiceContext, input: ConferenceCreate): Promise<ConferenceDetail> {
  const today = amsterdamToday();
  if (!isIsoDate(input.heldOn)) throw validation([{ path: 'body.heldOn', message: 'Vul een bestaande datum in (JJJJ-MM-DD).' }]);
  if (input.heldOn < addDays(today, -MAX_DAYS_AWAY) || input.heldOn > addDays(today, MAX_DAYS_AWAY)) {
    throw validation([{ path: 'body.heldOn', message: 'Kies een datum binnen een jaar voor of na vandaag.' }]);
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const seq = await sql<{ n: string }>`select nextval('case_conference_number_seq')::text as n`.execute(trx);
    const number = `CO-${input.heldOn.slice(0, 4)}-${seq.rows[0]!.n.padStart(4, '0')}`;
    const row = await trx
      .insertInto('case_conferences')
      .values({
        number,
        title: input.title,
        held_on: input.heldOn,
        starts_at: input.startsAt ?? null,
        location: input.location ?? '',
        chair_user_id: ctx.actor.userId,
        created_by: ctx.actor.userId,
        held_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordTrail(tctx, { action: 'create', objectType: CONFERENCE_RECORD_TYPE, objectId: row.id, reason: number });
    return row.id;
  });
  return getConference(ctx, id);
}

/** Puts a trajectory on the agenda: the chair must be able to change the trajectory (team member with write). */
export async function addItem(ctx: ServiceContext, id: string, input: ItemCreate): Promise<ConferenceDetail> {
  const conference = await requireOrganiser(ctx, id);
  requirePlanned(conference, 'een agendapunt toevoegen');
  const trajectory = await requireTrajectory(ctx, input.trajectoryId, 'write');
  return change(ctx, id, async (tctx) => {
    requirePlanned(await lockConference(tctx.db, id), 'een agendapunt toevoegen');
    const existing = await tctx.db
      .selectFrom('case_conference_items')
      .select('id')
      .where('conference_id', '=', id)
      .where('trajectory_id', '=', trajectory.id)
      .executeTakeFirst();
    if (existing) throw validation([{ path: 'body.trajectoryId', message: 'Dit traject staat al op de agenda.' }]);
    const last = await tctx.db
      .selectFrom('case_conference_items')
      .select(sql<number>`coalesce(max(position), 0)::int`.as('position'))
      .where('conference_id', '=', id)
      .executeTakeFirstOrThrow();
    await tctx.db
      .insertInto('case_conference_items')
      .values({ conference_id: id, trajectory_id: trajectory.id, position: Number(last.position) + 1, question: input.question ?? '' })
      .execute();
    await recordTrail(tctx, {
      action: 'update',
      objectType: CONFERENCE_RECORD_TYPE,
      objectId: id,
      reason: `agenda item ${trajectory.number} added`,
      processing: { activity: CAREERS_ACTIVITY, name: PROCESSING_NAME, subjects: trajectorySubjects(trajectory) },
    });
  });
}

/** Takes an item off the agenda while the conference is planned and nothing is recorded for it. */
export async function removeItem(ctx: ServiceContext, id: string, itemId: string): Promise<ConferenceDetail> {
  const conference = await requireOrganiser(ctx, id);
  const { item, trajectory } = await requireItem(ctx, conference, itemId);
  return change(ctx, id, async (tctx) => {
    requirePlanned(await lockConference(tctx.db, id), 'een agendapunt verwijderen');
    const [decision, action] = await Promise.all([
      tctx.db.selectFrom('case_conference_decisions').select('id').where('item_id', '=', item.id).executeTakeFirst(),
      tctx.db.selectFrom('plan_actions').select('id').where('conference_item_id', '=', item.id).executeTakeFirst(),
    ]);
    if (decision || action) throw conflict('Bij dit agendapunt zijn al besluiten of acties vastgelegd; het kan niet meer van de agenda.');
    await tctx.db.deleteFrom('case_conference_items').where('id', '=', item.id).execute();
    await recordTrail(tctx, {
      action: 'update',
      objectType: CONFERENCE_RECORD_TYPE,
      objectId: id,
      reason: `agenda item ${trajectory.number} removed`,
      processing: { activity: CAREERS_ACTIVITY, name: PROCESSING_NAME, subjects: trajectorySubjects(trajectory) },
    });
  });
}

/** Changes an item's question (while planned) or discussion (during the recording window). */
export async function updateItem(ctx: ServiceContext, id: string, itemId: string, input: ItemUpdate): Promise<ConferenceDetail> {
  if (input.question === undefined && input.discussion === undefined) {
    throw validation([{ path: 'body', message: 'Geef een vraag of een bespreking om op te slaan.' }]);
  }
  const conference = await requireConference(ctx, id);
  const { item, trajectory } = await requireItem(ctx, conference, itemId);
  return change(ctx, id, async (tctx) => {
    const locked = await lockConference(tctx.db, id);
    if (input.question !== undefined && input.question !== item.question) requirePlanned(locked, 'de vraag wijzigen');
    if (input.discussion !== undefined) requireRecording(locked);
    await tctx.db
      .updateTable('case_conference_items')
      .set({
        ...(input.question !== undefined ? { question: input.question } : {}),
        ...(input.discussion !== undefined ? { discussion: input.discussion } : {}),
      })
      .where('id', '=', item.id)
      .execute();
    await recordTrail(tctx, {
      action: 'update',
      objectType: CONFERENCE_RECORD_TYPE,
      objectId: id,
      reason: `agenda item ${trajectory.number}`,
      processing: { activity: CAREERS_ACTIVITY, name: PROCESSING_NAME, subjects: trajectorySubjects(trajectory) },
    });
  });
}

/** Records a decision for an agenda item. */
export async function addDecision(ctx: ServiceContext, id: string, itemId: string, input: DecisionCreate): Promise<ConferenceDetail> {
  const conference = await requireConference(ctx, id);
  const { item, trajectory } = await requireItem(ctx, conference, itemId);
  return change(ctx, id, async (tctx) => {
    requireRecording(await lockConference(tctx.db, id));
    await tctx.db.insertInto('case_conference_decisions').values({ item_id: item.id, text: input.text, created_by: ctx.actor.userId }).execute();
    await recordTrail(tctx, {
      action: 'create',
      objectType: CONFERENCE_RECORD_TYPE,
      objectId: id,
      reason: `decision for ${trajectory.number}`,
      processing: { activity: CAREERS_ACTIVITY, name: PROCESSING_NAME, subjects: trajectorySubjects(trajectory) },
    });
  });
}

/** Records an action for an agenda item: a plan action of the trajectory with a task for the responsible team member. */
export async function addAction(ctx: ServiceContext, id: string, itemId: string, input: ActionCreate): Promise<ConferenceDetail> {
  const conference = await requireConference(ctx, id);
  const { item, trajectory } = await requireItem(ctx, conference, itemId);
  return change(ctx, id, async (tctx) => {
    const locked = await lockConference(tctx.db, id);
    requireRecording(locked);
    if (isIsoDate(input.dueDate) && input.dueDate < locked.held_on) {
      throw validation([{ path: 'body.dueDate', message: 'De uiterste datum ligt voor de datum van het overleg.' }]);
    }
    const actionId = await addPlanAction(
      tctx,
      trajectory,
      { goalId: null, conferenceItemId: item.id, description: input.description, responsibleUserId: input.responsibleUserId, dueDate: input.dueDate },
      'body',
    );
    await recordTrail(tctx, {
      action: 'create',
      objectType: TRAJECTORY_RECORD_TYPE,
      objectId: trajectory.id,
      reason: `action ${actionId} from case conference ${locked.number}`,
      processing: { activity: CAREERS_ACTIVITY, name: PROCESSING_NAME, subjects: trajectorySubjects(trajectory) },
    });
  });
}

/** Replaces the attendance list: users (name and organisation from their account) and external people by name. */
export async function setAttendance(ctx: ServiceContext, id: string, input: AttendanceInput): Promise<ConferenceDetail> {
  await requireOrganiser(ctx, id);
  return change(ctx, id, async (tctx) => {
    await lockConference(tctx.db, id);
    const userIds = input.attendees.flatMap((a) => ('userId' in a ? [a.userId] : []));
    const users =
      userIds.length === 0
        ? []
        : await tctx.db
            .selectFrom('users as u')
            .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
            .select(['u.id', 'u.display_name', 'u.active', 'o.name as organisation'])
            .where('u.id', 'in', userIds)
            .execute();
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    const rows = input.attendees.map((a, index) => {
      if ('userId' in a) {
        const user = users.find((u) => u.id === a.userId);
        if (!user || !user.active) errors.push({ path: `body.attendees.${index}.userId`, message: 'Deze gebruiker bestaat niet of is niet actief.' });
        else if (seen.has(a.userId)) errors.push({ path: `body.attendees.${index}.userId`, message: 'Deze deelnemer staat al in de lijst.' });
        seen.add(a.userId);
        return { conference_id: id, user_id: a.userId, name: user?.display_name ?? '', organisation: user?.organisation ?? '', present: a.present ?? null };
      }
      return { conference_id: id, user_id: null, name: a.name, organisation: a.organisation ?? '', present: a.present ?? null };
    });
    if (errors.length > 0) throw validation(errors);
    await tctx.db.deleteFrom('case_conference_attendees').where('conference_id', '=', id).execute();
    if (rows.length > 0) await tctx.db.insertInto('case_conference_attendees').values(rows).execute();
    await recordTrail(tctx, { action: 'update', objectType: CONFERENCE_RECORD_TYPE, objectId: id, reason: `attendance (${rows.length})` });
  });
}

/** Invites the team members of the agenda items the chair can see who are not on the list yet (presence not recorded). */
export async function inviteTeams(ctx: ServiceContext, id: string): Promise<ConferenceDetail> {
  await requireOrganiser(ctx, id);
  return change(ctx, id, async (tctx) => {
    await lockConference(tctx.db, id);
    const members = await tctx.db
      .selectFrom('case_conference_items as i')
      .innerJoin('trajectories as t', 't.id', 'i.trajectory_id')
      .innerJoin('record_team as rt', (join) => join.on('rt.record_type', '=', TRAJECTORY_RECORD_TYPE).onRef('rt.record_id', '=', sql<string>`t.id::text`))
      .innerJoin('users as u', 'u.id', 'rt.user_id')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['u.id', 'u.display_name', 'o.name as organisation'])
      .distinct()
      .where('i.conference_id', '=', id)
      .where('u.active', '=', true)
      .where(onTeamOf(ctx.actor))
      .where((eb) =>
        eb.not(eb.exists(eb.selectFrom('case_conference_attendees as a').select('a.id').where('a.conference_id', '=', id).whereRef('a.user_id', '=', 'u.id'))),
      )
      .execute();
    if (members.length > 0) {
      await tctx.db
        .insertInto('case_conference_attendees')
        .values(members.map((m) => ({ conference_id: id, user_id: m.id, name: m.display_name, organisation: m.organisation, present: null })))
        .execute();
    }
    await recordTrail(tctx, { action: 'update', objectType: CONFERENCE_RECORD_TYPE, objectId: id, reason: `invited ${members.length} team members` });
  });
}

/** Marks the conference as held: on or after its day, with at least one agenda item. */
export async function markHeld(ctx: ServiceContext, id: string): Promise<ConferenceDetail> {
  await requireOrganiser(ctx, id);
  return change(ctx, id, async (tctx) => {
    const conference = await lockConference(tctx.db, id);
    requirePlanned(conference, 'opnieuw als gehouden markeren');
    if (amsterdamToday() < conference.held_on) throw conflict('Je kunt een overleg pas op de dag zelf als gehouden markeren.');
    const item = await tctx.db.selectFrom('case_conference_items').select('id').where('conference_id', '=', id).executeTakeFirst();
    if (!item) throw conflict('Er staat nog geen traject op de agenda.');
    await tctx.db.updateTable('case_conferences').set({ status: 'held', held_at: new Date() }).where('id', '=', id).execute();
    await recordTrail(tctx, { action: 'update', objectType: CONFERENCE_RECORD_TYPE, objectId: id, reason: 'held' });
  });
}
