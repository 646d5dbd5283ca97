import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClosuresPage, Count, DeadlinesPage, SummaryView } from '../../src/modules/enforcement/overview.schemas.js';
import { addDays } from '../../src/modules/enforcement/overview.service.js';
import { amsterdamToday } from '../../src/modules/tasks/index.js';
import { createTestApp, type Signed, type TestApp } from '../harness.js';

/*
 * The overviews read the enforcement tables directly, so the cases are inserted here as rows (the services that
 * normally write them have tests of their own). Legal bases and the checklist have codes of this test's own.
 */

let t: TestApp;
let analyst: Signed;
let lawyer: Signed;
let management: Signed;
let admin: Signed;
let pga: Signed;
const today = amsterdamToday();
const day = (n: number) => addDays(today, n);

const CLOSURE = 'ovt_closure_13b';
const PENALTY = 'ovt_penalty';
const W1 = 'WK034401';
const W2 = 'WK034402';
const W3 = 'WK034403';

/** Ids of the measures and screenings by their label in this test. */
const ids: Record<string, string> = {};
let seq = 0;

async function measure(
  label: string,
  values: {
    basis: string;
    status: string;
    wijk: string;
    confidentiality?: string;
    remedy?: string;
    start?: string | null;
    end?: string | null;
    lifted?: string | null;
    team?: Signed[];
  },
): Promise<string> {
  seq += 1;
  const row = await t.db
    .insertInto('measures')
    .values({
      number: `OVT-${String(seq).padStart(4, '0')}`,
      legal_basis_code: values.basis,
      status: values.status,
      remedy_status: values.remedy ?? 'none',
      confidentiality: values.confidentiality ?? 'vertrouwelijk',
      origin: 'police_report',
      address_label: `Teststraat ${seq}, Utrecht`,
      wijk_code: values.wijk,
      execution_start: values.start ?? null,
      execution_end: values.end ?? null,
      lifted_on: values.lifted ?? null,
      created_by: analyst.user.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ids[label] = row.id;
  for (const member of values.team ?? []) await onTeam('measure', row.id, member);
  return row.id;
}

async function screening(label: string, values: { status: string; wijk: string; team?: Signed[] }): Promise<string> {
  seq += 1;
  const row = await t.db
    .insertInto('bibob_screenings')
    .values({
      number: `OVT-B-${seq}`,
      permit_type: 'exploitatievergunning',
      status: values.status,
      confidentiality: 'vertrouwelijk',
      applicant_name: `Aanvrager ${seq} B.V.`,
      establishment_label: `Café Test ${seq}`,
      wijk_code: values.wijk,
      application_received_on: day(-30),
      questionnaire: '{}',
      created_by: analyst.user.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ids[label] = row.id;
  for (const member of values.team ?? []) await onTeam('bibob_screening', row.id, member);
  return row.id;
}

async function onTeam(recordType: string, recordId: string, member: Signed): Promise<void> {
  await t.db.insertInto('record_team').values({ record_type: recordType, record_id: recordId, user_id: member.user.id, team_role: 'member' }).execute();
}

async function deadline(recordType: string, recordLabel: string, kind: string, dueOn: string, status = 'open'): Promise<void> {
  await t.db
    .insertInto('enforcement_deadlines')
    .values({
      record_type: recordType,
      record_id: ids[recordLabel]!,
      kind,
      from_date: day(-60),
      period: 'P14D',
      due_on: dueOn,
      reasons: '[]',
      status,
      task_id: null,
      created_by: null,
      settled_at: status === 'open' ? null : new Date(),
    })
    .execute();
}

async function get<T>(who: Signed, url: string, status = 200): Promise<T> {
  const res = await t.as(who, { method: 'GET', url: `/api/v1/enforcement/overview${url}` });
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

const numbersOf = (page: DeadlinesPage) => page.items.map((i) => `${i.caseNumber}:${i.kind}`);
const value = (n: number): Count => ({ value: n, suppressed: false });
const hidden: Count = { value: null, suppressed: true };

beforeAll(async () => {
  t = await createTestApp();
  analyst = await t.signIn(await t.createUser({ role: 'analyst', maxConfidentiality: 'vertrouwelijk' }));
  lawyer = await t.signIn(await t.createUser({ role: 'lawyer', maxConfidentiality: 'confidentieel' }));
  management = await t.signIn(await t.createUser({ role: 'management', maxConfidentiality: 'intern' }));
  admin = await t.signIn(await t.createUser({ role: 'admin', maxConfidentiality: 'intern' }));
  pga = await t.signIn(await t.createUser({ role: 'pga_director', maxConfidentiality: 'vertrouwelijk' }));

  const basis = { authority: 'burgemeester' as const, premises_types: '[]', updated_by: null };
  await t.db
    .insertInto('enforcement_legal_bases')
    .values([
      {
        ...basis,
        code: CLOSURE,
        measure_kind: 'closure',
        name_nl: 'Sluiting (test)',
        name_en: 'Closure (test)',
        article: 'Opiumwet 13b',
        is_closure: true,
        grace_days: null,
        max_duration_months: 12,
      },
      {
        ...basis,
        code: PENALTY,
        measure_kind: 'order_subject_to_penalty',
        name_nl: 'Dwangsom (test)',
        name_en: 'Penalty (test)',
        article: 'Awb 5:32',
        grace_days: 14,
        max_duration_months: null,
      },
    ])
    .execute();
  await t.db
    .insertInto('inspection_checklists')
    .values({ object_type: 'ovt_horeca', name_nl: 'Horeca (test)', name_en: 'Hospitality (test)', items: '[]', updated_by: null })
    .execute();

  // Closures: in force (M1), closed after it ran (M3), above the analyst's level (M4), starting later (M5),
  // end date passed but not lifted (M6), lifted (M7).
  await measure('M1', { basis: CLOSURE, status: 'execution', wijk: W1, remedy: 'objection', start: day(-10), end: day(20), team: [lawyer] });
  await measure('M2', { basis: PENALTY, status: 'opinion_period', wijk: W2 });
  await measure('M3', { basis: CLOSURE, status: 'closed', wijk: W1, start: day(-100), end: day(-10), team: [lawyer] });
  await measure('M4', { basis: CLOSURE, status: 'execution', wijk: W1, confidentiality: 'geheim', start: day(-5), end: null, team: [lawyer] });
  await measure('M5', { basis: CLOSURE, status: 'execution', wijk: W1, start: day(3), end: day(93), team: [lawyer] });
  await measure('M6', { basis: CLOSURE, status: 'execution', wijk: W1, start: day(-92), end: day(-2) });
  await measure('M7', { basis: CLOSURE, status: 'execution', wijk: W1, start: day(-30), end: day(60), lifted: day(-1) });
  for (let i = 0; i < 6; i++) await measure(`P${i}`, { basis: PENALTY, status: 'intake', wijk: W3 });
  // The lawyer is on M2's team under another record type only: that must not open the measure.
  await onTeam('bibob_screening', ids['M2']!, lawyer);

  await screening('S1', { status: 'lbb_requested', wijk: W2, team: [lawyer] });
  await screening('S2', { status: 'questionnaire', wijk: W3 });

  await deadline('measure', 'M1', 'objection', day(-3));
  await deadline('measure', 'M1', 'execution_end', day(20));
  await deadline('measure', 'M2', 'opinion', day(5));
  await deadline('measure', 'M3', 'objection', day(-10), 'met');
  await deadline('measure', 'M4', 'grace', day(1));
  await deadline('bibob_screening', 'S1', 'bibob_lbb_advice', day(10));
  await deadline('bibob_screening', 'S2', 'bibob_decision', day(40));

  await t.db
    .insertInto('inspections')
    .values({
      number: 'OVT-I-1',
      object_type: 'ovt_horeca',
      checklist_items: '[]',
      address_label: 'Teststraat 99, Utrecht',
      wijk_code: W1,
      planned_on: day(7),
      partners: '["handhaving"]',
      lead_user_id: analyst.user.id,
      created_by: analyst.user.id,
    })
    .execute();
});

afterAll(async () => {
  await t.close();
});

describe('GET /api/v1/enforcement/overview/deadlines', () => {
  it('gives an analyst every open deadline up to their level, overdue first, then upcoming within the window', async () => {
    const page = await get<DeadlinesPage>(analyst, '/deadlines');
    expect(page.today).toBe(today);
    expect(page.until).toBe(day(14));
    expect(numbersOf(page)).toEqual([`OVT-0001:objection`, `OVT-0002:opinion`, `OVT-B-14:bibob_lbb_advice`]);
    const [overdue, upcoming, bibob] = page.items;
    expect(overdue).toMatchObject({ overdue: true, daysLeft: -3, dueOn: day(-3), recordType: 'measure', recordId: ids['M1'], caseKind: 'closure' });
    expect(overdue).toMatchObject({ legalBasisCode: CLOSURE, caseStatus: 'execution', wijkCode: W1, wijkName: 'West', address: 'Teststraat 1, Utrecht' });
    expect(upcoming).toMatchObject({ overdue: false, daysLeft: 5, caseKind: 'order_subject_to_penalty' });
    expect(bibob).toMatchObject({
      recordType: 'bibob_screening',
      recordId: ids['S1'],
      caseKind: 'exploitatievergunning',
      legalBasisCode: null,
      address: 'Café Test 14',
    });
    expect(page.more).toBe(false);
  });

  it('widens the window with days, and filters on kind and wijk', async () => {
    const wide = await get<DeadlinesPage>(analyst, '/deadlines?days=60');
    expect(numbersOf(wide)).toEqual([
      `OVT-0001:objection`,
      `OVT-0002:opinion`,
      `OVT-B-14:bibob_lbb_advice`,
      `OVT-0001:execution_end`,
      `OVT-B-15:bibob_decision`,
    ]);
    expect(numbersOf(await get<DeadlinesPage>(analyst, '/deadlines?days=60&kind=opinion'))).toEqual([`OVT-0002:opinion`]);
    expect(numbersOf(await get<DeadlinesPage>(analyst, `/deadlines?days=60&wijk=${W3}`))).toEqual([`OVT-B-15:bibob_decision`]);
    // Only the overdue ones with a window of 0 days.
    const onlyOverdue = await get<DeadlinesPage>(analyst, '/deadlines?days=0');
    expect(onlyOverdue.items.every((i) => i.overdue)).toBe(true);
    expect(numbersOf(onlyOverdue)).toEqual([`OVT-0001:objection`]);
    const limited = await get<DeadlinesPage>(analyst, '/deadlines?days=60&limit=2');
    expect(limited.items).toHaveLength(2);
    expect(limited.more).toBe(true);
  });

  it('gives a lawyer only the deadlines of the cases on their team, per record type and up to their level', async () => {
    // M2: on the team under another record type; M4: on the team, but geheim is above confidentieel.
    expect(numbersOf(await get<DeadlinesPage>(lawyer, '/deadlines'))).toEqual([`OVT-0001:objection`, `OVT-B-14:bibob_lbb_advice`]);
    expect(numbersOf(await get<DeadlinesPage>(lawyer, '/deadlines?days=60'))).toEqual([
      `OVT-0001:objection`,
      `OVT-B-14:bibob_lbb_advice`,
      `OVT-0001:execution_end`,
    ]);
    // A pga_director on no team sees none.
    expect((await get<DeadlinesPage>(pga, '/deadlines?days=60')).items).toEqual([]);
  });

  it('refuses management and the beheerder, and says what is wrong with bad input', async () => {
    await get(management, '/deadlines', 403);
    await get(admin, '/deadlines', 403);
    for (const bad of ['days=-1', 'days=abc', 'days=400', 'kind=nonsense', 'wijk=West', 'limit=0', 'other=1']) {
      const res = await t.as(analyst, { method: 'GET', url: `/api/v1/enforcement/overview/deadlines?${bad}` });
      expect(res.statusCode, bad).toBe(400);
    }
    const res = await t.as(analyst, { method: 'GET', url: '/api/v1/enforcement/overview/deadlines?days=400' });
    expect(res.body).toContain('hoogstens 366');
  });

  it('records the search in the audit trail', async () => {
    await get<DeadlinesPage>(lawyer, `/deadlines?days=7&wijk=${W1}`);
    const entry = await t.db
      .selectFrom('audit_events')
      .select(['action', 'reason', 'actor_username'])
      .where('object_type', '=', 'enforcement_deadlines')
      .where('actor_username', '=', lawyer.user.username)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ action: 'search', reason: `days=7 kind=* wijk=${W1} rows=1` });
  });
});

describe('GET /api/v1/enforcement/overview/closures', () => {
  it('lists the closures in force today, not the ended, lifted or future ones', async () => {
    const page = await get<ClosuresPage>(analyst, '/closures');
    // M6 (end passed, not lifted) first, then M1; M4 is above the analyst's level.
    expect(page.items.map((i) => i.number)).toEqual(['OVT-0006', 'OVT-0001']);
    expect(page.items[0]).toMatchObject({ measureId: ids['M6'], end: day(-2), daysLeft: -2, endPassed: true });
    expect(page.items[1]).toMatchObject({
      measureId: ids['M1'],
      address: 'Teststraat 1, Utrecht',
      wijkCode: W1,
      wijkName: 'West',
      legalBasisCode: CLOSURE,
      legalBasisNl: 'Sluiting (test)',
      article: 'Opiumwet 13b',
      start: day(-10),
      end: day(20),
      daysLeft: 20,
      endPassed: false,
    });
    expect((await get<ClosuresPage>(analyst, `/closures?wijk=${W2}`)).items).toEqual([]);
  });

  it('gives a lawyer the closures on their team only, and refuses management and the beheerder', async () => {
    expect((await get<ClosuresPage>(lawyer, '/closures')).items.map((i) => i.number)).toEqual(['OVT-0001']);
    await get(management, '/closures', 403);
    await get(admin, '/closures', 403);
    for (const bad of ['limit=0', 'limit=501', 'wijk=West']) await get(analyst, `/closures?${bad}`, 400);
    const limited = await get<ClosuresPage>(analyst, '/closures?limit=1');
    expect(limited.items.map((i) => i.number)).toEqual(['OVT-0006']);
    expect(limited.more).toBe(true);
  });
});

describe('GET /api/v1/enforcement/overview/summary', () => {
  it('counts every measure, inspection and screening for an analyst, per kind and step, remedy and wijk', async () => {
    const s = await get<SummaryView>(analyst, '/summary');
    expect(s.scope).toBe('all');
    expect(s.suppressed).toBe(false);
    expect(s.measuresByKindAndStatus).toEqual([
      { kind: 'closure', status: 'closed', count: value(1) },
      { kind: 'closure', status: 'execution', count: value(5) },
      { kind: 'order_subject_to_penalty', status: 'intake', count: value(6) },
      { kind: 'order_subject_to_penalty', status: 'opinion_period', count: value(1) },
    ]);
    expect(s.measuresByRemedyStatus).toEqual([
      { remedyStatus: 'none', count: value(12) },
      { remedyStatus: 'objection', count: value(1) },
    ]);
    expect(s.measuresByWijk).toEqual([
      { wijkCode: W1, wijkName: 'West', open: value(5), closed: value(1), inExecution: value(5) },
      { wijkCode: W2, wijkName: 'Noordwest', open: value(1), closed: value(0), inExecution: value(0) },
      { wijkCode: W3, wijkName: 'Overvecht', open: value(6), closed: value(0), inExecution: value(0) },
    ]);
    expect(s.inspectionsByStatusAndOutcome).toEqual([{ status: 'planned', outcome: null, count: value(1) }]);
    expect(s.bibobByStatus).toEqual([
      { status: 'lbb_requested', count: value(1) },
      { status: 'questionnaire', count: value(1) },
    ]);
  });

  it('hides counts of 1 to 4 from management, and shows 0 and 5 or more', async () => {
    const s = await get<SummaryView>(management, '/summary');
    expect(s.scope).toBe('all');
    expect(s.suppressed).toBe(true);
    expect(s.measuresByKindAndStatus).toEqual([
      { kind: 'closure', status: 'closed', count: hidden },
      { kind: 'closure', status: 'execution', count: value(5) },
      { kind: 'order_subject_to_penalty', status: 'intake', count: value(6) },
      { kind: 'order_subject_to_penalty', status: 'opinion_period', count: hidden },
    ]);
    expect(s.measuresByWijk).toEqual([
      { wijkCode: W1, wijkName: 'West', open: value(5), closed: hidden, inExecution: value(5) },
      { wijkCode: W2, wijkName: 'Noordwest', open: hidden, closed: value(0), inExecution: value(0) },
      { wijkCode: W3, wijkName: 'Overvecht', open: value(6), closed: value(0), inExecution: value(0) },
    ]);
    expect(s.bibobByStatus.every((b) => b.count.suppressed)).toBe(true);
    expect(JSON.stringify(s)).not.toContain('OVT-');
  });

  it('counts only the visible cases for a lawyer, and refuses the beheerder', async () => {
    const s = await get<SummaryView>(lawyer, '/summary');
    expect(s.scope).toBe('visible');
    expect(s.suppressed).toBe(false);
    // M1 and M5 (execution) and M3 (closed); M4 is above the lawyer's level, M2 on the team under another type.
    expect(s.measuresByKindAndStatus).toEqual([
      { kind: 'closure', status: 'closed', count: value(1) },
      { kind: 'closure', status: 'execution', count: value(2) },
    ]);
    expect(s.bibobByStatus).toEqual([{ status: 'lbb_requested', count: value(1) }]);
    expect(s.inspectionsByStatusAndOutcome).toEqual([]);
    await get(admin, '/summary', 403);
  });
});
