import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Signed, type TestApp } from '../harness.js';

let t: TestApp;
let admin: Signed;
let analyst: Signed;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn(await t.createUser({ role: 'admin', maxConfidentiality: 'intern' }));
  analyst = await t.signIn(await t.createUser({ role: 'analyst' }));
});
afterAll(() => t.close());

const deadline = (query: string) => t.app.inject({ method: 'GET', url: `/api/v1/legal/deadline?${query}` });

describe('GET /api/v1/legal/deadline', () => {
  it('is public and answers start, nominal end, end and the reasons', async () => {
    const res = await deadline('from=2025-03-07&period=P6W');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ from: '2025-03-07', period: 'P6W', start: '2025-03-08', nominalEnd: '2025-04-18', end: '2025-04-22', extended: true });
    expect(res.json<{ reasons: { rule: string }[] }>().reasons.map((r) => r.rule)).toEqual(['awb_6_8', 'atw_1', 'atw_1', 'atw_1', 'atw_1']);
  });

  it('counts working days on request', async () => {
    expect((await deadline('from=2026-05-12&period=P5D&unit=working')).json()).toMatchObject({ end: '2026-05-21' });
  });

  it('says which parameter is wrong', async () => {
    const cases: [string, string][] = [
      ['from=2025-02-30&period=P6W', 'query.from'],
      ['from=2025-03-07&period=6%20weken', 'query.period'],
      ['from=2025-03-07&period=PT6H', 'query.period'],
      ['from=2025-03-07&period=P2W&unit=working', 'query.unit'],
      ['from=2025-03-07&period=P6W&unit=maanden', 'query.unit'],
      ['period=P6W', 'query.from'],
    ];
    for (const [query, path] of cases) {
      const res = await deadline(query);
      expect(res.statusCode, query).toBe(400);
      expect(
        res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path),
        query,
      ).toContain(path);
    }
  });

  it('uses the days the beheerder declares equal, in every process (the cache follows the table)', async () => {
    const before = (await deadline('from=2028-04-14&period=P6W')).json<{ nominalEnd: string; end: string }>();
    expect(before).toMatchObject({ nominalEnd: '2028-05-26', end: '2028-05-26' });
    const put = await t.as(admin, {
      method: 'PUT',
      url: '/api/v1/legal/equal-days/2028-05-26',
      payload: { name: 'Vrijdag na Hemelvaartsdag', source: 'Besluit gelijkstelling 2028–2030' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((await deadline('from=2028-04-14&period=P6W')).json()).toMatchObject({ end: '2028-05-29' });
    expect((await t.as(admin, { method: 'DELETE', url: '/api/v1/legal/equal-days/2028-05-26' })).statusCode).toBe(204);
    expect((await deadline('from=2028-04-14&period=P6W')).json()).toMatchObject({ end: '2028-05-26' });
  });
});

describe('equal days', () => {
  it('are seeded with the Fridays after Hemelvaartsdag and a source that asks for a check', async () => {
    const items = (await t.as(analyst, { method: 'GET', url: '/api/v1/legal/equal-days' })).json<{ items: { date: string; source: string }[] }>().items;
    expect(items.map((i) => i.date)).toEqual(['2025-05-30', '2026-05-15', '2027-05-07']);
    expect(items[0]!.source).toMatch(/controleer/);
  });

  it('can only be changed by the beheerder, with a real date, a name and a source, and are audited', async () => {
    expect((await t.as(analyst, { method: 'PUT', url: '/api/v1/legal/equal-days/2028-05-26', payload: { name: 'x', source: 'y' } })).statusCode).toBe(403);
    const badDate = await t.as(admin, { method: 'PUT', url: '/api/v1/legal/equal-days/2028-02-30', payload: { name: 'x', source: 'y' } });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['params.date']);
    const empty = await t.as(admin, { method: 'PUT', url: '/api/v1/legal/equal-days/2028-05-26', payload: { name: '', source: ' ' } });
    const paths = empty.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect([...paths].sort()).toEqual(['body.name', 'body.source']);
    expect((await t.as(admin, { method: 'DELETE', url: '/api/v1/legal/equal-days/2031-01-01' })).statusCode).toBe(404);
    await t.as(admin, { method: 'PUT', url: '/api/v1/legal/equal-days/2029-05-11', payload: { name: 'Vrijdag na Hemelvaartsdag', source: 'KB' } });
    const trail = await t.db.selectFrom('audit_events').select(['action', 'object_id']).where('object_type', '=', 'legal_equal_day').execute();
    expect(trail).toContainEqual({ action: 'update', object_id: '2029-05-11' });
  });
});
