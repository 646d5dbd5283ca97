import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPreventionDemo } from '../../src/modules/careers/prevention.demo.js';
import type { PreventionPage, PreventionView } from '../../src/modules/careers/prevention.schemas.js';
import { createTestApp, type Signed, type TestApp } from '../harness.js';

let t: TestApp;
let youthWorker: Signed;
let mentor: Signed;
let regisseur: Signed;
let analyst: Signed;
let management: Signed;
let inspector: Signed;
const base = '/api/v1/careers/prevention-activities';

const valid = {
  title: 'Weerbaarheidstraining klas 2',
  programme: 'weerbaarheidstraining',
  setting: 'school',
  institution: 'Testcollege Overvecht',
  wijkCode: 'WK034403',
  startsOn: '2026-09-01',
  endsOn: '2026-11-30',
  reach: 48,
  description: 'Acht bijeenkomsten in twee groepen.',
};

const paths = (res: { json(): unknown }) => ((res.json() as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);
const post = (who: Signed, payload: unknown) => t.as(who, { method: 'POST', url: base, payload });
const put = (who: Signed, id: string, payload: unknown) => t.as(who, { method: 'PUT', url: `${base}/${id}`, payload });
const get = (who: Signed, url = '') => t.as(who, { method: 'GET', url: `${base}${url}` });
const countRows = async () =>
  Number(
    (
      await t.db
        .selectFrom('prevention_activities')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await createTestApp();
  youthWorker = await t.signIn(await t.createUser({ role: 'partner', organisationCode: 'jongerenwerk-utrecht' }));
  mentor = await t.signIn(await t.createUser({ role: 'partner', organisationCode: 'school-utrecht' }));
  regisseur = await t.signIn(await t.createUser({ role: 'pga_director' }));
  analyst = await t.signIn(await t.createUser({ role: 'analyst' }));
  management = await t.signIn(await t.createUser({ role: 'management' }));
  inspector = await t.signIn(await t.createUser({ role: 'inspector' }));
});
afterAll(async () => t.close());

describe('prevention activities', () => {
  it('a partner records an activity for their own organisation, audited without data subjects', async () => {
    const logLines = async () =>
      Number(
        (
          await t.db
            .selectFrom('processing_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const linesBefore = await logLines();
    const res = await post(mentor, valid);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as PreventionView;
    expect(body).toMatchObject({
      title: valid.title,
      programme: 'weerbaarheidstraining',
      setting: 'school',
      organisation: { code: 'school-utrecht' },
      institution: 'Testcollege Overvecht',
      wijkCode: 'WK034403',
      wijkName: 'Overvecht',
      startsOn: '2026-09-01',
      endsOn: '2026-11-30',
      reach: 48,
      canEdit: true,
    });
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id'])
      .where('object_type', '=', 'prevention_activity')
      .where('object_id', '=', body.id)
      .execute();
    expect(audit).toEqual([{ action: 'create', actor_user_id: mentor.user.id }]);
    expect(await logLines()).toBe(linesBefore);
  });

  it('only the same organisation may edit; another gets 403 and nothing changes', async () => {
    const created = (
      await post(youthWorker, {
        ...valid,
        setting: 'youth_work',
        programme: 'groepsgesprek_jongerenwerk',
        institution: 'Jongerencentrum Test',
        wijkCode: 'WK034401',
      })
    ).json() as PreventionView;
    const other = await put(mentor, created.id, { ...valid, reach: 999 });
    expect(other.statusCode).toBe(403);
    const asRegisseur = await put(regisseur, created.id, { ...valid, reach: 999 });
    expect(asRegisseur.statusCode).toBe(403);
    expect((await get(youthWorker, `/${created.id}`)).json()).toMatchObject({ reach: 48, setting: 'youth_work', canEdit: true });
    expect((await get(mentor, `/${created.id}`)).json()).toMatchObject({ canEdit: false });
    const denied = await t.db.selectFrom('audit_events').select('outcome').where('object_id', '=', created.id).where('action', '=', 'deny').execute();
    expect(denied.length).toBe(2);

    const edited = await put(youthWorker, created.id, {
      ...valid,
      setting: 'youth_work',
      programme: 'groepsgesprek_jongerenwerk',
      institution: 'Jongerencentrum Test',
      wijkCode: 'WK034401',
      reach: 52,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ reach: 52, organisation: { code: 'jongerenwerk-utrecht' } });
    expect((await put(youthWorker, '00000000-0000-4000-8000-000000000000', valid)).statusCode).toBe(404);
  });

  it('refuses dates out of order, an unknown wijk and impossible numbers, storing nothing', async () => {
    const before = await countRows();
    const order = await post(mentor, { ...valid, startsOn: '2026-10-01', endsOn: '2026-09-30' });
    expect(order.statusCode).toBe(400);
    expect(paths(order)).toEqual(['body.endsOn']);
    expect((order.json() as { errors: { message: string }[] }).errors[0]!.message).toMatch(/einddatum ligt vóór de startdatum/);
    const unreal = await post(mentor, { ...valid, startsOn: '2026-02-30' });
    expect(paths(unreal)).toEqual(['body.startsOn']);
    const wijk = await post(mentor, { ...valid, wijkCode: 'WK999999' });
    expect(paths(wijk)).toEqual(['body.wijkCode']);
    const reach = await post(mentor, { ...valid, reach: 100_001 });
    expect(reach.statusCode).toBe(400);
    expect(paths(reach)).toEqual(['body.reach']);
    expect(paths(await post(mentor, { ...valid, reach: -1 }))).toEqual(['body.reach']);
    expect(paths(await post(mentor, { ...valid, programme: 'huisbezoek' }))).toEqual(['body.programme']);
    expect(paths(await post(mentor, { ...valid, organisationId: '00000000-0000-4000-8000-000000000000' }))).toEqual(['body.organisationId']);
    expect((await post(mentor, { ...valid, reach: 100_000 })).statusCode).toBe(201);
    expect(await countRows()).toBe(before + 1);
  });

  it('refuses free text that looks like personal data, with a Dutch message on the field', async () => {
    const before = await countRows();
    const email = await post(mentor, { ...valid, description: 'Opgave bij sanne@voorbeeld.nl' });
    expect(email.statusCode).toBe(400);
    expect((email.json() as { errors: { path: string; message: string }[] }).errors).toEqual([
      { path: 'body.description', message: expect.stringMatching(/e-mailadres.*groepsniveau/) as unknown as string },
    ]);
    expect(paths(await post(mentor, { ...valid, title: 'Gesprek met leerling 123456782' }))).toEqual(['body.title']);
    expect(paths(await post(mentor, { ...valid, institution: 'Bel 06-12345678' }))).toEqual(['body.institution']);
    expect(paths(await post(mentor, { ...valid, description: 'Jongen geboren op 12-03-2010' }))).toEqual(['body.description']);
    const two = await post(mentor, { ...valid, title: 'Mail a@b.nl', description: 'Tel 030-1234567' });
    expect(paths(two).sort()).toEqual(['body.description', 'body.title']);
    // editing is checked the same way
    const created = (await post(mentor, valid)).json() as PreventionView;
    const edit = await put(mentor, created.id, { ...valid, description: 'contact: mentor@school.nl' });
    expect(paths(edit)).toEqual(['body.description']);
    expect((await get(mentor, `/${created.id}`)).json()).toMatchObject({ description: valid.description });
    expect(await countRows()).toBe(before + 1);
  });

  it('lists with filters and totals for prevention:write and aggregates:read; others get 403', async () => {
    await post(regisseur, {
      ...valid,
      setting: 'neighbourhood',
      programme: 'buurtactiviteit',
      institution: 'Buurthuis',
      wijkCode: 'WK034409',
      startsOn: '2025-03-01',
      endsOn: '2025-03-01',
      reach: 30,
    });
    const all = (await get(management)).json() as PreventionPage;
    expect(all.total).toBeGreaterThanOrEqual(5);
    expect(all.canCreate).toBe(false);
    expect(all.items.every((i) => !i.canEdit)).toBe(true);
    expect(all.totals.reach).toBe(all.items.reduce((a, i) => a + i.reach, 0));
    expect(all.totals.bySetting.map((s) => s.setting)).toEqual(['school', 'youth_work', 'neighbourhood']);

    const wijk = (await get(analyst, '?wijk=WK034409')).json() as PreventionPage;
    expect(wijk.items.map((i) => i.wijkCode)).toEqual(['WK034409']);
    expect(wijk.totals).toMatchObject({ activities: 1, reach: 30 });
    const youth = (await get(youthWorker, '?setting=youth_work')).json() as PreventionPage;
    expect(youth.items.length).toBeGreaterThan(0);
    expect(youth.items.every((i) => i.setting === 'youth_work')).toBe(true);
    const period = (await get(regisseur, '?from=2025-01-01&to=2025-12-31')).json() as PreventionPage;
    expect(period.items.map((i) => i.institution)).toEqual(['Buurthuis']);
    const overlapping = (await get(regisseur, '?from=2026-11-30&to=2027-01-01')).json() as PreventionPage;
    expect(overlapping.items.length).toBeGreaterThan(0);
    expect(overlapping.items.every((i) => i.endsOn >= '2026-11-30')).toBe(true);
    const bad = await get(regisseur, '?from=2026-02-01&to=2026-01-31');
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['query.to']);
    expect(paths(await get(regisseur, '?wijk=nowhere'))).toEqual(['query.wijk']);
    const paged = (await get(analyst, '?pageSize=2&page=2')).json() as PreventionPage;
    expect(paged.items.length).toBe(2);
    expect(paged.total).toBe(all.total);

    expect((await get(inspector)).statusCode).toBe(403);
    expect((await post(management, valid)).statusCode).toBe(403);
    expect((await post(inspector, valid)).statusCode).toBe(403);
  });
});

describe('prevention demo', () => {
  it('records six activities through the service by school, jongerenwerk and the regisseur, once', async () => {
    const fresh = await createTestApp();
    try {
      await fresh.createUser({ role: 'partner', username: 'school', organisationCode: 'school-utrecht' });
      await fresh.createUser({ role: 'partner', username: 'partner', organisationCode: 'jongerenwerk-utrecht' });
      await fresh.createUser({ role: 'pga_director', username: 'pga' });
      await seedPreventionDemo(fresh.db, fresh.config);
      await seedPreventionDemo(fresh.db, fresh.config);
      const rows = await fresh.db
        .selectFrom('prevention_activities as p')
        .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
        .select(['o.code', 'p.setting', 'p.wijk_code'])
        .execute();
      expect(rows.length).toBe(6);
      expect(new Set(rows.map((r) => r.code))).toEqual(new Set(['school-utrecht', 'jongerenwerk-utrecht', 'gemeente-utrecht']));
      expect(new Set(rows.map((r) => r.setting))).toEqual(new Set(['school', 'youth_work', 'neighbourhood']));
      expect(new Set(rows.map((r) => r.wijk_code)).size).toBe(5);
      const trail = await fresh.db.selectFrom('audit_events').select('action').where('object_type', '=', 'prevention_activity').execute();
      expect(trail.length).toBe(6);
    } finally {
      await fresh.close();
    }
  });
});
