import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/db/seed/demo.js';
import { seedTrajectoriesDemo } from '../../src/modules/careers/trajectories.demo.js';
import { amsterdamToday } from '../../src/modules/tasks/index.js';
import type { ListItem, TrajectoryDetail } from '../../src/modules/careers/trajectories.schemas.js';
import { addMonths } from '../../src/modules/careers/workflow.js';
import { createTestApp, type Signed, type TestApp } from '../harness.js';

const base = '/api/v1/careers/trajectories';
let t: TestApp;
let pga: Signed;
let pga2: Signed;
let school: Signed;
let youthWorker: Signed;
let police: Signed;
let care: Signed;
let outsider: Signed;
let management: Signed;
let analyst: Signed;
const today = amsterdamToday();

function daysFrom(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const dj = (res: LightMyRequestResponse) => res.json() as TrajectoryDetail;
const lj = (res: LightMyRequestResponse) => res.json() as { items: (ListItem & { id: string })[]; total: number } & Record<string, unknown>;
const ej = (res: LightMyRequestResponse) => res.json() as { errors: { path: string; message: string }[] };
const paths = (res: LightMyRequestResponse): string[] => ((res.json() as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);

async function post(who: Signed, url: string, payload: unknown) {
  return t.as(who, { method: 'POST', url, payload });
}

const referral = (overrides: Record<string, unknown> = {}) => ({
  person: { givenNames: 'Daan', surnamePrefix: 'de', surname: 'Testjongere', dateOfBirth: '2010-04-12', wijkCode: 'WK034401' },
  referralReason: 'Wordt gezien bij een bekende dealer rond school; verzuimt vaak.',
  legalBasisCode: 'zvh_covenant',
  ...overrides,
});

async function refer(who: Signed = school, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await post(who, base, referral(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { id: string }).id;
}

async function criteria(): Promise<string[]> {
  const res = await t.as(pga, { method: 'GET', url: '/api/v1/careers/reference' });
  return (res.json() as { criteria: { code: string; active: boolean }[] }).criteria.filter((c) => c.active).map((c) => c.code);
}

async function intake(id: string, overrides: Record<string, unknown> = {}) {
  const codes = await criteria();
  return t.as(pga, {
    method: 'PUT',
    url: `${base}/${id}/intake`,
    payload: {
      targetGroup: 'jonge_aanwas',
      familyContext: false,
      informed: true,
      informedException: '',
      criteria: codes.map((code) => ({ code, met: true, note: '' })),
      legalBasisCode: 'zvh_covenant',
      ...overrides,
    },
  });
}

/** Referred by school, taken on by pga, intake done and accepted: phase plan. */
async function accepted(): Promise<string> {
  const id = await refer();
  expect((await post(pga, `${base}/${id}/regisseur`, { userId: pga.user.id })).statusCode).toBe(200);
  expect((await intake(id)).statusCode).toBe(200);
  const res = await post(pga, `${base}/${id}/intake-decision`, { decision: 'accept', note: 'Voldoet aan alle criteria; start plan.' });
  expect(res.statusCode, res.body).toBe(200);
  return id;
}

async function detail(who: Signed, id: string) {
  return t.as(who, { method: 'GET', url: `${base}/${id}` });
}

async function counts(id: string) {
  const [history, reviews, team, followUps] = await Promise.all([
    t.db.selectFrom('trajectory_phase_history').select('id').where('trajectory_id', '=', id).execute(),
    t.db.selectFrom('career_reviews').select('id').where('trajectory_id', '=', id).execute(),
    t.db.selectFrom('record_team').select('user_id').where('record_type', '=', 'trajectory').where('record_id', '=', id).execute(),
    t.db.selectFrom('career_follow_ups').select('id').where('trajectory_id', '=', id).execute(),
  ]);
  const row = await t.db.selectFrom('trajectories').select(['phase', 'version', 'next_review_due']).where('id', '=', id).executeTakeFirstOrThrow();
  return { history: history.length, reviews: reviews.length, team: team.length, followUps: followUps.length, ...row };
}

beforeAll(async () => {
  t = await createTestApp();
  pga = await t.signIn(await t.createUser({ role: 'pga_director' }));
  pga2 = await t.signIn(await t.createUser({ role: 'pga_director' }));
  school = await t.signIn(await t.createUser({ role: 'partner', organisationCode: 'school-utrecht', maxConfidentiality: 'zaakvertrouwelijk' }));
  youthWorker = await t.signIn(await t.createUser({ role: 'partner', organisationCode: 'jongerenwerk-utrecht', maxConfidentiality: 'zaakvertrouwelijk' }));
  police = await t.signIn(await t.createUser({ role: 'partner', organisationCode: 'politie-midden-nederland', maxConfidentiality: 'zaakvertrouwelijk' }));
  care = await t.signIn(await t.createUser({ role: 'partner', organisationCode: 'zorg-utrecht', maxConfidentiality: 'zaakvertrouwelijk' }));
  outsider = await t.signIn(await t.createUser({ role: 'partner', organisationCode: 'jongerenwerk-utrecht', maxConfidentiality: 'zaakvertrouwelijk' }));
  management = await t.signIn(await t.createUser({ role: 'management' }));
  analyst = await t.signIn(await t.createUser({ role: 'analyst' }));
});

afterAll(async () => {
  await t.close();
});

describe('referral', () => {
  it('stores a referral with the referrer on the team as aanmelder and puts it in the intake queue', async () => {
    const id = await refer(youthWorker);
    const res = await detail(youthWorker, id);
    expect(res.statusCode).toBe(200);
    const body = dj(res);
    expect(body.phase).toBe('aanmelding');
    expect(body.number).toMatch(/^JA-\d{4}-\d{5}$/);
    expect(body.referral.referredOn).toBe(today);
    expect(body.referral.legalBasis.code).toBe('zvh_covenant');
    expect(body.referral.organisation).toContain('Jongerenwerk');
    expect(body.team).toEqual([expect.objectContaining({ userId: youthWorker.user.id, teamRole: 'aanmelder', organisationKind: 'jongerenwerk' })]);
    expect(body.regisseur).toBeNull();
    expect(body.phaseHistory).toEqual([expect.objectContaining({ from: null, to: 'aanmelding' })]);
    expect(body.subjectId).toBeNull();
    const queue = await t.as(pga, { method: 'GET', url: `${base}?scope=queue&pageSize=100` });
    expect(lj(queue).items.map((i: { id: string }) => i.id)).toContain(id);
    const trail = await t.db.selectFrom('audit_events').select('action').where('object_id', '=', id).where('action', '=', 'create').execute();
    expect(trail).toHaveLength(1);
  });

  it('refuses a referral without a legal basis and stores nothing', async () => {
    const before = await t.db.selectFrom('trajectories').select(t.db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const rest: Record<string, unknown> = referral();
    delete rest.legalBasisCode;
    const res = await post(school, base, rest);
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(['body.legalBasisCode']);
    expect(ej(res).errors[0]?.message).toContain('grondslag');
    const unknown = await post(school, base, referral({ legalBasisCode: 'gut_feeling' }));
    expect(paths(unknown)).toEqual(['body.legalBasisCode']);
    const after = await t.db.selectFrom('trajectories').select(t.db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses dates in the future or out of order', async () => {
    const future = await post(school, base, referral({ referredOn: daysFrom(today, 2) }));
    expect(future.statusCode).toBe(400);
    expect(paths(future)).toEqual(['body.referredOn']);
    const beforeBirth = await post(school, base, referral({ referredOn: '2009-01-01' }));
    expect(paths(beforeBirth)).toEqual(['body.referredOn']);
    const unborn = await post(school, base, referral({ person: { ...referral().person, dateOfBirth: daysFrom(today, 10) } }));
    expect(paths(unborn)).toContain('body.person.dateOfBirth');
    const badDate = await post(school, base, referral({ referredOn: '2026-13-40' }));
    expect(paths(badDate)).toEqual(['body.referredOn']);
  });

  it('is only for careers:refer', async () => {
    expect((await post(analyst, base, referral())).statusCode).toBe(403);
    expect((await post(management, base, referral())).statusCode).toBe(403);
  });
});

describe('regisseur and intake', () => {
  it('lets a regisseur take a referral from the queue, which starts the intake', async () => {
    const id = await refer();
    const res = await post(pga, `${base}/${id}/regisseur`, { userId: pga.user.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(dj(res)).toMatchObject({ phase: 'intake', regisseur: { id: pga.user.id } });
    const body = dj(await detail(pga, id));
    expect(body.team.map((m: { teamRole: string }) => m.teamRole)).toEqual(['regisseur', 'aanmelder']);
    expect(body.permissions).toMatchObject({ canWrite: true, isRegisseur: true, canDecide: true });
    const queue = await t.as(pga2, { method: 'GET', url: `${base}?scope=queue&pageSize=100` });
    expect(lj(queue).items.map((i: { id: string }) => i.id)).not.toContain(id);
    // pga2 no longer sees it: not in the queue and not on the team.
    expect((await detail(pga2, id)).statusCode).toBe(404);
  });

  it('assigns another regisseur from the queue, and a handover needs a reason', async () => {
    const id = await refer();
    expect((await post(pga, `${base}/${id}/regisseur`, { userId: school.user.id })).statusCode).toBe(400);
    expect((await post(pga, `${base}/${id}/regisseur`, { userId: pga2.user.id })).statusCode).toBe(200);
    expect((await detail(pga, id)).statusCode).toBe(404);
    const noReason = await post(pga2, `${base}/${id}/regisseur`, { userId: pga.user.id });
    expect(paths(noReason)).toEqual(['body.reason']);
    const handover = await post(pga2, `${base}/${id}/regisseur`, { userId: pga.user.id, reason: 'Caseload verdelen na vakantie.' });
    expect(handover.statusCode).toBe(200);
    const team = dj(await detail(pga, id)).team as { userId: string; teamRole: string }[];
    expect(team.find((m) => m.userId === pga.user.id)?.teamRole).toBe('regisseur');
    expect(team.find((m) => m.userId === pga2.user.id)?.teamRole).toBe('trajectbegeleider');
    // A partner cannot assign.
    expect((await post(school, `${base}/${id}/regisseur`, { userId: pga.user.id })).statusCode).toBe(403);
  });

  it('checks the intake: every criterion, a motivated exception when not informed, a known legal basis', async () => {
    const id = await refer();
    await post(pga, `${base}/${id}/regisseur`, { userId: pga.user.id });
    const codes = await criteria();
    const partial = await intake(id, { criteria: [{ code: codes[0], met: true, note: '' }] });
    expect(paths(partial)).toEqual(['body.criteria']);
    const unknown = await intake(id, { criteria: [...codes.map((code) => ({ code, met: true, note: '' })), { code: 'nope', met: true, note: '' }] });
    expect(paths(unknown)).toEqual(['body.criteria.5.code']);
    const notInformed = await intake(id, { informed: false, informedException: '' });
    expect(paths(notInformed)).toEqual(['body.informedException']);
    const basis = await intake(id, { legalBasisCode: 'none' });
    expect(paths(basis)).toEqual(['body.legalBasisCode']);
    const ok = await intake(id, { informed: false, informedException: 'Informeren brengt de jongere nu in gevaar; over vier weken opnieuw bekijken.' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(dj(ok).intake).toMatchObject({ informed: false, targetGroup: 'jonge_aanwas' });
    expect(dj(ok).intake.criteria).toHaveLength(codes.length);
  });

  it('accepts only when all criteria are met; acceptance links the registry person and sets the review date', async () => {
    const id = await refer();
    await post(pga, `${base}/${id}/regisseur`, { userId: pga.user.id });
    const codes = await criteria();
    await intake(id, { criteria: codes.map((code, i) => ({ code, met: i > 0, note: i === 0 ? 'Te jong' : '' })) });
    const refused = await post(pga, `${base}/${id}/intake-decision`, { decision: 'accept', note: 'Toch aannemen.' });
    expect(refused.statusCode).toBe(400);
    expect(paths(refused)).toEqual(['body.decision']);
    expect((await counts(id)).phase).toBe('intake');
    await intake(id);
    const res = await post(pga, `${base}/${id}/intake-decision`, { decision: 'accept', note: 'Voldoet aan alle criteria.' });
    expect(res.statusCode, res.body).toBe(200);
    const body = dj(res);
    expect(body.phase).toBe('plan');
    expect(body.subjectId).toEqual(expect.any(String));
    expect(body.nextReviewDue).toBe(addMonths(today, 3));
    expect(body.intake.decision).toBe('accept');
    const link = await t.db.selectFrom('subject_links').selectAll().where('record_type', '=', 'trajectory').where('record_id', '=', id).executeTakeFirst();
    expect(link).toMatchObject({ subject_id: body.subjectId, module: 'careers' });
  });

  it('declines or refers elsewhere into uitstroom without entering the registry', async () => {
    const declined = await refer();
    await post(pga, `${base}/${declined}/regisseur`, { userId: pga.user.id });
    const noNote = await post(pga, `${base}/${declined}/intake-decision`, { decision: 'decline', note: '' });
    expect(paths(noNote)).toEqual(['body.note']);
    const res = await post(pga, `${base}/${declined}/intake-decision`, { decision: 'decline', note: 'Geen signalen van betrokkenheid.' });
    expect(res.statusCode).toBe(200);
    expect(dj(res)).toMatchObject({ phase: 'uitstroom', exit: { reason: 'not_accepted' }, subjectId: null, followUps: [] });
    expect(await t.db.selectFrom('subject_links').select('id').where('record_id', '=', declined).execute()).toHaveLength(0);

    const elsewhere = await refer();
    await post(pga, `${base}/${elsewhere}/regisseur`, { userId: pga.user.id });
    const missing = await post(pga, `${base}/${elsewhere}/intake-decision`, { decision: 'refer_elsewhere', note: 'Past beter bij het buurtteam.' });
    expect(paths(missing)).toEqual(['body.referredTo']);
    const ok = await post(pga, `${base}/${elsewhere}/intake-decision`, {
      decision: 'refer_elsewhere',
      note: 'Past beter bij het buurtteam.',
      referredTo: 'Buurtteam Overvecht',
    });
    expect(dj(ok)).toMatchObject({ phase: 'uitstroom', intake: { referredTo: 'Buurtteam Overvecht', decision: 'refer_elsewhere' } });
    // A declined referral cannot re-enter.
    const reentry = await post(pga, `${base}/${declined}/re-entry`, { reason: 'Nieuwe signalen.' });
    expect(reentry.statusCode).toBe(400);
  });

  it('lets only the regisseur decide; the referring partner reads', async () => {
    const id = await refer();
    await post(pga, `${base}/${id}/regisseur`, { userId: pga.user.id });
    expect((await post(school, `${base}/${id}/intake-decision`, { decision: 'decline', note: 'Niet nodig.' })).statusCode).toBe(403);
    const body = dj(await detail(school, id));
    expect(body.permissions).toMatchObject({ canWrite: false, canDecide: false });
    expect(body.allowedTransitions).toEqual([]);
  });
});

describe('phases and the review guard', () => {
  it('moves plan → uitvoering, and refuses a forward move while the review is overdue', async () => {
    const id = await accepted();
    const skip = await post(pga, `${base}/${id}/transitions`, { to: 'intake' });
    expect(skip.statusCode).toBe(400);
    expect(paths(skip)).toEqual(['body.to']);
    await t.db
      .updateTable('trajectories')
      .set({ next_review_due: daysFrom(today, -1) })
      .where('id', '=', id)
      .execute();
    const before = await counts(id);
    const blocked = await post(pga, `${base}/${id}/transitions`, { to: 'uitvoering' });
    expect(blocked.statusCode).toBe(400);
    expect(ej(blocked).errors[0]?.message).toContain('evenredigheidstoets');
    expect(await counts(id)).toEqual(before);
    const shown = dj(await detail(pga, id));
    expect(shown.reviewOverdue).toBe(true);
    expect(shown.allowedTransitions.map((a: { to: string }) => a.to)).toEqual(['nazorg', 'uitstroom']);
    const review = await post(pga, `${base}/${id}/reviews`, {
      kind: 'proportionality',
      reviewedOn: today,
      criteriaStillHold: true,
      decision: 'continue',
      motivation: 3,
      resilience: 2,
    });
    expect(review.statusCode, review.body).toBe(200);
    expect(dj(review).nextReviewDue).toBe(addMonths(today, 3));
    const moved = await post(pga, `${base}/${id}/transitions`, { to: 'uitvoering', note: 'Plan staat.' });
    expect(moved.statusCode).toBe(200);
    expect(dj(moved).phaseHistory.map((h: { to: string }) => h.to)).toEqual(['aanmelding', 'intake', 'plan', 'uitvoering']);
  });

  it('needs an exit reason to leave the approach', async () => {
    const id = await accepted();
    const none = await post(pga, `${base}/${id}/transitions`, { to: 'uitstroom' });
    expect(paths(none)).toEqual(['body.reason']);
    const wrong = await post(pga, `${base}/${id}/transitions`, { to: 'uitstroom', reason: 'not_accepted' });
    expect(paths(wrong)).toEqual(['body.reason']);
    const bogus = await post(pga, `${base}/${id}/transitions`, { to: 'uitstroom', reason: 'bored' });
    expect(paths(bogus)).toEqual(['body.reason']);
  });
});

describe('reviews', () => {
  it('refuses a review without a decision, with a clear message, and changes nothing', async () => {
    const id = await accepted();
    const before = await counts(id);
    const res = await post(pga, `${base}/${id}/reviews`, { kind: 'proportionality', reviewedOn: today, criteriaStillHold: true, motivation: 3, resilience: 3 });
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(['body.decision']);
    expect(ej(res).errors[0]?.message).toContain('zonder besluit');
    expect(await counts(id)).toEqual(before);
  });

  it('refuses bad input: continue when the criteria no longer hold, scores out of range, dates out of order', async () => {
    const id = await accepted();
    const before = await counts(id);
    const review = { kind: 'proportionality', reviewedOn: today, criteriaStillHold: true, decision: 'continue', motivation: 3, resilience: 3 };
    expect(paths(await post(pga, `${base}/${id}/reviews`, { ...review, criteriaStillHold: false }))).toEqual(['body.decision']);
    expect(paths(await post(pga, `${base}/${id}/reviews`, { ...review, criteriaStillHold: null }))).toEqual(['body.criteriaStillHold']);
    expect(paths(await post(pga, `${base}/${id}/reviews`, { ...review, motivation: 6 }))).toEqual(['body.motivation']);
    expect(paths(await post(pga, `${base}/${id}/reviews`, { ...review, reviewedOn: daysFrom(today, 1) }))).toEqual(['body.reviewedOn']);
    expect(paths(await post(pga, `${base}/${id}/reviews`, { ...review, reviewedOn: '2020-01-01' }))).toEqual(['body.reviewedOn']);
    expect(paths(await post(pga, `${base}/${id}/reviews`, { ...review, decision: 'exit' }))).toEqual(['body.exitReason']);
    expect(await counts(id)).toEqual(before);
  });

  it('records motivation and resilience; a progress review leaves the review date alone', async () => {
    const id = await accepted();
    const due = (await counts(id)).next_review_due;
    const res = await post(pga, `${base}/${id}/reviews`, {
      kind: 'progress',
      reviewedOn: today,
      decision: 'continue',
      motivation: 4,
      resilience: 2,
      note: 'Gaat weer naar school.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(dj(res).reviews[0]).toMatchObject({ kind: 'progress', motivation: 4, resilience: 2, criteriaStillHold: null, decision: 'continue' });
    expect(dj(res).nextReviewDue).toBe(due);
  });

  it('moves to nazorg by a review decision and plans the follow-ups', async () => {
    const id = await accepted();
    const res = await post(pga, `${base}/${id}/reviews`, {
      kind: 'proportionality',
      reviewedOn: today,
      criteriaStillHold: false,
      decision: 'to_aftercare',
      exitReason: 'criteria_no_longer_met',
      motivation: 5,
      resilience: 4,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(dj(res)).toMatchObject({ phase: 'nazorg', exit: { reason: 'criteria_no_longer_met', on: today } });
    expect(dj(res).followUps.map((f: { months: number }) => f.months)).toEqual([3, 6, 12]);
  });
});

describe('follow-up after exit and re-entry', () => {
  it('gives the regisseur tasks at 3, 6 and 12 months when the trajectory moves to nazorg', async () => {
    const id = await accepted();
    await post(pga, `${base}/${id}/transitions`, { to: 'uitvoering' });
    const res = await post(pga, `${base}/${id}/transitions`, { to: 'nazorg', reason: 'goals_reached', note: 'Heeft een baan met status.' });
    expect(res.statusCode, res.body).toBe(200);
    const body = dj(res);
    expect(body.followUps.map((f: { dueDate: string }) => f.dueDate)).toEqual([addMonths(today, 3), addMonths(today, 6), addMonths(today, 12)]);
    const tasks = (await t.as(pga, { method: 'GET', url: '/api/v1/tasks/mine' })).json().items as {
      title: string;
      recordId: string;
      module: string;
      dueDate: string;
    }[];
    const mine = tasks.filter((x) => x.recordId === id);
    expect(mine.map((x) => x.dueDate)).toEqual([addMonths(today, 3), addMonths(today, 6), addMonths(today, 12)]);
    expect(mine[0]).toMatchObject({ module: 'careers', title: `Nazorgcontact na 3 maanden: ${body.number}` });
    // The partner on the team gets no follow-up task.
    const schoolTasks = (await t.as(school, { method: 'GET', url: '/api/v1/tasks/mine' })).json().items as { recordId: string }[];
    expect(schoolTasks.filter((x) => x.recordId === id)).toHaveLength(0);

    // Completing a follow-up completes its task.
    const first = body.followUps[0]!;
    const empty = await post(pga, `${base}/${id}/follow-ups/${first.id}/complete`, { note: ' ' });
    expect(paths(empty)).toEqual(['body.note']);
    const done = await post(pga, `${base}/${id}/follow-ups/${first.id}/complete`, { note: 'Gaat goed; werkt nog bij de bakker.' });
    expect(done.statusCode, done.body).toBe(200);
    expect(dj(done).followUps[0]).toMatchObject({ status: 'done', doneOn: today });
    const task = await t.db.selectFrom('tasks').select('status').where('id', '=', first.taskId).executeTakeFirstOrThrow();
    expect(task.status).toBe('done');
    expect((await post(pga, `${base}/${id}/follow-ups/${first.id}/complete`, { note: 'Nog eens.' })).statusCode).toBe(409);

    // Re-entry in one step: open follow-ups cancelled, their tasks closed.
    const noReason = await post(pga, `${base}/${id}/re-entry`, { reason: '' });
    expect(paths(noReason)).toEqual(['body.reason']);
    const back = await post(pga, `${base}/${id}/re-entry`, { reason: 'Terugval: weer gezien bij de dealer.' });
    expect(back.statusCode, back.body).toBe(200);
    expect(dj(back)).toMatchObject({ phase: 'uitvoering', exit: { reason: null } });
    expect(dj(back).followUps.map((f: { status: string }) => f.status)).toEqual(['done', 'cancelled', 'cancelled']);
    const after = (await t.as(pga, { method: 'GET', url: '/api/v1/tasks/mine' })).json().items as { recordId: string }[];
    expect(after.filter((x) => x.recordId === id)).toHaveLength(0);
  });

  it('plans follow-ups on a direct exit from uitvoering, and re-entry from uitstroom works once accepted', async () => {
    const id = await accepted();
    await post(pga, `${base}/${id}/transitions`, { to: 'uitvoering' });
    const out = await post(pga, `${base}/${id}/transitions`, { to: 'uitstroom', reason: 'moved_away' });
    expect(dj(out)).toMatchObject({ phase: 'uitstroom', nextReviewDue: null });
    expect(dj(out).followUps).toHaveLength(3);
    const back = await post(pga, `${base}/${id}/re-entry`, { reason: 'Weer terug in Utrecht.' });
    expect(back.statusCode).toBe(200);
    expect(dj(back).nextReviewDue).toBe(addMonths(today, 3));
  });

  it('applies the review guard to re-entry from nazorg', async () => {
    const id = await accepted();
    await post(pga, `${base}/${id}/transitions`, { to: 'nazorg', reason: 'goals_reached' });
    await t.db
      .updateTable('trajectories')
      .set({ next_review_due: daysFrom(today, -3) })
      .where('id', '=', id)
      .execute();
    const before = await counts(id);
    const res = await post(pga, `${base}/${id}/re-entry`, { reason: 'Terugval.' });
    expect(res.statusCode).toBe(400);
    expect(await counts(id)).toEqual(before);
    // Leaving to uitstroom is not blocked by the guard, and plans no new follow-ups.
    const out = await post(pga, `${base}/${id}/transitions`, { to: 'uitstroom', reason: 'aftercare_completed' });
    expect(out.statusCode).toBe(200);
    expect(dj(out).followUps).toHaveLength(3);
  });
});

describe('team', () => {
  it('refuses a partner adding themselves, changes nothing and logs the denial', async () => {
    const id = await accepted();
    const before = await counts(id);
    // On the team (the referring school) but read-only: 403.
    const self = await post(school, `${base}/${id}/team`, { userId: school.user.id, teamRole: 'mentor' });
    expect(self.statusCode).toBe(403);
    // Not on the team: the trajectory does not exist for them (404).
    const outside = await post(outsider, `${base}/${id}/team`, { userId: outsider.user.id, teamRole: 'jongerenwerker' });
    expect([403, 404]).toContain(outside.statusCode);
    expect(await counts(id)).toEqual(before);
    const denials = await t.db
      .selectFrom('audit_events')
      .select(['actor_user_id', 'outcome', 'object_type', 'object_id'])
      .where('action', '=', 'deny')
      .where('actor_user_id', 'in', [school.user.id, outsider.user.id])
      .where((eb) => eb.or([eb('object_id', '=', id), eb('object_id', 'like', '%/:id/team')]))
      .execute();
    expect(new Set(denials.map((d) => d.actor_user_id))).toEqual(new Set([school.user.id, outsider.user.id]));
  });

  it('lets the regisseur add and remove candidates, but never remove the regisseur', async () => {
    const id = await accepted();
    const candidates = await t.as(pga, { method: 'GET', url: `${base}/team-candidates?q=${encodeURIComponent(care.user.username)}` });
    expect(lj(candidates).items.map((c: { id: string }) => c.id)).toEqual([care.user.id]);
    expect((await t.as(school, { method: 'GET', url: `${base}/team-candidates` })).statusCode).toBe(403);
    const regisseurs = lj(await t.as(pga, { method: 'GET', url: `${base}/team-candidates?regisseurs=true` })).items as unknown as { role: string }[];
    expect(regisseurs.length).toBeGreaterThanOrEqual(2);
    expect(regisseurs.every((c) => c.role === 'pga_director')).toBe(true);
    const add = await post(pga, `${base}/${id}/team`, { userId: care.user.id, teamRole: 'zorgverlener' });
    expect(add.statusCode, add.body).toBe(200);
    expect(dj(add).team.map((m: { userId: string }) => m.userId)).toContain(care.user.id);
    expect((await post(pga, `${base}/${id}/team`, { userId: care.user.id, teamRole: 'zorgverlener' })).statusCode).toBe(409);
    expect(paths(await post(pga, `${base}/${id}/team`, { userId: management.user.id, teamRole: 'mentor' }))).toEqual(['body.userId']);
    expect(paths(await post(pga, `${base}/${id}/team`, { userId: police.user.id, teamRole: 'regisseur' }))).toEqual(['body.teamRole']);
    expect(paths(await post(pga, `${base}/${id}/team`, { userId: police.user.id, teamRole: 'boss' }))).toEqual(['body.teamRole']);
    expect((await detail(care, id)).statusCode).toBe(200);
    expect((await t.as(pga, { method: 'DELETE', url: `${base}/${id}/team/${pga.user.id}` })).statusCode).toBe(409);
    const removed = await t.as(pga, { method: 'DELETE', url: `${base}/${id}/team/${care.user.id}` });
    expect(removed.statusCode).toBe(200);
    expect((await detail(care, id)).statusCode).toBe(404);
    expect((await t.as(pga, { method: 'DELETE', url: `${base}/${id}/team/${care.user.id}` })).statusCode).toBe(404);
  });
});

describe('family', () => {
  it('adds a family member only by an explicit motivated decision', async () => {
    const id = await accepted();
    expect(dj(await detail(pga, id)).familyDecisions).toEqual([]);
    const short = await post(pga, `${base}/${id}/family`, { name: 'Sem de Testjongere', relation: 'broer', motivation: 'Ook betrokken.' });
    expect(paths(short)).toEqual(['body.motivation']);
    const hidden = await post(pga, `${base}/${id}/family`, {
      name: 'Sem de Testjongere',
      relation: 'broer',
      motivation: 'Wordt door dezelfde ronselaar benaderd; samen met het gezin aanpakken.',
      subjectId: '00000000-0000-4000-8000-000000000000',
    });
    expect(paths(hidden)).toEqual(['body.subjectId']);
    const ok = await post(pga, `${base}/${id}/family`, {
      name: 'Sem de Testjongere',
      relation: 'broer',
      motivation: 'Wordt door dezelfde ronselaar benaderd; samen met het gezin aanpakken.',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(dj(ok).familyDecisions).toEqual([expect.objectContaining({ name: 'Sem de Testjongere', relation: 'broer', subjectId: null })]);
    expect((await post(school, `${base}/${id}/family`, { name: 'X', relation: 'zus', motivation: 'Een motivering van voldoende lengte.' })).statusCode).toBe(
      403,
    );
  });
});

describe('lists and need-to-know', () => {
  it('shows mine, queue and team scopes with open actions and overdue reviews', async () => {
    const id = await accepted();
    await t.db
      .updateTable('trajectories')
      .set({ next_review_due: daysFrom(today, -1) })
      .where('id', '=', id)
      .execute();
    const task = await t.db
      .insertInto('plan_actions')
      .values({
        trajectory_id: id,
        goal_id: null,
        conference_item_id: null,
        description: 'Gesprek met ouders',
        responsible_user_id: pga.user.id,
        due_date: today,
        task_id: null,
        created_by: pga.user.id,
        completed_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('plan_actions')
      .values({
        trajectory_id: id,
        goal_id: null,
        conference_item_id: null,
        description: 'Klaar',
        responsible_user_id: pga.user.id,
        due_date: today,
        status: 'done',
        task_id: null,
        created_by: pga.user.id,
        completed_at: new Date(),
      })
      .execute();
    expect(task.id).toBeTruthy();
    const mine = await t.as(pga, { method: 'GET', url: `${base}?scope=mine&pageSize=100` });
    expect(mine.statusCode).toBe(200);
    const item = lj(mine).items.find((i: { id: string }) => i.id === id)!;
    expect(item).toMatchObject({
      phase: 'plan',
      reviewOverdue: true,
      openActions: 1,
      regisseur: { id: pga.user.id },
      targetGroup: 'jonge_aanwas',
      wijkCode: 'WK034401',
    });
    expect(lj(mine).total).toBeGreaterThanOrEqual(lj(mine).items.length);
    expect(lj(mine).items.every((i: { regisseur: { id: string } | null }) => i.regisseur?.id === pga.user.id)).toBe(true);
    // The referring school sees it in the team scope; filters and paging work.
    const team = await t.as(school, { method: 'GET', url: `${base}?pageSize=100` });
    expect(lj(team).items.map((i: { id: string }) => i.id)).toContain(id);
    const filtered = await t.as(school, { method: 'GET', url: `${base}?phase=uitstroom&pageSize=100` });
    expect(lj(filtered).items.every((i: { phase: string }) => i.phase === 'uitstroom')).toBe(true);
    const page = await t.as(school, { method: 'GET', url: `${base}?pageSize=2&page=1` });
    expect(lj(page).items).toHaveLength(2);
    expect(lj(page).total).toBe(lj(team).total);
    const number = item.number;
    const search = await t.as(pga, { method: 'GET', url: `${base}?q=${number}` });
    expect(lj(search).items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect((await t.as(pga, { method: 'GET', url: `${base}?scope=everything` })).statusCode).toBe(400);
    // A partner's queue is empty.
    expect(lj(await t.as(school, { method: 'GET', url: `${base}?scope=queue` }))).toMatchObject({ items: [], total: 0 });
  });

  it('hides a trajectory from a partner not on the team, from an analyst, and refuses management', async () => {
    const id = await accepted();
    expect((await detail(outsider, id)).statusCode).toBe(404);
    const list = await t.as(outsider, { method: 'GET', url: `${base}?pageSize=100` });
    expect(lj(list).items.map((i: { id: string }) => i.id)).not.toContain(id);
    // records:read_all does not apply to trajectories.
    expect((await detail(analyst, id)).statusCode).toBe(404);
    expect(lj(await t.as(analyst, { method: 'GET', url: `${base}?pageSize=100` })).total).toBe(0);
    expect((await detail(management, id)).statusCode).toBe(403);
    expect((await t.as(management, { method: 'GET', url: base })).statusCode).toBe(403);
    // A regisseur who is not on the team does not see an assigned trajectory either.
    expect((await detail(pga2, id)).statusCode).toBe(404);
    const denied = await t.db
      .selectFrom('audit_events')
      .select('id')
      .where('object_id', '=', id)
      .where('actor_user_id', '=', outsider.user.id)
      .where('action', '=', 'deny')
      .execute();
    expect(denied).toHaveLength(1);
  });

  it('logs reads in the processing log for the registry person', async () => {
    const id = await accepted();
    const before = await t.db
      .selectFrom('processing_log')
      .select(t.db.fn.countAll<string>().as('n'))
      .where('activity_code', '=', 'person_centred_approach')
      .executeTakeFirstOrThrow();
    await detail(youthWorker, id).then((r) => expect(r.statusCode).toBe(404));
    await detail(pga, id);
    const after = await t.db
      .selectFrom('processing_log')
      .select(t.db.fn.countAll<string>().as('n'))
      .where('activity_code', '=', 'person_centred_approach')
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + 1);
  });
});

describe('demo data', () => {
  it('seeds six fictitious trajectories once, in different phases, through the services', async () => {
    const demo = await createTestApp();
    try {
      await seedDemo(demo.db, demo.config.secrets.encryptionKey);
      await seedTrajectoriesDemo(demo.db, demo.config);
      await seedTrajectoriesDemo(demo.db, demo.config);
      const rows = await demo.db.selectFrom('trajectories').select(['id', 'phase', 'next_review_due', 'regisseur_user_id']).execute();
      expect(rows.map((r) => r.phase).sort()).toEqual(['aanmelding', 'intake', 'nazorg', 'plan', 'uitvoering', 'uitvoering']);
      expect(rows.filter((r) => r.next_review_due !== null && r.next_review_due < today && r.phase !== 'uitstroom')).toHaveLength(1);
      const followUps = await demo.db.selectFrom('career_follow_ups').select(['months', 'task_id']).execute();
      expect(followUps.map((f) => f.months).sort((a, b) => a - b)).toEqual([3, 6, 12]);
      expect(followUps.every((f) => f.task_id !== null)).toBe(true);
      const zorg = await demo.db
        .selectFrom('record_team as rt')
        .innerJoin('users as u', 'u.id', 'rt.user_id')
        .select('rt.record_id')
        .where('u.username', '=', 'zorg')
        .where('rt.record_type', '=', 'trajectory')
        .execute();
      expect(zorg).toHaveLength(1);
    } finally {
      await demo.close();
    }
  });
});
