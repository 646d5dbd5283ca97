import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamToday } from '../../src/modules/tasks/index.js';
import type { ConferenceDetail, ConferenceSummary, TrajectoryConference } from '../../src/modules/careers/conferences.schemas.js';
import { addDays } from '../../src/modules/careers/conferences.service.js';
import { seedConferencesDemo } from '../../src/modules/careers/conferences.demo.js';
import { createTestApp, type Signed, type TestApp } from '../harness.js';
import { readPdf } from '../pdf.js';

let t: TestApp;
let regisseur: Signed;
let otherRegisseur: Signed;
let school: Signed;
let zorg: Signed;
let outsider: Signed;
let management: Signed;
let trajectoryA: string;
let trajectoryB: string;
let trajectoryOther: string;

const base = '/api/v1/careers/case-conferences';
const today = amsterdamToday();
const fieldErrors = (res: { json(): unknown }) => (res.json() as { errors?: { path: string; message: string }[] }).errors ?? [];

async function pdfText(content: Buffer): Promise<string> {
  return (await readPdf(content)).text;
}

let counter = 0;
/** A trajectory stored directly (the trajectory service is another area's), with its case team. */
async function trajectory(given: string, surname: string, team: { member: Signed; role: string }[]): Promise<string> {
  counter += 1;
  const org = await t.db.selectFrom('organisations').select('id').where('code', '=', 'gemeente-utrecht').executeTakeFirstOrThrow();
  const row = await t.db
    .insertInto('trajectories')
    .values({
      number: `PGA-TEST-${String(counter).padStart(4, '0')}`,
      given_names: given,
      surname,
      date_of_birth: '2009-04-01',
      wijk_code: null,
      subject_id: null,
      referrer_org_id: org.id,
      referrer_user_id: team[0]!.member.user.id,
      referral_reason: 'Signalen van ronselen op het schoolplein.',
      referred_on: addDays(today, -60),
      legal_basis_code: 'zvh_covenant',
      target_group: 'jonge_aanwas',
      informed: true,
      informed_exception: null,
      criteria_check: '[]',
      intake_decision: 'accept',
      referred_to: null,
      intake_decided_by: team[0]!.member.user.id,
      intake_decided_at: new Date(),
      phase: 'uitvoering',
      regisseur_user_id: team[0]!.member.user.id,
      next_review_due: addDays(today, 30),
      exit_reason: null,
      exited_on: null,
      created_by: team[0]!.member.user.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const { member, role } of team) {
    await t.db.insertInto('record_team').values({ record_type: 'trajectory', record_id: row.id, user_id: member.user.id, team_role: role }).execute();
  }
  return row.id;
}

async function conference(body: Record<string, unknown> = {}, as: Signed = regisseur): Promise<ConferenceDetail> {
  const res = await t.as(as, {
    method: 'POST',
    url: base,
    payload: { title: 'Casusoverleg Overvecht', heldOn: today, startsAt: '14:00', location: 'Stadskantoor', ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ConferenceDetail>();
}

async function withItems(): Promise<ConferenceDetail> {
  const c = await conference();
  let res = await t.as(regisseur, {
    method: 'POST',
    url: `${base}/${c.id}/items`,
    payload: { trajectoryId: trajectoryA, question: 'Lukt de terugkeer naar school?' },
  });
  expect(res.statusCode, res.body).toBe(200);
  res = await t.as(regisseur, {
    method: 'POST',
    url: `${base}/${c.id}/items`,
    payload: { trajectoryId: trajectoryB, question: 'Is er zorg nodig bij middelengebruik?' },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ConferenceDetail>();
}

const count = async (
  table: 'case_conference_items' | 'case_conference_decisions' | 'plan_actions' | 'tasks' | 'case_conferences' | 'case_conference_attendees',
) => Number((await t.db.selectFrom(table).select(t.db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await createTestApp();
  const user = async (role: 'pga_director' | 'partner' | 'management', organisationCode = 'gemeente-utrecht') =>
    t.signIn(await t.createUser({ role, organisationCode, maxConfidentiality: 'zaakvertrouwelijk' }));
  regisseur = await user('pga_director');
  otherRegisseur = await user('pga_director');
  school = await user('partner', 'school-utrecht');
  zorg = await user('partner', 'zorg-utrecht');
  outsider = await user('partner', 'jongerenwerk-utrecht');
  management = await user('management');
  trajectoryA = await trajectory('Daan', 'Visser', [
    { member: regisseur, role: 'regisseur' },
    { member: school, role: 'mentor' },
  ]);
  trajectoryB = await trajectory('Mila', 'Bakker', [
    { member: regisseur, role: 'regisseur' },
    { member: zorg, role: 'zorgverlener' },
  ]);
  trajectoryOther = await trajectory('Noah', 'Smit', [{ member: otherRegisseur, role: 'regisseur' }]);
});

afterAll(async () => {
  await t.close();
});

describe('case conferences: who sees which agenda items', () => {
  it('shows a partner on one of two items only that item, in detail, list and minutes', async () => {
    const c = await withItems();
    expect(c.items.map((i) => i.trajectory.id)).toEqual([trajectoryA, trajectoryB]);
    expect(c.chair.id).toBe(regisseur.user.id);
    expect(c.number).toMatch(/^CO-\d{4}-\d{4}$/);

    const logged = () =>
      t.db
        .selectFrom('processing_log')
        .select(['data_subject_type', 'activity_code'])
        .where('activity_code', '=', 'person_centred_approach')
        .where('name', '=', 'Casusoverleg')
        .execute();
    const linesBefore = (await logged()).length;
    const detail = await t.as(school, { method: 'GET', url: `${base}/${c.id}` });
    expect(detail.statusCode, detail.body).toBe(200);
    // One processing line: the one young person whose item the partner saw.
    expect((await logged()).length).toBe(linesBefore + 1);
    const seen = detail.json<ConferenceDetail>();
    expect(seen.items.map((i) => i.trajectory.name)).toEqual(['Daan Visser']);
    expect(seen.visibleItemCount).toBe(1);
    expect(seen.permissions.canManage).toBe(false);
    expect(seen.items[0]!.canWrite).toBe(false);
    expect(detail.body).not.toContain('Mila');
    expect(detail.body).not.toContain(trajectoryB);
    expect(detail.body).not.toContain('middelengebruik');

    const list = await t.as(school, { method: 'GET', url: base });
    expect(list.statusCode).toBe(200);
    const mine = list.json<{ conferences: ConferenceSummary[] }>().conferences.find((x) => x.id === c.id);
    expect(mine?.visibleItemCount).toBe(1);
    const chairList = await t.as(regisseur, { method: 'GET', url: base });
    expect(chairList.json<{ conferences: ConferenceSummary[] }>().conferences.find((x) => x.id === c.id)?.visibleItemCount).toBe(2);

    await t.as(regisseur, { method: 'POST', url: `${base}/${c.id}/items/${c.items[1]!.id}/decisions`, payload: { text: 'Verwijzen naar verslavingszorg.' } });
    const pdf = await t.as(school, { method: 'GET', url: `${base}/${c.id}/minutes.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['cache-control']).toBe('no-store');
    expect(String(pdf.headers['content-disposition'])).toContain(`notulen-${c.number}.pdf`);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain(`Notulen casusoverleg: Casusoverleg Overvecht`);
    expect(text).toContain('Daan Visser');
    expect(text).toContain('Lukt de terugkeer naar school?');
    expect(text).not.toContain('Mila');
    expect(text).not.toContain('Bakker');
    expect(text).not.toContain('verslavingszorg');

    const chairPdf = await pdfText((await t.as(regisseur, { method: 'GET', url: `${base}/${c.id}/minutes.pdf` })).rawPayload);
    expect(chairPdf).toContain('Mila Bakker');
    expect(chairPdf).toContain('Verwijzen naar verslavingszorg.');

    const trail = await t.db
      .selectFrom('audit_events')
      .select(['action', 'object_id'])
      .where('object_type', '=', 'case_conference')
      .where('actor_user_id', '=', school.user.id)
      .where('action', '=', 'read')
      .execute();
    expect(trail.length).toBeGreaterThanOrEqual(2);
  });

  it('gives a partner on no item 404 and management 403, for detail, minutes and list', async () => {
    const c = await withItems();
    for (const url of [`${base}/${c.id}`, `${base}/${c.id}/minutes.pdf`]) {
      expect((await t.as(outsider, { method: 'GET', url })).statusCode).toBe(404);
      expect((await t.as(otherRegisseur, { method: 'GET', url })).statusCode).toBe(404);
      expect((await t.as(management, { method: 'GET', url })).statusCode).toBe(403);
    }
    const list = await t.as(outsider, { method: 'GET', url: base });
    expect(list.json<{ conferences: ConferenceSummary[] }>().conferences.find((x) => x.id === c.id)).toBeUndefined();
    expect((await t.as(management, { method: 'GET', url: base })).statusCode).toBe(403);
    const denied = await t.db
      .selectFrom('audit_events')
      .select('id')
      .where('object_type', '=', 'case_conference')
      .where('object_id', '=', c.id)
      .where('outcome', '=', 'denied')
      .where('actor_user_id', '=', outsider.user.id)
      .execute();
    expect(denied.length).toBeGreaterThan(0);
  });

  it('shows an attendee with an account the conference, but not the items of trajectories they are not on', async () => {
    const c = await withItems();
    const res = await t.as(regisseur, {
      method: 'PUT',
      url: `${base}/${c.id}/attendance`,
      payload: {
        attendees: [
          { userId: outsider.user.id, present: true },
          { name: 'Bram de Wit', organisation: 'Leerplicht', present: false },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const seen = await t.as(outsider, { method: 'GET', url: `${base}/${c.id}` });
    expect(seen.statusCode).toBe(200);
    expect(seen.json<ConferenceDetail>().items).toEqual([]);
    expect(seen.json<ConferenceDetail>().attendees.map((a) => [a.name, a.present])).toEqual([
      ['Bram de Wit', false],
      [`Test ${outsider.user.username}`, true],
    ]);
    const list = await t.as(outsider, { method: 'GET', url: base });
    expect(list.json<{ conferences: ConferenceSummary[] }>().conferences.find((x) => x.id === c.id)?.visibleItemCount).toBe(0);
  });

  it('lists the conferences and decisions of one trajectory for its team only', async () => {
    const c = await withItems();
    await t.as(regisseur, { method: 'POST', url: `${base}/${c.id}/items/${c.items[0]!.id}/decisions`, payload: { text: 'Stage zoeken via jongerenwerk.' } });
    const res = await t.as(school, { method: 'GET', url: `${base}/trajectories/${trajectoryA}` });
    expect(res.statusCode, res.body).toBe(200);
    const found = res.json<{ conferences: TrajectoryConference[] }>().conferences.find((x) => x.id === c.id);
    expect(found?.decisions.map((d) => d.text)).toEqual(['Stage zoeken via jongerenwerk.']);
    expect((await t.as(school, { method: 'GET', url: `${base}/trajectories/${trajectoryB}` })).statusCode).toBe(404);
    expect((await t.as(management, { method: 'GET', url: `${base}/trajectories/${trajectoryA}` })).statusCode).toBe(403);
  });
});

describe('case conferences: recording', () => {
  it('records a decision, and an action that becomes a task for the responsible team member', async () => {
    const c = await withItems();
    const item = c.items[0]!;
    let res = await t.as(regisseur, { method: 'PATCH', url: `${base}/${c.id}/items/${item.id}`, payload: { discussion: 'Daan wil terug naar school.' } });
    expect(res.statusCode, res.body).toBe(200);
    res = await t.as(regisseur, { method: 'POST', url: `${base}/${c.id}/items/${item.id}/decisions`, payload: { text: 'Terug naar school per januari.' } });
    expect(res.statusCode, res.body).toBe(200);
    res = await t.as(regisseur, {
      method: 'POST',
      url: `${base}/${c.id}/items/${item.id}/actions`,
      payload: { description: 'Intakegesprek met de mentor plannen', responsibleUserId: school.user.id, dueDate: addDays(today, 14) },
    });
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json<ConferenceDetail>();
    const recorded = detail.items.find((i) => i.id === item.id)!;
    expect(recorded.discussion).toBe('Daan wil terug naar school.');
    expect(recorded.decisions.map((d) => d.text)).toEqual(['Terug naar school per januari.']);
    expect(recorded.actions).toHaveLength(1);
    expect(recorded.actions[0]!.responsible.id).toBe(school.user.id);
    const task = await t.db.selectFrom('tasks').selectAll().where('id', '=', recorded.actions[0]!.taskId!).executeTakeFirstOrThrow();
    expect(task.assignee_user_id).toBe(school.user.id);
    expect(task.module).toBe('careers');
    const action = await t.db.selectFrom('plan_actions').selectAll().where('id', '=', recorded.actions[0]!.id).executeTakeFirstOrThrow();
    expect(action.conference_item_id).toBe(item.id);
    expect(action.goal_id).toBeNull();
    expect(action.trajectory_id).toBe(trajectoryA);

    const pdf = await pdfText((await t.as(school, { method: 'GET', url: `${base}/${c.id}/minutes.pdf` })).rawPayload);
    expect(pdf).toContain('Terug naar school per januari.');
    expect(pdf).toContain('Intakegesprek met de mentor plannen');
    expect(pdf).toContain(`verantwoordelijk: Test ${school.user.username}`);
  });

  it('refuses an action for someone not on the team, or due before the conference, and changes nothing', async () => {
    const c = await withItems();
    const item = c.items[0]!;
    const [actions, tasks] = [await count('plan_actions'), await count('tasks')];
    let res = await t.as(regisseur, {
      method: 'POST',
      url: `${base}/${c.id}/items/${item.id}/actions`,
      payload: { description: 'Zorgtraject starten', responsibleUserId: zorg.user.id, dueDate: addDays(today, 7) },
    });
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res).map((e) => e.path)).toEqual(['body.responsibleUserId']);
    res = await t.as(regisseur, {
      method: 'POST',
      url: `${base}/${c.id}/items/${item.id}/actions`,
      payload: { description: 'Terugblik', responsibleUserId: school.user.id, dueDate: addDays(today, -3) },
    });
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res).map((e) => e.path)).toEqual(['body.dueDate']);
    res = await t.as(regisseur, {
      method: 'POST',
      url: `${base}/${c.id}/items/${item.id}/actions`,
      payload: { description: 'Terugblik', responsibleUserId: school.user.id, dueDate: '2026-02-30' },
    });
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res).map((e) => e.path)).toEqual(['body.dueDate']);
    expect([await count('plan_actions'), await count('tasks')]).toEqual([actions, tasks]);
  });

  it('lets a partner read but not record, and keeps items hidden from someone off the team', async () => {
    const c = await withItems();
    const decisions = await count('case_conference_decisions');
    let res = await t.as(school, { method: 'POST', url: `${base}/${c.id}/items/${c.items[0]!.id}/decisions`, payload: { text: 'Ik besluit zelf.' } });
    expect(res.statusCode).toBe(403);
    res = await t.as(school, { method: 'POST', url: `${base}/${c.id}/items/${c.items[1]!.id}/decisions`, payload: { text: 'Ik besluit zelf.' } });
    expect(res.statusCode).toBe(403);
    res = await t.as(otherRegisseur, { method: 'POST', url: `${base}/${c.id}/items/${c.items[0]!.id}/decisions`, payload: { text: 'Ik besluit zelf.' } });
    expect(res.statusCode).toBe(404);
    expect(await count('case_conference_decisions')).toBe(decisions);
  });

  it('does not record before the day of the conference, and marks as held only on the day with an agenda', async () => {
    const later = await conference({ heldOn: addDays(today, 7) });
    let res = await t.as(regisseur, { method: 'POST', url: `${base}/${later.id}/items`, payload: { trajectoryId: trajectoryA } });
    expect(res.statusCode).toBe(200);
    const item = res.json<ConferenceDetail>().items[0]!;
    res = await t.as(regisseur, { method: 'POST', url: `${base}/${later.id}/items/${item.id}/decisions`, payload: { text: 'Te vroeg.' } });
    expect(res.statusCode).toBe(409);
    res = await t.as(regisseur, { method: 'POST', url: `${base}/${later.id}/hold` });
    expect(res.statusCode).toBe(409);

    const empty = await conference();
    expect((await t.as(regisseur, { method: 'POST', url: `${base}/${empty.id}/hold` })).statusCode).toBe(409);

    const now = await withItems();
    expect((await t.as(school, { method: 'POST', url: `${base}/${now.id}/hold` })).statusCode).toBe(403);
    res = await t.as(regisseur, { method: 'POST', url: `${base}/${now.id}/hold` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ConferenceDetail>().status).toBe('held');
    // After holding: decisions can still be recorded (within the recording window), the agenda is fixed.
    res = await t.as(regisseur, { method: 'POST', url: `${base}/${now.id}/items/${now.items[0]!.id}/decisions`, payload: { text: 'Nagekomen besluit.' } });
    expect(res.statusCode).toBe(200);
    res = await t.as(regisseur, { method: 'POST', url: `${base}/${now.id}/items`, payload: { trajectoryId: trajectoryA } });
    expect(res.statusCode).toBe(409);
    res = await t.as(regisseur, { method: 'DELETE', url: `${base}/${now.id}/items/${now.items[1]!.id}` });
    expect(res.statusCode).toBe(409);
  });

  it('closes the minutes 14 days after the conference, and filters the list by status', async () => {
    const old = await conference({ heldOn: addDays(today, -20) });
    let res = await t.as(regisseur, { method: 'POST', url: `${base}/${old.id}/items`, payload: { trajectoryId: trajectoryA } });
    expect(res.statusCode).toBe(200);
    const item = res.json<ConferenceDetail>().items[0]!;
    expect(res.json<ConferenceDetail>().permissions.recordingOpen).toBe(false);
    expect(res.json<ConferenceDetail>().recordingUntil).toBe(addDays(today, -6));
    const decisions = await count('case_conference_decisions');
    res = await t.as(regisseur, { method: 'POST', url: `${base}/${old.id}/items/${item.id}/decisions`, payload: { text: 'Te laat.' } });
    expect(res.statusCode).toBe(409);
    res = await t.as(regisseur, { method: 'PATCH', url: `${base}/${old.id}/items/${item.id}`, payload: { discussion: 'Te laat.' } });
    expect(res.statusCode).toBe(409);
    expect(await count('case_conference_decisions')).toBe(decisions);
    expect((await t.as(regisseur, { method: 'POST', url: `${base}/${old.id}/hold` })).statusCode).toBe(200);

    const held = (await t.as(regisseur, { method: 'GET', url: `${base}?status=held` })).json<{ conferences: ConferenceSummary[] }>().conferences;
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((c) => c.status === 'held')).toBe(true);
    expect(held.some((c) => c.id === old.id)).toBe(true);
    const planned = (await t.as(regisseur, { method: 'GET', url: `${base}?status=planned` })).json<{ conferences: ConferenceSummary[] }>().conferences;
    expect(planned.some((c) => c.id === old.id)).toBe(false);
    expect((await t.as(regisseur, { method: 'GET', url: `${base}?status=old` })).statusCode).toBe(400);
  });

  it('invites the teams of the agenda items', async () => {
    const c = await withItems();
    const res = await t.as(regisseur, { method: 'POST', url: `${base}/${c.id}/attendance/invite-team` });
    expect(res.statusCode, res.body).toBe(200);
    const ids = res.json<ConferenceDetail>().attendees.map((a) => a.userId);
    expect(new Set(ids)).toEqual(new Set([regisseur.user.id, school.user.id, zorg.user.id]));
    expect(res.json<ConferenceDetail>().attendees.every((a) => a.present === null)).toBe(true);
    // Twice changes nothing.
    const again = await t.as(regisseur, { method: 'POST', url: `${base}/${c.id}/attendance/invite-team` });
    expect(again.json<ConferenceDetail>().attendees).toHaveLength(3);
  });

  it('removes an item without decisions while planned', async () => {
    const c = await withItems();
    const res = await t.as(regisseur, { method: 'DELETE', url: `${base}/${c.id}/items/${c.items[1]!.id}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ConferenceDetail>().items.map((i) => i.trajectory.id)).toEqual([trajectoryA]);
    expect((await t.as(zorg, { method: 'GET', url: `${base}/${c.id}` })).statusCode).toBe(404);
  });
});

describe('case conferences: bad input', () => {
  it('refuses an item for a trajectory the chair is not on, and changes nothing', async () => {
    const c = await conference();
    const before = await count('case_conference_items');
    let res = await t.as(regisseur, { method: 'POST', url: `${base}/${c.id}/items`, payload: { trajectoryId: trajectoryOther } });
    expect(res.statusCode).toBe(404);
    res = await t.as(regisseur, { method: 'POST', url: `${base}/${c.id}/items`, payload: { trajectoryId: 'not-a-uuid' } });
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res).map((e) => e.path)).toContain('body.trajectoryId');
    res = await t.as(regisseur, { method: 'POST', url: `${base}/${c.id}/items`, payload: { trajectoryId: trajectoryA } });
    expect(res.statusCode).toBe(200);
    res = await t.as(regisseur, { method: 'POST', url: `${base}/${c.id}/items`, payload: { trajectoryId: trajectoryA } });
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res).map((e) => e.path)).toEqual(['body.trajectoryId']);
    expect(await count('case_conference_items')).toBe(before + 1);
  });

  it('lets only the chair change the agenda and attendance', async () => {
    const c = await withItems();
    // otherRegisseur is on trajectoryOther only and does not see this conference at all.
    expect((await t.as(otherRegisseur, { method: 'POST', url: `${base}/${c.id}/items`, payload: { trajectoryId: trajectoryOther } })).statusCode).toBe(404);
    expect((await t.as(school, { method: 'PUT', url: `${base}/${c.id}/attendance`, payload: { attendees: [] } })).statusCode).toBe(403);
    expect((await t.as(management, { method: 'POST', url: base, payload: { title: 'X', heldOn: today } })).statusCode).toBe(403);
    expect((await t.as(school, { method: 'POST', url: base, payload: { title: 'X', heldOn: today } })).statusCode).toBe(403);
  });

  it('refuses invalid dates, times and attendees with a field path', async () => {
    const before = await count('case_conferences');
    const post = (payload: unknown) => t.as(regisseur, { method: 'POST', url: base, payload });
    let res = await post({ title: 'Overleg', heldOn: '2026-13-01' });
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res).map((e) => e.path)).toEqual(['body.heldOn']);
    res = await post({ title: 'Overleg', heldOn: 'morgen' });
    expect(fieldErrors(res).map((e) => e.path)).toEqual(['body.heldOn']);
    res = await post({ title: 'Overleg', heldOn: addDays(today, 800) });
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res).map((e) => e.path)).toEqual(['body.heldOn']);
    res = await post({ title: 'Overleg', heldOn: today, startsAt: '25:00' });
    expect(fieldErrors(res).map((e) => e.path)).toEqual(['body.startsAt']);
    res = await post({ title: '  ', heldOn: today });
    expect(fieldErrors(res).map((e) => e.path)).toEqual(['body.title']);
    expect(await count('case_conferences')).toBe(before);

    const c = await conference();
    const attendees = await count('case_conference_attendees');
    res = await t.as(regisseur, {
      method: 'PUT',
      url: `${base}/${c.id}/attendance`,
      payload: { attendees: [{ userId: school.user.id }, { userId: school.user.id }] },
    });
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res).map((e) => e.path)).toEqual(['body.attendees.1.userId']);
    res = await t.as(regisseur, {
      method: 'PUT',
      url: `${base}/${c.id}/attendance`,
      payload: { attendees: [{ userId: '00000000-0000-4000-8000-000000000000', present: true }] },
    });
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res).map((e) => e.path)).toEqual(['body.attendees.0.userId']);
    expect(await count('case_conference_attendees')).toBe(attendees);
  });
});

describe('case conferences: demo', () => {
  it('seeds a held conference with two items, decisions and an action, and a planned one; only once', async () => {
    const main = t;
    t = await createTestApp();
    try {
      await seedConferencesDemo(t.db, t.config);
      expect(await count('case_conferences')).toBe(0); // no demo regisseur or trajectories yet: nothing
      const pga = await t.signIn(await t.createUser({ role: 'pga_director', username: 'pga', maxConfidentiality: 'vertrouwelijk' }));
      const mentor = await t.signIn(await t.createUser({ role: 'partner', organisationCode: 'school-utrecht', maxConfidentiality: 'zaakvertrouwelijk' }));
      await trajectory('Sem', 'de Jong', [
        { member: pga, role: 'regisseur' },
        { member: mentor, role: 'mentor' },
      ]);
      await trajectory('Lina', 'Mulder', [{ member: pga, role: 'regisseur' }]);
      await seedConferencesDemo(t.db, t.config);
      await seedConferencesDemo(t.db, t.config);
      const list = (await t.as(pga, { method: 'GET', url: base })).json<{ conferences: ConferenceSummary[] }>().conferences;
      expect(list.map((c) => [c.status, c.visibleItemCount])).toEqual([
        ['planned', 1],
        ['held', 2],
      ]);
      const held = (await t.as(pga, { method: 'GET', url: `${base}/${list[1]!.id}` })).json<ConferenceDetail>();
      expect(held.items.every((i) => i.decisions.length > 0 && i.discussion !== '')).toBe(true);
      expect(held.items[0]!.actions[0]!.responsible.id).toBe(mentor.user.id);
      expect(held.attendees.some((a) => a.userId === null)).toBe(true);
      const mentorView = (await t.as(mentor, { method: 'GET', url: `${base}/${list[1]!.id}` })).json<ConferenceDetail>();
      expect(mentorView.items.map((i) => i.trajectory.name)).toEqual(['Sem de Jong']);
    } finally {
      await t.close();
      t = main;
    }
  });
});
