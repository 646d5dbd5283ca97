import { sql, type Selectable } from 'kysely';
import type { SignalTable } from '../../db/schema.js';
import { can, decideRecord, isConfidentiality, isOnTeam, isRole, levelsUpTo, visibleTo, type Confidentiality } from '../../kernel/access.js';
import type { ServiceContext } from '../../kernel/context.js';
import { decryptField } from '../../kernel/crypto.js';
import type { FileStore } from '../../kernel/files.js';
import { AppError, conflict, forbidden, notFound } from '../../kernel/errors.js';
import { recordTrail, type DataSubject } from '../../kernel/trail.js';
import { createSubject, linkRecordToSubject, loadVisibleSubject, unlinkRecordFromSubject } from '../registry/index.js';
import { isIsoDate } from '../legal/index.js';
import { amsterdamToday, createTask } from '../tasks/index.js';
import { type Question } from './categories.js';
import { checkIntake, loadCategory, SIGNAL_ACTIVITY, SIGNAL_RECORD_TYPE, storeSignal, toCategoryRow, type IntakeProblem } from './intake.js';
import type { partnerReport as partnerReportSchema, QueueItem, SignalDetail, SignalInput } from './signals.schemas.js';
import { allowedTransitions, checkTransition, coarseStatusOf, isSignalStatus, openStatuses, type SignalOutcome, type SignalStatus } from './workflow.js';
import type { z } from 'zod';

/** A signal as loaded for one request: its row and the (Dutch) name of its category. */
type SignalRow = Selectable<SignalTable> & { category_name: string };
type PartnerReport = z.infer<typeof partnerReportSchema>;

const MODULE = 'signals';

function statusOf(row: Pick<SignalRow, 'status'>): SignalStatus {
  return isSignalStatus(row.status) ? row.status : 'reported';
}

function levelOf(value: string): Confidentiality {
  return isConfidentiality(value) ? value : 'zeer_geheim';
}

const validation = (path: string, message: string): AppError => new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

/** The place of a signal in one line: address, else the start of the description of the place, else the point. */
export function placeOf(
  row: Pick<SignalRow, 'postcode' | 'house_number' | 'house_letter' | 'house_number_addition' | 'location_text' | 'lat' | 'lon'>,
): string {
  if (row.postcode && row.house_number !== null) {
    return `${row.postcode} ${row.house_number}${row.house_letter ?? ''}${row.house_number_addition ? `-${row.house_number_addition}` : ''}`;
  }
  if (row.location_text) return row.location_text.length > 60 ? `${row.location_text.slice(0, 57)}…` : row.location_text;
  if (row.lat !== null && row.lon !== null) return `${row.lat.toFixed(5)}, ${row.lon.toFixed(5)}`;
  return '—';
}

// ---- the record policy ------------------------------------------------------------------------------

/** Loads a signal the actor may see, or records the denial and answers 404. */
export async function loadVisibleSignal(ctx: ServiceContext, id: string): Promise<SignalRow> {
  const query = ctx.db
    .selectFrom('signals as s')
    .innerJoin('signal_categories as c', 'c.code', 's.category_code')
    .selectAll('s')
    .select('c.name_nl as category_name')
    .where('s.id', '=', id);
  const row = await visibleTo(query, ctx.actor, {
    recordType: SIGNAL_RECORD_TYPE,
    idColumn: 's.id',
    confidentialityColumn: 's.confidentiality',
  }).executeTakeFirst();
  if (!row) {
    await recordTrail(ctx, { action: 'deny', objectType: SIGNAL_RECORD_TYPE, objectId: id, outcome: 'denied', reason: 'read: not found or not visible' });
    throw notFound('Deze melding');
  }
  return row;
}

async function canWrite(ctx: ServiceContext, row: Pick<SignalRow, 'id' | 'confidentiality'>): Promise<boolean> {
  if (!can(ctx.actor, 'records:write')) return false;
  const onTeam = can(ctx.actor, 'records:read_all') || (await isOnTeam(ctx.db, SIGNAL_RECORD_TYPE, row.id, ctx.actor.userId));
  return decideRecord(ctx.actor, { confidentiality: levelOf(row.confidentiality), onTeam }, 'write') === 'allow';
}

/** A signal the actor may change: 404 when not visible, 403 when visible but not writable. */
async function requireWritableSignal(ctx: ServiceContext, id: string): Promise<SignalRow> {
  const row = await loadVisibleSignal(ctx, id);
  if (!(await canWrite(ctx, row))) {
    await recordTrail(ctx, { action: 'deny', objectType: SIGNAL_RECORD_TYPE, objectId: id, outcome: 'denied', reason: 'write: forbidden' });
    throw forbidden('U mag deze melding inzien, maar niet wijzigen.');
  }
  return row;
}

// ---- intake by staff and partners -------------------------------------------------------------------

function problemsToError(problems: IntakeProblem[], prefix = 'body'): AppError {
  const errors = problems.map((p) => ({ path: `${prefix}.${p.field}`, message: p.message.nl }));
  return new AppError('VALIDATION_FAILED', errors.length === 1 ? errors[0]!.message : 'Niet alle velden zijn goed ingevuld.', { errors });
}

function checkPartnerReport(report: PartnerReport, today: string): IntakeProblem[] {
  const problems: IntakeProblem[] = [];
  if (!isIsoDate(report.searchDate)) {
    problems.push({ field: 'partnerReport.searchDate', message: { nl: 'Deze datum bestaat niet.', en: 'This date does not exist.' } });
  } else if (report.searchDate > today) {
    problems.push({
      field: 'partnerReport.searchDate',
      message: { nl: 'De doorzoeking kan niet in de toekomst liggen.', en: 'The search cannot be in the future.' },
    });
  }
  report.persons.forEach((p, i) => {
    if (p.dateOfBirth && (!isIsoDate(p.dateOfBirth) || p.dateOfBirth > today || p.dateOfBirth < '1900-01-01')) {
      problems.push({
        field: `partnerReport.persons.${i}.dateOfBirth`,
        message: { nl: 'Geef een bestaande geboortedatum.', en: 'Enter a real date of birth.' },
      });
    }
  });
  return problems;
}

/**
 * A signal entered by staff or a partner (police report, cannabis report, own observation). A category above
 * the reporter's own level may be reported in, like the public may; the reporter then cannot open it.
 */
export async function createStaffSignal(ctx: ServiceContext, files: FileStore, input: SignalInput): Promise<{ id: string; number: string; visible: boolean }> {
  const category = await loadCategory(ctx.db, input.categoryCode);
  const checked = checkIntake(category, {
    categoryCode: input.categoryCode,
    description: input.description,
    observedOn: input.observedOn ?? null,
    observedTime: input.observedTime ?? null,
    location: input.location,
    answers: input.answers,
  });
  const partnerProblems = input.partnerReport ? checkPartnerReport(input.partnerReport, amsterdamToday()) : [];
  if (!checked.ok || partnerProblems.length > 0) throw problemsToError([...(checked.ok ? [] : checked.problems), ...partnerProblems]);
  const result = await storeSignal({
    db: ctx.db,
    config: ctx.config,
    files,
    channel: input.channel,
    intake: checked.intake,
    partnerReport: input.partnerReport ?? undefined,
    actor: ctx.actor,
    requestId: ctx.requestId,
    trace: ctx.trace,
  });
  if (!result.stored) throw conflict('Deze melding is al ontvangen.');
  // Reporting is open to whoever may report; reading it back only up to one's own level (a youth worker
  // reports recruitment, which the regisseur handles at a higher level).
  return { id: result.id, number: result.number, visible: levelsUpTo(ctx.actor.maxConfidentiality).includes(levelOf(checked.intake.category.confidentiality)) };
}

// ---- queue -------------------------------------------------------------------------------------------

export interface QueueFilter {
  status: 'open' | 'all' | SignalStatus;
  category?: string | undefined;
  wijk?: string | undefined;
  assigned: 'any' | 'me' | 'unassigned';
  overdue?: 'true' | 'false' | undefined;
  after?: string | undefined;
  limit: number;
}

interface Cursor {
  deadline: string;
  urgency: number;
  receivedAt: string;
  id: string;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.deadline, c.urgency, c.receivedAt, c.id])).toString('base64url');
}

function decodeCursor(value: string): Cursor {
  try {
    const [deadline, urgency, receivedAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof deadline === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(deadline) &&
      typeof urgency === 'number' &&
      typeof receivedAt === 'string' &&
      !Number.isNaN(Date.parse(receivedAt)) &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/.test(id)
    ) {
      return { deadline, urgency, receivedAt, id };
    }
  } catch {
    // fall through
  }
  throw validation('query.after', 'Deze vervolgpagina bestaat niet (meer). Begin opnieuw bij de eerste pagina.');
}

/**
 * The triage queue: the signals the actor may see, most pressing service-level deadline first (then
 * urgency, then receipt), a page at a time by keyset. Overdue is computed against today in Amsterdam.
 */
export async function listQueue(ctx: ServiceContext, filter: QueueFilter): Promise<{ items: QueueItem[]; nextCursor: string | null }> {
  const today = amsterdamToday();
  let query = ctx.db
    .selectFrom('signals as s')
    .innerJoin('signal_categories as c', 'c.code', 's.category_code')
    .leftJoin('users as u', 'u.id', 's.assigned_user_id')
    .leftJoin('areas as w', 'w.code', 's.wijk_code')
    .select([
      's.id',
      's.number',
      's.channel',
      's.category_code',
      'c.name_nl',
      's.status',
      's.urgency',
      's.deadline',
      's.received_at',
      's.postcode',
      's.house_number',
      's.house_letter',
      's.house_number_addition',
      's.location_text',
      's.lat',
      's.lon',
      's.wijk_code',
      'w.name as wijk_name',
      's.assigned_user_id',
      'u.display_name as assignee_name',
      sql<boolean>`exists (select 1 from signal_additions a where a.signal_id = s.id and a.created_at > s.status_changed_at)`.as('new_information'),
    ]);
  if (filter.status === 'open') {
    // Exactly the partial index's condition, so the queue is an index range scan.
    query = query.where('s.merged_into', 'is', null).where('s.status', 'in', [...openStatuses]);
  } else if (filter.status !== 'all') {
    query = query.where('s.status', '=', filter.status);
  }
  if (filter.category) query = query.where('s.category_code', '=', filter.category);
  if (filter.wijk) query = query.where('s.wijk_code', '=', filter.wijk);
  if (filter.assigned === 'me') query = query.where('s.assigned_user_id', '=', ctx.actor.userId);
  if (filter.assigned === 'unassigned') query = query.where('s.assigned_user_id', 'is', null);
  // Only a signal still open can be late: with status=all this narrows to the open ones.
  if (filter.overdue === 'true') {
    query = query.where('s.deadline', '<', today);
    // Said once only: a repeated condition makes the planner misjudge how many rows match.
    if (filter.status !== 'open') query = query.where('s.status', 'in', [...openStatuses]);
  }
  if (filter.after) {
    const c = decodeCursor(filter.after);
    query = query.where(
      sql<boolean>`(s.deadline, s.urgency, s.received_at, s.id) > (${c.deadline}::date, ${c.urgency}::integer, ${c.receivedAt}::timestamptz, ${c.id}::uuid)`,
    );
  }
  query = visibleTo(query, ctx.actor, { recordType: SIGNAL_RECORD_TYPE, idColumn: 's.id', confidentialityColumn: 's.confidentiality' });
  const ordered = query
    .orderBy('s.deadline')
    .orderBy('s.urgency')
    .orderBy('s.received_at')
    .orderBy('s.id')
    .limit(filter.limit + 1);
  // A next page starts after a row (keyset). PostgreSQL's statistics describe the whole table, where open signals
  // are the few with the latest deadlines, so it underestimates how many rows follow the cursor and would rather
  // collect and sort them all than read one page along an index in queue order. For these queries only, sorting
  // is made the last resort, which leaves the ordered index scan (ADR 0012).
  const rows = filter.after
    ? await ctx.db.transaction().execute(async (trx) => {
        await sql`set local enable_sort = off`.execute(trx);
        await sql`set local enable_bitmapscan = off`.execute(trx);
        return (await trx.executeQuery(ordered.compile())).rows;
      })
    : await ordered.execute();
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  await recordTrail(ctx, {
    action: 'search',
    objectType: 'signal_queue',
    objectId: null,
    reason: `status=${filter.status} category=${filter.category ?? '*'} wijk=${filter.wijk ?? '*'} assigned=${filter.assigned} overdue=${filter.overdue ?? '*'} rows=${page.length}`,
  });
  return {
    items: page.map((r) => ({
      id: r.id,
      number: r.number,
      channel: r.channel as QueueItem['channel'],
      categoryCode: r.category_code,
      categoryName: r.name_nl,
      status: statusOf(r),
      urgency: r.urgency,
      deadline: r.deadline,
      overdue: openStatuses.includes(statusOf(r)) && r.deadline < today,
      receivedAt: r.received_at.toISOString(),
      place: placeOf(r),
      wijkCode: r.wijk_code,
      wijkName: r.wijk_name,
      assignee: r.assigned_user_id ? { id: r.assigned_user_id, name: r.assignee_name ?? '' } : null,
      newInformation: r.new_information,
    })),
    nextCursor:
      rows.length > filter.limit && last
        ? encodeCursor({ deadline: last.deadline, urgency: last.urgency, receivedAt: last.received_at.toISOString(), id: last.id })
        : null,
  };
}

// ---- detail ------------------------------------------------------------------------------------------

function answerText(q: Question | undefined, value: unknown): string {
  const label = (v: string) => q?.options?.find((o) => o.value === v)?.label.nl ?? v;
  if (Array.isArray(value)) return value.map((v) => label(String(v))).join(', ');
  if (value === 'yes') return 'Ja';
  if (value === 'no') return 'Nee';
  return label(String(value));
}

async function duplicateCandidates(ctx: ServiceContext, row: SignalRow): Promise<SignalDetail['duplicates']> {
  if (row.merged_into) return [];
  const hasAddress = row.postcode !== null && row.house_number !== null;
  if (!hasAddress && !row.buurt_code) return [];
  const settings = await ctx.db.selectFrom('signal_settings').select('duplicate_window_days').executeTakeFirstOrThrow();
  const windowMs = settings.duplicate_window_days * 86_400_000;
  const from = new Date(row.received_at.getTime() - windowMs);
  const to = new Date(row.received_at.getTime() + windowMs);
  let query = ctx.db
    .selectFrom('signals as s')
    .select([
      's.id',
      's.number',
      's.status',
      's.received_at',
      's.postcode',
      's.house_number',
      's.house_letter',
      's.house_number_addition',
      's.location_text',
      's.lat',
      's.lon',
    ])
    .where('s.category_code', '=', row.category_code)
    .where('s.id', '<>', row.id)
    .where('s.merged_into', 'is', null)
    .where('s.received_at', '>=', from)
    .where('s.received_at', '<=', to)
    .where((eb) => {
      const ors = [];
      if (hasAddress) ors.push(eb.and([eb('s.postcode', '=', row.postcode), eb('s.house_number', '=', row.house_number)]));
      if (row.buurt_code) ors.push(eb('s.buurt_code', '=', row.buurt_code));
      return eb.or(ors);
    });
  query = visibleTo(query, ctx.actor, { recordType: SIGNAL_RECORD_TYPE, idColumn: 's.id', confidentialityColumn: 's.confidentiality' });
  const rows = await query.orderBy('s.received_at', 'desc').limit(20).execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    status: statusOf(r),
    receivedAt: r.received_at.toISOString(),
    place: placeOf(r),
    reason: hasAddress && r.postcode === row.postcode && r.house_number === row.house_number ? ('same_address' as const) : ('same_buurt' as const),
  }));
}

/** The whole signal as staff see it; recorded in the audit trail and, for reporter and linked persons, in the processing log. */
export async function getSignal(ctx: ServiceContext, id: string, options: { audit?: boolean } = {}): Promise<SignalDetail> {
  const row = await loadVisibleSignal(ctx, id);
  const db = ctx.db;
  const [category, wijk, assignee, mergedInto, merged, history, notes, additions, photos, links, followUps, duplicates, writable] = await Promise.all([
    db.selectFrom('signal_categories').selectAll().where('code', '=', row.category_code).executeTakeFirstOrThrow(),
    row.wijk_code ? db.selectFrom('areas').select('name').where('code', '=', row.wijk_code).executeTakeFirst() : undefined,
    row.assigned_user_id
      ? db
          .selectFrom('users as u')
          .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
          .select(['u.id', 'u.display_name', 'o.name'])
          .where('u.id', '=', row.assigned_user_id)
          .executeTakeFirst()
      : undefined,
    row.merged_into ? db.selectFrom('signals').select(['id', 'number', 'status']).where('id', '=', row.merged_into).executeTakeFirst() : undefined,
    db.selectFrom('signals').select(['id', 'number']).where('merged_into', '=', row.id).orderBy('received_at').execute(),
    db
      .selectFrom('signal_status_history as h')
      .leftJoin('users as u', 'u.id', 'h.changed_by')
      .select(['h.from_status', 'h.to_status', 'h.outcome', 'h.note', 'h.changed_at', 'u.display_name'])
      .where('h.signal_id', '=', row.id)
      .orderBy('h.id')
      .execute(),
    db
      .selectFrom('signal_notes as n')
      .innerJoin('users as u', 'u.id', 'n.created_by')
      .select(['n.id', 'n.body', 'n.created_at', 'u.display_name'])
      .where('n.signal_id', '=', row.id)
      .orderBy('n.created_at')
      .execute(),
    db.selectFrom('signal_additions').select(['id', 'body', 'created_at']).where('signal_id', '=', row.id).orderBy('created_at').execute(),
    db
      .selectFrom('signal_photos')
      .select(['id', 'addition_id', 'content_type', 'width', 'height', 'size_bytes', 'source', 'created_at'])
      .where('signal_id', '=', row.id)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('subject_links as l')
      .innerJoin('subjects as sub', 'sub.id', 'l.subject_id')
      .select(['sub.id', 'sub.kind', 'sub.ref', 'sub.label', 'sub.detail', 'l.role', 'sub.confidentiality'])
      .where('l.record_type', '=', SIGNAL_RECORD_TYPE)
      .where('l.record_id', '=', row.id)
      .orderBy('l.created_at')
      .execute(),
    db
      .selectFrom('signal_followups as f')
      .innerJoin('users as a', 'a.id', 'f.assignee_user_id')
      .innerJoin('users as c', 'c.id', 'f.created_by')
      .select([
        'f.id',
        'f.kind',
        'f.note',
        'f.due_date',
        'f.task_id',
        'f.created_at',
        'a.id as assignee_id',
        'a.display_name as assignee_name',
        'c.display_name as creator_name',
      ])
      .where('f.signal_id', '=', row.id)
      .orderBy('f.created_at')
      .execute(),
    duplicateCandidates(ctx, row),
    canWrite(ctx, row),
  ]);
  // Linked subjects above the viewer's level are not shown (their existence is, by the link, not a secret to the team).
  const levels = new Set<string>(levelsUpTo(ctx.actor.maxConfidentiality));
  const shownLinks = links.filter((l) => levels.has(l.confidentiality));
  const categoryRow = toCategoryRow(category);
  const answers = Object.entries((row.answers ?? {}) as Record<string, unknown>).map(([key, value]) => {
    const q = categoryRow.questions.find((x) => x.key === key);
    return { key, question: q?.label.nl ?? key, answer: answerText(q, value) };
  });
  const contact = row.contact_enc ? (JSON.parse(decryptField(ctx.config.secrets.encryptionKey, row.contact_enc)) as SignalDetail['contact']) : null;
  const status = statusOf(row);
  const today = amsterdamToday();

  if (options.audit !== false) {
    const subjects: DataSubject[] = [
      ...(contact ? [{ type: 'signal_reporter', id: row.id }] : []),
      ...shownLinks.filter((l) => l.kind !== 'organisation').map((l) => ({ type: l.kind, id: l.id })),
    ];
    await recordTrail(ctx, {
      action: 'read',
      objectType: SIGNAL_RECORD_TYPE,
      objectId: row.id,
      ...(subjects.length > 0 ? { processing: { activity: SIGNAL_ACTIVITY, name: 'Melding ingezien', subjects } } : {}),
    });
  }

  const partner = row.partner_report as PartnerReport | null;
  return {
    id: row.id,
    number: row.number,
    channel: row.channel as SignalDetail['channel'],
    category: { code: row.category_code, name: category.name_nl },
    status,
    // What the reporter sees with the follow-up code: for a merged signal, the status of the one it went into.
    coarseStatus: coarseStatusOf(mergedInto && isSignalStatus(mergedInto.status) ? mergedInto.status : status),
    outcome: (row.outcome as SignalOutcome | null) ?? null,
    allowedTransitions: row.merged_into ? [] : [...allowedTransitions[status]],
    description: row.description,
    observedOn: row.observed_on,
    observedTime: row.observed_time ? row.observed_time.slice(0, 5) : null,
    location: {
      postcode: row.postcode,
      houseNumber: row.house_number,
      houseLetter: row.house_letter,
      houseNumberAddition: row.house_number_addition,
      text: row.location_text,
      lat: row.lat,
      lon: row.lon,
      wijkCode: row.wijk_code,
      wijkName: wijk?.name ?? null,
      buurtCode: row.buurt_code,
    },
    answers,
    partnerReport: partner ?? null,
    contact,
    anonymous: contact === null,
    deadline: row.deadline,
    overdue: openStatuses.includes(status) && row.deadline < today,
    urgency: row.urgency,
    receivedAt: row.received_at.toISOString(),
    closedAt: row.closed_at ? row.closed_at.toISOString() : null,
    confidentiality: levelOf(row.confidentiality),
    assignee: assignee ? { id: assignee.id, name: assignee.display_name, organisation: assignee.name } : null,
    mergedInto: mergedInto ? { id: mergedInto.id, number: mergedInto.number } : null,
    mergedSignals: merged,
    history: history.map((h) => ({
      fromStatus: h.from_status && isSignalStatus(h.from_status) ? h.from_status : null,
      toStatus: isSignalStatus(h.to_status) ? h.to_status : 'reported',
      outcome: (h.outcome as SignalOutcome | null) ?? null,
      note: h.note,
      changedBy: h.display_name,
      changedAt: h.changed_at.toISOString(),
    })),
    notes: notes.map((n) => ({ id: n.id, body: n.body, createdBy: n.display_name, createdAt: n.created_at.toISOString() })),
    additions: additions.map((a) => ({
      id: a.id,
      body: a.body,
      createdAt: a.created_at.toISOString(),
      photoIds: photos.filter((p) => p.addition_id === a.id).map((p) => p.id),
    })),
    photos: photos.map((p) => ({
      id: p.id,
      contentType: p.content_type,
      width: p.width,
      height: p.height,
      sizeBytes: p.size_bytes,
      source: p.source === 'staff' ? ('staff' as const) : ('reporter' as const),
      createdAt: p.created_at.toISOString(),
    })),
    links: shownLinks.map((l) => ({ subjectId: l.id, kind: l.kind, ref: l.ref, label: l.label, detail: l.detail, role: l.role })),
    followUps: followUps.map((f) => ({
      id: f.id,
      kind: f.kind as SignalDetail['followUps'][number]['kind'],
      note: f.note,
      assignee: { id: f.assignee_id, name: f.assignee_name },
      dueDate: f.due_date,
      taskId: f.task_id,
      createdBy: f.creator_name,
      createdAt: f.created_at.toISOString(),
    })),
    duplicates,
    canWrite: writable,
  };
}

/** The detail after a change: the change itself is audited, so this read is not recorded again. */
const afterChange = (ctx: ServiceContext, id: string) => getSignal(ctx, id, { audit: false });

// ---- triage actions -----------------------------------------------------------------------------------

export async function transitionSignal(
  ctx: ServiceContext,
  id: string,
  input: { to: SignalStatus; outcome?: SignalOutcome | null | undefined; note?: string | null | undefined },
): Promise<SignalDetail> {
  const row = await requireWritableSignal(ctx, id);
  if (row.merged_into) throw conflict('Deze melding is samengevoegd met een andere melding; behandel die.');
  const from = statusOf(row);
  const check = checkTransition({ from, to: input.to, outcome: input.outcome ?? null, note: input.note ?? null });
  if (!check.ok) throw validation(`body.${check.field}`, check.message);
  const now = new Date();
  const final = input.to === 'closed' || input.to === 'cancelled';
  await ctx.db.transaction().execute(async (trx) => {
    // Conditional on the status we checked, so two people changing it at once cannot both succeed.
    const updated = await trx
      .updateTable('signals')
      .set({
        status: input.to,
        status_changed_at: now,
        updated_at: now,
        outcome: input.to === 'closed' ? (input.outcome ?? null) : null,
        closed_at: final ? now : null,
      })
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw conflict('De status is intussen door iemand anders gewijzigd. Vernieuw de pagina.');
    await trx
      .insertInto('signal_status_history')
      .values({
        signal_id: id,
        from_status: from,
        to_status: input.to,
        outcome: input.to === 'closed' ? (input.outcome ?? null) : null,
        note: input.note?.trim() ?? '',
        changed_by: ctx.actor.userId,
        changed_at: now,
      })
      .execute();
    await recordTrail({ ...ctx, db: trx }, { action: 'transition', objectType: SIGNAL_RECORD_TYPE, objectId: id, reason: `${from} -> ${input.to}` });
  });
  return afterChange(ctx, id);
}

/** Users a signal can be given to: active, allowed to read case records, and allowed to see the signal's level. */
async function requireAssignableUser(ctx: ServiceContext, userId: string, level: Confidentiality, path: string) {
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'display_name', 'role', 'organisation_id', 'max_confidentiality', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || !user.active || !isRole(user.role) || !can({ role: user.role }, 'records:read')) {
    throw validation(path, 'Kies een actieve medewerker die meldingen mag behandelen.');
  }
  const max = isConfidentiality(user.max_confidentiality) ? user.max_confidentiality : 'openbaar';
  if (!levelsUpTo(max).includes(level)) throw validation(path, 'Deze medewerker mag meldingen van dit vertrouwelijkheidsniveau niet zien.');
  return user;
}

async function addToSignalTeam(db: ServiceContext['db'], signalId: string, userId: string, role: string): Promise<void> {
  await db
    .insertInto('record_team')
    .values({ record_type: SIGNAL_RECORD_TYPE, record_id: signalId, user_id: userId, team_role: role })
    .onConflict((oc) => oc.columns(['record_type', 'record_id', 'user_id']).doNothing())
    .execute();
}

function taskLabel(row: Pick<SignalRow, 'number' | 'category_name'>): string {
  return `${row.number} · ${row.category_name}`;
}

export async function assignSignal(ctx: ServiceContext, id: string, userId: string | null): Promise<SignalDetail> {
  const row = await requireWritableSignal(ctx, id);
  if (row.merged_into) throw conflict('Deze melding is samengevoegd met een andere melding; behandel die.');
  const user = userId ? await requireAssignableUser(ctx, userId, levelOf(row.confidentiality), 'body.userId') : null;
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('signals')
      .set({ assigned_user_id: user?.id ?? null, assigned_organisation_id: user?.organisation_id ?? null, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    if (user && user.id !== row.assigned_user_id) {
      await addToSignalTeam(trx, id, user.id, 'behandelaar');
      await createTask(
        trx,
        {
          title: 'Melding behandelen',
          description: `Beoordeel de melding en leg de afhandeling vast vóór de servicetermijn.`,
          module: MODULE,
          assigneeUserId: user.id,
          dueDate: row.deadline,
          record: { type: SIGNAL_RECORD_TYPE, id, label: taskLabel(row) },
        },
        ctx.actor.userId,
      );
    }
    await recordTrail(
      { ...ctx, db: trx },
      { action: 'assign', objectType: SIGNAL_RECORD_TYPE, objectId: id, reason: user ? `to user ${user.id}` : 'unassigned' },
    );
  });
  return afterChange(ctx, id);
}

export async function listAssignees(ctx: ServiceContext): Promise<{ id: string; name: string; organisation: string; role: string }[]> {
  const rows = await ctx.db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.display_name', 'o.name', 'u.role'])
    .where('u.active', '=', true)
    .where('u.role', 'in', ['analyst', 'pga_director', 'inspector', 'lawyer', 'partner'])
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.display_name, organisation: r.name, role: r.role }));
}

export async function addNote(ctx: ServiceContext, id: string, body: string): Promise<SignalDetail> {
  await requireWritableSignal(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('signal_notes').values({ signal_id: id, body, created_by: ctx.actor.userId }).execute();
    await trx.updateTable('signals').set({ updated_at: new Date() }).where('id', '=', id).execute();
    await recordTrail({ ...ctx, db: trx }, { action: 'update', objectType: SIGNAL_RECORD_TYPE, objectId: id, reason: 'note added' });
  });
  return afterChange(ctx, id);
}

const linkRoles: Record<string, string> = { location: 'locatie', involved: 'betrokkene', business: 'bedrijf', vehicle: 'voertuig' };

async function linkSubject(ctx: ServiceContext, row: SignalRow, subject: { id: string; kind: string }, role: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await linkRecordToSubject(trx, {
      subjectId: subject.id,
      module: MODULE,
      recordType: SIGNAL_RECORD_TYPE,
      recordId: row.id,
      caseNumber: row.number,
      label: taskLabel(row),
      role: linkRoles[role] ?? role,
      confidentiality: levelOf(row.confidentiality),
      createdBy: ctx.actor.userId,
    });
    // An address from the registry knows its wijk and buurt: the signal takes them when it has none (for duplicates and overviews).
    if (subject.kind === 'address' && (!row.wijk_code || !row.buurt_code)) {
      const address = await trx.selectFrom('subject_addresses').select(['wijk_code', 'buurt_code']).where('subject_id', '=', subject.id).executeTakeFirst();
      if (address && (address.wijk_code || address.buurt_code)) {
        await trx
          .updateTable('signals')
          .set({ wijk_code: row.wijk_code ?? address.wijk_code, buurt_code: row.buurt_code ?? address.buurt_code })
          .where('id', '=', row.id)
          .execute();
      }
    }
    await recordTrail(
      { ...ctx, db: trx },
      {
        action: 'link',
        objectType: SIGNAL_RECORD_TYPE,
        objectId: row.id,
        reason: `subject ${subject.id} as ${role}`,
        ...(subject.kind !== 'organisation'
          ? { processing: { activity: SIGNAL_ACTIVITY, name: 'Subject gekoppeld aan melding', subjects: [{ type: subject.kind, id: subject.id }] } }
          : {}),
      },
    );
  });
}

export async function addLink(ctx: ServiceContext, id: string, subjectId: string, role: string): Promise<SignalDetail> {
  const row = await requireWritableSignal(ctx, id);
  const subject = await loadVisibleSubject(ctx, subjectId);
  if (subject.status !== 'active') throw conflict('Dit subject is samengevoegd; koppel het subject waarin het is opgegaan.');
  await linkSubject(ctx, row, subject, role);
  return afterChange(ctx, id);
}

export async function removeLink(ctx: ServiceContext, id: string, subjectId: string): Promise<SignalDetail> {
  await requireWritableSignal(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('subject_links')
      .select('id')
      .where('subject_id', '=', subjectId)
      .where('record_type', '=', SIGNAL_RECORD_TYPE)
      .where('record_id', '=', id)
      .executeTakeFirst();
    if (!existing) throw notFound('Deze koppeling');
    await unlinkRecordFromSubject(trx, subjectId, SIGNAL_RECORD_TYPE, id);
    await recordTrail({ ...ctx, db: trx }, { action: 'unlink', objectType: SIGNAL_RECORD_TYPE, objectId: id, reason: `subject ${subjectId}` });
  });
  return afterChange(ctx, id);
}

/** Records the signal's address in the registry (or finds it by its natural key) and links it as the location. */
export async function linkAddress(ctx: ServiceContext, id: string, premisesType: 'woning' | 'lokaal' | 'bedrijfspand' | 'erf'): Promise<SignalDetail> {
  const row = await requireWritableSignal(ctx, id);
  if (!row.postcode || row.house_number === null) throw conflict('Deze melding heeft geen adres met postcode en huisnummer.');
  const result = await createSubject(ctx, {
    kind: 'address',
    postcode: row.postcode,
    houseNumber: row.house_number,
    houseLetter: row.house_letter ?? '',
    addition: row.house_number_addition ?? '',
    street: '',
    place: 'Utrecht',
    bagId: null,
    premisesType,
    lat: row.lat,
    lon: row.lon,
    wijkCode: row.wijk_code,
    confidentiality: 'intern',
    source: `Melding ${row.number}`,
    sourceDate: amsterdamToday(row.received_at),
  });
  await linkSubject(ctx, row, { id: result.subject.id, kind: 'address' }, 'location');
  return afterChange(ctx, id);
}

/**
 * Merges a signal into another about the same thing: it is closed as a duplicate and points to the
 * other, its team and subject links go along, and the reporter's follow-up code shows the other's status.
 */
export async function mergeSignal(ctx: ServiceContext, id: string, intoId: string, note: string): Promise<SignalDetail> {
  if (id === intoId) throw validation('body.intoId', 'Een melding kan niet met zichzelf worden samengevoegd.');
  const row = await requireWritableSignal(ctx, id);
  const into = await requireWritableSignal(ctx, intoId);
  if (row.merged_into) throw conflict('Deze melding is al samengevoegd.');
  if (into.merged_into) throw validation('body.intoId', 'De andere melding is zelf samengevoegd; kies de melding waarin die is opgegaan.');
  const from = statusOf(row);
  if (!openStatuses.includes(from)) throw conflict('Alleen een open melding kan worden samengevoegd. Heropen haar eerst.');
  const now = new Date();
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('signals')
      .set({ merged_into: intoId, status: 'closed', outcome: 'duplicate', closed_at: now, status_changed_at: now, updated_at: now })
      .where('id', '=', id)
      .where('status', '=', from)
      .where('merged_into', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw conflict('De melding is intussen gewijzigd. Vernieuw de pagina.');
    // Signals merged into this one earlier now point to the survivor too: one level, always.
    await trx.updateTable('signals').set({ merged_into: intoId, updated_at: now }).where('merged_into', '=', id).execute();
    await trx
      .insertInto('signal_status_history')
      .values({
        signal_id: id,
        from_status: from,
        to_status: 'closed',
        outcome: 'duplicate',
        note: `Samengevoegd met ${into.number}: ${note}`,
        changed_by: ctx.actor.userId,
        changed_at: now,
      })
      .execute();
    await sql`insert into record_team (record_type, record_id, user_id, team_role)
      select record_type, ${intoId}, user_id, team_role from record_team where record_type = ${SIGNAL_RECORD_TYPE} and record_id = ${id}
      on conflict do nothing`.execute(trx);
    await sql`insert into subject_links (subject_id, module, record_type, record_id, case_number, label, role, confidentiality, created_by)
      select l.subject_id, l.module, l.record_type, ${intoId}, ${into.number}, ${taskLabel(into)}, l.role, ${into.confidentiality}, ${ctx.actor.userId}
      from subject_links l where l.record_type = ${SIGNAL_RECORD_TYPE} and l.record_id = ${id}
      on conflict (subject_id, record_type, record_id) do nothing`.execute(trx);
    await recordTrail({ ...ctx, db: trx }, { action: 'merge', objectType: SIGNAL_RECORD_TYPE, objectId: id, reason: `into ${intoId}` });
  });
  return afterChange(ctx, id);
}

const followUpTitles: Record<string, string> = {
  inspection: 'Opvolging melding: controle voorbereiden',
  enforcement: 'Opvolging melding: bestuurlijke maatregel beoordelen',
  person_referral: 'Opvolging melding: aanmelden voor de persoonsgerichte aanpak',
  other: 'Opvolging melding',
};

/**
 * Proposes follow-up (an inspection, a measure, a referral to the person-centred approach): until those
 * modules take it in, a task for the person who picks it up, with the proposal. A signal with follow-up
 * is kept beyond the retention term of signals that led to nothing.
 */
export async function proposeFollowUp(
  ctx: ServiceContext,
  id: string,
  input: { kind: 'inspection' | 'enforcement' | 'person_referral' | 'other'; note: string; assigneeUserId: string; dueDate?: string | null | undefined },
): Promise<SignalDetail> {
  const row = await requireWritableSignal(ctx, id);
  if (row.merged_into) throw conflict('Deze melding is samengevoegd met een andere melding; stel de opvolging daar voor.');
  const user = await requireAssignableUser(ctx, input.assigneeUserId, levelOf(row.confidentiality), 'body.assigneeUserId');
  if (input.dueDate) {
    if (!isIsoDate(input.dueDate)) throw validation('body.dueDate', 'Deze datum bestaat niet.');
    if (input.dueDate < amsterdamToday()) throw validation('body.dueDate', 'De streefdatum ligt in het verleden.');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await addToSignalTeam(trx, id, user.id, 'opvolging');
    const taskId = await createTask(
      trx,
      {
        title: followUpTitles[input.kind] ?? 'Opvolging melding',
        description: input.note,
        module: MODULE,
        assigneeUserId: user.id,
        dueDate: input.dueDate ?? null,
        record: { type: SIGNAL_RECORD_TYPE, id, label: taskLabel(row) },
      },
      ctx.actor.userId,
    );
    await trx
      .insertInto('signal_followups')
      .values({
        signal_id: id,
        kind: input.kind,
        note: input.note,
        assignee_user_id: user.id,
        due_date: input.dueDate ?? null,
        task_id: taskId,
        created_by: ctx.actor.userId,
      })
      .execute();
    await recordTrail({ ...ctx, db: trx }, { action: 'follow_up', objectType: SIGNAL_RECORD_TYPE, objectId: id, reason: `${input.kind} to user ${user.id}` });
  });
  return afterChange(ctx, id);
}

/** A photo of a signal the actor may see: its bytes, with the read recorded. */
export async function readPhoto(ctx: ServiceContext, files: FileStore, id: string, photoId: string): Promise<{ content: Buffer; contentType: string }> {
  const row = await loadVisibleSignal(ctx, id);
  const photo = await ctx.db
    .selectFrom('signal_photos')
    .select(['storage_key', 'content_type'])
    .where('id', '=', photoId)
    .where('signal_id', '=', row.id)
    .executeTakeFirst();
  if (!photo) throw notFound('Deze foto');
  const content = await files.get(photo.storage_key);
  await recordTrail(ctx, { action: 'read', objectType: 'signal_photo', objectId: photoId, reason: `signal ${row.id}` });
  return { content, contentType: photo.content_type };
}
