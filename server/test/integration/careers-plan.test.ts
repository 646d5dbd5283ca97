import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncActionWithTask } from '../../src/modules/careers/actions.js';
import { seedPlanDemo } from '../../src/modules/careers/plan.demo.js';
import type { AssessmentView, DomainInfo, PlanView, TrendView } from '../../src/modules/careers/plan.schemas.js';
import { amsterdamToday } from '../../src/modules/tasks/index.js';
import { createTestApp, type Signed, type TestApp, type TestUser } from '../harness.js';

/**
 * Assessments, trend, plan and daytime activities of a trajectory. Trajectories are inserted directly (phase plan,
 * with a case team) so these tests do not depend on the referral and intake endpoints.
 */

let t: TestApp;
let regisseur: Signed;
let school: Signed;
let zorg: Signed;
let politie: Signed;
let outsider: Signed;
/** Can write (records:write) but belongs to a school: health and justice are hidden from them. */
let schoolWriter: Signed;
let trajectoryId: string;

const paths = (res: { json(): unknown }) => (res.json() as { errors?: { path: string }[] }).errors?.map((e) => e.path) ?? [];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const today = amsterdamToday();

let counter = 0;
async function insertTrajectory(phase: string, team: { user: TestUser; role: string }[], regisseurId: string, app: TestApp = t): Promise<string> {
  counter += 1;
  const referrer = team[0]!.user;
  const org = await app.db.selectFrom('users').select('organisation_id').where('id', '=', referrer.id).executeTakeFirstOrThrow();
  const row = await app.db
    .insertInto('trajectories')
    .values({
      number: `PGA-TEST-${Date.now()}-${counter}`,
      given_names: 'Testjongere',
      surname: `Plan${counter}`,
      date_of_birth: '2010-04-01',
      referrer_org_id: org.organisation_id,
      referrer_user_id: referrer.id,
      referral_reason: 'Signalen van ronselen bij school.',
      referred_on: addDays(today, -120),
      legal_basis_code: 'zvh_covenant',
      target_group: 'jonge_aanwas',
      phase,
      regisseur_user_id: regisseurId,
      created_by: referrer.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await app.db
    .insertInto('record_team')
    .values(team.map((m) => ({ record_type: 'trajectory', record_id: row.id, user_id: m.user.id, team_role: m.role })))
    .execute();
  return row.id;
}

async function counts(id: string) {
  const [a, s, g, p, d, tk] = await Promise.all([
    t.db
      .selectFrom('career_assessments')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('trajectory_id', '=', id)
      .executeTakeFirstOrThrow(),
    t.db
      .selectFrom('career_assessment_scores as s')
      .innerJoin('career_assessments as a', 'a.id', 's.assessment_id')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('a.trajectory_id', '=', id)
      .executeTakeFirstOrThrow(),
    t.db
      .selectFrom('plan_goals')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('trajectory_id', '=', id)
      .executeTakeFirstOrThrow(),
    t.db
      .selectFrom('plan_actions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('trajectory_id', '=', id)
      .executeTakeFirstOrThrow(),
    t.db
      .selectFrom('daytime_activities')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('trajectory_id', '=', id)
      .executeTakeFirstOrThrow(),
    t.db
      .selectFrom('tasks')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('record_id', '=', id)
      .executeTakeFirstOrThrow(),
  ]);
  return { assessments: Number(a.n), scores: Number(s.n), goals: Number(g.n), actions: Number(p.n), daytime: Number(d.n), tasks: Number(tk.n) };
}

const HEALTH_SECRET = 'Zorggeheim: slaapproblemen en angstklachten';
const HEALTH_GOAL = 'Zorgdoel: intake bij de GGZ afronden';
const HEALTH_ACTION = 'Zorgactie: verwijzing huisarts regelen';
const JUSTICE_SECRET = 'Justitiegeheim: lopende zaak bij de rechtbank';
const JUSTICE_GOAL = 'Justitiedoel: taakstraf afronden';

beforeAll(async () => {
  t = await createTestApp();
  const pga = await t.createUser({ role: 'pga_director', organisationCode: 'gemeente-utrecht' });
  const mentor = await t.createUser({ role: 'partner', organisationCode: 'school-utrecht', maxConfidentiality: 'zaakvertrouwelijk' });
  const care = await t.createUser({ role: 'partner', organisationCode: 'zorg-utrecht', maxConfidentiality: 'zaakvertrouwelijk' });
  const police = await t.createUser({ role: 'partner', organisationCode: 'politie-midden-nederland', maxConfidentiality: 'zaakvertrouwelijk' });
  const other = await t.createUser({ role: 'partner', organisationCode: 'jongerenwerk-utrecht', maxConfidentiality: 'zaakvertrouwelijk' });
  const writer = await t.createUser({ role: 'inspector', organisationCode: 'school-utrecht' });
  regisseur = await t.signIn(pga);
  school = await t.signIn(mentor);
  zorg = await t.signIn(care);
  politie = await t.signIn(police);
  outsider = await t.signIn(other);
  schoolWriter = await t.signIn(writer);
  trajectoryId = await insertTrajectory(
    'plan',
    [
      { user: mentor, role: 'aanmelder' },
      { user: pga, role: 'regisseur' },
      { user: care, role: 'zorgverlener' },
      { user: police, role: 'wijkagent' },
      { user: writer, role: 'leerplichtambtenaar' },
    ],
    pga.id,
  );
});
afterAll(() => t.close());

const url = (suffix: string, id = trajectoryId) => `/api/v1/careers/trajectories/${id}${suffix}`;
const get = async <T>(who: Signed, suffix: string): Promise<T> => (await t.as(who, { method: 'GET', url: url(suffix) })).json();
const getPlan = (who: Signed) => get<PlanView>(who, '/plan');
const getTrend = (who: Signed) => get<TrendView>(who, '/trend');
const getAssessments = (who: Signed) => get<{ domains: DomainInfo[]; items: AssessmentView[] }>(who, '/assessments');
/** The goals of a visible domain in a plan (throws when the domain is missing or restricted). */
function goalsOf(plan: PlanView, code: string) {
  const entry = plan.goalsByDomain.find((d) => d.domainCode === code);
  if (!entry || entry.restricted) throw new Error(`no visible goals in ${code}`);
  return entry.goals;
}

describe('assessments and trend', () => {
  it('records assessments over time and shows the trend per domain with motivation and resilience', async () => {
    const first = await t.as(regisseur, {
      method: 'POST',
      url: url('/assessments'),
      payload: {
        assessedOn: addDays(today, -90),
        note: 'Eerste beoordeling bij de start van het plan.',
        scores: [
          { domainCode: 'school', score: 2, riskFactors: 'Veel verzuim', protectiveFactors: 'Goede band met mentor' },
          { domainCode: 'health', score: 2, riskFactors: HEALTH_SECRET, protectiveFactors: '' },
          { domainCode: 'justice', score: 1, riskFactors: JUSTICE_SECRET, protectiveFactors: '' },
        ],
      },
    });
    expect(first.statusCode).toBe(201);
    const second = await t.as(regisseur, {
      method: 'POST',
      url: url('/assessments'),
      payload: {
        assessedOn: addDays(today, -10),
        scores: [
          { domainCode: 'school', score: 4, riskFactors: '', protectiveFactors: 'Weer elke dag naar school' },
          { domainCode: 'health', score: 3 },
        ],
      },
    });
    expect(second.statusCode).toBe(201);
    await t.db
      .insertInto('career_reviews')
      .values([
        {
          trajectory_id: trajectoryId,
          reviewed_on: addDays(today, -60),
          kind: 'progress',
          decision: 'continue',
          motivation: 2,
          resilience: 2,
          reviewed_by: regisseur.user.id,
          criteria_still_hold: null,
        },
        {
          trajectory_id: trajectoryId,
          reviewed_on: addDays(today, -5),
          kind: 'proportionality',
          decision: 'continue',
          motivation: 4,
          resilience: 3,
          reviewed_by: regisseur.user.id,
          criteria_still_hold: true,
        },
      ])
      .execute();

    const list = await t.as(regisseur, { method: 'GET', url: url('/assessments') });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { assessedOn: string; scores: { domainCode: string; restricted: boolean; score?: number }[] }[];
    expect(items.map((i) => i.assessedOn)).toEqual([addDays(today, -10), addDays(today, -90)]);
    expect(items[1]!.scores.map((s) => s.domainCode)).toEqual(['school', 'justice', 'health']);
    expect(items[1]!.scores.every((s) => !s.restricted)).toBe(true);

    const trend = await getTrend(regisseur);
    const schoolSeries = trend.domains.find((d) => d.domainCode === 'school');
    expect(schoolSeries).toEqual({
      domainCode: 'school',
      restricted: false,
      points: [
        { date: addDays(today, -90), value: 2 },
        { date: addDays(today, -10), value: 4 },
      ],
    });
    expect(trend.domains.find((d) => d.domainCode === 'housing')).toEqual({ domainCode: 'housing', restricted: false, points: [] });
    expect(trend.motivation).toEqual([
      { date: addDays(today, -60), value: 2 },
      { date: addDays(today, -5), value: 4 },
    ]);
    expect(trend.resilience.map((p) => p.value)).toEqual([2, 3]);

    const trail = await t.db
      .selectFrom('processing_log')
      .select(['name', 'activity_code'])
      .where('activity_code', '=', 'person_centred_approach')
      .where('name', '=', 'Beoordeling van leefgebieden vastleggen')
      .execute();
    expect(trail.length).toBe(2);
  });

  it('refuses a score of 6, a duplicate or unknown domain and a future date, with field paths, storing nothing', async () => {
    const before = await counts(trajectoryId);
    const six = await t.as(regisseur, {
      method: 'POST',
      url: url('/assessments'),
      payload: { assessedOn: today, scores: [{ domainCode: 'school', score: 6 }] },
    });
    expect(six.statusCode).toBe(400);
    expect(paths(six)).toEqual(['body.scores.0.score']);
    const wrong = await t.as(regisseur, {
      method: 'POST',
      url: url('/assessments'),
      payload: {
        assessedOn: addDays(today, 1),
        scores: [
          { domainCode: 'school', score: 3 },
          { domainCode: 'school', score: 4 },
          { domainCode: 'astrology', score: 2 },
        ],
      },
    });
    expect(wrong.statusCode).toBe(400);
    expect(paths(wrong).sort()).toEqual(['body.assessedOn', 'body.scores.1.domainCode', 'body.scores.2.domainCode']);
    expect(wrong.json().errors[0].message).toMatch(/toekomst/);
    const early = await t.as(regisseur, {
      method: 'POST',
      url: url('/assessments'),
      payload: { assessedOn: addDays(today, -400), scores: [{ domainCode: 'school', score: 3 }] },
    });
    expect(paths(early)).toEqual(['body.assessedOn']);
    const none = await t.as(regisseur, { method: 'POST', url: url('/assessments'), payload: { assessedOn: today, scores: [] } });
    expect(paths(none)).toEqual(['body.scores']);
    expect(await counts(trajectoryId)).toEqual(before);
  });
});

describe('plan: goals and actions', () => {
  let schoolGoal: string;
  let healthGoal: string;

  it('adds goals in several domains and an action per goal; the action becomes a task for the responsible person', async () => {
    const add = async (domainCode: string, description: string) => {
      const res = await t.as(regisseur, { method: 'POST', url: url('/goals'), payload: { domainCode, description, targetDate: addDays(today, 90) } });
      expect(res.statusCode).toBe(201);
      return res.json().id as string;
    };
    schoolGoal = await add('school', 'Elke dag naar school en het jaar halen');
    healthGoal = await add('health', HEALTH_GOAL);
    await add('health', 'Tweede zorgdoel');
    await add('justice', JUSTICE_GOAL);

    const action = await t.as(regisseur, {
      method: 'POST',
      url: url('/actions'),
      payload: { goalId: schoolGoal, description: 'Wekelijks gesprek met de mentor plannen', responsibleUserId: school.user.id, dueDate: addDays(today, 14) },
    });
    expect(action.statusCode).toBe(201);
    const healthAction = await t.as(regisseur, {
      method: 'POST',
      url: url('/actions'),
      payload: { goalId: healthGoal, description: HEALTH_ACTION, responsibleUserId: zorg.user.id, dueDate: addDays(today, 7) },
    });
    expect(healthAction.statusCode).toBe(201);
    const loose = await t.as(regisseur, {
      method: 'POST',
      url: url('/actions'),
      payload: { description: 'Huisbezoek met de wijkagent', responsibleUserId: politie.user.id, dueDate: today },
    });
    expect(loose.statusCode).toBe(201);

    const mine = (await t.as(school, { method: 'GET', url: '/api/v1/tasks/mine' })).json().items as {
      title: string;
      recordId: string;
      dueDate: string;
      module: string;
    }[];
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ recordId: trajectoryId, dueDate: addDays(today, 14), module: 'careers' });
    expect(mine[0]!.title).toContain('Wekelijks gesprek met de mentor plannen');

    const plan = await getPlan(regisseur);
    expect(plan.goalsByDomain.map((d) => d.domainCode)).toEqual(['school', 'justice', 'health']);
    expect(goalsOf(plan, 'school')[0]!.actions[0]).toMatchObject({ status: 'open', responsible: { id: school.user.id }, dueDate: addDays(today, 14) });
    expect(plan.otherActions.map((a) => a.description)).toEqual(['Huisbezoek met de wijkagent']);
    expect(plan.team).toHaveLength(5);
  });

  it('refuses an action for someone not on the team, a goal in an unknown domain, a past due date; nothing stored', async () => {
    const before = await counts(trajectoryId);
    const notOnTeam = await t.as(regisseur, {
      method: 'POST',
      url: url('/actions'),
      payload: { goalId: schoolGoal, description: 'Iets', responsibleUserId: outsider.user.id, dueDate: addDays(today, 3) },
    });
    expect(notOnTeam.statusCode).toBe(400);
    expect(paths(notOnTeam)).toEqual(['body.responsibleUserId']);
    const past = await t.as(regisseur, {
      method: 'POST',
      url: url('/actions'),
      payload: { goalId: schoolGoal, description: 'Iets', responsibleUserId: school.user.id, dueDate: addDays(today, -3) },
    });
    expect(paths(past)).toEqual(['body.dueDate']);
    // The school mentor may not see health: they cannot be made responsible for an action of a health goal.
    const wrongPerson = await t.as(regisseur, {
      method: 'POST',
      url: url('/actions'),
      payload: { goalId: healthGoal, description: 'Zorgactie', responsibleUserId: school.user.id, dueDate: addDays(today, 3) },
    });
    expect(paths(wrongPerson)).toEqual(['body.responsibleUserId']);
    const unknownDomain = await t.as(regisseur, { method: 'POST', url: url('/goals'), payload: { domainCode: 'astrology', description: 'Sterren' } });
    expect(unknownDomain.statusCode).toBe(400);
    expect(paths(unknownDomain)).toEqual(['body.domainCode']);
    const pastTarget = await t.as(regisseur, {
      method: 'POST',
      url: url('/goals'),
      payload: { domainCode: 'school', description: 'X', targetDate: '2020-01-01' },
    });
    expect(paths(pastTarget)).toEqual(['body.targetDate']);
    const badDate = await t.as(regisseur, {
      method: 'POST',
      url: url('/goals'),
      payload: { domainCode: 'school', description: 'X', targetDate: '2027-02-30' },
    });
    expect(paths(badDate)).toEqual(['body.targetDate']);
    const emptyText = await t.as(regisseur, { method: 'POST', url: url('/goals'), payload: { domainCode: 'school', description: '  ' } });
    expect(paths(emptyText)).toEqual(['body.description']);
    expect(await counts(trajectoryId)).toEqual(before);
  });

  it('sets a goal reached with the date of the change', async () => {
    const res = await t.as(regisseur, { method: 'PATCH', url: url(`/goals/${schoolGoal}`), payload: { status: 'reached' } });
    expect(res.statusCode).toBe(200);
    const goal = await t.db.selectFrom('plan_goals').selectAll().where('id', '=', schoolGoal).executeTakeFirstOrThrow();
    expect(goal).toMatchObject({ status: 'reached', status_changed_on: today });
    const bad = await t.as(regisseur, { method: 'PATCH', url: url(`/goals/${schoolGoal}`), payload: { status: 'finished' } });
    expect(paths(bad)).toEqual(['body.status']);
  });

  it('shows an action done once the responsible person completes the task in "Mijn werk"', async () => {
    const task = (await t.as(zorg, { method: 'GET', url: '/api/v1/tasks/mine' })).json().items[0] as { id: string };
    expect((await t.as(zorg, { method: 'POST', url: `/api/v1/tasks/${task.id}/complete` })).statusCode).toBe(200);
    const plan = await getPlan(regisseur);
    const action = goalsOf(plan, 'health').find((g) => g.id === healthGoal)!.actions[0]!;
    expect(action).toMatchObject({ status: 'done', description: HEALTH_ACTION });
    expect(action.completedAt).not.toBeNull();
    // Cancelling an action whose task is done is refused.
    expect((await t.as(regisseur, { method: 'PATCH', url: url(`/actions/${action.id}`), payload: { status: 'cancelled' } })).statusCode).toBe(409);
    // Completing the task stored the action as done (the tasks module's completion hook): nothing left to close.
    expect((await t.db.selectFrom('plan_actions').select('status').where('id', '=', action.id).executeTakeFirstOrThrow()).status).toBe('done');
    const again = await t.as(regisseur, { method: 'PATCH', url: url(`/actions/${action.id}`), payload: { status: 'done' } });
    expect(again.statusCode).toBe(409);
  });

  it('stores the action done through the task-completion hook', async () => {
    const res = await t.as(regisseur, {
      method: 'POST',
      url: url('/actions'),
      payload: { goalId: healthGoal, description: 'Zorgactie: terugkoppeling na intake', responsibleUserId: zorg.user.id, dueDate: addDays(today, 10) },
    });
    const actionId = res.json().id as string;
    const row = await t.db.selectFrom('plan_actions').select(['task_id', 'status']).where('id', '=', actionId).executeTakeFirstOrThrow();
    expect(row.status).toBe('open');
    expect((await t.as(zorg, { method: 'POST', url: `/api/v1/tasks/${row.task_id}/complete` })).statusCode).toBe(200);
    await syncActionWithTask(t.db, row.task_id!, new Date());
    const after = await t.db.selectFrom('plan_actions').select(['status', 'completed_at']).where('id', '=', actionId).executeTakeFirstOrThrow();
    expect(after.status).toBe('done');
    expect(after.completed_at).not.toBeNull();
  });

  it('marks an action done or cancelled in the plan and keeps the linked task in step', async () => {
    const plan = await getPlan(regisseur);
    const schoolAction = goalsOf(plan, 'school')[0]!.actions[0]!;
    const loose = plan.otherActions[0]!;
    const done = await t.as(regisseur, { method: 'PATCH', url: url(`/actions/${schoolAction.id}`), payload: { status: 'done' } });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', overdue: false });
    expect((await t.as(school, { method: 'GET', url: '/api/v1/tasks/mine' })).json().items).toEqual([]);
    expect((await t.as(regisseur, { method: 'PATCH', url: url(`/actions/${schoolAction.id}`), payload: { status: 'done' } })).statusCode).toBe(409);

    expect((await t.as(politie, { method: 'GET', url: '/api/v1/tasks/mine' })).json().items).toHaveLength(1);
    const cancelled = await t.as(regisseur, { method: 'PATCH', url: url(`/actions/${loose.id}`), payload: { status: 'cancelled' } });
    expect(cancelled.json().status).toBe('cancelled');
    expect((await t.as(politie, { method: 'GET', url: '/api/v1/tasks/mine' })).json().items).toEqual([]);
  });
});

describe('daytime activities', () => {
  let activityId: string;

  it('records a current activity, ends it, and shows current before past to the whole team', async () => {
    const club = await t.as(regisseur, {
      method: 'POST',
      url: url('/daytime-activities'),
      payload: { kind: 'sports_club', place: 'Boksschool Kanaleneiland', startedOn: addDays(today, -60), note: 'Twee keer per week training' },
    });
    expect(club.statusCode).toBe(201);
    activityId = club.json().id;
    const job = await t.as(regisseur, {
      method: 'POST',
      url: url('/daytime-activities'),
      payload: { kind: 'job', withStatus: true, place: 'Garage Overvecht', startedOn: addDays(today, -30) },
    });
    expect(job.statusCode).toBe(201);
    const ended = await t.as(regisseur, { method: 'PATCH', url: url(`/daytime-activities/${activityId}`), payload: { endedOn: addDays(today, -1) } });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ current: false, endedOn: addDays(today, -1) });
    for (const viewer of [school, zorg, politie]) {
      const list = (await t.as(viewer, { method: 'GET', url: url('/daytime-activities') })).json().items as {
        place: string;
        current: boolean;
        withStatus: boolean;
      }[];
      expect(list.map((i) => [i.place, i.current, i.withStatus])).toEqual([
        ['Garage Overvecht', true, true],
        ['Boksschool Kanaleneiland', false, false],
      ]);
    }
  });

  it('refuses an end before the start and an unknown kind, with field paths, storing nothing', async () => {
    const before = await counts(trajectoryId);
    const order = await t.as(regisseur, {
      method: 'POST',
      url: url('/daytime-activities'),
      payload: { kind: 'school', place: 'ROC Midden Nederland', startedOn: addDays(today, -10), endedOn: addDays(today, -20) },
    });
    expect(order.statusCode).toBe(400);
    expect(paths(order)).toEqual(['body.endedOn']);
    const future = await t.as(regisseur, {
      method: 'POST',
      url: url('/daytime-activities'),
      payload: { kind: 'school', place: 'ROC', startedOn: addDays(today, 5) },
    });
    expect(paths(future)).toEqual(['body.startedOn']);
    const kind = await t.as(regisseur, { method: 'POST', url: url('/daytime-activities'), payload: { kind: 'gaming', place: 'Thuis', startedOn: today } });
    expect(paths(kind)).toEqual(['body.kind']);
    const endBefore = await t.as(regisseur, { method: 'PATCH', url: url(`/daytime-activities/${activityId}`), payload: { endedOn: addDays(today, -365) } });
    expect(paths(endBefore)).toEqual(['body.endedOn']);
    expect(await counts(trajectoryId)).toEqual(before);
    const row = await t.db.selectFrom('daytime_activities').select('ended_on').where('id', '=', activityId).executeTakeFirstOrThrow();
    expect(row.ended_on).toBe(addDays(today, -1));
  });
});

describe('need-to-know and field-level confidentiality', () => {
  const reads = ['/assessments', '/trend', '/plan', '/daytime-activities'];

  it('zorg sees health but not justice; politie sees justice but not health; school sees neither — no text leaks', async () => {
    const cases: { who: Signed; sees: string[]; hidden: string[]; leaks: string[] }[] = [
      { who: zorg, sees: ['health'], hidden: ['justice'], leaks: [JUSTICE_SECRET, JUSTICE_GOAL] },
      { who: politie, sees: ['justice'], hidden: ['health', 'substance_use'], leaks: [HEALTH_SECRET, HEALTH_GOAL, HEALTH_ACTION, 'Tweede zorgdoel'] },
      {
        who: school,
        sees: [],
        hidden: ['health', 'justice'],
        leaks: [HEALTH_SECRET, HEALTH_GOAL, HEALTH_ACTION, JUSTICE_SECRET, JUSTICE_GOAL, 'Tweede zorgdoel'],
      },
    ];
    for (const c of cases) {
      for (const path of reads) {
        const res = await t.as(c.who, { method: 'GET', url: url(path) });
        expect(res.statusCode).toBe(200);
        for (const secret of c.leaks) expect(res.body).not.toContain(secret);
      }
      const assessments = await getAssessments(c.who);
      const oldest = assessments.items[1]!.scores;
      for (const code of c.hidden) {
        expect(oldest.filter((s) => s.domainCode === code)).toEqual([
          { domainCode: code, restricted: true, restrictedTo: code === 'justice' ? ['politie', 'om', 'reclassering'] : ['zorg'] },
        ]);
        expect(assessments.domains.find((d) => d.code === code)?.visible).toBe(false);
      }
      for (const code of c.sees) expect(oldest.find((s) => s.domainCode === code)).toMatchObject({ restricted: false, score: expect.any(Number) });
      expect(oldest.find((s) => s.domainCode === 'school')).toMatchObject({ restricted: false, score: 2, riskFactors: 'Veel verzuim' });

      const trend = await getTrend(c.who);
      for (const code of c.hidden) expect(trend.domains.find((d) => d.domainCode === code)).not.toHaveProperty('points');

      // One marker per hidden domain, however many goals it holds (health has two).
      const plan = await getPlan(c.who);
      for (const code of c.hidden) {
        expect(plan.goalsByDomain.filter((d) => d.domainCode === code)).toEqual([
          { domainCode: code, restricted: true, restrictedTo: code === 'justice' ? ['politie', 'om', 'reclassering'] : ['zorg'] },
        ]);
      }
      for (const code of c.sees) expect(goalsOf(plan, code).length).toBeGreaterThan(0);
    }
    // A domain without restriction and without goals is not listed; a hidden one always has its marker.
    const schoolPlan = await getPlan(school);
    expect(schoolPlan.goalsByDomain.map((d) => d.domainCode)).toEqual(['school', 'substance_use', 'justice', 'health']);
  });

  it('a partner on the team cannot write (403); nothing changes', async () => {
    const before = await counts(trajectoryId);
    const attempts = [
      { method: 'POST' as const, url: url('/assessments'), payload: { assessedOn: today, scores: [{ domainCode: 'school', score: 3 }] } },
      { method: 'POST' as const, url: url('/goals'), payload: { domainCode: 'school', description: 'Eigen doel' } },
      { method: 'POST' as const, url: url('/actions'), payload: { description: 'Eigen actie', responsibleUserId: school.user.id, dueDate: today } },
      { method: 'POST' as const, url: url('/daytime-activities'), payload: { kind: 'school', place: 'X', startedOn: today } },
    ];
    for (const who of [school, zorg, politie]) {
      for (const a of attempts) expect((await t.as(who, a)).statusCode).toBe(403);
    }
    expect(await counts(trajectoryId)).toEqual(before);
  });

  it('a partner not on the team gets 404 on every endpoint and nothing leaks', async () => {
    for (const path of reads) {
      const res = await t.as(outsider, { method: 'GET', url: url(path) });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('Veel verzuim');
    }
    const write = await t.as(outsider, { method: 'POST', url: url('/goals'), payload: { domainCode: 'school', description: 'X' } });
    expect(write.statusCode).toBe(403); // partners lack records:write altogether
    const writerOutside = await t.signIn(await t.createUser({ role: 'pga_director' }));
    expect((await t.as(writerOutside, { method: 'POST', url: url('/goals'), payload: { domainCode: 'school', description: 'X' } })).statusCode).toBe(404);
    expect((await t.as(writerOutside, { method: 'GET', url: url('/plan') })).statusCode).toBe(404);
    // records:read_all does not open a trajectory: an analyst who is not on the team sees nothing.
    const analyst = await t.signIn(await t.createUser({ role: 'analyst' }));
    for (const path of reads) expect((await t.as(analyst, { method: 'GET', url: url(path) })).statusCode).toBe(404);
    const management = await t.signIn(await t.createUser({ role: 'management' }));
    expect((await t.as(management, { method: 'GET', url: url('/trend') })).statusCode).toBe(403);
  });

  it('a writer who may not see a domain cannot write in it (assessment, goal, action on a hidden goal)', async () => {
    const before = await counts(trajectoryId);
    const score = await t.as(schoolWriter, {
      method: 'POST',
      url: url('/assessments'),
      payload: {
        assessedOn: today,
        scores: [
          { domainCode: 'school', score: 3 },
          { domainCode: 'health', score: 2 },
        ],
      },
    });
    expect(score.statusCode).toBe(403);
    expect((await t.as(schoolWriter, { method: 'POST', url: url('/goals'), payload: { domainCode: 'justice', description: 'X' } })).statusCode).toBe(403);
    const hiddenGoal = await t.db
      .selectFrom('plan_goals')
      .select('id')
      .where('trajectory_id', '=', trajectoryId)
      .where('domain_code', '=', 'health')
      .executeTakeFirstOrThrow();
    const action = await t.as(schoolWriter, {
      method: 'POST',
      url: url('/actions'),
      payload: { goalId: hiddenGoal.id, description: 'X', responsibleUserId: schoolWriter.user.id, dueDate: today },
    });
    expect(paths(action)).toEqual(['body.goalId']);
    expect((await t.as(schoolWriter, { method: 'PATCH', url: url(`/goals/${hiddenGoal.id}`), payload: { status: 'dropped' } })).statusCode).toBe(404);
    expect(await counts(trajectoryId)).toEqual(before);
    // In a domain they may see, they can write.
    const ok = await t.as(schoolWriter, {
      method: 'POST',
      url: url('/assessments'),
      payload: { assessedOn: today, scores: [{ domainCode: 'school', score: 3 }] },
    });
    expect(ok.statusCode).toBe(201);
  });

  it('refuses writes outside the active phases', async () => {
    const pga = regisseur.user;
    const closed = await insertTrajectory('uitstroom', [{ user: pga, role: 'regisseur' }], pga.id);
    const res = await t.as(regisseur, { method: 'POST', url: url('/goals', closed), payload: { domainCode: 'school', description: 'Na uitstroom' } });
    expect(res.statusCode).toBe(409);
    expect((await t.as(regisseur, { method: 'GET', url: url('/plan', closed) })).statusCode).toBe(200);
  });

  it('logs every read with the processing activity of the approach', async () => {
    const names = await t.db.selectFrom('processing_log').select('name').distinct().where('activity_code', '=', 'person_centred_approach').execute();
    expect(names.map((n) => n.name)).toEqual(
      expect.arrayContaining([
        'Plan van aanpak inzien',
        'Dagbesteding inzien',
        'Beoordelingen van leefgebieden inzien',
        'Verloop van leefgebieden, motivatie en weerbaarheid inzien',
      ]),
    );
  });
});

describe('plan demo data', () => {
  it('fills the demo trajectories through the services once, respecting domain visibility', async () => {
    const demo = await createTestApp();
    try {
      const pga = await demo.createUser({ role: 'pga_director' });
      const mentor = await demo.createUser({ role: 'partner', organisationCode: 'school-utrecht', maxConfidentiality: 'zaakvertrouwelijk' });
      const care = await demo.createUser({ role: 'partner', organisationCode: 'zorg-utrecht', maxConfidentiality: 'zaakvertrouwelijk' });
      const police = await demo.createUser({ role: 'partner', organisationCode: 'politie-midden-nederland', maxConfidentiality: 'zaakvertrouwelijk' });
      const team = [
        { user: mentor, role: 'aanmelder' },
        { user: pga, role: 'regisseur' },
        { user: care, role: 'zorgverlener' },
        { user: police, role: 'wijkagent' },
      ];
      const ids = [
        await insertTrajectory('plan', team, pga.id, demo),
        await insertTrajectory('uitvoering', team, pga.id, demo),
        await insertTrajectory('nazorg', team, pga.id, demo),
      ];
      const queued = await insertTrajectory('aanmelding', team, pga.id, demo);
      await seedPlanDemo(demo.db, demo.config);
      for (const id of ids) {
        const c = await counts2(demo, id);
        expect(c.assessments).toBeGreaterThanOrEqual(2);
        expect(c.goals).toBeGreaterThanOrEqual(3);
        expect(c.reached).toBe(1);
        expect(c.actions).toBe(c.goals);
        expect(c.daytime).toBe(2);
      }
      expect((await counts2(demo, queued)).assessments).toBe(0);
      // Actions of a restricted domain go to someone who may see it: never to the school mentor.
      const mentorActions = await demo.db
        .selectFrom('plan_actions as pa')
        .innerJoin('plan_goals as g', 'g.id', 'pa.goal_id')
        .select('g.domain_code')
        .where('pa.responsible_user_id', '=', mentor.id)
        .execute();
      expect(mentorActions.map((a) => a.domain_code).filter((d) => ['health', 'substance_use', 'justice'].includes(d))).toEqual([]);
      const before = await counts2(demo, ids[0]!);
      await seedPlanDemo(demo.db, demo.config);
      expect(await counts2(demo, ids[0]!)).toEqual(before);
    } finally {
      await demo.close();
    }
  });
});

async function counts2(app: TestApp, id: string) {
  const n = async (table: 'career_assessments' | 'plan_goals' | 'plan_actions' | 'daytime_activities') =>
    Number(
      (
        await app.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('trajectory_id', '=', id)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const reached = await app.db
    .selectFrom('plan_goals')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('trajectory_id', '=', id)
    .where('status', '=', 'reached')
    .executeTakeFirstOrThrow();
  return {
    assessments: await n('career_assessments'),
    goals: await n('plan_goals'),
    actions: await n('plan_actions'),
    daytime: await n('daytime_activities'),
    reached: Number(reached.n),
  };
}
