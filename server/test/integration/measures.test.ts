import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixRowView, MeasureDetail, MeasureListItem, ProposalView } from '../../src/modules/enforcement/measures.schemas.js';
import { pseudonymise } from '../../src/kernel/audit.js';
import { amsterdamToday } from '../../src/modules/tasks/index.js';
import { createTestApp, type Signed, type TestApp } from '../harness.js';

let t: TestApp;
let analyst: Signed;
let jurist: Signed;
let otherJurist: Signed;
let inspector: Signed;
let partner: Signed;
let admin: Signed;
let management: Signed;

const base = '/api/v1/enforcement';
const today = amsterdamToday();
const daysFromToday = (n: number) => new Date(Date.parse(`${today}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const post = (who: Signed, url: string, payload: unknown) => t.as(who, { method: 'POST', url: `${base}${url}`, payload });
const put = (who: Signed, url: string, payload: unknown) => t.as(who, { method: 'PUT', url: `${base}${url}`, payload });
const get = (who: Signed, url: string) => t.as(who, { method: 'GET', url: `${base}${url}` });
const paths = (res: { json(): unknown }) => (res.json() as { errors?: { path: string }[] }).errors?.map((e) => e.path) ?? [];

async function detail(who: Signed, id: string): Promise<MeasureDetail> {
  const res = await get(who, `/measures/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

type Counted = 'measures' | 'measure_history' | 'enforcement_deadlines' | 'tasks' | 'measure_court_steps';
async function counts(): Promise<Record<Counted, number>> {
  const out = { measures: 0, measure_history: 0, enforcement_deadlines: 0, tasks: 0, measure_court_steps: 0 };
  for (const table of Object.keys(out) as Counted[]) {
    const r = await t.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(r.n);
  }
  return out;
}

/** Any string field of an error body, to look for a Dutch sentence in it. */
function bodyText(res: { body: string }): string {
  return res.body;
}

let addressCounter = 0;
function closure(extra: Record<string, unknown> = {}) {
  addressCounter += 1;
  return {
    origin: 'police_report',
    addressLabel: `Proefstraat ${addressCounter}, Utrecht`,
    wijkCode: 'W01',
    premisesType: 'woning',
    drugClass: 'list_i',
    quantityBand: 'trade',
    offenceOn: '2026-10-01',
    facts: 'Bij doorzoeking 40 gram cocaïne en een weegschaal aangetroffen.',
    addresseeName: 'A. Bewoner',
    addresseeAddress: 'Proefstraat 1, 3511 AA Utrecht',
    legalBasisCode: 'opiumwet_13b_woning',
    durationMonths: 3,
    responsibleUserId: jurist.user.id,
    ...extra,
  };
}

async function create(who: Signed, payload: Record<string, unknown>): Promise<string> {
  const res = await post(who, '/measures', payload);
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { id: string }).id;
}

async function step(who: Signed, id: string, body: Record<string, unknown>): Promise<MeasureDetail> {
  const res = await post(who, `/measures/${id}/transitions`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const motivation = 'Handel in harddrugs vanuit de woning; sluiting is geschikt om de handel te beëindigen en niet onevenredig.';

async function toDecision(id: string): Promise<void> {
  await step(jurist, id, { track: 'procedure', to: 'investigation' });
  await step(jurist, id, { track: 'procedure', to: 'intention' });
  await step(jurist, id, { track: 'procedure', to: 'opinion_period', sentOn: '2026-10-05' });
  await step(jurist, id, { track: 'procedure', to: 'decision', noOpinionReceived: true });
}

beforeAll(async () => {
  t = await createTestApp();
  analyst = await t.signIn(await t.createUser({ role: 'analyst', maxConfidentiality: 'geheim' }));
  jurist = await t.signIn(await t.createUser({ role: 'lawyer' }));
  otherJurist = await t.signIn(await t.createUser({ role: 'lawyer' }));
  inspector = await t.signIn(await t.createUser({ role: 'inspector' }));
  partner = await t.signIn(await t.createUser({ role: 'partner', organisationCode: 'politie-midden-nederland' }));
  admin = await t.signIn(await t.createUser({ role: 'admin' }));
  management = await t.signIn(await t.createUser({ role: 'management' }));
});

afterAll(async () => {
  await t.close();
});

describe('legal bases', () => {
  it('lists the seeded bases; a warning asks no opinion; 13b woning at most 12 months', async () => {
    const res = await get(inspector, '/legal-bases');
    expect(res.statusCode).toBe(200);
    const items = (
      res.json() as { items: { code: string; requiresOpinion: boolean; maxDurationMonths: number | null; opinionDays: number; measureKind: string }[] }
    ).items;
    const codes = items.map((b) => b.code);
    for (const code of [
      'opiumwet_13b_woning',
      'opiumwet_13b_lokaal',
      'gemeentewet_174a',
      'gemeentewet_174',
      'woningwet_17',
      'last_onder_dwangsom',
      'last_onder_bestuursdwang',
      'bestuurlijke_boete_huisvestingswet',
      'bestuurlijke_boete_alcoholwet',
      'alcoholwet_31_intrekking',
      'alcoholwet_32_schorsing',
      'apv_exploitatievergunning_intrekking',
      'bibob_weigering',
      'bibob_intrekking',
      'waarschuwing',
    ]) {
      expect(codes).toContain(code);
    }
    expect(items.find((b) => b.code === 'waarschuwing')).toMatchObject({ requiresOpinion: false, measureKind: 'warning' });
    expect(items.find((b) => b.code === 'opiumwet_13b_woning')).toMatchObject({ maxDurationMonths: 12, opinionDays: 14 });
    // the beheerder keeps policy data without reading cases; management does neither
    expect((await get(admin, '/legal-bases')).statusCode).toBe(200);
    expect((await get(management, '/legal-bases')).statusCode).toBe(403);
  });

  it('only enforcement:manage edits a basis, and the edit is audited', async () => {
    const current = ((await get(jurist, '/legal-bases')).json() as { items: Record<string, unknown>[] }).items.find((b) => b['code'] === 'gemeentewet_174')!;
    const name = current['name'] as { nl: string; en: string };
    const explanation = current['explanation'] as { nl: string; en: string };
    const body = {
      nameNl: name.nl,
      nameEn: name.en,
      article: current['article'],
      authority: current['authority'],
      premisesTypes: current['premisesTypes'],
      requiresOpinion: true,
      opinionDays: 10,
      graceDays: 7,
      maxDurationMonths: 6,
      explanationNl: explanation.nl,
      explanationEn: explanation.en,
      active: true,
      sortOrder: 40,
    };
    expect((await put(inspector, '/legal-bases/gemeentewet_174', body)).statusCode).toBe(403);
    const bad = await put(jurist, '/legal-bases/gemeentewet_174', { ...body, opinionDays: -1, maxDurationMonths: 500 });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(expect.arrayContaining(['body.opinionDays', 'body.maxDurationMonths']));
    const res = await put(jurist, '/legal-bases/gemeentewet_174', body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ opinionDays: 10, graceDays: 7, maxDurationMonths: 6 });
    const audit = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_type', '=', 'enforcement_legal_basis')
      .where('object_id', '=', 'gemeentewet_174')
      .execute();
    expect(audit.map((a) => a.action)).toContain('update');
    expect((await put(admin, '/legal-bases/nonexistent_basis', body)).statusCode).toBe(404);
    // a basis's maximum below a matrix row's duration is refused
    const woning = ((await get(jurist, '/legal-bases')).json() as { items: Record<string, unknown>[] }).items.find((b) => b['code'] === 'opiumwet_13b_woning')!;
    const low = await put(jurist, '/legal-bases/opiumwet_13b_woning', {
      ...body,
      nameNl: (woning['name'] as { nl: string }).nl,
      nameEn: (woning['name'] as { en: string }).en,
      article: woning['article'],
      maxDurationMonths: 2,
    });
    expect(low.statusCode).toBe(400);
    expect(paths(low)).toEqual(['body.maxDurationMonths']);
  });
});

describe('escalation matrix', () => {
  it('ships the default rows with a notice to check them against local policy', async () => {
    const res = await get(inspector, '/matrix');
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: MatrixRowView[]; notice: { nl: string } };
    expect(body.notice.nl).toContain('beleidsregel');
    const find = (p: string, d: string, q: string, n: number) =>
      body.items.find((r) => r.premisesType === p && r.drugClass === d && r.quantityBand === q && r.offenceNumber === n);
    expect(find('woning', 'list_i', 'trade', 1)).toMatchObject({ legalBasisCode: 'opiumwet_13b_woning', durationMonths: 3, lookbackMonths: 60 });
    expect(find('woning', 'list_i', 'trade', 3)).toMatchObject({ durationMonths: 12 });
    expect(find('woning', 'list_ii', 'trade', 1)).toMatchObject({ legalBasisCode: 'waarschuwing', durationMonths: null });
    expect(find('lokaal', 'list_i', 'trade', 3)).toMatchObject({ legalBasisCode: 'opiumwet_13b_lokaal', durationMonths: 24 });
    expect(find('woning', 'list_i', 'large_trade', 1)).toMatchObject({ durationMonths: 6 });
  });

  it('editing rows needs enforcement:manage, checks the basis and duration, and is audited', async () => {
    const row = {
      premisesType: 'erf',
      drugClass: 'list_i',
      quantityBand: 'trade',
      offenceNumber: 1,
      lookbackMonths: 36,
      legalBasisCode: 'opiumwet_13b_woning',
      durationMonths: 3,
      explanationNl: 'Erf bij een woning.',
      explanationEn: 'Yard of a home.',
    };
    expect((await post(inspector, '/matrix/rows', row)).statusCode).toBe(403);
    expect((await post(analyst, '/matrix/rows', row)).statusCode).toBe(403);
    const tooLong = await post(jurist, '/matrix/rows', { ...row, durationMonths: 13 });
    expect(tooLong.statusCode).toBe(400);
    expect(paths(tooLong)).toEqual(['body.durationMonths']);
    const fine = await post(jurist, '/matrix/rows', { ...row, legalBasisCode: 'bestuurlijke_boete_alcoholwet' });
    expect(fine.statusCode).toBe(400);
    expect(paths(fine)).toEqual(['body.legalBasisCode']);
    const warningWithDuration = await post(jurist, '/matrix/rows', { ...row, legalBasisCode: 'waarschuwing' });
    expect(paths(warningWithDuration)).toEqual(['body.durationMonths']);
    const created = await post(admin, '/matrix/rows', row);
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as MatrixRowView).id;
    expect((await post(jurist, '/matrix/rows', row)).statusCode).toBe(409);
    const updated = await put(jurist, `/matrix/rows/${id}`, { ...row, durationMonths: 6 });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ durationMonths: 6, legalBasisName: expect.stringContaining('13b') });
    expect((await t.as(inspector, { method: 'DELETE', url: `${base}/matrix/rows/${id}` })).statusCode).toBe(403);
    expect((await t.as(jurist, { method: 'DELETE', url: `${base}/matrix/rows/${id}` })).statusCode).toBe(200);
    expect((await t.as(jurist, { method: 'DELETE', url: `${base}/matrix/rows/${id}` })).statusCode).toBe(404);
    const audit = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_type', '=', 'enforcement_matrix_row')
      .where('object_id', '=', id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('proposal: a repeat offence inside the look-back window counts, one outside does not', async () => {
    const address = 'Herhaalstraat 7, Utrecht';
    const old = await create(jurist, closure({ addressLabel: address, offenceOn: '2020-03-01' }));
    // 2020-03-01 lies within 60 months before 2025-02-01: the second offence there, six months
    const recent = await create(jurist, closure({ addressLabel: 'herhaalstraat 7 utrecht', offenceOn: '2025-02-01', durationMonths: 6 }));
    const recentDetail = await detail(jurist, recent);
    expect(recentDetail.proposal).toMatchObject({ offenceNumber: 2, durationMonths: 6, earlierMeasures: [expect.objectContaining({ id: old })] });
    const recentNumber = recentDetail.number;
    const res = await post(jurist, '/matrix/proposal', {
      addressLabel: 'HERHAALSTRAAT 7,  Utrecht',
      premisesType: 'woning',
      drugClass: 'list_i',
      quantityBand: 'trade',
      offenceOn: '2026-11-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json() as ProposalView;
    expect(p).toMatchObject({ applicable: true, offenceNumber: 2, durationMonths: 6, legalBasisCode: 'opiumwet_13b_woning', lookbackMonths: 60 });
    expect(p.earlierMeasures).toEqual([{ id: recent, number: recentNumber, offenceOn: '2025-02-01', visible: true }]);
    expect(p.reason).toContain(recentNumber);
    expect(p.earlierMeasures.map((e) => e.id)).not.toContain(old);
    // A withdrawn measure does not count.
    await step(jurist, recent, { track: 'procedure', to: 'withdrawn', motivation: 'Verkeerd adres.' });
    const again = (
      await post(jurist, '/matrix/proposal', {
        addressLabel: address,
        premisesType: 'woning',
        drugClass: 'list_i',
        quantityBand: 'trade',
        offenceOn: '2026-11-01',
      })
    ).json() as ProposalView;
    expect(again.offenceNumber).toBe(1);
  });

  it('proposal: an earlier measure the actor may not read counts, but its number is not shown', async () => {
    const address = 'Verborgenstraat 3, Utrecht';
    const hidden = await create(jurist, closure({ addressLabel: address, offenceOn: '2025-05-01' }));
    const hiddenNumber = (await detail(jurist, hidden)).number;
    const ask = (who: Signed) =>
      post(who, '/matrix/proposal', { addressLabel: address, premisesType: 'woning', drugClass: 'list_i', quantityBand: 'trade', offenceOn: '2026-11-01' });
    const own = (await ask(jurist)).json() as ProposalView;
    expect(own.earlierMeasures).toEqual([{ id: hidden, number: hiddenNumber, offenceOn: '2025-05-01', visible: true }]);
    const stranger = await t.signIn(await t.createUser({ role: 'lawyer' }));
    const res = await ask(stranger);
    expect(res.statusCode, res.body).toBe(200);
    const other = res.json() as ProposalView;
    expect(other).toMatchObject({ offenceNumber: 2, durationMonths: 6 });
    expect(other.earlierMeasures).toEqual([{ id: hidden, number: '', offenceOn: '2025-05-01', visible: false }]);
    expect(other.reason).not.toContain(hiddenNumber);
    expect(other.reason).toContain('een maatregel die je niet mag inzien');
    // The same on a measure the other jurist makes there: the stored proposal is shown as that jurist may see it.
    const second = await create(stranger, closure({ addressLabel: address, offenceOn: '2026-11-01', durationMonths: 6, responsibleUserId: stranger.user.id }));
    const seen = await detail(stranger, second);
    expect(seen.proposal?.earlierMeasures).toEqual([expect.objectContaining({ id: hidden, number: '', visible: false })]);
    expect(JSON.stringify(seen)).not.toContain(hiddenNumber);
    expect((await detail(analyst, second)).proposal?.earlierMeasures).toEqual([expect.objectContaining({ number: hiddenNumber, visible: true })]);
  });

  it('proposal: personal use has no row; bad input names the field', async () => {
    const res = await post(jurist, '/matrix/proposal', {
      addressLabel: 'X 1',
      premisesType: 'woning',
      drugClass: 'list_ii',
      quantityBand: 'personal_use',
      offenceOn: '2026-11-01',
    });
    expect(res.json()).toMatchObject({ applicable: false, reason: 'Geen rij van toepassing: artikel 13b vraagt een handelshoeveelheid.' });
    const bad = await post(jurist, '/matrix/proposal', { premisesType: 'kasteel', drugClass: 'list_i', quantityBand: 'trade', offenceOn: '2026-02-30' });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toContain('body.premisesType');
    const badDate = await post(jurist, '/matrix/proposal', { premisesType: 'woning', drugClass: 'list_i', quantityBand: 'trade', offenceOn: '2026-02-30' });
    expect(paths(badDate)).toEqual(['body.offenceOn']);
  });
});

describe('creating measures', () => {
  it('from a police report: number, proposal, team, history, trail', async () => {
    const id = await create(jurist, closure());
    const d = await detail(jurist, id);
    expect(d.number).toMatch(/^M-\d{4}-\d{5}$/);
    expect(d).toMatchObject({
      status: 'intake',
      remedyStatus: 'none',
      origin: 'police_report',
      offenceNumber: 1,
      durationMonths: 3,
      deviationMotivation: null,
    });
    expect(d.proposal).toMatchObject({ applicable: true, offenceNumber: 1, durationMonths: 3, legalBasisCode: 'opiumwet_13b_woning' });
    expect(d.responsible?.id).toBe(jurist.user.id);
    expect(d.history).toHaveLength(1);
    expect(d.nextSteps.map((s) => `${s.track}:${s.to}`)).toEqual(['procedure:investigation', 'procedure:withdrawn']);
    expect(d.nextSteps[0]).toMatchObject({ roles: ['analyst', 'inspector', 'lawyer'], allowedForMe: true });
    const team = await t.db
      .selectFrom('record_team')
      .select(['user_id', 'team_role'])
      .where('record_type', '=', 'measure')
      .where('record_id', '=', id)
      .execute();
    expect(team).toEqual(expect.arrayContaining([expect.objectContaining({ user_id: jurist.user.id })]));
    // the addressee (no registry subject) is the data subject of the processing
    const log = await t.db
      .selectFrom('processing_log')
      .select(['activity_code', 'data_subject_type'])
      .where('data_subject_ref', '=', pseudonymise(t.config.secrets.pseudonymKey, 'measure_addressee', id))
      .execute();
    expect(log.map((l) => l.activity_code)).toEqual(['administrative_enforcement', 'administrative_enforcement']);
  });

  it('an inspector creates one and makes a jurist responsible: both on the team', async () => {
    const id = await create(inspector, closure());
    const team = await t.db
      .selectFrom('record_team')
      .select(['user_id', 'team_role'])
      .where('record_type', '=', 'measure')
      .where('record_id', '=', id)
      .execute();
    expect(team.map((r) => r.user_id).sort()).toEqual([inspector.user.id, jurist.user.id].sort());
    expect((await get(jurist, `/measures/${id}`)).statusCode).toBe(200);
  });

  it('from an inspection: visible inspections only, address and wijk copied', async () => {
    const inspectionId = await insertInspection(inspector.user.id);
    // the jurist is not on the inspection's team
    const hidden = await post(jurist, '/measures', { origin: 'inspection', inspectionId, legalBasisCode: 'waarschuwing', responsibleUserId: jurist.user.id });
    expect(hidden.statusCode).toBe(400);
    expect(paths(hidden)).toEqual(['body.inspectionId']);
    const id = await create(inspector, {
      origin: 'inspection',
      inspectionId,
      drugClass: 'list_i',
      quantityBand: 'trade',
      legalBasisCode: 'opiumwet_13b_woning',
      durationMonths: 3,
      responsibleUserId: jurist.user.id,
    });
    const d = await detail(inspector, id);
    expect(d).toMatchObject({
      origin: 'inspection',
      addressLabel: 'Controlelaan 5, Utrecht',
      wijkCode: 'W09',
      premisesType: 'woning',
      offenceOn: '2026-11-10',
    });
    expect(d.inspection?.id).toBe(inspectionId);
    expect(d.proposal?.offenceNumber).toBe(1);
    const missing = await post(inspector, '/measures', {
      origin: 'inspection',
      legalBasisCode: 'waarschuwing',
      responsibleUserId: jurist.user.id,
      addressLabel: 'x',
    });
    expect(paths(missing)).toEqual(['body.inspectionId']);
  });

  it('from a signal: only a visible signal', async () => {
    const created = await t.as(inspector, {
      method: 'POST',
      url: '/api/v1/signals',
      payload: {
        channel: 'staff',
        categoryCode: 'dealing',
        description: 'Dagelijks korte bezoeken aan de benedenwoning; overhandigingen aan de deur.',
        location: { postcode: '3531 CJ', houseNumber: 120 },
        answers: { frequency: 'daily', time_of_day: ['evening'] },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const signalId = (created.json() as { id: string }).id;
    const hidden = await post(otherJurist, '/measures', closure({ origin: 'signal', signalId, responsibleUserId: otherJurist.user.id }));
    expect(hidden.statusCode).toBe(400);
    expect(paths(hidden)).toEqual(['body.signalId']);
    const noSignal = await post(analyst, '/measures', closure({ origin: 'signal' }));
    expect(paths(noSignal)).toEqual(['body.signalId']);
    const id = await create(analyst, closure({ origin: 'signal', signalId }));
    const d = await detail(analyst, id);
    expect(d).toMatchObject({ origin: 'signal', signal: { id: signalId } });
  });

  it('a deviation from the proposal needs a motivation; the proposal is kept as computed', async () => {
    const before = await counts();
    const res = await post(jurist, '/measures', closure({ durationMonths: 6 }));
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(['body.deviationMotivation']);
    expect(await counts()).toEqual(before);
    const id = await create(jurist, closure({ durationMonths: 6, deviationMotivation: 'Grote voorraad en wapens: zwaardere sluiting.' }));
    const d = await detail(jurist, id);
    expect(d.durationMonths).toBe(6);
    expect(d.proposal).toMatchObject({ durationMonths: 3 });
    expect(d.deviationMotivation).toBe('Grote voorraad en wapens: zwaardere sluiting.');
    const other = await create(jurist, closure({ legalBasisCode: 'last_onder_dwangsom', durationMonths: null, deviationMotivation: 'Eerst een dwangsom.' }));
    expect((await detail(jurist, other)).legalBasis.code).toBe('last_onder_dwangsom');
  });

  it('bad input: every field path, and nothing changed', async () => {
    const before = await counts();
    const res = await post(
      jurist,
      '/measures',
      closure({ offenceOn: daysFromToday(3), responsibleUserId: inspector.user.id, durationMonths: 13, legalBasisCode: 'opiumwet_13b_woning' }),
    );
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(['body.offenceOn']);
    const res2 = await post(jurist, '/measures', closure({ responsibleUserId: inspector.user.id, durationMonths: 13, addressLabel: ' ' }));
    expect(res2.statusCode).toBe(400);
    expect(paths(res2).sort()).toEqual(['body.addressLabel', 'body.durationMonths', 'body.responsibleUserId']);
    const res3 = await post(jurist, '/measures', { ...closure(), origin: 'ufo', offenceOn: '2026-13-01', legalBasisCode: '', extra: 1 });
    expect(res3.statusCode).toBe(400);
    expect(paths(res3)).toEqual(expect.arrayContaining(['body.origin', 'body.legalBasisCode', 'body.extra']));
    const res4 = await post(jurist, '/measures', closure({ offenceOn: '2026-02-30' }));
    expect(paths(res4)).toEqual(['body.offenceOn']);
    const res5 = await post(jurist, '/measures', closure({ legalBasisCode: 'waarschuwing', durationMonths: 3 }));
    expect(paths(res5)).toEqual(['body.durationMonths']);
    expect(await counts()).toEqual(before);
  });
});

/** An inspection row as engineer A's service stores it, with its lead on the team. */
async function insertInspection(leadId: string): Promise<string> {
  const row = await t.db
    .insertInto('inspections')
    .values({
      number: `C-2026-${Math.floor(Math.random() * 90000) + 10000}`,
      object_type: 'woning',
      checklist_items: JSON.stringify([]),
      subject_id: null,
      address_label: 'Controlelaan 5, Utrecht',
      postcode: null,
      house_number: null,
      wijk_code: 'W09',
      planned_on: '2026-11-10',
      performed_on: '2026-11-10',
      partners: JSON.stringify(['politie']),
      status: 'completed',
      outcome: 'measure_proposed',
      lead_user_id: leadId,
      created_by: leadId,
      completed_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.insertInto('record_team').values({ record_type: 'inspection', record_id: row.id, user_id: leadId, team_role: 'lead' }).execute();
  return row.id;
}

describe('the procedure of a closure', () => {
  let id: string;

  it('runs from intake to a decision; roles and order are guarded', async () => {
    id = await create(jurist, closure());
    await t.db.insertInto('record_team').values({ record_type: 'measure', record_id: id, user_id: inspector.user.id, team_role: 'member' }).execute();
    const before = await counts();
    const outOfOrder = await post(jurist, `/measures/${id}/transitions`, { track: 'procedure', to: 'announced' });
    expect(outOfOrder.statusCode).toBe(409);
    expect(outOfOrder.body).toContain('Mogelijk is nu: \\"Onderzoek\\", \\"Ingetrokken\\"');
    const unknown = await post(jurist, `/measures/${id}/transitions`, { track: 'procedure', to: 'teleported' });
    expect(paths(unknown)).toEqual(['body.to']);
    await step(analyst, id, { track: 'procedure', to: 'investigation' });
    const wrongRole = await post(inspector, `/measures/${id}/transitions`, { track: 'procedure', to: 'intention' });
    expect(wrongRole.statusCode).toBe(403);
    expect(bodyText(wrongRole)).toContain('zet een jurist');
    await step(jurist, id, { track: 'procedure', to: 'intention' });
    const noDate = await post(jurist, `/measures/${id}/transitions`, { track: 'procedure', to: 'opinion_period' });
    expect(paths(noDate)).toEqual(['body.sentOn']);
    const impossible = await post(jurist, `/measures/${id}/transitions`, { track: 'procedure', to: 'opinion_period', sentOn: '2026-09-31' });
    expect(paths(impossible)).toEqual(['body.sentOn']);
    const after = await counts();
    expect(after.measures).toBe(before.measures);
    expect(after.enforcement_deadlines).toBe(before.enforcement_deadlines);
    expect(after.measure_history).toBe(before.measure_history + 2);

    const d = await step(jurist, id, { track: 'procedure', to: 'opinion_period', sentOn: '2026-10-05' });
    expect(d.dates.opinionDue).toBe('2026-10-19');
    const opinion = d.deadlines.find((x) => x.kind === 'opinion')!;
    expect(opinion).toMatchObject({ period: 'P14D', dueOn: '2026-10-19', status: 'open' });
    const task = await t.db.selectFrom('tasks').selectAll().where('id', '=', opinion.taskId!).executeTakeFirstOrThrow();
    expect(task).toMatchObject({ assignee_user_id: jurist.user.id, due_date: '2026-10-19' });

    const both = await post(jurist, `/measures/${id}/transitions`, { track: 'procedure', to: 'decision', noOpinionReceived: true, opinionResponse: 'x' });
    expect(both.statusCode).toBe(400);
    const dec = await step(jurist, id, { track: 'procedure', to: 'decision', opinionResponse: 'Ik wist van niets.', opinionReceivedOn: '2026-10-15' });
    expect(dec.deadlines.find((x) => x.kind === 'opinion')?.status).toBe('met');
    expect((await t.db.selectFrom('tasks').select('status').where('id', '=', opinion.taskId!).executeTakeFirstOrThrow()).status).toBe('done');
  });

  it('proportionality: the jurist only, at least 30 characters, all three true before announcement', async () => {
    const announce = { track: 'procedure', to: 'announced', decisionOn: '2026-11-12', announcedOn: '2026-11-13', graceDays: 14 };
    const before = await counts();
    const refused = await post(jurist, `/measures/${id}/transitions`, announce);
    expect(refused.statusCode).toBe(409);
    expect(bodyText(refused)).toContain('driestappentoets');
    expect(await counts()).toEqual(before);
    expect((await put(inspector, `/measures/${id}/proportionality`, { suitable: true, necessary: true, proportionate: true, motivation })).statusCode).toBe(
      403,
    );
    const short = await put(jurist, `/measures/${id}/proportionality`, { suitable: true, necessary: true, proportionate: true, motivation: 'Te kort.' });
    expect(short.statusCode).toBe(400);
    expect(paths(short)).toEqual(['body.motivation']);
    const partial = await put(jurist, `/measures/${id}/proportionality`, { suitable: true, necessary: false, proportionate: true, motivation });
    expect(partial.statusCode).toBe(200);
    expect((partial.json() as MeasureDetail).proportionality).toMatchObject({ necessary: false, complete: false });
    expect((await post(jurist, `/measures/${id}/transitions`, announce)).statusCode).toBe(409);
    const complete = await put(jurist, `/measures/${id}/proportionality`, { suitable: true, necessary: true, proportionate: true, motivation });
    expect((complete.json() as MeasureDetail).proportionality).toMatchObject({ complete: true, recordedBy: { id: jurist.user.id } });
    const inFuture = await post(jurist, `/measures/${id}/transitions`, { ...announce, decisionOn: daysFromToday(1), announcedOn: daysFromToday(1) });
    expect(paths(inFuture)).toEqual(['body.decisionOn']);
    const reversed = await post(jurist, `/measures/${id}/transitions`, { ...announce, announcedOn: '2026-11-11' });
    expect(paths(reversed)).toEqual(['body.announcedOn']);
  });

  it('announcement: grace period and objection period from the engine, the Atw extension over Christmas', async () => {
    const d = await step(jurist, id, { track: 'procedure', to: 'announced', decisionOn: '2026-11-12', announcedOn: '2026-11-13', graceDays: 14 });
    expect(d).toMatchObject({ status: 'announced', remedyStatus: 'objection_period' });
    expect(d.dates).toMatchObject({ announcedOn: '2026-11-13', graceEnd: '2026-11-27', objectionDue: '2026-12-28' });
    const objection = d.deadlines.find((x) => x.kind === 'objection')!;
    expect(objection).toMatchObject({ period: 'P6W', from: '2026-11-13', dueOn: '2026-12-28' });
    // six weeks end on Friday 25 December (Christmas), then Boxing Day, then Sunday: Monday 28 December
    expect(objection.reasons.map((r) => r.rule)).toEqual(['awb_6_8', 'atw_1', 'atw_1', 'atw_1']);
    expect(objection.reasons[1]!.date).toBe('2026-12-25');
    const engine = await t.app.inject({ method: 'GET', url: '/api/v1/legal/deadline?from=2026-11-13&period=P6W' });
    expect((engine.json() as { end: string }).end).toBe(objection.dueOn);
    const task = await t.db.selectFrom('tasks').selectAll().where('id', '=', objection.taskId!).executeTakeFirstOrThrow();
    expect(task).toMatchObject({ due_date: '2026-12-28', assignee_user_id: jurist.user.id, status: 'open' });
    expect(d.history.filter((h) => h.track === 'remedy').map((h) => `${h.fromStatus}->${h.toStatus}`)).toEqual(['none->objection_period']);
    // the list shows the earliest open deadline with its kind: the grace period, before the objection period
    const listed = (await get(jurist, '/measures?status=all')).json() as { items: MeasureListItem[] };
    expect(listed.items.find((i) => i.id === id)?.nextDeadline).toEqual({ kind: 'grace', dueOn: '2026-11-27' });
    // proportionality is frozen once announced
    expect((await put(jurist, `/measures/${id}/proportionality`, { suitable: true, necessary: true, proportionate: true, motivation })).statusCode).toBe(409);
    // the objection period cannot be made final while it runs... it has not passed yet on 2026-12-28 at the earliest
    if (today <= '2026-12-28') expect((await post(jurist, `/measures/${id}/transitions`, { track: 'remedy', to: 'final' })).statusCode).toBe(409);
  });

  it('execution: not within the grace period; its end from the duration, task moved off the weekend', async () => {
    const early = await post(inspector, `/measures/${id}/transitions`, { track: 'procedure', to: 'execution', executionStart: '2026-11-27' });
    expect(early.statusCode).toBe(409);
    expect(bodyText(early)).toContain('begunstigingstermijn');
    const d = await step(inspector, id, { track: 'procedure', to: 'execution', executionStart: '2026-11-28' });
    expect(d.dates.executionEnd).toBe('2027-02-27');
    const end = d.deadlines.find((x) => x.kind === 'execution_end')!;
    // 27 February 2027 is a Saturday: the check moves to Monday
    expect(end.dueOn).toBe('2027-03-01');
    expect(d.deadlines.find((x) => x.kind === 'grace')?.status).toBe('met');
    const task = await t.db.selectFrom('tasks').selectAll().where('id', '=', end.taskId!).executeTakeFirstOrThrow();
    expect(task.assignee_user_id).toBe(inspector.user.id);
  });

  it('objection with a committee: twelve weeks from the end of the objection term, extended once by six', async () => {
    const missing = await post(jurist, `/measures/${id}/transitions`, { track: 'remedy', to: 'objection', receivedOn: '2026-11-20' });
    expect(paths(missing)).toEqual(['body.committee']);
    const d = await step(jurist, id, { track: 'remedy', to: 'objection', receivedOn: '2026-11-20', committee: true });
    const engine12 = (await t.app.inject({ method: 'GET', url: '/api/v1/legal/deadline?from=2026-12-28&period=P12W' })).json() as { end: string };
    expect(d.dates.objectionDecisionDue).toBe(engine12.end);
    expect(d.deadlines.find((x) => x.kind === 'objection')?.status).toBe('met');
    expect(d.deadlines.find((x) => x.kind === 'objection_decision')).toMatchObject({ from: '2026-12-28', period: 'P12W', status: 'open' });
    expect((await post(inspector, `/measures/${id}/objection-extension`, { motivation: 'Advies commissie nog niet ontvangen.' })).statusCode).toBe(403);
    const ext = await post(jurist, `/measures/${id}/objection-extension`, { motivation: 'Advies commissie nog niet ontvangen.' });
    expect(ext.statusCode, ext.body).toBe(200);
    const engine18 = (await t.app.inject({ method: 'GET', url: '/api/v1/legal/deadline?from=2026-12-28&period=P18W' })).json() as { end: string };
    const e = ext.json() as MeasureDetail;
    expect(e).toMatchObject({ objectionExtended: true });
    expect(e.dates.objectionDecisionDue).toBe(engine18.end);
    expect(
      e.deadlines
        .filter((x) => x.kind === 'objection_decision')
        .map((x) => x.status)
        .sort(),
    ).toEqual(['cancelled', 'open']);
    const again = await post(jurist, `/measures/${id}/objection-extension`, { motivation: 'Nog een keer verdagen graag.' });
    expect(again.statusCode).toBe(409);
  });

  it('court steps: dates in order; objection decided, appeal filed', async () => {
    const before = await counts();
    const badOrder = await post(jurist, `/measures/${id}/court-steps`, { kind: 'provisional_relief', filedOn: '2026-11-20', hearingOn: '2026-11-19' });
    expect(badOrder.statusCode).toBe(400);
    expect(paths(badOrder)).toEqual(['body.hearingOn']);
    const appealTooEarly = await post(jurist, `/measures/${id}/court-steps`, { kind: 'appeal', filedOn: '2026-11-20' });
    expect(appealTooEarly.statusCode).toBe(409);
    expect(await counts()).toEqual(before);
    const vv = await post(jurist, `/measures/${id}/court-steps`, {
      kind: 'provisional_relief',
      court: 'Rechtbank Midden-Nederland',
      filedOn: '2026-11-20',
      hearingOn: '2026-11-25',
    });
    expect(vv.statusCode, vv.body).toBe(200);
    const stepId = (vv.json() as MeasureDetail).courtSteps[0]!.id;
    const noRuling = await put(jurist, `/measures/${id}/court-steps/${stepId}`, { filedOn: '2026-11-20', hearingOn: '2026-11-25', outcome: 'rejected' });
    expect(paths(noRuling)).toEqual(['body.rulingOn']);
    const ruled = await put(jurist, `/measures/${id}/court-steps/${stepId}`, {
      court: 'Rechtbank Midden-Nederland',
      filedOn: '2026-11-20',
      hearingOn: '2026-11-25',
      rulingOn: '2026-11-26',
      outcome: 'rejected',
    });
    expect(ruled.statusCode, ruled.body).toBe(200);
    expect((ruled.json() as MeasureDetail).courtSteps[0]).toMatchObject({ outcome: 'rejected', rulingOn: '2026-11-26' });

    const decided = await step(jurist, id, { track: 'remedy', to: 'objection_decided', decidedOn: '2026-12-01', outcome: 'unfounded' });
    expect(decided).toMatchObject({ remedyStatus: 'objection_decided', objectionOutcome: 'unfounded' });
    expect(decided.deadlines.filter((x) => x.kind === 'objection_decision' && x.status === 'open')).toEqual([]);
    if (today < '2027-01-13') {
      const notYet = await post(jurist, `/measures/${id}/transitions`, { track: 'remedy', to: 'final' });
      expect(notYet.statusCode).toBe(409);
      expect(bodyText(notYet)).toContain('beroepstermijn');
    }
    const court = await step(jurist, id, {
      track: 'remedy',
      to: 'court',
      filedOn: '2026-12-01',
      court: 'Rechtbank Midden-Nederland',
      caseNumber: 'UTR 26/1234',
    });
    expect(court.remedyStatus).toBe('court');
    expect(court.courtSteps.map((c) => c.kind)).toEqual(['provisional_relief', 'appeal']);
    const higher = await post(jurist, `/measures/${id}/court-steps`, { kind: 'higher_appeal', filedOn: '2026-12-01' });
    expect(higher.statusCode).toBe(409);
  });

  it('execution extension within the maximum; lifting and closing', async () => {
    const tooLong = await post(jurist, `/measures/${id}/execution-extension`, { newEnd: '2027-11-28', motivation: 'Opnieuw handel geconstateerd.' });
    expect(tooLong.statusCode).toBe(400);
    expect(paths(tooLong)).toEqual(['body.newEnd']);
    const ext = await post(jurist, `/measures/${id}/execution-extension`, { newEnd: '2027-05-27', motivation: 'Opnieuw handel geconstateerd.' });
    expect(ext.statusCode, ext.body).toBe(200);
    const e = ext.json() as MeasureDetail;
    expect(e.dates.executionEnd).toBe('2027-05-27');
    expect(
      e.deadlines
        .filter((x) => x.kind === 'execution_end')
        .map((x) => x.status)
        .sort(),
    ).toEqual(['cancelled', 'open']);
    expect(e.history.at(-1)).toMatchObject({ data: expect.objectContaining({ event: 'execution_extension', newEnd: '2027-05-27' }) });
    const early = await post(inspector, `/measures/${id}/transitions`, { track: 'procedure', to: 'follow_up', liftedOn: '2026-11-27' });
    expect(paths(early)).toEqual(['body.liftedOn']);
    const lifted = await step(inspector, id, { track: 'procedure', to: 'follow_up', liftedOn: '2026-12-01' });
    expect(lifted.dates.liftedOn).toBe('2026-12-01');
    expect(lifted.deadlines.filter((x) => x.kind === 'execution_end' && x.status === 'open')).toEqual([]);
    const closed = await step(inspector, id, { track: 'procedure', to: 'closed', note: 'Pand weer in gebruik.' });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.nextSteps.filter((s) => s.track === 'procedure')).toEqual([]);
    // the history is append-only
    await expect(t.db.updateTable('measure_history').set({ note: 'x' }).where('measure_id', '=', id).execute()).rejects.toThrow();
  });
});

describe('other paths', () => {
  it('a warning: straight to a decision, no objection period, then closed', async () => {
    const id = await create(jurist, closure({ drugClass: 'list_ii', legalBasisCode: 'waarschuwing', durationMonths: null }));
    expect((await detail(jurist, id)).proposal).toMatchObject({ legalBasisCode: 'waarschuwing', applicable: true });
    await step(jurist, id, { track: 'procedure', to: 'investigation' });
    const d0 = await detail(jurist, id);
    expect(d0.nextSteps.map((s) => s.to)).toEqual(['decision', 'withdrawn']);
    const intention = await post(jurist, `/measures/${id}/transitions`, { track: 'procedure', to: 'intention' });
    expect(intention.statusCode).toBe(409);
    await step(jurist, id, { track: 'procedure', to: 'decision' });
    const d = await step(jurist, id, { track: 'procedure', to: 'announced', decisionOn: '2026-11-02', announcedOn: '2026-11-02', graceDays: 0 });
    expect(d.remedyStatus).toBe('none');
    expect(d.deadlines).toEqual([]);
    expect((await post(jurist, `/measures/${id}/transitions`, { track: 'procedure', to: 'execution', executionStart: '2026-11-03' })).statusCode).toBe(409);
    await step(jurist, id, { track: 'procedure', to: 'follow_up' });
    expect((await step(jurist, id, { track: 'procedure', to: 'closed' })).status).toBe('closed');
  });

  it('urgency: no opinion, and execution within the grace period', async () => {
    const id = await create(jurist, closure());
    await step(jurist, id, { track: 'procedure', to: 'investigation' });
    const noReason = await post(jurist, `/measures/${id}/transitions`, { track: 'procedure', to: 'decision' });
    expect(paths(noReason)).toEqual(['body.urgencyMotivation']);
    const d = await step(jurist, id, { track: 'procedure', to: 'decision', urgencyMotivation: 'Gevaarlijke situatie: drugslab in de woning.' });
    expect(d.urgent).toBe(true);
    await put(jurist, `/measures/${id}/proportionality`, { suitable: true, necessary: true, proportionate: true, motivation });
    await step(jurist, id, { track: 'procedure', to: 'announced', decisionOn: '2026-11-16', announcedOn: '2026-11-16', graceDays: 3 });
    const ex = await step(jurist, id, { track: 'procedure', to: 'execution', executionStart: '2026-11-16' });
    expect(ex.status).toBe('execution');
  });

  it('no opinion received: only after the opinion deadline', async () => {
    const id = await create(jurist, closure());
    await step(jurist, id, { track: 'procedure', to: 'investigation' });
    await step(jurist, id, { track: 'procedure', to: 'intention' });
    await step(jurist, id, { track: 'procedure', to: 'opinion_period', sentOn: today });
    const before = await counts();
    const res = await post(jurist, `/measures/${id}/transitions`, { track: 'procedure', to: 'decision', noOpinionReceived: true });
    expect(res.statusCode).toBe(409);
    expect(bodyText(res)).toContain('zienswijzetermijn loopt nog');
    expect(await counts()).toEqual(before);
  });

  it('withdrawing cancels the open deadlines and their tasks', async () => {
    const id = await create(jurist, closure());
    await toDecision(id);
    const before = await t.db.selectFrom('enforcement_deadlines').select(['id', 'task_id']).where('record_id', '=', id).where('status', '=', 'open').execute();
    expect(before).toHaveLength(0);
    // an open opinion deadline: withdraw during the opinion period instead
    const second = await create(jurist, closure());
    await step(jurist, second, { track: 'procedure', to: 'investigation' });
    await step(jurist, second, { track: 'procedure', to: 'intention' });
    const running = await step(jurist, second, { track: 'procedure', to: 'opinion_period', sentOn: today });
    const taskId = running.deadlines[0]!.taskId!;
    const noReason = await post(jurist, `/measures/${second}/transitions`, { track: 'procedure', to: 'withdrawn' });
    expect(paths(noReason)).toEqual(['body.motivation']);
    const withdrawn = await step(jurist, second, { track: 'procedure', to: 'withdrawn', motivation: 'Bewoner is verhuisd; geen grond meer.' });
    expect(withdrawn.deadlines.map((x) => x.status)).toEqual(['cancelled']);
    expect((await t.db.selectFrom('tasks').select('status').where('id', '=', taskId).executeTakeFirstOrThrow()).status).toBe('done');
    await step(jurist, id, { track: 'procedure', to: 'withdrawn', motivation: 'Bewoner is verhuisd; geen grond meer.' });
    const d = await detail(jurist, id);
    expect(d.status).toBe('withdrawn');
    expect(d.closedReason).toContain('verhuisd');
    const open = await t.db.selectFrom('enforcement_deadlines').select('id').where('record_id', '=', id).where('status', '=', 'open').execute();
    expect(open).toEqual([]);
  });

  it('objection period without objection: final only after the deadline', async () => {
    const id = await create(jurist, closure());
    await toDecision(id);
    await put(jurist, `/measures/${id}/proportionality`, { suitable: true, necessary: true, proportionate: true, motivation });
    await step(jurist, id, { track: 'procedure', to: 'announced', decisionOn: '2026-10-01', announcedOn: '2026-10-01', graceDays: 14 });
    const d = await step(jurist, id, { track: 'remedy', to: 'final' });
    expect(d.remedyStatus).toBe('final');
    expect(d.deadlines.find((x) => x.kind === 'objection')?.status).toBe('met');
  });
});

describe('need-to-know', () => {
  let id: string;
  beforeAll(async () => {
    id = await create(jurist, closure({ addressLabel: 'Geheimstraat 1, Utrecht' }));
  });

  it('the jurist on the team and the analyst see it; others do not', async () => {
    expect((await get(jurist, `/measures/${id}`)).statusCode).toBe(200);
    expect((await get(analyst, `/measures/${id}`)).statusCode).toBe(200);
    expect((await get(otherJurist, `/measures/${id}`)).statusCode).toBe(404);
    expect((await get(inspector, `/measures/${id}`)).statusCode).toBe(404);
    expect((await get(partner, `/measures/${id}`)).statusCode).toBe(404);
    expect((await get(admin, `/measures/${id}`)).statusCode).toBe(403);
    expect((await get(management, `/measures/${id}`)).statusCode).toBe(403);
    expect((await post(otherJurist, `/measures/${id}/transitions`, { track: 'procedure', to: 'investigation' })).statusCode).toBe(404);
  });

  it('lists follow the same rule, with filters and paging', async () => {
    const list = async (who: Signed, q = '') => {
      const res = await get(who, `/measures${q}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: MeasureListItem[]; nextCursor: string | null };
    };
    expect((await list(jurist)).items.map((i) => i.id)).toContain(id);
    expect((await list(analyst)).items.map((i) => i.id)).toContain(id);
    expect((await list(otherJurist)).items.map((i) => i.id)).not.toContain(id);
    expect((await list(partner)).items).toEqual([]);
    expect((await get(management, '/measures')).statusCode).toBe(403);
    const mine = await list(otherJurist, '?mine=true&status=all');
    expect(mine.items).toEqual([]);
    const intake = await list(jurist, '?status=intake&kind=closure');
    expect(intake.items.every((i) => i.status === 'intake' && i.legalBasis.kind === 'closure')).toBe(true);
    expect((await list(jurist, '?kind=warning&status=all')).items.every((i) => i.legalBasis.kind === 'warning')).toBe(true);
    // keyset paging over everything: no duplicates, newest change first
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: MeasureListItem[]; nextCursor: string | null } = await list(analyst, `?status=all&limit=3${cursor ? `&after=${cursor}` : ''}`);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    const total = await t.db
      .selectFrom('measures')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(seen.length).toBe(Number(total.n));
    const bad = await get(analyst, '/measures?after=nonsense');
    expect(paths(bad)).toEqual(['query.after']);
    const badLimit = await get(analyst, '/measures?limit=0');
    expect(paths(badLimit)).toEqual(['query.limit']);
  });

  it('reads are logged with the addressee as data subject', async () => {
    await get(analyst, `/measures/${id}`);
    const lines = await t.db
      .selectFrom('processing_log')
      .select('data_subject_type')
      .where('data_subject_ref', '=', pseudonymise(t.config.secrets.pseudonymKey, 'measure_addressee', id))
      .execute();
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const events = await t.db
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .where('object_type', '=', 'measure')
      .where('object_id', '=', id)
      .execute();
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'read', 'deny']));
  });

  it('jurists list for the responsible field', async () => {
    const res = await get(inspector, '/measures/jurists');
    expect(res.statusCode).toBe(200);
    const ids = (res.json() as { items: { id: string }[] }).items.map((j) => j.id);
    expect(ids).toEqual(expect.arrayContaining([jurist.user.id, otherJurist.user.id]));
    expect(ids).not.toContain(inspector.user.id);
  });
});

describe('demo', () => {
  it('seeds five measures at different stages through the services, once', async () => {
    const demo = await createTestApp();
    try {
      const toezicht = await demo.createUser({ role: 'inspector', username: 'toezicht' });
      const juristUser = await demo.createUser({ role: 'lawyer', username: 'jurist' });
      const inspection = await demo.db
        .insertInto('inspections')
        .values({
          number: 'C-2026-00001',
          object_type: 'bedrijfspand',
          checklist_items: JSON.stringify([]),
          subject_id: null,
          address_label: 'Fade Masters Barbershop, Oudegracht 200a, 3511 NR Utrecht',
          postcode: '3511 NR',
          house_number: 200,
          wijk_code: 'WK034403',
          planned_on: today,
          performed_on: today,
          partners: JSON.stringify(['politie']),
          status: 'completed',
          outcome: 'measure_proposed',
          lead_user_id: toezicht.id,
          created_by: toezicht.id,
          completed_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await demo.db
        .insertInto('record_team')
        .values({ record_type: 'inspection', record_id: inspection.id, user_id: juristUser.id, team_role: 'teamlid' })
        .execute();
      const { seedMeasuresDemo } = await import('../../src/modules/enforcement/index.js');
      await seedMeasuresDemo(demo.db, demo.config);
      await seedMeasuresDemo(demo.db, demo.config);
      const rows = await demo.db
        .selectFrom('measures')
        .select(['id', 'status', 'remedy_status', 'inspection_id', 'proposal', 'responsible_user_id'])
        .orderBy('number')
        .execute();
      expect(rows.map((r) => `${r.status}/${r.remedy_status}`)).toEqual([
        'decision/none',
        'announced/objection_period',
        'execution/final',
        'closed/none',
        'execution/court',
      ]);
      expect(rows[0]).toMatchObject({ inspection_id: inspection.id });
      expect(rows[0]!.proposal).toMatchObject({ applicable: true, legalBasisCode: 'opiumwet_13b_lokaal', durationMonths: 6 });
      expect(rows.every((r) => r.responsible_user_id === juristUser.id)).toBe(true);
      const team = await demo.db
        .selectFrom('record_team')
        .select('user_id')
        .where('record_type', '=', 'measure')
        .where('record_id', '=', rows[2]!.id)
        .execute();
      expect(team.map((m) => m.user_id)).toContain(toezicht.id);
      const steps = await demo.db.selectFrom('measure_court_steps').select('kind').where('measure_id', '=', rows[4]!.id).orderBy('kind').execute();
      expect(steps.map((s) => s.kind)).toEqual(['appeal', 'provisional_relief']);
      const open = await demo.db
        .selectFrom('enforcement_deadlines')
        .select('kind')
        .where('record_id', '=', rows[1]!.id)
        .where('status', '=', 'open')
        .orderBy('kind')
        .execute();
      expect(open.map((d) => d.kind)).toEqual(['grace', 'objection']);
    } finally {
      await demo.close();
    }
  });
});

describe('demo with the other demos', () => {
  it('starts from the completed inspection of the inspections demo, with the registry demo', async () => {
    const demo = await createTestApp();
    try {
      const { seedDemo } = await import('../../src/db/seed/demo.js');
      const { seedRegistryDemo } = await import('../../src/db/seed/registry-demo.js');
      const { seedInspectionsDemo, seedMeasuresDemo } = await import('../../src/modules/enforcement/index.js');
      await seedDemo(demo.db, demo.config.secrets.encryptionKey);
      await seedRegistryDemo(demo.db, demo.config);
      await seedInspectionsDemo(demo.db, demo.config);
      await seedMeasuresDemo(demo.db, demo.config);
      const first = await demo.db
        .selectFrom('measures as m')
        .innerJoin('inspections as i', 'i.id', 'm.inspection_id')
        .select(['m.status', 'm.subject_id', 'i.subject_id as inspection_subject', 'm.proposal'])
        .executeTakeFirstOrThrow();
      expect(first).toMatchObject({ status: 'decision' });
      expect(first.subject_id).toBe(first.inspection_subject);
      expect(first.proposal).toMatchObject({ applicable: true });
      expect(await demo.db.selectFrom('measures').select('id').execute()).toHaveLength(5);
    } finally {
      await demo.close();
    }
  });
});
