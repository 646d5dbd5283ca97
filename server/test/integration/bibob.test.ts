import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BibobDetail, ListItem } from '../../src/modules/enforcement/bibob.schemas.js';
import { seedBibobDemo } from '../../src/modules/enforcement/index.js';
import { createTestApp, type Signed, type TestApp } from '../harness.js';

let t: TestApp;
let jurist: Signed;
let otherJurist: Signed;
let analyst: Signed;
let inspector: Signed;
let seniorInspector: Signed;
let admin: Signed;
let management: Signed;

const base = '/api/v1/enforcement/bibob';
const post = (who: Signed, url: string, payload: unknown) => t.as(who, { method: 'POST', url, payload });
const put = (who: Signed, url: string, payload: unknown) => t.as(who, { method: 'PUT', url, payload });
const paths = (res: { json(): unknown }) => (res.json() as { errors?: { path: string }[] }).errors?.map((e) => e.path) ?? [];
const messageAt = (res: { json(): unknown }, path: string) =>
  (res.json() as { errors?: { path: string; message: string }[] }).errors?.find((e) => e.path === path)?.message;

async function detail(who: Signed, id: string): Promise<BibobDetail> {
  const res = await t.as(who, { method: 'GET', url: `${base}/${id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function list(who: Signed, query = ''): Promise<ListItem[]> {
  const res = await t.as(who, { method: 'GET', url: `${base}${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: ListItem[] }).items;
}

function application(extra: Record<string, unknown> = {}) {
  return {
    permitType: 'exploitatievergunning',
    applicantName: 'Café De Gouden Kraan B.V.',
    establishmentLabel: 'Oudegracht 300, Utrecht',
    applicationReceivedOn: '2026-03-02',
    responsibleUserId: jurist.user.id,
    ...extra,
  };
}

async function create(extra: Record<string, unknown> = {}, who: Signed = jurist): Promise<string> {
  const res = await post(who, base, application(extra));
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { id: string }).id;
}

const questionnaire = {
  applicantKind: 'legal_person',
  kvkNumber: '12345678',
  legalForm: 'bv',
  tradeName: 'De Gouden Kraan',
  address: 'Oudegracht 300, 3511 PA Utrecht',
  bsnChecked: true,
  financiers: [
    { name: 'Rabobank', amount: 150000, kind: 'bank_loan' },
    { name: 'J. Jansen', amount: 40000, kind: 'private_loan' },
  ],
  control: [{ name: 'J. Jansen', role: 'aandeelhouder 60%', since: '2024-01-01' }],
  management: [{ name: 'P. de Boer', role: 'bestuurder', since: '2025-06-01' }],
  financing: [
    { source: 'Lening bank', amount: 150000 },
    { source: 'Eigen vermogen', amount: 10000 },
  ],
  receivedOn: '2026-03-05',
};

async function toInvestigation(id: string, who: Signed = jurist, receivedOn = questionnaire.receivedOn): Promise<void> {
  const res0 = await put(who, `${base}/${id}/questionnaire`, { ...questionnaire, receivedOn });
  expect(res0.statusCode, res0.body).toBe(200);
  const res = await post(who, `${base}/${id}/transitions`, { to: 'own_investigation' });
  expect(res.statusCode, res.body).toBe(200);
}

async function openDeadlines(id: string, kind: string) {
  return t.db
    .selectFrom('enforcement_deadlines')
    .select(['due_on', 'period', 'from_date', 'reasons', 'task_id'])
    .where('record_id', '=', id)
    .where('kind', '=', kind)
    .where('status', '=', 'open')
    .execute();
}

beforeAll(async () => {
  t = await createTestApp();
  jurist = await t.signIn(await t.createUser({ role: 'lawyer', maxConfidentiality: 'confidentieel' }));
  otherJurist = await t.signIn(await t.createUser({ role: 'lawyer', maxConfidentiality: 'confidentieel' }));
  analyst = await t.signIn(await t.createUser({ role: 'analyst', maxConfidentiality: 'geheim' }));
  inspector = await t.signIn(await t.createUser({ role: 'inspector', maxConfidentiality: 'vertrouwelijk' }));
  seniorInspector = await t.signIn(await t.createUser({ role: 'inspector', maxConfidentiality: 'confidentieel' }));
  admin = await t.signIn(await t.createUser({ role: 'admin', maxConfidentiality: 'intern' }));
  management = await t.signIn(await t.createUser({ role: 'management' }));
});
afterAll(() => t.close());

describe('creating a screening', () => {
  it('numbers it, makes it confidentieel, puts creator and responsible on the team and schedules the decision term', async () => {
    const res = await post(analyst, base, application());
    expect(res.statusCode, res.body).toBe(201);
    const { id, number } = res.json() as { id: string; number: string };
    expect(number).toMatch(/^B-\d{4}-\d{5}$/);
    const seen = await detail(jurist, id);
    expect(seen).toMatchObject({
      status: 'questionnaire',
      confidentiality: 'confidentieel',
      permitType: 'exploitatievergunning',
      responsible: { id: jurist.user.id },
      allowedTransitions: ['own_investigation'],
      canWrite: true,
    });
    // P8W from receipt on Monday 2 March 2026 ends on Monday 27 April: Koningsdag, so Tuesday 28 April (Atw art. 1).
    expect(seen.decisionDue).toBe('2026-04-28');
    expect(seen.deadlines).toEqual([expect.objectContaining({ kind: 'bibob_decision', period: 'P8W', dueOn: '2026-04-28', status: 'open' })]);
    expect(seen.deadlines[0]!.reasons.map((r) => r.rule)).toEqual(['awb_6_8', 'atw_1']);
    const team = await t.db.selectFrom('record_team').select(['user_id', 'team_role']).where('record_id', '=', id).execute();
    expect(team.map((m) => m.user_id).sort()).toEqual([analyst.user.id, jurist.user.id].sort());
    const tasks = await t.as(jurist, { method: 'GET', url: '/api/v1/tasks/mine' });
    expect(tasks.json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ recordType: 'bibob_screening', recordId: id, dueDate: '2026-04-28' })]),
    );
    expect(seen.history).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'questionnaire', event: 'created' })]);
  });

  it('takes the statutory term of the permit as an ISO 8601 duration', async () => {
    const id = await create({ decisionTerm: 'P12W' });
    // 12 weeks after 2 March 2026: Monday 25 May, Tweede Pinksterdag → Tuesday 26 May.
    expect((await detail(jurist, id)).decisionDue).toBe('2026-05-26');
  });

  it('refuses bad input with the exact path, and stores nothing', async () => {
    const before = await t.db.selectFrom('bibob_screenings').select('id').execute();
    const address = await post(jurist, '/api/v1/registry/subjects', {
      kind: 'address',
      postcode: '3511 PA',
      houseNumber: '300',
      street: 'Oudegracht',
      place: 'Utrecht',
      premisesType: 'lokaal',
      source: 'BAG',
    });
    expect(address.statusCode, address.body).toBe(201);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ applicationReceivedOn: '2099-01-01' }, 'body.applicationReceivedOn', /toekomst/],
      [{ applicationReceivedOn: '2026-02-30' }, 'body.applicationReceivedOn', /bestaat niet/],
      [{ permitType: 'kapvergunning' }, 'body.permitType', /soort vergunning/],
      [{ applicantName: '  ' }, 'body.applicantName', /naam van de aanvrager/],
      [{ decisionTerm: '8 weken' }, 'body.decisionTerm', /ISO 8601/],
      [{ responsibleUserId: inspector.user.id }, 'body.responsibleUserId', /jurist of analist/],
      [{ confidentiality: 'geheim' }, 'body.confidentiality', /vertrouwelijkheidsniveau/],
      [{ subjectId: (address.json() as { subject: { id: string } }).subject.id }, 'body.subjectId', /persoon of een organisatie/],
      [{ bsn: '123456782' }, 'body.bsn', /Onbekend veld/],
    ];
    for (const [extra, path, message] of cases) {
      const res = await post(jurist, base, application(extra));
      expect(res.statusCode, `${path}: ${res.body}`).toBe(400);
      expect(messageAt(res, path), `${path}: ${res.body}`).toMatch(message);
    }
    expect(await t.db.selectFrom('bibob_screenings').select('id').execute()).toHaveLength(before.length);
  });

  it('links a registry organisation as the applicant, shown to the team', async () => {
    const org = await post(jurist, '/api/v1/registry/subjects', {
      kind: 'organisation',
      kvkNumber: '87654321',
      name: 'De Gouden Kraan B.V.',
      source: 'KvK',
    });
    expect(org.statusCode, org.body).toBe(201);
    const subjectId = (org.json() as { subject: { id: string } }).subject.id;
    const id = await create({ subjectId });
    expect((await detail(jurist, id)).subject).toMatchObject({ id: subjectId, kind: 'organisation' });
  });
});

describe('need-to-know', () => {
  it('shows a screening to its team and analysts up to their level, not to others; denials are audited', async () => {
    const id = await create();
    await t.db
      .insertInto('record_team')
      .values([
        { record_type: 'bibob_screening', record_id: id, user_id: inspector.user.id, team_role: 'toezicht' },
        { record_type: 'bibob_screening', record_id: id, user_id: seniorInspector.user.id, team_role: 'toezicht' },
      ])
      .execute();
    // On the team, but vertrouwelijk is below confidentieel (Wet Bibob art. 28): not even its existence.
    expect((await t.as(inspector, { method: 'GET', url: `${base}/${id}` })).statusCode).toBe(404);
    expect((await list(inspector, '?status=all')).map((i) => i.id)).not.toContain(id);
    expect((await post(inspector, `${base}/${id}/transitions`, { to: 'own_investigation' })).statusCode).toBe(404);
    // On the team at confidentieel: visible.
    expect((await detail(seniorInspector, id)).id).toBe(id);
    // Not on the team: hidden, even for a lawyer at confidentieel.
    expect((await t.as(otherJurist, { method: 'GET', url: `${base}/${id}` })).statusCode).toBe(404);
    expect((await list(otherJurist, '?status=all')).map((i) => i.id)).not.toContain(id);
    // Analysts read all up to their level.
    expect((await list(analyst, '?status=all')).map((i) => i.id)).toContain(id);
    expect((await t.as(admin, { method: 'GET', url: base })).statusCode).toBe(403);
    expect((await t.as(management, { method: 'GET', url: `${base}/${id}` })).statusCode).toBe(403);
    const denials = await t.db.selectFrom('audit_events').select('actor_user_id').where('object_id', '=', id).where('action', '=', 'deny').execute();
    expect(denials.map((d) => d.actor_user_id)).toEqual(expect.arrayContaining([inspector.user.id, otherJurist.user.id]));
  });

  it('records every read in the audit trail and the processing log', async () => {
    const id = await create();
    await put(jurist, `${base}/${id}/questionnaire`, questionnaire);
    await detail(jurist, id);
    const reads = await t.db.selectFrom('audit_events').select('action').where('object_id', '=', id).where('action', '=', 'read').execute();
    expect(reads).toHaveLength(1);
    const lines = await t.db
      .selectFrom('processing_log')
      .select(['activity_code', 'data_subject_type', 'name'])
      .where('activity_code', '=', 'administrative_enforcement')
      .where('name', '=', 'Bibob-screening ingezien')
      .execute();
    expect(lines.map((l) => l.data_subject_type)).toEqual(expect.arrayContaining(['bibob_applicant', 'bibob_questionnaire_persons']));
  });

  it('filters the list by status, permit type and mine', async () => {
    const mine = await create({ permitType: 'alcoholwet' });
    const theirs = await create({ permitType: 'alcoholwet', responsibleUserId: analyst.user.id });
    const alcohol = await list(jurist, '?permitType=alcoholwet');
    expect(alcohol.map((i) => i.id)).toEqual(expect.arrayContaining([mine, theirs]));
    expect(alcohol.every((i) => i.permitType === 'alcoholwet')).toBe(true);
    const own = await list(jurist, '?permitType=alcoholwet&mine=true');
    expect(own.map((i) => i.id)).toEqual([mine]);
    expect((await list(jurist, '?status=closed')).map((i) => i.id)).not.toContain(mine);
    const bad = await t.as(jurist, { method: 'GET', url: `${base}?status=klaar` });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['query.status']);
  });
});

describe('the questionnaire', () => {
  it('keeps no BSN, only whether it was checked', async () => {
    const id = await create();
    const res = await put(jurist, `${base}/${id}/questionnaire`, { ...questionnaire, bsn: '123456782' });
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(['body.bsn']);
    const ok = await put(jurist, `${base}/${id}/questionnaire`, questionnaire);
    expect(ok.statusCode, ok.body).toBe(200);
    const stored = await t.db
      .selectFrom('bibob_screenings')
      .select(['questionnaire', 'questionnaire_received_on'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored.questionnaire)).not.toMatch(/bsn"\s*:\s*"/i);
    expect(stored).toMatchObject({ questionnaire_received_on: '2026-03-05', questionnaire: { bsnChecked: true, kvkNumber: '12345678' } });
    expect((ok.json() as BibobDetail).questionnaire.financiers).toHaveLength(2);
  });

  it('refuses bad rows with their exact path, and changes nothing', async () => {
    const id = await create();
    const cases: [Record<string, unknown>, string][] = [
      [{ kvkNumber: '1234567' }, 'body.kvkNumber'],
      [{ kvkNumber: null }, 'body.kvkNumber'],
      [{ financiers: [questionnaire.financiers[0], { name: 'X', amount: -5, kind: 'bank_loan' }] }, 'body.financiers.1.amount'],
      [{ financiers: [{ name: 'X', amount: 5, kind: 'crypto' }] }, 'body.financiers.0.kind'],
      [{ control: [{ name: 'A', role: 'aandeelhouder', since: '2026-02-31' }] }, 'body.control.0.since'],
      [{ management: [{ name: '', role: 'bestuurder' }] }, 'body.management.0.name'],
      [{ financing: [{ source: 'Bank', amount: 'veel' }] }, 'body.financing.0.amount'],
      [{ receivedOn: '2026-03-01' }, 'body.receivedOn'],
      [{ receivedOn: null }, 'body.receivedOn'],
    ];
    for (const [extra, path] of cases) {
      const res = await put(jurist, `${base}/${id}/questionnaire`, { ...questionnaire, ...extra });
      expect(res.statusCode, `${path}: ${res.body}`).toBe(400);
      expect(paths(res), res.body).toContain(path);
    }
    const seen = await detail(jurist, id);
    expect(seen.questionnaireReceivedOn).toBeNull();
    expect(seen.history).toHaveLength(1);
  });

  it('records a refused questionnaire, which lets the investigation start (it counts, Wet Bibob art. 4)', async () => {
    const id = await create();
    const early = await post(jurist, `${base}/${id}/transitions`, { to: 'own_investigation' });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toMatch(/vragenlijst/);
    const res = await put(jurist, `${base}/${id}/questionnaire`, {
      applicantKind: 'natural_person',
      receivedOn: null,
      incomplete: { reason: 'refused', note: 'Aanvrager weigert de vragen over financiers te beantwoorden.' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as BibobDetail).questionnaire.incomplete).toEqual({ reason: 'refused', note: expect.stringContaining('weigert') });
    const moved = await post(jurist, `${base}/${id}/transitions`, { to: 'own_investigation' });
    expect(moved.statusCode, moved.body).toBe(200);
  });
});

describe('steps', () => {
  it('refuses a step out of order with 409 saying what is possible, and changes nothing', async () => {
    const id = await create();
    const res = await post(jurist, `${base}/${id}/transitions`, { to: 'decision', decision: 'grant', decisionOn: '2026-04-01' });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe('Van "Vragenlijst" kan de screening niet naar "Besluit genomen"; mogelijk is alleen "Eigen onderzoek".');
    const seen = await detail(jurist, id);
    expect(seen.status).toBe('questionnaire');
    expect(seen.decision).toBeNull();
    expect(seen.history).toHaveLength(1);
  });

  it('decides without advice: refusal needs a motivation of 50 characters; the decision deadline is met', async () => {
    const id = await create();
    await toInvestigation(id);
    const noFindings = await post(jurist, `${base}/${id}/transitions`, {
      to: 'decision',
      decision: 'refuse',
      decisionOn: '2026-04-10',
      motivation: 'Ernstig gevaar.',
    });
    expect(noFindings.statusCode).toBe(400);
    expect(paths(noFindings)).toEqual(['body.findings', 'body.motivation']);
    expect((await put(jurist, `${base}/${id}/findings`, { findings: 'Politie-informatie: financier veroordeeld voor witwassen (2023).' })).statusCode).toBe(
      200,
    );
    const conditions = await post(jurist, `${base}/${id}/transitions`, {
      to: 'decision',
      decision: 'refuse',
      decisionOn: '2026-04-10',
      motivation: 'x'.repeat(60),
      conditions: 'Sluitingstijd 01.00 uur.',
    });
    expect(paths(conditions)).toEqual(['body.conditions']);
    expect((await detail(jurist, id)).status).toBe('own_investigation');
    const motivation =
      'Ernstig gevaar (art. 3 lid 1 onder a): de financier haalt voordeel uit witwassen; het eigen onderzoek bevestigt dit, en weigeren is evenredig (art. 3 lid 5).';
    const res = await post(jurist, `${base}/${id}/transitions`, { to: 'decision', decision: 'refuse', decisionOn: '2026-04-10', motivation });
    expect(res.statusCode, res.body).toBe(200);
    const decided = res.json() as BibobDetail;
    expect(decided).toMatchObject({
      status: 'decision',
      decision: { kind: 'refuse', on: '2026-04-10', motivation, conditions: '' },
      allowedTransitions: ['closed'],
    });
    expect(decided.deadlines).toEqual([expect.objectContaining({ kind: 'bibob_decision', status: 'met' })]);
    const closed = await post(jurist, `${base}/${id}/transitions`, { to: 'closed', note: 'Besluit verzonden.' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((closed.json() as BibobDetail).allowedTransitions).toEqual([]);
    const again = await post(jurist, `${base}/${id}/transitions`, { to: 'closed' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/geen stappen meer mogelijk/);
    expect((await put(jurist, `${base}/${id}/questionnaire`, questionnaire)).statusCode).toBe(409);
  });

  it('suspends the decision term from the LBB request until the advice, landing past Tweede Pinksterdag', async () => {
    const id = await create();
    await toInvestigation(id);
    const oldTask = (await openDeadlines(id, 'bibob_decision'))[0]!.task_id;
    const requested = await post(jurist, `${base}/${id}/transitions`, {
      to: 'lbb_requested',
      requestedOn: '2026-03-16',
      findings: 'Open bronnen: eerdere onderneming failliet; register: zakelijke relatie met veroordeelde.',
    });
    expect(requested.statusCode, requested.body).toBe(200);
    const waiting = requested.json() as BibobDetail;
    // Eight weeks from Monday 16 March 2026: Monday 11 May.
    expect(waiting.lbb).toMatchObject({ requestedOn: '2026-03-16', due: '2026-05-11', extended: false });
    expect(waiting.suspension).toMatchObject({ from: '2026-03-16', until: null });
    expect((await openDeadlines(id, 'bibob_lbb_advice')).map((d) => d.due_on)).toEqual(['2026-05-11']);
    // While the advice is awaited the decision term stands still: no open decision deadline, its task closed.
    expect(await openDeadlines(id, 'bibob_decision')).toEqual([]);
    expect(waiting.deadlines.find((d) => d.kind === 'bibob_decision')?.status).toBe('suspended');
    expect((await t.db.selectFrom('tasks').select('status').where('id', '=', oldTask!).executeTakeFirstOrThrow()).status).toBe('done');

    const early = await post(jurist, `${base}/${id}/transitions`, {
      to: 'lbb_advised',
      advice: 'serious',
      adviceOn: '2026-03-15',
      adviceSummary: 'Ernstig gevaar.',
    });
    expect(early.statusCode).toBe(400);
    expect(paths(early)).toEqual(['body.adviceOn']);

    const advised = await post(jurist, `${base}/${id}/transitions`, {
      to: 'lbb_advised',
      advice: 'lesser',
      adviceOn: '2026-04-13',
      adviceSummary: 'Mindere mate van gevaar: zakelijk samenwerkingsverband met een veroordeelde.',
    });
    expect(advised.statusCode, advised.body).toBe(200);
    const seen = advised.json() as BibobDetail;
    // 28 days suspended (16 March up to 13 April). The term was P8W from 2 March, nominally ending Monday 27 April;
    // plus 28 days is Monday 25 May 2026, Tweede Pinksterdag: the end moves to Tuesday 26 May (Atw art. 1).
    expect(seen.suspension).toEqual({ from: '2026-03-16', until: '2026-04-13', days: 28, capped: false });
    expect(seen.decisionDue).toBe('2026-05-26');
    const open = await openDeadlines(id, 'bibob_decision');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ from_date: '2026-03-02', period: 'P8W28D', due_on: '2026-05-26' });
    expect(open[0]!.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'atw_1', text: expect.stringContaining('Tweede Pinksterdag') })]));
    expect(seen.deadlines.filter((d) => d.kind === 'bibob_decision').map((d) => d.status)).toEqual(['suspended', 'open']);
    expect(seen.deadlines.find((d) => d.kind === 'bibob_lbb_advice')?.status).toBe('met');

    const noConditions = await post(jurist, `${base}/${id}/transitions`, { to: 'decision', decision: 'grant_with_conditions', decisionOn: '2026-05-01' });
    expect(noConditions.statusCode).toBe(400);
    expect(paths(noConditions)).toEqual(['body.conditions']);
    const beforeAdvice = await post(jurist, `${base}/${id}/transitions`, {
      to: 'decision',
      decision: 'grant_with_conditions',
      decisionOn: '2026-04-12',
      conditions: 'Geen wijziging van leidinggevenden zonder toestemming.',
    });
    expect(paths(beforeAdvice)).toEqual(['body.decisionOn']);
    const decided = await post(jurist, `${base}/${id}/transitions`, {
      to: 'decision',
      decision: 'grant_with_conditions',
      decisionOn: '2026-05-01',
      conditions: 'Geen wijziging van leidinggevenden zonder toestemming.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect((decided.json() as BibobDetail).deadlines.filter((d) => d.status === 'open')).toEqual([]);
  });

  it('lengthens the term as counted, not the end already moved by the Atw', async () => {
    // Received Saturday 7 March 2026: P8W ends nominally Saturday 2 May, moved to Monday 4 May.
    const id = await create({ applicationReceivedOn: '2026-03-07' });
    expect((await detail(jurist, id)).decisionDue).toBe('2026-05-04');
    await toInvestigation(id, jurist, '2026-03-09');
    await post(jurist, `${base}/${id}/transitions`, { to: 'lbb_requested', requestedOn: '2026-03-20', findings: 'Register nagelopen.' });
    const res = await post(jurist, `${base}/${id}/transitions`, { to: 'lbb_advised', advice: 'none', adviceOn: '2026-03-30', adviceSummary: 'Geen gevaar.' });
    expect(res.statusCode, res.body).toBe(200);
    // 2 May plus 10 days is Tuesday 12 May; counting from the moved end would give 14 May (Hemelvaartsdag).
    expect((res.json() as BibobDetail).decisionDue).toBe('2026-05-12');
  });

  it('extends the advice term once by four weeks, with a motivation', async () => {
    const id = await create();
    await toInvestigation(id);
    const tooEarly = await post(jurist, `${base}/${id}/lbb-extension`, { motivation: 'Aanvullende vragen aan de Belastingdienst.' });
    expect(tooEarly.statusCode).toBe(409);
    await post(jurist, `${base}/${id}/transitions`, { to: 'lbb_requested', requestedOn: '2026-03-16', findings: 'Register nagelopen.' });
    const short = await post(jurist, `${base}/${id}/lbb-extension`, { motivation: 'kort' });
    expect(short.statusCode).toBe(400);
    expect(paths(short)).toEqual(['body.motivation']);
    const res = await post(jurist, `${base}/${id}/lbb-extension`, { motivation: 'Het LBB wacht op informatie van de Belastingdienst.' });
    expect(res.statusCode, res.body).toBe(200);
    const seen = res.json() as BibobDetail;
    // Twelve weeks from Monday 16 March 2026: Monday 8 June.
    expect(seen.lbb).toMatchObject({ due: '2026-06-08', extended: true });
    expect(seen.deadlines.filter((d) => d.kind === 'bibob_lbb_advice').map((d) => [d.status, d.dueOn])).toEqual([
      ['cancelled', '2026-05-11'],
      ['open', '2026-06-08'],
    ]);
    expect(seen.history.at(-1)).toMatchObject({ event: 'lbb_extension', note: 'Het LBB wacht op informatie van de Belastingdienst.' });
    const twice = await post(jurist, `${base}/${id}/lbb-extension`, { motivation: 'Nog een keer verlengen graag.' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toMatch(/maar één keer/);
    expect((await openDeadlines(id, 'bibob_lbb_advice')).map((d) => d.due_on)).toEqual(['2026-06-08']);
  });

  it('asks a motivation when granting against advice of serious danger, and links a visible measure only', async () => {
    const id = await create();
    await toInvestigation(id);
    await post(jurist, `${base}/${id}/transitions`, { to: 'lbb_requested', requestedOn: '2026-03-16', findings: 'Register nagelopen.' });
    await post(jurist, `${base}/${id}/transitions`, {
      to: 'lbb_advised',
      advice: 'serious',
      adviceOn: '2026-04-01',
      adviceSummary: 'Ernstig gevaar, a-grond.',
    });
    const grant = await post(jurist, `${base}/${id}/transitions`, { to: 'decision', decision: 'grant', decisionOn: '2026-04-20' });
    expect(paths(grant)).toEqual(['body.motivation']);
    const unknownMeasure = await post(jurist, `${base}/${id}/transitions`, {
      to: 'decision',
      decision: 'revoke',
      decisionOn: '2026-04-20',
      motivation: 'Ernstig gevaar (art. 3 lid 1 onder b); eigen onderzoek bevestigt het advies; intrekken is evenredig.',
      measureId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownMeasure.statusCode).toBe(400);
    expect(paths(unknownMeasure)).toEqual(['body.measureId']);
    expect((await detail(jurist, id)).status).toBe('lbb_advised');
  });

  it('refuses changes by someone who may only read', async () => {
    const partner = await t.signIn(await t.createUser({ role: 'partner', maxConfidentiality: 'confidentieel' }));
    const id = await create();
    await t.db.insertInto('record_team').values({ record_type: 'bibob_screening', record_id: id, user_id: partner.user.id, team_role: 'partner' }).execute();
    expect((await detail(partner, id)).canWrite).toBe(false);
    expect((await put(partner, `${base}/${id}/questionnaire`, questionnaire)).statusCode).toBe(403);
  });
});

describe('demo', () => {
  it('seeds one screening waiting for LBB advice and one granted with conditions, once', async () => {
    const demoJurist = await t.signIn(await t.createUser({ role: 'lawyer', username: 'jurist', maxConfidentiality: 'confidentieel' }));
    // Runs once: screenings made by the tests above are cleared first.
    await t.db.deleteFrom('bibob_screenings').execute();
    await seedBibobDemo(t.db, t.config);
    await seedBibobDemo(t.db, t.config);
    const items = await list(demoJurist, '?status=all');
    expect(items.map((i) => [i.permitType, i.status])).toEqual(
      expect.arrayContaining([
        ['exploitatievergunning', 'lbb_requested'],
        ['alcoholwet', 'decision'],
      ]),
    );
    expect(items).toHaveLength(2);
    const waiting = await detail(demoJurist, items.find((i) => i.status === 'lbb_requested')!.id);
    expect(waiting).toMatchObject({ confidentiality: 'confidentieel', responsible: { id: demoJurist.user.id }, lbb: { extended: false } });
    expect(waiting.deadlines.filter((d) => d.status === 'open').map((d) => d.kind)).toEqual(['bibob_lbb_advice']);
    expect(waiting.deadlines.filter((d) => d.status === 'suspended').map((d) => d.kind)).toEqual(['bibob_decision']);
    const decided = await detail(demoJurist, items.find((i) => i.status === 'decision')!.id);
    expect(decided.decision).toMatchObject({ kind: 'grant_with_conditions' });
  });
});
