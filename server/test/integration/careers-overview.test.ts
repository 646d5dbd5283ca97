import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OverviewView } from '../../src/modules/careers/overview.schemas.js';
import { amsterdamToday } from '../../src/modules/tasks/index.js';
import { createTestApp, type Signed, type TestApp } from '../harness.js';

/*
 * The overview reads the careers tables directly, so trajectories, goals, daytime activities and prevention
 * activities are inserted here as rows, with numbers chosen to hit the small-number rules exactly (4 hidden, 5
 * shown, 0 shown as 0, and the secondary rule of figures.ts).
 */

let t: TestApp;
let management: Signed;
let analyst: Signed;
let partner: Signed;
const R: Signed[] = [];
const today = amsterdamToday();
const day = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const W = (n: number) => `WK0344${String(n).padStart(2, '0')}`;
const H = { value: null, suppressed: true };
const v = (n: number) => ({ value: n, suppressed: false });

let seq = 0;
async function trajectory(values: {
  phase: string;
  targetGroup?: string | null;
  regisseur?: Signed | null;
  wijk?: string | null;
  reviewDue?: string | null;
  exitedOn?: string | null;
  exitReason?: string | null;
}): Promise<string> {
  seq += 1;
  const org = await t.db.selectFrom('organisations').select('id').where('code', '=', 'gemeente-utrecht').executeTakeFirstOrThrow();
  const row = await t.db
    .insertInto('trajectories')
    .values({
      number: `OVT-${seq}`,
      given_names: 'Testpersoon',
      surname: `Overzicht${seq}`,
      date_of_birth: '2009-01-01',
      wijk_code: values.wijk ?? null,
      referrer_org_id: org.id,
      referrer_user_id: analyst.user.id,
      referral_reason: 'Test',
      referred_on: day(-200),
      legal_basis_code: 'jeugdwet',
      target_group: values.targetGroup ?? null,
      phase: values.phase,
      regisseur_user_id: values.regisseur?.user.id ?? null,
      next_review_due: values.reviewDue ?? null,
      exited_on: values.exitedOn ?? null,
      exit_reason: values.exitReason ?? null,
      created_by: analyst.user.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
async function many(n: number, values: Parameters<typeof trajectory>[0]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(await trajectory(values));
  return ids;
}
async function goals(trajectoryId: string, status: string, n: number, changedOn: string): Promise<void> {
  for (let i = 0; i < n; i++) {
    await t.db
      .insertInto('plan_goals')
      .values({ trajectory_id: trajectoryId, domain_code: 'school', description: 'Doel', status, status_changed_on: changedOn, created_by: analyst.user.id })
      .execute();
  }
}
async function daytime(trajectoryId: string, startedOn: string, endedOn: string | null): Promise<void> {
  await t.db
    .insertInto('daytime_activities')
    .values({ trajectory_id: trajectoryId, kind: 'school', place: 'Testschool', started_on: startedOn, ended_on: endedOn, created_by: analyst.user.id })
    .execute();
}
async function prevention(setting: string, wijk: string, reach: number, startsOn = day(-30), endsOn = day(-29)): Promise<void> {
  await t.db
    .insertInto('prevention_activities')
    .values({
      title: 'Test',
      programme: 'voorlichting',
      setting,
      organisation_id: (await t.db.selectFrom('organisations').select('id').where('code', '=', 'school-utrecht').executeTakeFirstOrThrow()).id,
      wijk_code: wijk,
      starts_on: startsOn,
      ends_on: endsOn,
      reach,
      created_by: analyst.user.id,
    })
    .execute();
}
const overview = async (who: Signed, query = '') => t.as(who, { method: 'GET', url: `/api/v1/careers/overview${query}` });
const of = async (who: Signed, query = '') => {
  const res = await overview(who, query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as OverviewView;
};
const caseloadOf = (o: OverviewView, who: Signed) => o.caseload.find((c) => c.regisseur.id === who.user.id);

beforeAll(async () => {
  t = await createTestApp();
  management = await t.signIn(await t.createUser({ role: 'management' }));
  analyst = await t.signIn(await t.createUser({ role: 'analyst' }));
  partner = await t.signIn(await t.createUser({ role: 'partner', organisationCode: 'jongerenwerk-utrecht' }));
  for (let i = 0; i < 4; i++) R.push(await t.signIn(await t.createUser({ role: 'pga_director' })));
  const [r1, r2, r3, r4] = R as [Signed, Signed, Signed, Signed];

  // R1: 5 in uitvoering (jonge aanwas, West), each with a current daytime activity; no review overdue.
  const r1Ids = await many(5, { phase: 'uitvoering', targetGroup: 'jonge_aanwas', regisseur: r1, wijk: W(1), reviewDue: day(30) });
  for (const id of r1Ids) await daytime(id, day(-100), null);
  // R2: 4 in uitvoering (doorgroeier, Noordwest): one activity ending in the future (current), one ended yesterday,
  // one starting next week (neither current).
  const r2Ids = await many(4, { phase: 'uitvoering', targetGroup: 'doorgroeier', regisseur: r2, wijk: W(2), reviewDue: day(1) });
  await daytime(r2Ids[0]!, day(-50), day(20));
  await daytime(r2Ids[1]!, day(-50), day(-1));
  await daytime(r2Ids[2]!, day(7), null);
  // R3: 5 in plan with the review overdue, 5 in nazorg (exited long ago); Overvecht.
  const r3Plan = await many(5, { phase: 'plan', targetGroup: 'jonge_aanwas', regisseur: r3, wijk: W(3), reviewDue: day(-1) });
  await many(5, {
    phase: 'nazorg',
    targetGroup: 'doorgroeier',
    regisseur: r3,
    wijk: W(3),
    reviewDue: day(60),
    exitedOn: day(-500),
    exitReason: 'goals_reached',
  });
  // R4: 1 in intake, Noordoost.
  await trajectory({ phase: 'intake', targetGroup: 'jonge_aanwas', regisseur: r4, wijk: W(4), reviewDue: day(10) });
  // The queue: 3 referrals without a regisseur or target group; not active.
  await many(3, { phase: 'aanmelding', wijk: W(5) });
  // Exits: 5 goals reached and 1 moved away 10 days ago, 1 detained 400 days ago.
  await many(5, { phase: 'uitstroom', targetGroup: 'doorgroeier', exitedOn: day(-10), exitReason: 'goals_reached', wijk: W(1) });
  await trajectory({ phase: 'uitstroom', targetGroup: 'doorgroeier', exitedOn: day(-10), exitReason: 'moved_away', wijk: W(1) });
  await trajectory({ phase: 'uitstroom', targetGroup: 'doorgroeier', exitedOn: day(-400), exitReason: 'detained', wijk: W(1) });

  // Goals: this year 6 reached and 5 not reached (plus dropped and open ones, not counted); 4 reached long ago.
  await goals(r3Plan[0]!, 'reached', 6, day(-20));
  await goals(r3Plan[0]!, 'not_reached', 5, day(-5));
  await goals(r3Plan[0]!, 'dropped', 3, day(-5));
  await goals(r3Plan[1]!, 'open', 7, day(-5));
  await goals(r3Plan[1]!, 'reached', 4, day(-400));

  // Prevention: school 30 and youth work 3 in West, neighbourhood 50 in Noordwest; one long ago in Zuid.
  await prevention('school', W(1), 30);
  await prevention('youth_work', W(1), 3);
  await prevention('neighbourhood', W(2), 50);
  await prevention('school', W(7), 200, day(-500), day(-450));
});
afterAll(async () => t.close());

describe('careers overview', () => {
  it('is for aggregates:read only: a partner gets 403, management, analyst and regisseur 200', async () => {
    expect((await overview(partner)).statusCode).toBe(403);
    for (const who of [management, analyst, R[0]!]) expect((await overview(who)).statusCode).toBe(200);
  });

  it('gives caseload per regisseur with 4 hidden, 5 shown and 0 as 0', async () => {
    const o = await of(management);
    expect(o.smallNumber).toBe(5);
    expect(o.active).toEqual(v(20));
    expect(o.reviewsOverdue).toEqual(v(5));
    expect(o.caseload.length).toBe(4);
    expect(caseloadOf(o, R[0]!)).toMatchObject({ active: v(5), reviewsOverdue: v(0) });
    expect(caseloadOf(o, R[1]!)).toMatchObject({ active: H, reviewsOverdue: v(0) });
    expect(caseloadOf(o, R[2]!)).toMatchObject({ active: v(10), reviewsOverdue: v(5) });
    expect(caseloadOf(o, R[3]!)).toMatchObject({ active: H, reviewsOverdue: v(0) });
    expect(caseloadOf(o, R[0]!)!.regisseur.name).toMatch(/^Test pga_director-/);
  });

  it('gives phase × target group with the secondary rule on rows and on the active phases', async () => {
    const o = await of(management);
    expect(o.byPhase.targetGroups).toEqual(['jonge_aanwas', 'doorgroeier', 'unknown']);
    const row = (phase: string) => o.byPhase.rows.find((r) => r.phase === phase)!;
    expect(row('aanmelding')).toEqual({ phase: 'aanmelding', cells: [v(0), v(0), H], total: H });
    expect(row('intake')).toEqual({ phase: 'intake', cells: [H, v(0), v(0)], total: H });
    // 5 + 4 = 9: the 4 is hidden, so the 5 is hidden too, else 9 − 5 would give it away
    expect(row('uitvoering')).toEqual({ phase: 'uitvoering', cells: [H, H, v(0)], total: v(9) });
    expect(row('nazorg')).toEqual({ phase: 'nazorg', cells: [v(0), v(5), v(0)], total: v(5) });
    // the active phases add up to 20 (1 + 5 + 9 + 5): with intake hidden, plan (the smallest other) is hidden as well
    expect(row('plan')).toEqual({ phase: 'plan', cells: [v(5), v(0), v(0)], total: H });
    expect(row('uitstroom')).toEqual({ phase: 'uitstroom', cells: [v(0), v(7), v(0)], total: v(7) });
  });

  it('gives goals reached of decided goals and the daytime activity rate for the period', async () => {
    const o = await of(analyst);
    expect(o.goals).toEqual({ part: v(6), whole: v(11), rate: 0.545 });
    // uitvoering and nazorg: 14; with a current activity: R1's 5 and one of R2's = 6
    expect(o.daytime).toEqual({ part: v(6), whole: v(14), rate: 0.429 });
    const old = await of(analyst, `?from=${day(-450)}&to=${day(-300)}`);
    expect(old.goals).toEqual({ part: H, whole: H, rate: null });
    const both = await of(analyst, `?from=${day(-450)}&to=${today}`);
    expect(both.goals).toEqual({ part: v(10), whole: v(15), rate: 0.667 });
  });

  it('gives exits by reason in the period', async () => {
    const o = await of(management);
    const reason = (x: OverviewView, r: string) => x.exits.rows.find((e) => e.reason === r)!.count;
    // 5 goals reached + 1 moved away = 6: the 1 is hidden, and the 5 with it
    expect(reason(o, 'goals_reached')).toEqual(H);
    expect(reason(o, 'moved_away')).toEqual(H);
    expect(reason(o, 'detained')).toEqual(v(0));
    expect(o.exits.total).toEqual(v(6));
    const wide = await of(management, `?from=${day(-600)}`);
    expect(reason(wide, 'goals_reached')).toEqual(v(10));
    expect(reason(wide, 'moved_away')).toEqual(H);
    expect(reason(wide, 'detained')).toEqual(H);
    expect(wide.exits.total).toEqual(v(12));
    expect(wide.to).toBe(today);
  });

  it('gives per wijk active trajectories and prevention, and prevention totals', async () => {
    const o = await of(management);
    const wijk = (code: string) => o.byWijk.find((w) => w.wijkCode === code)!;
    expect(o.byWijk.length).toBe(10);
    expect(wijk(W(1))).toMatchObject({ wijkName: 'West', active: v(5), preventionActivities: H, preventionReach: v(33) });
    expect(wijk(W(2))).toMatchObject({ active: H, preventionActivities: H, preventionReach: v(50) });
    expect(wijk(W(3))).toMatchObject({ active: v(10), preventionActivities: v(0), preventionReach: v(0) });
    expect(wijk(W(4))).toMatchObject({ active: H });
    expect(wijk(W(7))).toMatchObject({ active: v(0), preventionActivities: v(0), preventionReach: v(0) });
    expect(o.prevention.activities).toEqual(H);
    expect(o.prevention.reach).toEqual(v(83));
    const setting = (s: string) => o.prevention.bySetting.find((x) => x.setting === s)!;
    // reach 30 + 3 + 50: the 3 is hidden, and the 30 (the smallest other) with it
    expect(setting('youth_work').reach).toEqual(H);
    expect(setting('school').reach).toEqual(H);
    expect(setting('neighbourhood').reach).toEqual(v(50));
    const wide = await of(management, `?from=${day(-600)}`);
    expect(wide.prevention).toMatchObject({ activities: H, reach: v(283) });
  });

  it('holds no case content', async () => {
    const res = await overview(management);
    expect(res.body).not.toMatch(/Testpersoon|Overzicht\d|OVT-|2009-01-01/);
  });

  it('refuses a bad period with the field path', async () => {
    const bad = await overview(management, '?from=2026-05-01&to=2026-04-30');
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['query.to']);
    const unreal = await overview(management, '?from=2026-02-30');
    expect((unreal.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['query.from']);
    const format = await overview(management, '?to=1-1-2026');
    expect(format.statusCode).toBe(400);
    expect((format.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['query.to']);
    expect((await overview(management, '?wijk=WK034401')).statusCode).toBe(400);
  });
});
