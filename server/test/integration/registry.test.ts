import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkRecordToSubject } from '../../src/modules/registry/index.js';
import type { Profile } from '../../src/modules/registry/registry.schemas.js';
import { createTestApp, type Signed, type TestApp } from '../harness.js';

let t: TestApp;
let analyst: Signed;
let inspector: Signed;
let partner: Signed;
let admin: Signed;
let management: Signed;

/** multipart/form-data with text fields first, then the file. */
function multipart(fields: Record<string, string>, filename: string, content: Buffer | string) {
  const boundary = '----dwarsboomregistry';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`));
  parts.push(Buffer.isBuffer(content) ? content : Buffer.from(content));
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const person = (extra: Record<string, unknown> = {}) => ({
  kind: 'person',
  givenNames: 'Kevin',
  surname: 'Janssen',
  dateOfBirth: '2007-03-14',
  source: 'Politierapportage',
  confidentiality: 'vertrouwelijk',
  ...extra,
});

async function create(who: Signed, body: Record<string, unknown>) {
  return t.as(who, { method: 'POST', url: '/api/v1/registry/subjects', payload: body });
}

async function searchAs(who: Signed, q: string) {
  const res = await t.as(who, { method: 'POST', url: '/api/v1/registry/search', payload: { q } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { id: string; label: string; matchedOn: string; type: string; kind: string }[];
}

beforeAll(async () => {
  t = await createTestApp();
  analyst = await t.signIn(await t.createUser({ role: 'analyst', maxConfidentiality: 'geheim' }));
  inspector = await t.signIn(await t.createUser({ role: 'inspector', maxConfidentiality: 'vertrouwelijk' }));
  partner = await t.signIn(await t.createUser({ role: 'partner', organisationCode: 'politie-midden-nederland', maxConfidentiality: 'vertrouwelijk' }));
  admin = await t.signIn(await t.createUser({ role: 'admin', maxConfidentiality: 'intern' }));
  management = await t.signIn(await t.createUser({ role: 'management' }));
});
afterAll(() => t.close());

describe('recording subjects', () => {
  it('records a person, encrypts the BSN and shows it masked only', async () => {
    const res = await create(analyst, person({ bsn: '111222333', aliases: ['Kev'] }));
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.created).toBe(true);
    expect(body.subject.facts.bsnMasked).toBe('******333');
    expect(JSON.stringify(body)).not.toContain('111222333');
    expect(body.subject.ref).toMatch(/^P-[0-9A-Z]{8}$/);
    const stored = await t.db.selectFrom('subject_persons').selectAll().where('subject_id', '=', body.subject.id).executeTakeFirstOrThrow();
    expect(stored.bsn_enc).not.toContain('111222333');
    expect(stored.bsn_hash).not.toContain('111222333');
    const audit = await t.db.selectFrom('audit_events').select(['reason', 'object_id']).execute();
    expect(JSON.stringify(audit)).not.toContain('111222333');
  });

  it('refuses invalid identifiers, naming the failed check and the field', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [person({ bsn: '111222334' }), 'body.bsn', /elfproef/],
      [person({ bsn: '12345' }), 'body.bsn', /9 cijfers/],
      [{ kind: 'organisation', kvkNumber: '1234567', name: 'X', source: 'KvK' }, 'body.kvkNumber', /8 cijfers/],
      [{ kind: 'address', postcode: '0123 AB', houseNumber: 1, premisesType: 'woning', source: 'BAG' }, 'body.postcode', /.+/],
      [{ kind: 'vehicle', plate: 'AAA-1', source: 'RDW' }, 'body.plate', /.+/],
      [{ kind: 'bank_account', iban: 'NL91ABNA0417164301', source: 'Bank' }, 'body.iban', /controlegetal/],
      [person({ dateOfBirth: '2007-02-30' }), 'body.dateOfBirth', /.+/],
    ];
    for (const [body, path, message] of cases) {
      const res = await create(analyst, body);
      expect(res.statusCode, `${path}: ${res.body}`).toBe(400);
      const error = (res.json().errors as { path: string; message: string }[]).find((e) => e.path === path);
      expect(error, `${path}: ${res.body}`).toBeDefined();
      expect(error!.message).toMatch(message);
    }
    expect(await t.db.selectFrom('subjects').select('id').where('label', '=', 'X').execute()).toHaveLength(0);
  });

  it('returns the existing subject for a known natural key instead of a copy', async () => {
    const address = {
      kind: 'address',
      postcode: '3531cj',
      houseNumber: '120',
      street: 'Kanaalstraat',
      place: 'Utrecht',
      premisesType: 'woning',
      source: 'BAG',
    };
    const first = await create(analyst, address);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().subject.facts.postcode).toBe('3531 CJ');
    const again = await create(inspector, { ...address, postcode: '3531 CJ' });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().created).toBe(false);
    expect(again.json().subject.id).toBe(first.json().subject.id);
  });

  it('refuses recording above the actor’s own level', async () => {
    const res = await create(inspector, person({ confidentiality: 'geheim' }));
    expect(res.statusCode).toBe(403);
  });

  it('lets a beheerder, management and partners record nothing', async () => {
    for (const who of [admin, management, partner]) expect((await create(who, person())).statusCode).toBe(403);
  });
});

describe('search', () => {
  let target: string;
  let secret: string;
  beforeAll(async () => {
    target = (await create(analyst, person({ givenNames: 'Sanne', surname: 'Müller', dateOfBirth: '1988-11-30', confidentiality: 'intern' }))).json().subject
      .id;
    await create(analyst, person({ givenNames: 'Daan', surnamePrefix: 'van der', surname: 'Berg', dateOfBirth: '1979-06-05', confidentiality: 'intern' }));
    secret = (await create(analyst, person({ givenNames: 'Geheime', surname: 'Informant', dateOfBirth: '1990-01-01', confidentiality: 'geheim' }))).json()
      .subject.id;
    await create(analyst, { kind: 'organisation', kvkNumber: '12345678', name: 'Fade Masters Barbershop', sbiCode: '96021', source: 'KvK' });
    await create(analyst, { kind: 'vehicle', plate: 'gj123k', description: 'Zwarte Audi', source: 'RDW' });
    await create(analyst, { kind: 'bank_account', iban: 'NL91 ABNA 0417 1643 00', source: 'Bank' });
  });

  it('is fuzzy and accent-insensitive, and handles particles', async () => {
    expect((await searchAs(analyst, 'Muller')).map((h) => h.label)).toContain('Sanne Müller');
    expect((await searchAs(analyst, 'müler')).map((h) => h.label)).toContain('Sanne Müller');
    expect((await searchAs(analyst, 'Jansen')).map((h) => h.label)).toContain('Kevin Janssen');
    expect((await searchAs(analyst, 'Berg')).map((h) => h.label)).toContain('Daan van der Berg');
    expect((await searchAs(analyst, 'daan vd berg')).map((h) => h.label)).toContain('Daan van der Berg');
    expect((await searchAs(analyst, 'v.d. Berg')).map((h) => h.label)).toContain('Daan van der Berg');
    expect((await searchAs(analyst, 'kanaalstr 120')).map((h) => h.label)).toContain('Kanaalstraat 120, 3531 CJ Utrecht');
    expect((await searchAs(analyst, 'barbrshop')).map((h) => h.label)).toContain('Fade Masters Barbershop');
  });

  it('finds by identifier: BSN, KvK, postcode and number, plate, IBAN', async () => {
    expect((await searchAs(analyst, '111 222 333'))[0]).toMatchObject({ label: 'Kevin Janssen', matchedOn: 'bsn' });
    expect((await searchAs(analyst, '12345678'))[0]).toMatchObject({ label: 'Fade Masters Barbershop', matchedOn: 'kvk' });
    expect((await searchAs(analyst, '3531CJ 120'))[0]).toMatchObject({ kind: 'address', matchedOn: 'address' });
    expect((await searchAs(analyst, 'GJ-123-K'))[0]).toMatchObject({ label: 'GJ-123-K', matchedOn: 'plate' });
    expect((await searchAs(analyst, 'NL91ABNA0417164300'))[0]).toMatchObject({ kind: 'bank_account', matchedOn: 'iban' });
  });

  it('finds linked case records by case number, only for their team', async () => {
    await linkRecordToSubject(t.db, {
      subjectId: target,
      module: 'signals',
      recordType: 'signal',
      recordId: 'sig-1',
      caseNumber: 'SIG-2026-000017',
      label: 'Melding hennepgeur',
      role: 'betrokkene',
      confidentiality: 'intern',
      createdBy: null,
    });
    expect((await searchAs(analyst, 'sig-2026-000017'))[0]).toMatchObject({ type: 'record', kind: 'signal', label: 'Melding hennepgeur' });
    expect(await searchAs(inspector, 'SIG-2026-000017')).toEqual([]);
  });

  it('filters by access in the query: a partner or inspector finds nothing they may not see, not even as a count', async () => {
    for (const q of ['Muller', 'Informant', '111222333', '12345678', 'GJ123K']) {
      expect(await searchAs(partner, q), q).toEqual([]);
    }
    // The inspector recorded the address (above), so finds it, but not the persons.
    expect((await searchAs(inspector, '3531 CJ 120')).map((h) => h.kind)).toEqual(['address']);
    expect(await searchAs(inspector, 'Janssen')).toEqual([]);
    // Level: the analyst reads all up to geheim; a second analyst limited to vertrouwelijk does not find the informant.
    const limited = await t.signIn(await t.createUser({ role: 'analyst', maxConfidentiality: 'vertrouwelijk' }));
    expect((await searchAs(analyst, 'Informant')).map((h) => h.id)).toContain(secret);
    expect(await searchAs(limited, 'Informant')).toEqual([]);
    expect((await t.as(limited, { method: 'GET', url: `/api/v1/registry/subjects/${secret}` })).statusCode).toBe(404);
  });

  it('never writes the search string to the audit trail or logs a BSN in a URL', async () => {
    await searchAs(analyst, '111222333');
    const rows = await t.db.selectFrom('audit_events').selectAll().where('action', '=', 'search').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain('111222333');
  });

  it('is refused for roles without record access', async () => {
    for (const who of [admin, management]) {
      expect((await t.as(who, { method: 'POST', url: '/api/v1/registry/search', payload: { q: 'Janssen' } })).statusCode).toBe(403);
    }
  });
});

describe('relations and profiles', () => {
  let kevin: string;
  let home: string;
  let org: string;
  beforeAll(async () => {
    kevin = (await searchAs(analyst, '111222333'))[0]!.id;
    home = (await searchAs(analyst, '3531 CJ 120'))[0]!.id;
    org = (await searchAs(analyst, '12345678'))[0]!.id;
  });

  it('records a typed relation and shows it on both profiles, logging the read of every person shown', async () => {
    const res = await t.as(analyst, {
      method: 'POST',
      url: '/api/v1/registry/relations',
      payload: {
        type: 'resides_at',
        fromSubjectId: kevin,
        toSubjectId: home,
        validFrom: '2019-08-01',
        source: 'BRP',
        reliability: 'confirmed',
        confidentiality: 'vertrouwelijk',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const before = await t.db.selectFrom('processing_log').select('id').execute();
    const profile = (await t.as(analyst, { method: 'GET', url: `/api/v1/registry/subjects/${home}` })).json<Profile>();
    expect(profile.relations).toHaveLength(1);
    expect(profile.relations[0]).toMatchObject({ type: 'resides_at', direction: 'incoming', current: true, other: { label: 'Kevin Janssen' } });
    expect(profile.timeline.map((e: { kind: string }) => e.kind)).toContain('relation_start');
    const after = await t.db.selectFrom('processing_log').selectAll().execute();
    const lines = after.slice(before.length);
    expect(lines.map((l) => l.data_subject_type).sort()).toEqual(['address', 'person']);
    expect(lines.every((l) => l.activity_code === 'registry_subjects')).toBe(true);
  });

  it('refuses relations between the wrong kinds, in the wrong order of dates, or to oneself', async () => {
    const base = { source: 'x', reliability: 'confirmed' };
    const wrongKind = await t.as(analyst, {
      method: 'POST',
      url: '/api/v1/registry/relations',
      payload: { ...base, type: 'director_of', fromSubjectId: home, toSubjectId: org },
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().errors[0].path).toBe('body.fromSubjectId');
    const dates = await t.as(analyst, {
      method: 'POST',
      url: '/api/v1/registry/relations',
      payload: { ...base, type: 'employed_by', fromSubjectId: kevin, toSubjectId: org, validFrom: '2026-01-01', validTo: '2025-01-01' },
    });
    expect(dates.statusCode).toBe(400);
    expect(dates.json().errors[0].path).toBe('body.validTo');
    const self = await t.as(analyst, {
      method: 'POST',
      url: '/api/v1/registry/relations',
      payload: { ...base, type: 'family_of', fromSubjectId: kevin, toSubjectId: kevin },
    });
    expect(self.statusCode).toBe(400);
  });

  it('hides relations to subjects the viewer may not see, and relations above their level', async () => {
    // The inspector sees the address (recorded it) but not Kevin: the relation is not shown, not even counted.
    const profile = (await t.as(inspector, { method: 'GET', url: `/api/v1/registry/subjects/${home}` })).json<Profile>();
    expect(profile.relations).toEqual([]);
    expect(JSON.stringify(profile)).not.toContain('Janssen');
    expect((await t.as(inspector, { method: 'GET', url: `/api/v1/registry/subjects/${kevin}` })).statusCode).toBe(404);
    expect((await t.as(partner, { method: 'GET', url: `/api/v1/registry/subjects/${home}` })).statusCode).toBe(404);
  });

  it('shows a subject to a partner through a linked case they are on, and nothing more', async () => {
    await linkRecordToSubject(t.db, {
      subjectId: kevin,
      module: 'pga',
      recordType: 'trajectory',
      recordId: 'tr-1',
      caseNumber: 'PGA-2026-1',
      label: 'Traject',
      role: 'jongere',
      confidentiality: 'vertrouwelijk',
      createdBy: null,
    });
    await t.db.insertInto('record_team').values({ record_type: 'trajectory', record_id: 'tr-1', user_id: partner.user.id, team_role: 'partner' }).execute();
    const profile = await t.as(partner, { method: 'GET', url: `/api/v1/registry/subjects/${kevin}` });
    expect(profile.statusCode).toBe(200);
    expect(profile.json().subject.canWrite).toBe(false);
    // The home is not linked to the partner's case: the relation to it stays hidden.
    expect(profile.json().relations).toEqual([]);
  });

  it('ends a relation and deletes one recorded in error', async () => {
    const rel = (await t.as(analyst, { method: 'GET', url: `/api/v1/registry/subjects/${kevin}` })).json<Profile>().relations[0]!;
    const ended = await t.as(analyst, { method: 'PATCH', url: `/api/v1/registry/relations/${rel.id}`, payload: { validTo: '2020-01-01' } });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().current).toBe(false);
    expect((await t.as(inspector, { method: 'DELETE', url: `/api/v1/registry/relations/${rel.id}` })).statusCode).toBe(404);
    expect((await t.as(analyst, { method: 'DELETE', url: `/api/v1/registry/relations/${rel.id}` })).statusCode).toBe(204);
  });

  it('updates facts and refuses taking another subject’s key', async () => {
    const res = await t.as(analyst, {
      method: 'PUT',
      url: `/api/v1/registry/subjects/${org}`,
      payload: { kind: 'organisation', kvkNumber: '12345678', name: 'Fade Masters', sbiCode: '4771', source: 'KvK' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ label: 'Fade Masters', riskSector: false });
    const other = (await create(analyst, { kind: 'organisation', kvkNumber: '87654321', name: 'Ander', source: 'KvK' })).json().subject.id;
    const clash = await t.as(analyst, {
      method: 'PUT',
      url: `/api/v1/registry/subjects/${other}`,
      payload: { kind: 'organisation', kvkNumber: '12345678', name: 'Ander', source: 'KvK' },
    });
    expect(clash.statusCode).toBe(409);
  });
});

describe('changing identifiers that are only shown masked', () => {
  it('keeps a stored BSN or IBAN when a change leaves it out, and clears a BSN on null', async () => {
    const p = (await create(analyst, person({ givenNames: 'Bas', surname: 'Bewaard', bsn: '123456782', confidentiality: 'intern' }))).json<{
      subject: { id: string };
    }>().subject.id;
    const kept = await t.as(analyst, {
      method: 'PUT',
      url: `/api/v1/registry/subjects/${p}`,
      payload: person({ givenNames: 'Bas', surname: 'Bewaard', confidentiality: 'intern' }),
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json()).toMatchObject({ facts: { bsnMasked: '******782' } });
    expect((await searchAs(analyst, '123456782')).map((h) => h.id)).toEqual([p]);
    const cleared = await t.as(analyst, {
      method: 'PUT',
      url: `/api/v1/registry/subjects/${p}`,
      payload: person({ givenNames: 'Bas', surname: 'Bewaard', confidentiality: 'intern', bsn: null }),
    });
    expect(cleared.json()).toMatchObject({ facts: { bsnMasked: null } });
    expect(await searchAs(analyst, '123456782')).toEqual([]);
    const account = (await create(analyst, { kind: 'bank_account', iban: 'DE89370400440532013000', holderName: 'A', source: 'Bank' })).json<{
      subject: { id: string };
    }>().subject.id;
    const renamed = await t.as(analyst, {
      method: 'PUT',
      url: `/api/v1/registry/subjects/${account}`,
      payload: { kind: 'bank_account', holderName: 'B', source: 'Bank' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ label: 'DE89 **** **** **** **30 00', facts: { holderName: 'B' } });
    expect((await create(analyst, { kind: 'bank_account', source: 'Bank' })).json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('body.iban');
  });
});

describe('risk sectors', () => {
  it('flags organisations by SBI code, and follows the beheerder’s changes', async () => {
    const shop = (await create(analyst, { kind: 'organisation', kvkNumber: '11112222', name: 'Nagelstudio Glans', sbiCode: '96022', source: 'KvK' })).json()
      .subject;
    expect(shop.riskSector).toBe(true);
    expect(
      (await t.as(analyst, { method: 'PUT', url: '/api/v1/registry/sbi-codes/9602', payload: { description: 'Kappers', riskSector: false } })).statusCode,
    ).toBe(403);
    const off = await t.as(admin, {
      method: 'PUT',
      url: '/api/v1/registry/sbi-codes/9602',
      payload: { description: 'Haar- en schoonheidsverzorging', riskSector: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect((await t.as(analyst, { method: 'GET', url: `/api/v1/registry/subjects/${shop.id}` })).json().subject.riskSector).toBe(false);
  });
});

describe('duplicates, merge and undo', () => {
  let a: string;
  let b: string;
  let address: string;
  it('detects a likely duplicate person when recording', async () => {
    a = (await create(analyst, person({ givenNames: 'Mohamed', surnamePrefix: 'El', surname: 'Amrani', dateOfBirth: '2001-09-02', aliases: ['Mo'] }))).json()
      .subject.id;
    address = (await create(analyst, { kind: 'address', postcode: '3564 BL', houseNumber: 10, premisesType: 'woning', source: 'BAG' })).json().subject.id;
    const res = await create(analyst, person({ givenNames: 'Mohammed', surnamePrefix: 'el', surname: 'Amrani', dateOfBirth: '2001-09-02' }));
    b = res.json().subject.id;
    expect(res.json<{ possibleDuplicates: { id: string }[] }>().possibleDuplicates.map((d) => d.id)).toEqual([a]);
    const list = (await t.as(analyst, { method: 'GET', url: '/api/v1/registry/duplicates?kind=person' })).json<{ items: Profile['duplicates'] }>().items;
    expect(list.some((p: { a: { id: string }; b: { id: string } }) => [p.a.id, p.b.id].sort().join() === [a, b].sort().join())).toBe(true);
  });

  it('merges, keeping history and relations, and undoes exactly', async () => {
    const rel = await t.as(analyst, {
      method: 'POST',
      url: '/api/v1/registry/relations',
      payload: { type: 'resides_at', fromSubjectId: b, toSubjectId: address, source: 'BRP', reliability: 'confirmed' },
    });
    expect(rel.statusCode).toBe(201);
    const noReason = await t.as(analyst, { method: 'POST', url: `/api/v1/registry/subjects/${a}/merge`, payload: { duplicateId: b, reason: '' } });
    expect(noReason.statusCode).toBe(400);
    const merged = await t.as(analyst, {
      method: 'POST',
      url: `/api/v1/registry/subjects/${a}/merge`,
      payload: { duplicateId: b, reason: 'Zelfde persoon volgens BRP' },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ movedRelations: 1, canUndo: true });

    const survivor = (await t.as(analyst, { method: 'GET', url: `/api/v1/registry/subjects/${a}` })).json<Profile>();
    expect(survivor.relations.map((r: { other: { id: string } }) => r.other.id)).toEqual([address]);
    expect(survivor.subject.facts).toMatchObject({ kind: 'person', aliases: ['Mo', 'Mohammed el Amrani'] });
    expect(survivor.duplicates).toEqual([]);
    const gone = (await t.as(analyst, { method: 'GET', url: `/api/v1/registry/subjects/${b}` })).json<Profile>();
    expect(gone.subject.status).toBe('merged');
    expect(gone.subject.mergedInto?.id).toBe(a);
    expect(await searchAs(analyst, 'Mohammed el Amrani')).toHaveLength(1);
    const again = await t.as(analyst, { method: 'POST', url: `/api/v1/registry/subjects/${a}/merge`, payload: { duplicateId: b, reason: 'nog eens' } });
    expect(again.statusCode).toBe(403);

    const undone = await t.as(analyst, { method: 'POST', url: `/api/v1/registry/merges/${merged.json().id}/undo` });
    expect(undone.statusCode, undone.body).toBe(200);
    expect(undone.json().undoneAt).not.toBeNull();
    const restored = (await t.as(analyst, { method: 'GET', url: `/api/v1/registry/subjects/${b}` })).json<Profile>();
    expect(restored.subject.status).toBe('active');
    expect(restored.relations.map((r: { other: { id: string } }) => r.other.id)).toEqual([address]);
    const back = (await t.as(analyst, { method: 'GET', url: `/api/v1/registry/subjects/${a}` })).json<Profile>();
    expect(back.relations).toEqual([]);
    expect(back.subject.facts).toMatchObject({ kind: 'person', aliases: ['Mo'] });
    expect((await searchAs(analyst, 'Mohammed el Amrani')).map((h) => h.id).sort()).toEqual([a, b].sort());
    expect(back.timeline.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['merge', 'unmerge']));
    expect((await t.as(analyst, { method: 'POST', url: `/api/v1/registry/merges/${merged.json().id}/undo` })).statusCode).toBe(409);
    const trail = await t.db.selectFrom('audit_events').select('action').where('object_id', '=', a).execute();
    expect(trail.map((r) => r.action)).toEqual(expect.arrayContaining(['merge', 'unmerge']));
  });

  it('answers for the survivor when a merged organisation’s KvK key is recorded or imported again', async () => {
    const legal = (await create(analyst, { kind: 'organisation', kvkNumber: '55554444', name: 'Snackbar Oost', sbiCode: '56102', source: 'KvK' })).json<{
      subject: { id: string };
    }>().subject.id;
    const branch = (
      await create(analyst, { kind: 'organisation', kvkNumber: '55554444', establishmentNumber: '000055554444', name: 'Snackbar Oost', source: 'KvK' })
    ).json<{ subject: { id: string } }>().subject.id;
    const merged = await t.as(analyst, {
      method: 'POST',
      url: `/api/v1/registry/subjects/${branch}/merge`,
      payload: { duplicateId: legal, reason: 'een en dezelfde zaak' },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const again = await create(analyst, { kind: 'organisation', kvkNumber: '55554444', name: 'Snackbar Oost', source: 'KvK' });
    expect(again.statusCode).toBe(200);
    expect(again.json<{ subject: { id: string } }>().subject.id).toBe(branch);
    // A re-import of the merged key leaves the merged row as history and changes nothing.
    const csv =
      'kvknummer;vestigingsnummer;handelsnaam;rechtsvorm;sbi_code;datum_inschrijving;datum_opheffing\n55554444;;Snackbar Oost Nieuw;Eenmanszaak;56102;2020-01-01;\n';
    const started = await t.as(analyst, { method: 'POST', url: '/api/v1/registry/imports', ...multipart({ kind: 'organisations' }, 'kvk.csv', csv) });
    expect(started.statusCode, started.body).toBe(202);
    let report = started.json<{ id: string; status: string; rowsUnchanged: number; rowsUpdated: number }>();
    for (let i = 0; i < 100 && !['done', 'refused', 'failed'].includes(report.status); i++) {
      await new Promise((r) => setTimeout(r, 100));
      report = (await t.as(analyst, { method: 'GET', url: `/api/v1/registry/imports/${report.id}` })).json<typeof report>();
    }
    expect(report).toMatchObject({ status: 'done', rowsUnchanged: 1, rowsUpdated: 0 });
    const history = await t.db.selectFrom('subject_organisations').select('name').where('subject_id', '=', legal).executeTakeFirstOrThrow();
    expect(history.name).toBe('Snackbar Oost');
  });

  it('refuses to merge a more confidential duplicate into a less confidential survivor', async () => {
    const open = (await create(analyst, person({ givenNames: 'Ilias', surname: 'Geheimhouder', dateOfBirth: '1995-05-05', confidentiality: 'intern' }))).json<{
      subject: { id: string };
    }>().subject.id;
    const secret = (
      await create(analyst, person({ givenNames: 'Ilyas', surname: 'Geheimhouder', dateOfBirth: '1995-05-05', confidentiality: 'geheim' }))
    ).json<{ subject: { id: string } }>().subject.id;
    const res = await t.as(analyst, { method: 'POST', url: `/api/v1/registry/subjects/${open}/merge`, payload: { duplicateId: secret, reason: 'zelfde' } });
    expect(res.statusCode).toBe(409);
    const facts = (await t.as(analyst, { method: 'GET', url: `/api/v1/registry/subjects/${open}` })).json<Profile>().subject.facts;
    expect(facts).toMatchObject({ aliases: [] });
  });

  it('finds duplicates across the register with a scan, and a dismissed pair stays dismissed', async () => {
    const scan = await t.as(analyst, { method: 'POST', url: '/api/v1/registry/duplicates/scan', payload: { kind: 'person' } });
    expect(scan.statusCode, scan.body).toBe(200);
    const pair = (await t.as(analyst, { method: 'GET', url: '/api/v1/registry/duplicates?kind=person' })).json<{ items: Profile['duplicates'] }>().items[0]!;
    const dismissed = await t.as(analyst, { method: 'POST', url: `/api/v1/registry/duplicates/${pair.id}/dismiss` });
    expect(dismissed.json().status).toBe('dismissed');
    await t.as(analyst, { method: 'POST', url: '/api/v1/registry/duplicates/scan', payload: { kind: 'person' } });
    const open = (await t.as(analyst, { method: 'GET', url: '/api/v1/registry/duplicates?kind=person' })).json<{ items: Profile['duplicates'] }>().items;
    expect(open.map((p: { id: string }) => p.id)).not.toContain(pair.id);
  });
});

describe('bulk import', () => {
  async function runImport(who: Signed, fields: Record<string, string>, content: string | Buffer, filename = 'kvk.csv') {
    const res = await t.as(who, { method: 'POST', url: '/api/v1/registry/imports', ...multipart(fields, filename, content) });
    if (res.statusCode !== 202) return res;
    const id = res.json().id as string;
    for (let i = 0; i < 200; i++) {
      const status = await t.as(who, { method: 'GET', url: `/api/v1/registry/imports/${id}` });
      if (['done', 'refused', 'failed'].includes(status.json<{ status: string }>().status)) return status;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('import did not finish');
  }
  const header =
    'kvknummer;vestigingsnummer;handelsnaam;rechtsvorm;sbi_code;datum_inschrijving;datum_opheffing;straat;huisnummer;huisletter;toevoeging;postcode;plaats';
  const good = [
    '40000001;000040000001;Shisha Lounge Noor;Eenmanszaak;5630;2024-01-05;;Amsterdamsestraatweg;300;;;3551CS;Utrecht',
    '40000002;;Belwinkel Centrum;Besloten vennootschap;4742;2023-05-01;;;;;;;',
  ];

  it('refuses a file with wrong columns before writing anything', async () => {
    const res = await runImport(analyst, { kind: 'organisations', mode: 'valid_rows' }, 'naam;plaats\nX;Utrecht\n', 'wrong-columns.csv');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toMatch(/^file/);
    expect(await t.db.selectFrom('registry_imports').select('id').where('filename', '=', 'wrong-columns.csv').execute()).toHaveLength(0);
  });

  it('all or nothing: one bad row refuses the whole file, with a per-row report', async () => {
    const content = [header, ...good, '4000000X;;Fout BV;;;;;;;;;;'].join('\n');
    const res = await runImport(analyst, { kind: 'organisations', mode: 'all_or_nothing' }, content);
    expect(res.json()).toMatchObject({ status: 'refused', rowsValid: 2, rowsInvalid: 1, rowsCreated: 0 });
    expect(res.json().rowErrors[0]).toMatchObject({ line: 4 });
    expect(await searchAs(analyst, 'Shisha Lounge Noor')).toEqual([]);
  });

  it('imports valid rows when asked, and a re-import changes nothing', async () => {
    const content = [header, ...good, '4000000X;;Fout BV;;;;;;;;;;'].join('\n');
    const first = await runImport(analyst, { kind: 'organisations', mode: 'valid_rows' }, content);
    expect(first.json(), first.body).toMatchObject({ status: 'done', rowsCreated: 2, rowsInvalid: 1 });
    const hit = (await searchAs(analyst, 'shisha noor'))[0]!;
    const profile = (await t.as(analyst, { method: 'GET', url: `/api/v1/registry/subjects/${hit.id}` })).json<Profile>();
    expect(profile.subject.riskSector).toBe(true);
    expect(profile.relations[0]).toMatchObject({ type: 'registered_at', other: { kind: 'address' } });
    const second = await runImport(analyst, { kind: 'organisations', mode: 'valid_rows' }, content);
    expect(second.json()).toMatchObject({ status: 'done', rowsCreated: 0, rowsUpdated: 0, rowsUnchanged: 2 });
    const again = (await t.as(analyst, { method: 'GET', url: `/api/v1/registry/subjects/${hit.id}` })).json();
    expect(again.relations).toHaveLength(1);
  });

  it('imports addresses and only shows imports to the one who started them', async () => {
    const csv =
      'postcode;huisnummer;huisletter;toevoeging;straat;plaats;type;bag_id;lat;lon;wijk\n3511AB;1;;;Vredenburg;Utrecht;lokaal;0344010000000001;52.0929;5.1145;WK034406\n';
    const res = await runImport(analyst, { kind: 'addresses', mode: 'all_or_nothing' }, csv, 'adressen.csv');
    expect(res.json(), res.body).toMatchObject({ status: 'done', rowsCreated: 1 });
    expect((await t.as(inspector, { method: 'GET', url: `/api/v1/registry/imports/${res.json().id}` })).statusCode).toBe(404);
    const hit = (await searchAs(analyst, '3511 AB 1'))[0]!;
    const facts = (await t.as(analyst, { method: 'GET', url: `/api/v1/registry/subjects/${hit.id}` })).json().subject.facts;
    expect(facts).toMatchObject({ wijkCode: 'WK034406', areaSource: 'user', bagId: '0344010000000001' });
  });

  it('refuses a file that is not UTF-8', async () => {
    const latin1 = Buffer.from(`${header}\n40000009;;Caf\xe9 Ren\xe9;;5630;;;;;;;;\n`, 'latin1');
    const res = await runImport(analyst, { kind: 'organisations', mode: 'valid_rows' }, latin1);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toMatch(/UTF-8/);
  });
});

describe('areas', () => {
  const square = (x0: number, y0: number, d: number) => [
    [
      [x0, y0],
      [x0 + d, y0],
      [x0 + d, y0 + d],
      [x0, y0 + d],
      [x0, y0],
    ],
  ];
  const geojson = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { buurtcode: 'BU03440601', buurtnaam: 'Domplein e.o.', wijkcode: 'WK034406', gemeentecode: 'GM0344' },
        geometry: { type: 'Polygon', coordinates: square(5.11, 52.08, 0.02) },
      },
      {
        type: 'Feature',
        properties: { buurtcode: 'BU03440101', buurtnaam: 'Lombok-Oost', wijkcode: 'WK034401', gemeentecode: 'GM0344' },
        geometry: { type: 'Polygon', coordinates: square(5.09, 52.08, 0.02) },
      },
    ],
  };

  it('imports CBS buurten (beheerder only) and assigns addresses by point in polygon', async () => {
    const point = await create(analyst, {
      kind: 'address',
      postcode: '3512 JE',
      houseNumber: 5,
      premisesType: 'lokaal',
      lat: 52.0905,
      lon: 5.1215,
      source: 'BAG',
    });
    expect(point.json().subject.facts.areaSource).toBe('none');
    const forbidden = await t.as(analyst, { method: 'POST', url: '/api/v1/registry/areas/import', ...multipart({}, 'buurten.json', JSON.stringify(geojson)) });
    expect(forbidden.statusCode).toBe(403);
    const res = await t.as(admin, {
      method: 'POST',
      url: '/api/v1/registry/areas/import',
      ...multipart({ gemeenteCode: 'GM0344' }, 'buurten.json', JSON.stringify(geojson)),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ buurten: 2, converted: 'none', addressesAssigned: 2 });
    const facts = (await t.as(analyst, { method: 'GET', url: `/api/v1/registry/subjects/${point.json().subject.id}` })).json().subject.facts;
    expect(facts).toMatchObject({ buurtCode: 'BU03440601', buurtName: 'Domplein e.o.', wijkCode: 'WK034406', areaSource: 'boundaries' });
    const later = await create(analyst, { kind: 'address', postcode: '3531 AA', houseNumber: 2, premisesType: 'woning', lat: 52.09, lon: 5.1, source: 'BAG' });
    expect(later.json().subject.facts).toMatchObject({ buurtCode: 'BU03440101', wijkCode: 'WK034401' });
    const areas = (await t.as(analyst, { method: 'GET', url: '/api/v1/registry/areas' })).json<{ items: { code: string }[] }>().items;
    expect(areas.find((a: { code: string }) => a.code === 'BU03440601')).toMatchObject({ kind: 'buurt', hasBoundary: true, parentCode: 'WK034406' });
  });

  it('refuses another projection with a clear message and changes nothing', async () => {
    const mercator = { ...geojson, crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } } };
    const res = await t.as(admin, { method: 'POST', url: '/api/v1/registry/areas/import', ...multipart({}, 'buurten.json', JSON.stringify(mercator)) });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().errors)).toMatch(/3857/);
  });
});

describe('demo register', () => {
  it('seeds through the services, once, and gives the demo analyst a person to find by a misspelled name', async () => {
    const demo = await createTestApp();
    try {
      const { seedDemo } = await import('../../src/db/seed/demo.js');
      const { seedRegistryDemo } = await import('../../src/db/seed/registry-demo.js');
      await seedDemo(demo.db, demo.config.secrets.encryptionKey);
      await seedRegistryDemo(demo.db, demo.config);
      await seedRegistryDemo(demo.db, demo.config);
      const subjects = await demo.db.selectFrom('subjects').select('label').execute();
      expect(subjects).toHaveLength(13);
      const relations = await demo.db.selectFrom('subject_relations').select('id').execute();
      expect(relations).toHaveLength(11);
      const duplicates = await demo.db.selectFrom('duplicate_candidates').select('status').execute();
      expect(duplicates).toEqual([{ status: 'open' }]);
      const analist = await demo.db.selectFrom('users').select(['id', 'username', 'role']).where('username', '=', 'analist').executeTakeFirstOrThrow();
      const signed = await demo.signIn({ id: analist.id, username: analist.username, role: 'analyst' });
      const hits = (await demo.as(signed, { method: 'POST', url: '/api/v1/registry/search', payload: { q: 'Jansen' } })).json<{ items: { label: string }[] }>()
        .items;
      expect(hits[0]?.label).toBe('Kevin Janssen');
    } finally {
      await demo.close();
    }
  });
});

describe('synthetic volume', () => {
  it('seeds subjects and relations in SQL, fills the term index, and stays searchable and consistent', async () => {
    const volume = await createTestApp();
    try {
      const { seedRegistryVolume } = await import('../../src/db/seed/registry-volume.js');
      const report = await seedRegistryVolume(volume.db, 'small');
      expect(report.subjects).toBe(10_000);
      expect(report.relations).toBeGreaterThan(19_000);
      await expect(seedRegistryVolume(volume.db, 'small')).rejects.toThrow(/al synthetisch/);
      const orphans = await volume.db
        .selectFrom('subjects as s')
        .select('s.id')
        .where('s.search_text', '<>', '')
        .where((eb) => eb.not(eb.exists(eb.selectFrom('subject_search_terms as t').select('t.term').whereRef('t.subject_id', '=', 's.id'))))
        .execute();
      expect(orphans).toEqual([]);
      const wrongKinds = await volume.db
        .selectFrom('subject_relations as r')
        .innerJoin('subjects as f', 'f.id', 'r.from_subject_id')
        .innerJoin('subjects as t', 't.id', 'r.to_subject_id')
        .select(['r.type', 'f.kind as from_kind', 't.kind as to_kind'])
        .distinct()
        .execute();
      const { relationTypes } = await import('../../src/modules/registry/registry.schemas.js');
      for (const r of wrongKinds) {
        const allowed = relationTypes[r.type as keyof typeof relationTypes];
        expect((allowed.from as readonly string[]).includes(r.from_kind) && (allowed.to as readonly string[]).includes(r.to_kind), `${r.type}`).toBe(true);
      }
      const analyst = await volume.signIn(await volume.createUser({ role: 'analyst', maxConfidentiality: 'geheim' }));
      const hits = (await volume.as(analyst, { method: 'POST', url: '/api/v1/registry/search', payload: { q: 'jansen' } })).json<{
        items: { label: string }[];
      }>().items;
      expect(hits).toHaveLength(20);
      expect(hits.every((h) => /Jans+en/.test(h.label))).toBe(true);
    } finally {
      await volume.close();
    }
  });
});
