import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/modules/careers/reference.service.js';
import { createTestApp, type Signed, type TestApp } from '../harness.js';

let t: TestApp;
let admin: Signed;
let pga: Signed;
let partner: Signed;

const base = '/api/v1/careers/reference';
const fieldErrors = (res: { json(): unknown }) => (res.json() as { errors?: { path: string; message: string }[] }).errors ?? [];

interface Admin {
  criteria: { code: string; textNl: string; textEn: string; active: boolean; sortOrder: number; updatedBy: string | null }[];
  domains: { code: string; nameNl: string; restrictedTo: string[]; sortOrder: number }[];
  legalBases: { code: string; nameNl: string; description: string; active: boolean }[];
  settings: { reviewIntervalMonths: number; followUpMonths: number[] };
  organisationKinds: string[];
}

const trail = (objectId: string) =>
  t.db.selectFrom('audit_events').select(['action', 'actor_user_id']).where('object_type', '=', 'career_reference').where('object_id', '=', objectId).execute();

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn(await t.createUser({ role: 'admin' }));
  pga = await t.signIn(await t.createUser({ role: 'pga_director' }));
  partner = await t.signIn(await t.createUser({ role: 'partner', organisationCode: 'school-utrecht' }));
});

afterAll(async () => {
  await t.close();
});

describe('career reference: reading', () => {
  it('gives everyone signed in the reference data, and only the beheerder the admin view', async () => {
    const res = await t.as(partner, { method: 'GET', url: base });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ settings: unknown }>().settings).toEqual({
      reviewIntervalMonths: 3,
      followUpMonths: [3, 6, 12],
      retentionYears: 5,
      notAcceptedRetentionMonths: 12,
    });
    expect((await t.as(pga, { method: 'GET', url: `${base}/admin` })).statusCode).toBe(403);
    const view = await t.as(admin, { method: 'GET', url: `${base}/admin` });
    expect(view.statusCode).toBe(200);
    const body = view.json<Admin>();
    expect(body.organisationKinds).toContain('zorg');
    expect(body.organisationKinds).toContain('wijkteam');
    expect(body.organisationKinds).not.toContain('gemeente');
    expect(body.domains.find((d) => d.code === 'health')?.restrictedTo).toEqual(['zorg']);
  });
});

describe('career reference: changes by the beheerder', () => {
  it('creates and changes a criterion, with an audit trail', async () => {
    let res = await t.as(admin, {
      method: 'PUT',
      url: `${base}/criteria/school_dropout`,
      payload: { textNl: 'De jongere dreigt uit te vallen op school.', textEn: 'The young person is at risk of dropping out.', active: true, sortOrder: 10 },
    });
    expect(res.statusCode, res.body).toBe(201);
    res = await t.as(admin, {
      method: 'PUT',
      url: `${base}/criteria/school_dropout`,
      payload: {
        textNl: 'De jongere is uitgevallen of dreigt uit te vallen op school.',
        textEn: 'The young person dropped out or may drop out.',
        active: false,
        sortOrder: 11,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const criterion = res.json<Admin>().criteria.find((c) => c.code === 'school_dropout')!;
    expect(criterion).toMatchObject({ textNl: 'De jongere is uitgevallen of dreigt uit te vallen op school.', active: false, sortOrder: 11 });
    expect(criterion.updatedBy).toContain(admin.user.username);
    expect((await trail('criterion:school_dropout')).map((e) => e.action)).toEqual(['create', 'update']);
    const pub = await t.as(partner, { method: 'GET', url: base });
    expect(pub.json<Admin>().criteria.find((c) => c.code === 'school_dropout')?.active).toBe(false);
  });

  it('changes which organisation kinds see a life domain', async () => {
    const res = await t.as(admin, {
      method: 'PUT',
      url: `${base}/domains/health`,
      payload: { nameNl: 'Gezondheid', nameEn: 'Health', restrictedTo: ['zorg', 'wijkteam'], sortOrder: 7 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Admin>().domains.find((d) => d.code === 'health')?.restrictedTo).toEqual(['wijkteam', 'zorg']);
    expect(await trail('domain:health')).toHaveLength(1);
  });

  it('creates and changes a legal basis', async () => {
    const payload = {
      nameNl: 'Wet verplichte ggz',
      nameEn: 'Compulsory Mental Health Care Act',
      description: 'Alleen bij verplichte zorg.',
      active: true,
      sortOrder: 9,
    };
    expect((await t.as(admin, { method: 'PUT', url: `${base}/legal-bases/wvggz`, payload })).statusCode).toBe(201);
    const res = await t.as(admin, { method: 'PUT', url: `${base}/legal-bases/wvggz`, payload: { ...payload, active: false } });
    expect(res.statusCode).toBe(200);
    expect(res.json<Admin>().legalBases.find((b) => b.code === 'wvggz')?.active).toBe(false);
  });

  it('changes the settings that new intakes and exits use', async () => {
    const res = await t.as(admin, { method: 'PUT', url: `${base}/settings`, payload: { reviewIntervalMonths: 4, followUpMonths: [1, 3, 6, 12, 24] } });
    expect(res.statusCode, res.body).toBe(200);
    // The retention terms were left out, so they stay as they were.
    expect(await loadSettings(t.db)).toEqual({ reviewIntervalMonths: 4, followUpMonths: [1, 3, 6, 12, 24], retentionYears: 5, notAcceptedRetentionMonths: 12 });
    expect(await trail('settings')).toHaveLength(1);
  });
});

describe('career reference: bad input and permission', () => {
  const settingsBefore = () => loadSettings(t.db);

  it('refuses follow-up months that are not ascending, out of range or missing, and the interval out of range', async () => {
    const before = await settingsBefore();
    const cases: [unknown, string][] = [
      [{ reviewIntervalMonths: 3, followUpMonths: [6, 3, 12] }, 'body.followUpMonths.1'],
      [{ reviewIntervalMonths: 3, followUpMonths: [3, 3] }, 'body.followUpMonths.1'],
      [{ reviewIntervalMonths: 3, followUpMonths: [] }, 'body.followUpMonths'],
      [{ reviewIntervalMonths: 3, followUpMonths: [3, 37] }, 'body.followUpMonths.1'],
      [{ reviewIntervalMonths: 3, followUpMonths: [0, 3] }, 'body.followUpMonths.0'],
      [{ reviewIntervalMonths: 3, followUpMonths: [2.5] }, 'body.followUpMonths.0'],
      [{ reviewIntervalMonths: 13, followUpMonths: [3] }, 'body.reviewIntervalMonths'],
      [{ reviewIntervalMonths: 0, followUpMonths: [3] }, 'body.reviewIntervalMonths'],
    ];
    for (const [payload, path] of cases) {
      const res = await t.as(admin, { method: 'PUT', url: `${base}/settings`, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(fieldErrors(res).map((e) => e.path)).toContain(path);
      expect(fieldErrors(res).every((e) => e.message.length > 0)).toBe(true);
    }
    expect(await settingsBefore()).toEqual(before);
  });

  it('refuses an unknown organisation kind, the municipality and a bad code', async () => {
    const before = (await t.db.selectFrom('career_domains').select('restricted_to').where('code', '=', 'justice').executeTakeFirstOrThrow()).restricted_to;
    let res = await t.as(admin, {
      method: 'PUT',
      url: `${base}/domains/justice`,
      payload: { nameNl: 'Justitie', nameEn: 'Justice', restrictedTo: ['politie', 'geheime_dienst'], sortOrder: 6 },
    });
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res)).toEqual([{ path: 'body.restrictedTo.1', message: expect.stringContaining('geheime_dienst') as string }]);
    res = await t.as(admin, {
      method: 'PUT',
      url: `${base}/domains/justice`,
      payload: { nameNl: 'Justitie', nameEn: 'Justice', restrictedTo: ['gemeente'], sortOrder: 6 },
    });
    expect(fieldErrors(res).map((e) => e.path)).toEqual(['body.restrictedTo.0']);
    res = await t.as(admin, {
      method: 'PUT',
      url: `${base}/domains/Justitie!`,
      payload: { nameNl: 'Justitie', nameEn: 'Justice', restrictedTo: [], sortOrder: 6 },
    });
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res).map((e) => e.path)).toEqual(['params.code']);
    res = await t.as(admin, { method: 'PUT', url: `${base}/criteria/age`, payload: { textNl: '', textEn: 'x', active: true, sortOrder: 0 } });
    expect(fieldErrors(res).map((e) => e.path)).toEqual(['body.textNl']);
    const after = (await t.db.selectFrom('career_domains').select('restricted_to').where('code', '=', 'justice').executeTakeFirstOrThrow()).restricted_to;
    expect(after).toEqual(before);
    expect(await t.db.selectFrom('career_domains').select('code').where('code', '=', 'Justitie!').executeTakeFirst()).toBeUndefined();
  });

  it('refuses every change to a pga_director and a partner (403), and changes nothing', async () => {
    const before = await settingsBefore();
    const attempts = [
      { url: `${base}/settings`, payload: { reviewIntervalMonths: 6, followUpMonths: [6] } },
      { url: `${base}/criteria/age`, payload: { textNl: 'Anders', textEn: 'Other', active: false, sortOrder: 0 } },
      { url: `${base}/domains/health`, payload: { nameNl: 'Gezondheid', nameEn: 'Health', restrictedTo: [], sortOrder: 0 } },
      { url: `${base}/legal-bases/consent`, payload: { nameNl: 'Toestemming', nameEn: 'Consent', description: '', active: false, sortOrder: 0 } },
    ];
    for (const who of [pga, partner]) {
      for (const attempt of attempts) {
        expect((await t.as(who, { method: 'PUT', ...attempt })).statusCode).toBe(403);
      }
    }
    expect(await settingsBefore()).toEqual(before);
    const age = await t.db.selectFrom('career_criteria').select(['text_nl', 'active']).where('code', '=', 'age').executeTakeFirstOrThrow();
    expect(age.active).toBe(true);
    const consent = await t.db.selectFrom('career_legal_bases').select('active').where('code', '=', 'consent').executeTakeFirstOrThrow();
    expect(consent.active).toBe(true);
  });
});
