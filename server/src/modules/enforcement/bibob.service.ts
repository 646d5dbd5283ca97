import { sql, type Selectable, type Updateable } from 'kysely';
import type { BibobScreeningTable } from '../../db/schema-bibob.js';
import { can, decideRecord, isConfidentiality, isOnTeam, isRole, levelsUpTo, visibleTo, type Confidentiality } from '../../kernel/access.js';
import type { ServiceContext } from '../../kernel/context.js';
import { AppError, conflict, forbidden, notFound } from '../../kernel/errors.js';
import { requireRecord } from '../../kernel/record-access.js';
import { recordTrail, type DataSubject } from '../../kernel/trail.js';
import { isIsoDate } from '../legal/index.js';
import { linkRecordToSubject, loadVisibleSubject } from '../registry/index.js';
import { amsterdamToday } from '../tasks/index.js';
import type { BibobDetail, CreateInput, ListItem, QuestionnaireInput, QuestionnaireView, TransitionInput } from './bibob.schemas.js';
import {
  allowedTransitions,
  checkTransition,
  findingsEditable,
  isBibobStatus,
  LBB_ADVICE_PERIOD,
  LBB_EXTENDED_PERIOD,
  lengthenPeriod,
  questionnaireEditable,
  statusNamesNl,
  suspensionOf,
  type BibobAdvice,
  type BibobDecision,
  type BibobStatus,
} from './bibob.workflow.js';
import { listDeadlines, scheduleDeadline, settleDeadlines } from './deadlines.js';
import { BIBOB_RECORD_TYPE, ENFORCEMENT_ACTIVITY, MEASURE_RECORD_TYPE } from './vocabulary.js';

/**
 * Bibob screenings of permit applications (Wet Bibob; domain brief §2): the questionnaire, the own investigation,
 * the optional advice of the Landelijk Bureau Bibob (which suspends the decision term) and the decision. Every
 * screening is confidentieel by default (Wet Bibob art. 28), every read and change is in the audit trail and, as
 * the applicant and the persons in the questionnaire are personal data, in the processing log.
 */

type ScreeningRow = Selectable<BibobScreeningTable>;

const validation = (path: string, message: string): AppError => new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

function invalid(errors: { path: string; message: string }[]): AppError {
  return new AppError('VALIDATION_FAILED', errors.length === 1 ? errors[0]!.message : 'Niet alle velden zijn goed ingevuld.', { errors });
}

function statusOf(row: Pick<ScreeningRow, 'status'>): BibobStatus {
  return isBibobStatus(row.status) ? row.status : 'questionnaire';
}

function levelOf(value: string): Confidentiality {
  return isConfidentiality(value) ? value : 'zeer_geheim';
}

const permitNames: Record<string, string> = {
  exploitatievergunning: 'exploitatievergunning',
  alcoholwet: 'Alcoholwetvergunning',
  omgevingsvergunning: 'omgevingsvergunning',
  huisvestingsvergunning: 'huisvestingsvergunning',
  other: 'vergunning',
};

function labelOf(row: Pick<ScreeningRow, 'number' | 'applicant_name'>): string {
  return `${row.number} · ${row.applicant_name}`;
}

/** The data subjects of one screening for the processing log: the applicant, the linked registry person, the persons in the questionnaire. */
function subjectsOf(row: Pick<ScreeningRow, 'id' | 'subject_id' | 'questionnaire'>, subjectKind: string | null): DataSubject[] {
  const subjects: DataSubject[] = [{ type: 'bibob_applicant', id: row.id }];
  if (row.subject_id && subjectKind === 'person') subjects.push({ type: 'person', id: row.subject_id });
  const q = questionnaireOf(row.questionnaire);
  const persons = q.financiers.length + q.control.length + q.management.length;
  if (persons > 0) subjects.push({ type: 'bibob_questionnaire_persons', id: row.id });
  return subjects;
}

function processing(name: string, subjects: DataSubject[]) {
  return { processing: { ...ENFORCEMENT_ACTIVITY, name, subjects } };
}

// ---- the record policy ------------------------------------------------------------------------------

/** Loads a screening the actor may see, or records the denial and answers 404. */
async function loadVisible(ctx: ServiceContext, id: string): Promise<ScreeningRow> {
  const row = await visibleTo(ctx.db.selectFrom('bibob_screenings as b').selectAll('b').where('b.id', '=', id), ctx.actor, {
    recordType: BIBOB_RECORD_TYPE,
    idColumn: 'b.id',
    confidentialityColumn: 'b.confidentiality',
  }).executeTakeFirst();
  if (!row) {
    await recordTrail(ctx, { action: 'deny', objectType: BIBOB_RECORD_TYPE, objectId: id, outcome: 'denied', reason: 'read: not found or not visible' });
    throw notFound('Deze Bibob-screening');
  }
  return row;
}

async function canWrite(ctx: ServiceContext, row: Pick<ScreeningRow, 'id' | 'confidentiality'>): Promise<boolean> {
  if (!can(ctx.actor, 'records:write')) return false;
  const onTeam = can(ctx.actor, 'records:read_all') || (await isOnTeam(ctx.db, BIBOB_RECORD_TYPE, row.id, ctx.actor.userId));
  return decideRecord(ctx.actor, { confidentiality: levelOf(row.confidentiality), onTeam }, 'write') === 'allow';
}

/** A screening the actor may change: 404 when not visible, 403 when visible but not writable. */
async function requireWritable(ctx: ServiceContext, id: string): Promise<ScreeningRow> {
  const row = await loadVisible(ctx, id);
  if (!(await canWrite(ctx, row))) {
    await recordTrail(ctx, { action: 'deny', objectType: BIBOB_RECORD_TYPE, objectId: id, outcome: 'denied', reason: 'write: forbidden' });
    throw forbidden('Je mag deze Bibob-screening inzien, maar niet wijzigen.');
  }
  return row;
}

async function addToTeam(db: ServiceContext['db'], screeningId: string, userId: string, role: string): Promise<void> {
  await db
    .insertInto('record_team')
    .values({ record_type: BIBOB_RECORD_TYPE, record_id: screeningId, user_id: userId, team_role: role })
    .onConflict((oc) => oc.columns(['record_type', 'record_id', 'user_id']).doNothing())
    .execute();
}

/** Who may be responsible: an active lawyer or analyst allowed to see the screening's level. */
async function requireResponsible(ctx: ServiceContext, userId: string, level: Confidentiality, path: string) {
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'display_name', 'role', 'max_confidentiality', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || !user.active || !isRole(user.role) || (user.role !== 'lawyer' && user.role !== 'analyst')) {
    throw validation(path, 'Kies een actieve jurist of analist als verantwoordelijke.');
  }
  const max = isConfidentiality(user.max_confidentiality) ? user.max_confidentiality : 'openbaar';
  if (!levelsUpTo(max).includes(level)) throw validation(path, 'Deze medewerker mag screenings van dit vertrouwelijkheidsniveau niet zien.');
  return user;
}

export async function listResponsibles(ctx: ServiceContext): Promise<{ id: string; name: string; role: string }[]> {
  const rows = await ctx.db
    .selectFrom('users')
    .select(['id', 'display_name', 'role'])
    .where('active', '=', true)
    .where('role', 'in', ['lawyer', 'analyst'])
    .orderBy('display_name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.display_name, role: r.role }));
}

// ---- create ------------------------------------------------------------------------------------------

export async function createScreening(ctx: ServiceContext, input: CreateInput): Promise<{ id: string; number: string }> {
  const today = amsterdamToday();
  const errors: { path: string; message: string }[] = [];
  if (!isIsoDate(input.applicationReceivedOn)) {
    errors.push({ path: 'body.applicationReceivedOn', message: 'Deze datum bestaat niet.' });
  } else if (input.applicationReceivedOn > today) {
    errors.push({ path: 'body.applicationReceivedOn', message: 'De aanvraag kan niet in de toekomst zijn ontvangen.' });
  }
  if (!levelsUpTo(ctx.actor.maxConfidentiality).includes(input.confidentiality)) {
    errors.push({ path: 'body.confidentiality', message: 'Je kunt geen screening vastleggen boven je eigen vertrouwelijkheidsniveau.' });
  }
  if (input.wijkCode) {
    const wijk = await ctx.db.selectFrom('areas').select('code').where('code', '=', input.wijkCode).where('kind', '=', 'wijk').executeTakeFirst();
    if (!wijk) errors.push({ path: 'body.wijkCode', message: 'Deze wijk bestaat niet.' });
  }
  if (errors.length > 0) throw invalid(errors);
  const responsible = await requireResponsible(ctx, input.responsibleUserId, input.confidentiality, 'body.responsibleUserId');
  let subject: { id: string; kind: string } | null = null;
  if (input.subjectId) {
    const found = await loadVisibleSubject(ctx, input.subjectId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND') {
        throw validation('body.subjectId', 'Dit subject bestaat niet of je hebt er geen toegang toe.');
      }
      throw error;
    });
    if (found.kind !== 'person' && found.kind !== 'organisation') {
      throw validation('body.subjectId', 'De aanvrager is een persoon of een organisatie uit het register.');
    }
    if (found.status !== 'active') throw validation('body.subjectId', 'Dit subject is samengevoegd; kies het subject waarin het is opgegaan.');
    subject = { id: found.id, kind: found.kind };
  }

  return ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const seq = await sql<{ n: string }>`select nextval('bibob_number_seq')::text as n`.execute(trx);
    const number = `B-${today.slice(0, 4)}-${seq.rows[0]!.n.padStart(5, '0')}`;
    const row = await trx
      .insertInto('bibob_screenings')
      .values({
        number,
        permit_type: input.permitType,
        confidentiality: input.confidentiality,
        subject_id: subject?.id ?? null,
        applicant_name: input.applicantName,
        establishment_label: input.establishmentLabel,
        wijk_code: input.wijkCode ?? null,
        application_received_on: input.applicationReceivedOn,
        questionnaire: JSON.stringify({}),
        responsible_user_id: responsible.id,
        created_by: ctx.actor.userId,
      })
      .returning(['id', 'number', 'questionnaire', 'subject_id'])
      .executeTakeFirstOrThrow();
    await addToTeam(trx, row.id, ctx.actor.userId, 'aanmaker');
    await addToTeam(trx, row.id, responsible.id, 'verantwoordelijke');
    const due = await scheduleDeadline(tctx, {
      recordType: BIBOB_RECORD_TYPE,
      recordId: row.id,
      recordLabel: labelOf({ number, applicant_name: input.applicantName }),
      kind: 'bibob_decision',
      from: input.applicationReceivedOn,
      period: input.decisionTerm,
      assigneeUserId: responsible.id,
      title: `Bibob: besluit op de aanvraag ${permitNames[input.permitType] ?? 'vergunning'}`,
      wijkCode: input.wijkCode ?? null,
    }).catch((error: unknown) => {
      // The engine names its own field (`period`); here it is the permit's decision term.
      if (error instanceof AppError && error.code === 'VALIDATION_FAILED') throw validation('body.decisionTerm', error.userMessage);
      throw error;
    });
    await trx.updateTable('bibob_screenings').set({ decision_due: due.dueOn }).where('id', '=', row.id).execute();
    if (subject) {
      await linkRecordToSubject(trx, {
        subjectId: subject.id,
        module: 'enforcement',
        recordType: BIBOB_RECORD_TYPE,
        recordId: row.id,
        caseNumber: number,
        label: `Bibob-screening ${number}`,
        role: 'aanvrager',
        confidentiality: input.confidentiality,
        createdBy: ctx.actor.userId,
      });
    }
    await trx
      .insertInto('bibob_history')
      .values({
        screening_id: row.id,
        from_status: null,
        to_status: 'questionnaire',
        note: '',
        data: JSON.stringify({ event: 'created', decisionTerm: input.decisionTerm, decisionDue: due.dueOn }),
        changed_by: ctx.actor.userId,
      })
      .execute();
    await recordTrail(tctx, {
      action: 'create',
      objectType: BIBOB_RECORD_TYPE,
      objectId: row.id,
      reason: `${input.permitType}; responsible ${responsible.id}`,
      ...processing('Bibob-screening vastgelegd', subjectsOf(row, subject?.kind ?? null)),
    });
    return { id: row.id, number };
  });
}

// ---- list --------------------------------------------------------------------------------------------

export interface ListFilter {
  status: 'open' | 'all' | BibobStatus;
  permitType?: string | undefined;
  mine?: 'true' | 'false' | undefined;
  limit: number;
}

export async function listScreenings(ctx: ServiceContext, filter: ListFilter): Promise<{ items: ListItem[] }> {
  const today = amsterdamToday();
  let query = ctx.db
    .selectFrom('bibob_screenings as b')
    .leftJoin('users as u', 'u.id', 'b.responsible_user_id')
    .leftJoin('areas as w', 'w.code', 'b.wijk_code')
    .select([
      'b.id',
      'b.number',
      'b.permit_type',
      'b.status',
      'b.applicant_name',
      'b.establishment_label',
      'b.wijk_code',
      'w.name as wijk_name',
      'b.decision_due',
      'b.lbb_due',
      'b.responsible_user_id',
      'u.display_name as responsible_name',
    ]);
  if (filter.status === 'open') query = query.where('b.status', '<>', 'closed');
  else if (filter.status !== 'all') query = query.where('b.status', '=', filter.status);
  if (filter.permitType) query = query.where('b.permit_type', '=', filter.permitType);
  if (filter.mine === 'true') query = query.where('b.responsible_user_id', '=', ctx.actor.userId);
  query = visibleTo(query, ctx.actor, { recordType: BIBOB_RECORD_TYPE, idColumn: 'b.id', confidentialityColumn: 'b.confidentiality' });
  const rows = await query.orderBy('b.decision_due').orderBy('b.number').limit(filter.limit).execute();
  await recordTrail(ctx, {
    action: 'search',
    objectType: 'bibob_screening_list',
    objectId: null,
    reason: `status=${filter.status} permitType=${filter.permitType ?? '*'} mine=${filter.mine ?? 'false'} rows=${rows.length}`,
    ...(rows.length > 0
      ? processing(
          'Bibob-screenings gezocht',
          rows.map((r) => ({ type: 'bibob_applicant', id: r.id })),
        )
      : {}),
  });
  return {
    items: rows.map((r) => {
      const status = statusOf(r);
      return {
        id: r.id,
        number: r.number,
        permitType: r.permit_type as ListItem['permitType'],
        status,
        applicantName: r.applicant_name,
        establishmentLabel: r.establishment_label,
        wijkCode: r.wijk_code,
        wijkName: r.wijk_name,
        decisionDue: r.decision_due,
        lbbDue: r.lbb_due,
        // While the LBB is asked the decision term is suspended: not late then.
        overdue: ['questionnaire', 'own_investigation', 'lbb_advised'].includes(status) && r.decision_due !== null && r.decision_due < today,
        responsible: r.responsible_user_id ? { id: r.responsible_user_id, name: r.responsible_name ?? '' } : null,
      };
    }),
  };
}

// ---- detail ------------------------------------------------------------------------------------------

const emptyQuestionnaire: QuestionnaireView = {
  applicantKind: null,
  kvkNumber: null,
  legalForm: null,
  tradeName: '',
  address: '',
  bsnChecked: false,
  financiers: [],
  control: [],
  management: [],
  financing: [],
  receivedOn: null,
  incomplete: null,
};

/** The stored questionnaire with every field present (a new screening stores `{}`). */
function questionnaireOf(value: unknown): QuestionnaireView {
  if (!value || typeof value !== 'object') return emptyQuestionnaire;
  return { ...emptyQuestionnaire, ...(value as Partial<QuestionnaireView>) };
}

function questionnaireDone(row: Pick<ScreeningRow, 'questionnaire' | 'questionnaire_received_on'>): boolean {
  return row.questionnaire_received_on !== null || questionnaireOf(row.questionnaire).incomplete !== null;
}

/** The whole screening as staff see it; recorded in the audit trail and the processing log. */
export async function getScreening(ctx: ServiceContext, id: string, options: { audit?: boolean } = {}): Promise<BibobDetail> {
  const row = await loadVisible(ctx, id);
  const db = ctx.db;
  const levels = levelsUpTo(ctx.actor.maxConfidentiality);
  const [wijk, responsible, creator, subject, measure, history, deadlines, writable] = await Promise.all([
    row.wijk_code ? db.selectFrom('areas').select('name').where('code', '=', row.wijk_code).executeTakeFirst() : undefined,
    row.responsible_user_id ? db.selectFrom('users').select(['id', 'display_name']).where('id', '=', row.responsible_user_id).executeTakeFirst() : undefined,
    db.selectFrom('users').select('display_name').where('id', '=', row.created_by).executeTakeFirst(),
    // The applicant from the registry, when the viewer may see its level (the link to this screening makes it need-to-know).
    row.subject_id
      ? db.selectFrom('subjects').select(['id', 'kind', 'label']).where('id', '=', row.subject_id).where('confidentiality', 'in', levels).executeTakeFirst()
      : undefined,
    row.measure_id
      ? visibleTo(db.selectFrom('measures as m').select(['m.id', 'm.number']).where('m.id', '=', row.measure_id), ctx.actor, {
          recordType: MEASURE_RECORD_TYPE,
          idColumn: 'm.id',
          confidentialityColumn: 'm.confidentiality',
        }).executeTakeFirst()
      : undefined,
    db
      .selectFrom('bibob_history as h')
      .leftJoin('users as u', 'u.id', 'h.changed_by')
      .select(['h.from_status', 'h.to_status', 'h.note', 'h.data', 'h.changed_at', 'u.display_name'])
      .where('h.screening_id', '=', row.id)
      .orderBy('h.id')
      .execute(),
    listDeadlines(db, BIBOB_RECORD_TYPE, row.id),
    canWrite(ctx, row),
  ]);
  if (options.audit !== false) {
    await recordTrail(ctx, {
      action: 'read',
      objectType: BIBOB_RECORD_TYPE,
      objectId: row.id,
      ...processing('Bibob-screening ingezien', subjectsOf(row, subject?.kind ?? null)),
    });
  }
  const status = statusOf(row);
  const today = amsterdamToday();
  const suspension = row.lbb_requested_on
    ? row.lbb_advice_on
      ? suspensionOf(row.lbb_requested_on, row.lbb_advice_on)
      : { ...suspensionOf(row.lbb_requested_on, today), until: null }
    : null;
  return {
    id: row.id,
    number: row.number,
    permitType: row.permit_type as BibobDetail['permitType'],
    status,
    statusChangedAt: row.status_changed_at.toISOString(),
    confidentiality: levelOf(row.confidentiality),
    applicantName: row.applicant_name,
    subject: subject ? { id: subject.id, kind: subject.kind, label: subject.label } : null,
    establishmentLabel: row.establishment_label,
    wijkCode: row.wijk_code,
    wijkName: wijk?.name ?? null,
    applicationReceivedOn: row.application_received_on,
    decisionDue: row.decision_due,
    questionnaire: questionnaireOf(row.questionnaire),
    questionnaireReceivedOn: row.questionnaire_received_on,
    ownFindings: row.own_findings,
    lbb: {
      requestedOn: row.lbb_requested_on,
      due: row.lbb_due,
      extended: row.lbb_extended,
      advice: (row.lbb_advice as BibobAdvice | null) ?? null,
      adviceOn: row.lbb_advice_on,
      summary: row.lbb_advice_summary,
    },
    suspension,
    decision:
      row.decision && row.decision_on
        ? {
            kind: row.decision as BibobDecision,
            on: row.decision_on,
            motivation: row.decision_motivation,
            conditions: row.conditions,
            measure: measure ? { id: measure.id, number: measure.number } : null,
          }
        : null,
    responsible: responsible ? { id: responsible.id, name: responsible.display_name } : null,
    createdBy: creator?.display_name ?? null,
    createdAt: row.created_at.toISOString(),
    allowedTransitions: [...allowedTransitions[status]],
    canWrite: writable,
    history: history.map((h) => {
      const data = (h.data ?? {}) as { event?: unknown };
      return {
        fromStatus: h.from_status && isBibobStatus(h.from_status) ? h.from_status : null,
        toStatus: isBibobStatus(h.to_status) ? h.to_status : 'questionnaire',
        event: typeof data.event === 'string' ? data.event : 'transition',
        note: h.note,
        changedBy: h.display_name,
        changedAt: h.changed_at.toISOString(),
      };
    }),
    deadlines,
  };
}

const afterChange = (ctx: ServiceContext, id: string) => getScreening(ctx, id, { audit: false });

/** One history line for a change that is not a step (questionnaire, findings, extension): from and to are the current status. */
async function historyEvent(ctx: ServiceContext, row: ScreeningRow, event: string, note: string, data: Record<string, unknown> = {}): Promise<void> {
  await ctx.db
    .insertInto('bibob_history')
    .values({
      screening_id: row.id,
      from_status: row.status,
      to_status: row.status,
      note,
      data: JSON.stringify({ event, ...data }),
      changed_by: ctx.actor.userId,
    })
    .execute();
}

/** Changes the row only when it is still in the status we checked, so two people cannot both move it. */
async function updateChecked(ctx: ServiceContext, row: ScreeningRow, values: Updateable<BibobScreeningTable>): Promise<void> {
  const updated = await ctx.db
    .updateTable('bibob_screenings')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', row.id)
    .where('status', '=', row.status)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw conflict('De screening is intussen door iemand anders gewijzigd. Vernieuw de pagina.');
}

// ---- questionnaire and findings ----------------------------------------------------------------------

export async function saveQuestionnaire(ctx: ServiceContext, id: string, input: QuestionnaireInput): Promise<BibobDetail> {
  const row = await requireWritable(ctx, id);
  const status = statusOf(row);
  if (!questionnaireEditable.includes(status)) {
    throw conflict(`In de stap "${statusNamesNl[status]}" kan de vragenlijst niet meer worden gewijzigd: het besluit is genomen.`);
  }
  const today = amsterdamToday();
  const errors: { path: string; message: string }[] = [];
  const checkDate = (path: string, value: string | null | undefined, notBefore: string | null, what: string) => {
    if (!value) return;
    if (!isIsoDate(value)) errors.push({ path, message: 'Deze datum bestaat niet.' });
    else if (value > today) errors.push({ path, message: `${what} kan niet in de toekomst liggen.` });
    else if (notBefore && value < notBefore) errors.push({ path, message: `${what} kan niet vóór de ontvangst van de aanvraag (${notBefore}) liggen.` });
  };
  checkDate('body.receivedOn', input.receivedOn, row.application_received_on, 'De ontvangst van de vragenlijst');
  input.control.forEach((p, i) => checkDate(`body.control.${i}.since`, p.since, null, 'De datum'));
  input.management.forEach((p, i) => checkDate(`body.management.${i}.since`, p.since, null, 'De datum'));
  if (input.applicantKind === 'legal_person') {
    if (!input.kvkNumber) errors.push({ path: 'body.kvkNumber', message: 'Een rechtspersoon staat in het Handelsregister: geef het KvK-nummer.' });
    if (!input.legalForm) errors.push({ path: 'body.legalForm', message: 'Kies de rechtsvorm van de rechtspersoon.' });
  }
  if (!input.receivedOn && !input.incomplete) {
    errors.push({
      path: 'body.receivedOn',
      message: 'Geef de datum van ontvangst, of leg vast dat de aanvrager de vragenlijst weigerde, niet terugstuurde of onvolledig invulde.',
    });
  }
  if (errors.length > 0) throw invalid(errors);
  const stored: QuestionnaireView = {
    applicantKind: input.applicantKind,
    kvkNumber: input.kvkNumber ?? null,
    legalForm: input.legalForm ?? null,
    tradeName: input.tradeName,
    address: input.address,
    bsnChecked: input.bsnChecked,
    financiers: input.financiers,
    control: input.control.map((p) => ({ ...p, since: p.since ?? null })),
    management: input.management.map((p) => ({ ...p, since: p.since ?? null })),
    financing: input.financing,
    receivedOn: input.receivedOn ?? null,
    incomplete: input.incomplete ?? null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    await updateChecked(tctx, row, { questionnaire: JSON.stringify(stored), questionnaire_received_on: stored.receivedOn });
    const note = stored.incomplete
      ? `Vragenlijst ${stored.incomplete.reason === 'refused' ? 'geweigerd' : stored.incomplete.reason === 'not_returned' ? 'niet teruggestuurd' : 'onvolledig ingevuld'}${stored.incomplete.note ? `: ${stored.incomplete.note}` : ''}`
      : `Vragenlijst ontvangen op ${stored.receivedOn}`;
    await historyEvent(tctx, row, 'questionnaire', note, { incomplete: stored.incomplete?.reason ?? null });
    await recordTrail(tctx, {
      action: 'update',
      objectType: BIBOB_RECORD_TYPE,
      objectId: row.id,
      reason: 'questionnaire',
      ...processing('Bibob-vragenlijst vastgelegd', subjectsOf({ ...row, questionnaire: stored }, null)),
    });
  });
  return afterChange(ctx, id);
}

export async function saveFindings(ctx: ServiceContext, id: string, findings: string): Promise<BibobDetail> {
  const row = await requireWritable(ctx, id);
  const status = statusOf(row);
  if (!findingsEditable.includes(status)) {
    throw conflict(
      status === 'questionnaire'
        ? 'Het eigen onderzoek begint na de vragenlijst: zet de screening eerst op "Eigen onderzoek".'
        : 'Het besluit is genomen: de bevindingen kunnen niet meer worden gewijzigd.',
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    await updateChecked(tctx, row, { own_findings: findings });
    await historyEvent(tctx, row, 'findings', 'Bevindingen eigen onderzoek bijgewerkt');
    await recordTrail(tctx, {
      action: 'update',
      objectType: BIBOB_RECORD_TYPE,
      objectId: row.id,
      reason: 'findings',
      ...processing('Bibob-bevindingen vastgelegd', subjectsOf(row, null)),
    });
  });
  return afterChange(ctx, id);
}

// ---- steps -------------------------------------------------------------------------------------------

/** The open decision deadline, as scheduled (from and period), to lengthen it by the suspension. */
/** The decision term suspended when the LBB advice was requested (Wet Bibob art. 15), to be scheduled again on the advice. */
async function suspendedDecisionDeadline(ctx: ServiceContext, id: string) {
  return ctx.db
    .selectFrom('enforcement_deadlines')
    .select(['id', 'from_date', 'period', 'due_on'])
    .where('record_type', '=', BIBOB_RECORD_TYPE)
    .where('record_id', '=', id)
    .where('kind', '=', 'bibob_decision')
    .where('status', '=', 'suspended')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

export async function transitionScreening(ctx: ServiceContext, id: string, input: TransitionInput): Promise<BibobDetail> {
  const row = await requireWritable(ctx, id);
  const from = statusOf(row);
  const to = input.to;
  const check = checkTransition(
    { ...input, from, to },
    {
      today: amsterdamToday(),
      applicationReceivedOn: row.application_received_on,
      questionnaireDone: questionnaireDone(row),
      storedFindings: row.own_findings,
      lbbRequestedOn: row.lbb_requested_on,
      lbbAdvice: (row.lbb_advice as BibobAdvice | null) ?? null,
      lbbAdviceOn: row.lbb_advice_on,
    },
  );
  if (!check.ok) {
    if (check.kind === 'conflict') throw conflict(check.message);
    throw invalid(check.problems.map((p) => ({ path: `body.${p.field}`, message: p.message })));
  }
  if (to === 'decision' && input.measureId) {
    await requireRecord(ctx, MEASURE_RECORD_TYPE, input.measureId, 'read').catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND') {
        throw validation('body.measureId', 'Deze maatregel bestaat niet of je hebt er geen toegang toe.');
      }
      throw error;
    });
  }
  const label = labelOf(row);
  const note = input.note?.trim() ?? '';
  const now = new Date();
  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const values: Updateable<BibobScreeningTable> = { status: to, status_changed_at: now };
    const data: Record<string, unknown> = { event: 'transition' };
    if (input.findings) values.own_findings = input.findings;

    if (to === 'lbb_requested') {
      const requestedOn = input.requestedOn!;
      const lbb = await scheduleDeadline(tctx, {
        recordType: BIBOB_RECORD_TYPE,
        recordId: row.id,
        recordLabel: label,
        kind: 'bibob_lbb_advice',
        from: requestedOn,
        period: LBB_ADVICE_PERIOD,
        assigneeUserId: row.responsible_user_id,
        title: 'Bibob: advies van het Landelijk Bureau Bibob verwacht',
        description: 'Het LBB adviseert binnen acht weken, eenmaal met vier weken te verlengen. De beslistermijn is opgeschort tot het advies er is.',
        wijkCode: row.wijk_code,
      });
      // The decision term stands still until the advice: its deadline and task are suspended, not overdue meanwhile.
      await settleDeadlines(tctx, BIBOB_RECORD_TYPE, row.id, ['bibob_decision'], 'suspended');
      values.lbb_requested_on = requestedOn;
      values.lbb_due = lbb.dueOn;
      data['lbbDue'] = lbb.dueOn;
    }

    if (to === 'lbb_advised') {
      const adviceOn = input.adviceOn!;
      await settleDeadlines(tctx, BIBOB_RECORD_TYPE, row.id, ['bibob_lbb_advice'], 'met');
      values.lbb_advice = input.advice!;
      values.lbb_advice_on = adviceOn;
      values.lbb_advice_summary = input.adviceSummary!.trim();
      // The decision term was suspended from the request until the advice (Wet Bibob art. 15, at most twelve
      // weeks): the same term from the same event, lengthened by the suspended days, computed again by the engine.
      const suspension = suspensionOf(row.lbb_requested_on ?? adviceOn, adviceOn);
      const suspended = await suspendedDecisionDeadline(tctx, row.id);
      if (suspended) {
        const period = suspension.days > 0 ? lengthenPeriod(suspended.period, { days: suspension.days }) : suspended.period;
        if (!period) throw validation('body.adviceOn', 'De opgeschorte beslistermijn kan niet worden verlengd.');
        const due = await scheduleDeadline(tctx, {
          recordType: BIBOB_RECORD_TYPE,
          recordId: row.id,
          recordLabel: label,
          kind: 'bibob_decision',
          from: suspended.from_date,
          period,
          assigneeUserId: row.responsible_user_id,
          title: `Bibob: besluit op de aanvraag ${permitNames[row.permit_type] ?? 'vergunning'}`,
          description: `De beslistermijn was opgeschort van ${suspension.from} tot ${suspension.until} (${suspension.days} dagen${suspension.capped ? ', het maximum van twaalf weken' : ''}, Wet Bibob art. 15): de oorspronkelijke termijn ${suspended.period} plus ${suspension.days} dagen, vanaf ${suspended.from_date}.`,
          wijkCode: row.wijk_code,
        });
        values.decision_due = due.dueOn;
        data['suspension'] = { ...suspension, previousDue: suspended.due_on, decisionDue: due.dueOn, period };
      }
    }

    if (to === 'decision') {
      values.decision = input.decision!;
      values.decision_on = input.decisionOn!;
      values.decision_motivation = input.motivation?.trim() ?? '';
      values.conditions = input.conditions?.trim() ?? '';
      values.measure_id = input.measureId ?? null;
      await settleDeadlines(tctx, BIBOB_RECORD_TYPE, row.id, ['bibob_decision'], 'met');
      await settleDeadlines(tctx, BIBOB_RECORD_TYPE, row.id, ['bibob_lbb_advice'], 'cancelled');
      data['decision'] = input.decision;
    }

    await updateChecked(tctx, row, values);
    await trx
      .insertInto('bibob_history')
      .values({ screening_id: row.id, from_status: from, to_status: to, note, data: JSON.stringify(data), changed_by: ctx.actor.userId, changed_at: now })
      .execute();
    await recordTrail(tctx, {
      action: 'transition',
      objectType: BIBOB_RECORD_TYPE,
      objectId: row.id,
      reason: `${from} -> ${to}`,
      ...processing('Bibob-screening: stap gezet', subjectsOf(row, null)),
    });
  });
  return afterChange(ctx, id);
}

/** The LBB extends its advice term once, by four weeks (Justis): the advice deadline moves to twelve weeks after the request. */
export async function extendLbbTerm(ctx: ServiceContext, id: string, motivation: string): Promise<BibobDetail> {
  const row = await requireWritable(ctx, id);
  const status = statusOf(row);
  if (status !== 'lbb_requested' || !row.lbb_requested_on) {
    throw conflict(`De adviestermijn van het LBB kan alleen worden verlengd terwijl het advies is gevraagd; de screening staat op "${statusNamesNl[status]}".`);
  }
  if (row.lbb_extended) throw conflict('De adviestermijn van het LBB is al eens met vier weken verlengd; dat kan maar één keer.');
  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    await settleDeadlines(tctx, BIBOB_RECORD_TYPE, row.id, ['bibob_lbb_advice'], 'cancelled');
    const due = await scheduleDeadline(tctx, {
      recordType: BIBOB_RECORD_TYPE,
      recordId: row.id,
      recordLabel: labelOf(row),
      kind: 'bibob_lbb_advice',
      from: row.lbb_requested_on!,
      period: LBB_EXTENDED_PERIOD,
      assigneeUserId: row.responsible_user_id,
      title: 'Bibob: advies van het Landelijk Bureau Bibob verwacht (verlengd)',
      description: `Het LBB verlengde de adviestermijn met vier weken: ${motivation}`,
      wijkCode: row.wijk_code,
    });
    await updateChecked(tctx, row, { lbb_extended: true, lbb_due: due.dueOn });
    await historyEvent(tctx, row, 'lbb_extension', motivation, { lbbDue: due.dueOn, previousDue: row.lbb_due });
    await recordTrail(tctx, {
      action: 'update',
      objectType: BIBOB_RECORD_TYPE,
      objectId: row.id,
      reason: 'lbb extension',
      ...processing('Bibob: adviestermijn LBB verlengd', subjectsOf(row, null)),
    });
  });
  return afterChange(ctx, id);
}

/** Services for seeding demo data through the same rules as the API. */
export const bibobServices = { createScreening, saveQuestionnaire, saveFindings, transitionScreening, extendLbbTerm, getScreening };
