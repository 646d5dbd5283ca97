import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimCareersRetention } from '../../src/modules/careers/retention.js';
import { createTestApp, type Signed, type TestApp } from '../harness.js';

/** Retention of trajectories: what goes when, what stays, who may run it. */

let t: TestApp;
let regisseur: Signed;
let school: Signed;
let admin: Signed;
let legalBasis = '';
let criteria: string[] = [];

async function ok(as: Signed, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown): Promise<unknown> {
  const res = await t.as(as, { method, url, payload });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** A referral by the school, taken on by the regisseur; `accept` decides the intake. */
async function trajectory(surname: string, decision: 'accept' | 'decline'): Promise<string> {
  const { id } = (await ok(school, 'POST', '/api/v1/careers/trajectories', {
    person: { givenNames: 'Ret', surname, dateOfBirth: '2010-01-01' },
    referralReason: 'Aanmelding voor de bewaartermijntest.',
    legalBasisCode: legalBasis,
    referredOn: '2026-10-01',
  })) as { id: string };
  const base = `/api/v1/careers/trajectories/${id}`;
  await ok(regisseur, 'POST', `${base}/regisseur`, { userId: regisseur.user.id });
  await ok(regisseur, 'PUT', `${base}/intake`, {
    targetGroup: 'jonge_aanwas',
    informed: true,
    criteria: criteria.map((code) => ({ code, met: decision === 'accept' })),
    legalBasisCode: legalBasis,
  });
  await ok(regisseur, 'POST', `${base}/intake-decision`, { decision, note: 'Besluit voor de test.' });
  return id;
}

/** Moves an accepted trajectory through uitvoering to uitstroom, with a goal and an action (a task). */
async function toExit(id: string): Promise<void> {
  const base = `/api/v1/careers/trajectories/${id}`;
  const goal = (await ok(regisseur, 'POST', `${base}/goals`, { domainCode: 'school', description: 'Diploma halen' })) as { id: string };
  await ok(regisseur, 'POST', `${base}/actions`, {
    goalId: goal.id,
    description: 'Gesprek met de mentor',
    responsibleUserId: school.user.id,
    dueDate: '2027-06-01',
  });
  await ok(regisseur, 'POST', `${base}/transitions`, { to: 'uitvoering' });
  await ok(regisseur, 'POST', `${base}/transitions`, { to: 'uitstroom', reason: 'moved_away', note: 'Verhuisd.' });
}

async function age(id: string, months: number): Promise<void> {
  await sql`update trajectories set phase_changed_at = now() - make_interval(months => ${months}) where id = ${id}`.execute(t.db);
}

const exists = async (id: string) => (await t.db.selectFrom('trajectories').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;

beforeAll(async () => {
  t = await createTestApp();
  regisseur = await t.signIn(await t.createUser({ role: 'pga_director', maxConfidentiality: 'vertrouwelijk' }));
  school = await t.signIn(await t.createUser({ role: 'partner', organisationCode: 'school-utrecht', maxConfidentiality: 'zaakvertrouwelijk' }));
  admin = await t.signIn(await t.createUser({ role: 'admin' }));
  const reference = (await ok(regisseur, 'GET', '/api/v1/careers/reference')) as {
    criteria: { code: string; active: boolean }[];
    legalBases: { code: string }[];
  };
  legalBasis = reference.legalBases[0]!.code;
  criteria = reference.criteria.filter((c) => c.active).map((c) => c.code);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('careers retention', () => {
  it('destroys what is past its term, keeps the rest, and leaves only the fact', { timeout: 120_000 }, async () => {
    const declinedOld = await trajectory('Oudafgewezen', 'decline');
    await age(declinedOld, 13);
    const declinedRecent = await trajectory('Recentafgewezen', 'decline');
    await age(declinedRecent, 11);
    const exitedOld = await trajectory('Langgeleden', 'accept');
    await toExit(exitedOld);
    await age(exitedOld, 61);
    const exitedRecent = await trajectory('Vierjaar', 'accept');
    await toExit(exitedRecent);
    await age(exitedRecent, 48);
    const running = await trajectory('Lopend', 'accept');
    await age(running, 120);
    const [link] = await t.db.selectFrom('subject_links').select('id').where('record_id', '=', exitedOld).execute();
    expect(link).toBeDefined();

    const res = await t.as(admin, { method: 'POST', url: '/api/v1/careers/retention/run' });
    expect(res.statusCode).toBe(200);
    expect((res.json() as { destroyed: number }).destroyed).toBe(2);

    expect(await exists(declinedOld)).toBe(false);
    expect(await exists(exitedOld)).toBe(false);
    expect(await exists(declinedRecent)).toBe(true);
    expect(await exists(exitedRecent)).toBe(true);
    expect(await exists(running)).toBe(true);

    // Nothing of it is left but the fact, its dates and the rule.
    for (const table of ['plan_goals', 'plan_actions', 'trajectory_phase_history', 'career_follow_ups'] as const) {
      const rows = await t.db.selectFrom(table).select('trajectory_id').where('trajectory_id', '=', exitedOld).execute();
      expect(rows, table).toEqual([]);
    }
    expect(await t.db.selectFrom('subject_links').select('id').where('record_id', '=', exitedOld).execute()).toEqual([]);
    expect(await t.db.selectFrom('record_team').select('user_id').where('record_id', '=', exitedOld).execute()).toEqual([]);
    const tasks = await t.db.selectFrom('tasks').select(['title', 'description', 'record_label']).where('record_id', '=', exitedOld).execute();
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) {
      expect(task.title).toBe('Taak bij een vernietigd traject');
      expect(task.description).toBe('');
      expect(task.record_label).toBe('Vernietigd traject');
    }
    const destructions = await t.db.selectFrom('trajectory_destructions').selectAll().orderBy('id').execute();
    expect(destructions.map((d) => d.rule).sort()).toEqual([
      'Bewaartermijn 12 maanden na een aanmelding die niet is aangenomen',
      'Bewaartermijn 5 jaar na uitstroom',
    ]);
    expect(JSON.stringify(destructions)).not.toMatch(/Oudafgewezen|Langgeleden/);
    const events = await t.db.selectFrom('audit_events').select('object_id').where('action', '=', 'destroy').where('object_type', '=', 'trajectory').execute();
    expect(events.map((e) => e.object_id).sort()).toEqual([declinedOld, exitedOld].sort());
  });

  it('follows the terms the beheerder sets, and only the beheerder may run it now', { timeout: 60_000 }, async () => {
    const settings = (await ok(admin, 'GET', '/api/v1/careers/reference')) as { settings: { reviewIntervalMonths: number; followUpMonths: number[] } };
    const bad = await t.as(admin, {
      method: 'PUT',
      url: '/api/v1/careers/reference/settings',
      payload: { ...settings.settings, retentionYears: 0 },
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('body.retentionYears');
    await ok(admin, 'PUT', '/api/v1/careers/reference/settings', {
      reviewIntervalMonths: settings.settings.reviewIntervalMonths,
      followUpMonths: settings.settings.followUpMonths,
      retentionYears: 3,
    });
    const refused = await t.as(regisseur, { method: 'POST', url: '/api/v1/careers/retention/run' });
    expect(refused.statusCode).toBe(403);
    const res = await t.as(admin, { method: 'POST', url: '/api/v1/careers/retention/run' });
    expect((res.json() as { destroyed: number }).destroyed).toBe(1);
  });

  it('runs at most once a day across processes', async () => {
    const now = new Date('2030-01-01T03:00:00Z');
    expect(await claimCareersRetention(t.db, now)).toBe(true);
    expect(await claimCareersRetention(t.db, new Date(now.getTime() + 3_600_000))).toBe(false);
    expect(await claimCareersRetention(t.db, new Date(now.getTime() + 24 * 3_600_000))).toBe(true);
  });
});
