import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isConfidentiality, recordResolver, registerRecordType } from '../../src/kernel/access.js';
import type { ChecklistView, InspectionDetail, ListItem } from '../../src/modules/enforcement/inspections.schemas.js';
import { amsterdamToday } from '../../src/modules/tasks/index.js';
import { createTestApp, type Signed, type TestApp } from '../harness.js';

let t: TestApp;
let lead: Signed;
let otherInspector: Signed;
let partner: Signed;
let analyst: Signed;
let lawyer: Signed;
let admin: Signed;
let management: Signed;

const base = '/api/v1/enforcement/inspections';
const today = amsterdamToday();
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const post = (who: Signed, url: string, payload?: unknown) => t.as(who, { method: 'POST', url, payload: payload ?? {} });
const put = (who: Signed, url: string, payload: unknown) => t.as(who, { method: 'PUT', url, payload });
const fieldPaths = (res: { json(): unknown }) => ((res.json() as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);

async function detail(who: Signed, id: string): Promise<InspectionDetail> {
  const res = await t.as(who, { method: 'GET', url: `${base}/${id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function list(who: Signed, query = ''): Promise<ListItem[]> {
  const res = await t.as(who, { method: 'GET', url: `${base}${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: ListItem[] }).items;
}

function planInput(extra: Record<string, unknown> = {}) {
  return {
    objectType: 'horeca',
    addressLabel: 'Voorstraat 12, Utrecht',
    postcode: '3512ak',
    houseNumber: 12,
    plannedOn: addDays(today, 3),
    partners: ['handhaving', 'politie'],
    leadUserId: lead.user.id,
    ...extra,
  };
}

async function plan(who: Signed, extra: Record<string, unknown> = {}): Promise<{ id: string; number: string }> {
  const res = await post(who, base, planInput(extra));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function counts() {
  const n = async (table: 'inspections' | 'tasks' | 'record_team' | 'inspection_findings' | 'stored_files' | 'inspection_finding_files') =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    inspections: await n('inspections'),
    tasks: await n('tasks'),
    team: await n('record_team'),
    findings: await n('inspection_findings'),
    files: await n('stored_files'),
    findingFiles: await n('inspection_finding_files'),
  };
}

async function recordAll(who: Signed, id: string, result: 'ok' | 'not_ok' = 'ok') {
  const d = await detail(who, id);
  for (const item of d.checklist) {
    const res = await put(who, `${base}/${id}/findings/${item.code}`, { result, note: result === 'not_ok' ? 'Niet in orde.' : '' });
    expect(res.statusCode, res.body).toBe(200);
  }
}

function multipart(filename: string, content: Buffer, contentType = 'application/octet-stream') {
  const boundary = '----inspectiontest';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

beforeAll(async () => {
  t = await createTestApp();
  lead = await t.signIn(await t.createUser({ role: 'inspector' }));
  otherInspector = await t.signIn(await t.createUser({ role: 'inspector' }));
  partner = await t.signIn(await t.createUser({ role: 'partner', organisationCode: 'politie-midden-nederland' }));
  analyst = await t.signIn(await t.createUser({ role: 'analyst', maxConfidentiality: 'geheim' }));
  lawyer = await t.signIn(await t.createUser({ role: 'lawyer', maxConfidentiality: 'confidentieel' }));
  admin = await t.signIn(await t.createUser({ role: 'admin', maxConfidentiality: 'intern' }));
  management = await t.signIn(await t.createUser({ role: 'management' }));
  // The measures module registers its record type when its routes are written; until then the test knows it itself.
  if (!recordResolver('measure')) {
    registerRecordType('measure', async (db, id) => {
      const row = await db.selectFrom('measures').select(['number', 'confidentiality']).where('id', '=', id).executeTakeFirst();
      return row ? { label: row.number, confidentiality: isConfidentiality(row.confidentiality) ? row.confidentiality : 'zeer_geheim' } : undefined;
    });
  }
});
afterAll(() => t.close());

describe('checklists', () => {
  it('ships horeca, bedrijfspand and woning with 8–12 items each, readable by case workers', async () => {
    const res = await t.as(lead, { method: 'GET', url: `${base}/checklists` });
    expect(res.statusCode, res.body).toBe(200);
    const items = (res.json() as { items: ChecklistView[] }).items;
    expect(items.map((c) => c.objectType)).toEqual(['horeca', 'bedrijfspand', 'woning']);
    for (const c of items) {
      expect(c.items.length).toBeGreaterThanOrEqual(8);
      expect(c.items.length).toBeLessThanOrEqual(12);
      expect(new Set(c.items.map((i) => i.code)).size).toBe(c.items.length);
    }
    expect((await t.as(admin, { method: 'GET', url: `${base}/checklists` })).statusCode).toBe(403);
    expect((await t.as(admin, { method: 'GET', url: `${base}/checklists/manage` })).statusCode).toBe(200);
    expect((await t.as(lead, { method: 'GET', url: `${base}/checklists/manage` })).statusCode).toBe(403);
  });

  it('is edited only with enforcement:manage, refuses duplicate codes and empty texts with their paths, and changes nothing then', async () => {
    const before = await t.db.selectFrom('inspection_checklists').selectAll().where('object_type', '=', 'bedrijfspand').executeTakeFirstOrThrow();
    const body = {
      name: { nl: 'Bedrijfspand', en: 'Business premises' },
      items: [
        { code: 'a_item', textNl: 'Een', textEn: 'One' },
        { code: 'a_item', textNl: 'Twee', textEn: 'Two' },
        { code: 'c_item', textNl: '', textEn: 'Three' },
      ],
    };
    expect((await put(lead, `${base}/checklists/bedrijfspand`, { ...body, items: body.items.slice(0, 1) })).statusCode).toBe(403);
    const empty = await put(admin, `${base}/checklists/bedrijfspand`, body);
    expect(empty.statusCode).toBe(400);
    expect(fieldPaths(empty)).toEqual(['body.items.2.textNl']);
    const dup = await put(admin, `${base}/checklists/bedrijfspand`, { ...body, items: body.items.slice(0, 2) });
    expect(dup.statusCode).toBe(400);
    expect(fieldPaths(dup)).toEqual(['body.items.1.code']);
    const none = await put(admin, `${base}/checklists/bedrijfspand`, { ...body, items: [] });
    expect(fieldPaths(none)).toEqual(['body.items']);
    const unknown = await put(admin, `${base}/checklists/kantoor`, { ...body, items: body.items.slice(0, 1) });
    expect(unknown.statusCode).toBe(404);
    const after = await t.db.selectFrom('inspection_checklists').selectAll().where('object_type', '=', 'bedrijfspand').executeTakeFirstOrThrow();
    expect(after.items).toEqual(before.items);
    expect(after.updated_at).toEqual(before.updated_at);
  });

  it('keeps the snapshot of a planned inspection when the checklist changes afterwards', async () => {
    const { id } = await plan(lead, { objectType: 'woning' });
    const planned = await detail(lead, id);
    const original = planned.checklist.map((i) => i.code);
    const all = (await t.as(admin, { method: 'GET', url: `${base}/checklists/manage` })).json() as { items: ChecklistView[] };
    const current = all.items.find((c) => c.objectType === 'woning')!;
    const edited = [{ code: 'garden_shed', textNl: 'Schuur en tuin gecontroleerd', textEn: 'Shed and garden checked' }, ...current.items.slice(1).reverse()];
    const res = await put(admin, `${base}/checklists/woning`, { name: { nl: 'Woning (particulier)', en: 'Dwelling' }, items: edited });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as ChecklistView).items.map((i) => i.code)).toEqual(edited.map((i) => i.code));
    const trail = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_type', '=', 'inspection_checklist')
      .where('object_id', '=', 'woning')
      .execute();
    expect(trail.map((e) => e.action)).toContain('update');

    expect((await detail(lead, id)).checklist.map((i) => i.code)).toEqual(original);
    const { id: later } = await plan(lead, { objectType: 'woning' });
    expect((await detail(lead, later)).checklist.map((i) => i.code)).toEqual(edited.map((i) => i.code));
  });
});

describe('planning', () => {
  it('plans with a number, puts creator and lead on the team and gives the lead a task on the planned day', async () => {
    const { id, number } = await plan(analyst, { plannedOn: addDays(today, 5) });
    expect(number).toMatch(/^C-\d{4}-\d{5}$/);
    const d = await detail(lead, id);
    expect(d).toMatchObject({
      status: 'planned',
      objectType: 'horeca',
      addressLabel: 'Voorstraat 12, Utrecht',
      postcode: '3512 AK',
      houseNumber: 12,
      partners: ['handhaving', 'politie'],
      lead: { id: lead.user.id },
      canWrite: true,
    });
    expect(d.team.map((m) => m.id).sort()).toEqual([analyst.user.id, lead.user.id].sort());
    const tasks = await t.as(lead, { method: 'GET', url: '/api/v1/tasks/mine' });
    expect(tasks.json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ recordType: 'inspection', recordId: id, title: 'Controle uitvoeren', dueDate: addDays(today, 5) })]),
    );
  });

  it('refuses bad input with every field path at once and stores nothing', async () => {
    const before = await counts();
    const res = await post(lead, base, {
      objectType: 'kantoor',
      plannedOn: '2026-02-30',
      partners: [],
      leadUserId: partner.user.id,
    });
    expect(res.statusCode).toBe(400);
    expect(fieldPaths(res)).toEqual(['body.objectType', 'body.plannedOn', 'body.partners', 'body.leadUserId', 'body.subjectId']);

    const address = await post(lead, base, planInput({ addressLabel: '', postcode: '35122', houseNumber: null, plannedOn: addDays(today, -400) }));
    expect(address.statusCode).toBe(400);
    expect(fieldPaths(address)).toEqual(['body.plannedOn', 'body.addressLabel', 'body.postcode', 'body.houseNumber']);

    const schema = await post(lead, base, planInput({ partners: ['fbi'], leadUserId: 'nobody', extra: 1 }));
    expect(schema.statusCode).toBe(400);
    expect(fieldPaths(schema)).toEqual(expect.arrayContaining(['body.partners.0', 'body.leadUserId', 'body.extra']));

    const hidden = await post(lead, base, planInput({ signalId: '00000000-0000-4000-8000-000000000000', teamUserIds: [admin.user.id] }));
    expect(fieldPaths(hidden)).toEqual(['body.teamUserIds.0', 'body.signalId']);

    expect(await counts()).toEqual(before);
  });

  it('refuses planning to those who may not change records', async () => {
    for (const who of [partner, admin, management]) expect((await post(who, base, planInput())).statusCode).toBe(403);
  });
});

describe('need-to-know', () => {
  let id: string;
  beforeAll(async () => {
    ({ id } = await plan(lead, { teamUserIds: [partner.user.id], plannedOn: addDays(today, 30) }));
  });

  it('shows the inspection to its team and analysts, and hides it from other inspectors', async () => {
    expect((await list(lead)).map((i) => i.id)).toContain(id);
    expect((await list(analyst)).map((i) => i.id)).toContain(id);
    expect((await list(otherInspector)).map((i) => i.id)).not.toContain(id);
    const res = await t.as(otherInspector, { method: 'GET', url: `${base}/${id}` });
    expect(res.statusCode).toBe(404);
    const deny = await t.db.selectFrom('audit_events').select('action').where('object_id', '=', id).where('action', '=', 'deny').execute();
    expect(deny.length).toBeGreaterThan(0);
    expect((await post(otherInspector, `${base}/${id}/start`)).statusCode).toBe(404);
  });

  it('lets a partner on the team read but not change it', async () => {
    expect((await detail(partner, id)).canWrite).toBe(false);
    expect((await list(partner)).map((i) => i.id)).toEqual([id]);
    expect((await post(partner, `${base}/${id}/start`)).statusCode).toBe(403);
  });

  it('shows management and the beheerder nothing', async () => {
    for (const who of [admin, management]) {
      expect((await t.as(who, { method: 'GET', url: base })).statusCode).toBe(403);
      expect((await t.as(who, { method: 'GET', url: `${base}/${id}` })).statusCode).toBe(403);
    }
  });

  it('filters by status, planned dates and mine, and checks the dates', async () => {
    const mine = await list(partner, '?mine=true');
    expect(mine.map((i) => i.id)).toEqual([id]);
    const window = await list(lead, `?plannedFrom=${addDays(today, 30)}&plannedTo=${addDays(today, 30)}&status=planned`);
    expect(window.map((i) => i.id)).toContain(id);
    expect(window.every((i) => i.plannedOn === addDays(today, 30))).toBe(true);
    const sorted = (await list(analyst)).map((i) => i.plannedOn);
    expect(sorted).toEqual([...sorted].sort());
    const bad = await t.as(lead, { method: 'GET', url: `${base}?plannedFrom=2026-13-01&plannedTo=x` });
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad)).toEqual(['query.plannedFrom', 'query.plannedTo']);
    const reversed = await t.as(lead, { method: 'GET', url: `${base}?plannedFrom=2026-05-02&plannedTo=2026-05-01` });
    expect(fieldPaths(reversed)).toEqual(['query.plannedTo']);
  });
});

describe('lifecycle', () => {
  it('starts, records findings, refuses a not-ok finding without a note, and completes with an outcome', async () => {
    const { id } = await plan(lead, { plannedOn: today });
    const started = await post(lead, `${base}/${id}/start`);
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ status: 'in_progress', performedOn: today });

    const before = await counts();
    const noNote = await put(lead, `${base}/${id}/findings/opening_hours`, { result: 'not_ok', note: '  ' });
    expect(noNote.statusCode).toBe(400);
    expect(fieldPaths(noNote)).toEqual(['body.note']);
    const badResult = await put(lead, `${base}/${id}/findings/opening_hours`, { result: 'maybe' });
    expect(fieldPaths(badResult)).toEqual(['body.result']);
    expect((await put(lead, `${base}/${id}/findings/no_such_item`, { result: 'ok' })).statusCode).toBe(404);
    expect(await counts()).toEqual(before);

    const ok = await put(lead, `${base}/${id}/findings/opening_hours`, { result: 'not_ok', note: 'Open tot 04:00, vergund tot 02:00.' });
    expect(ok.statusCode, ok.body).toBe(200);
    const item = (ok.json() as InspectionDetail).checklist.find((i) => i.code === 'opening_hours');
    expect(item?.finding).toMatchObject({ result: 'not_ok', note: 'Open tot 04:00, vergund tot 02:00.', recordedBy: { id: lead.user.id } });

    const early = await post(lead, `${base}/${id}/complete`, { outcome: 'nothing_found' });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toMatch(/Leg eerst bij elk controlepunt een bevinding vast/);

    const d = await detail(lead, id);
    for (const i of d.checklist.filter((c) => c.code !== 'opening_hours')) {
      expect((await put(lead, `${base}/${id}/findings/${i.code}`, { result: 'ok' })).statusCode).toBe(200);
    }
    const noExplanation = await post(lead, `${base}/${id}/complete`, { outcome: 'warning', note: '' });
    expect(noExplanation.statusCode).toBe(400);
    expect(fieldPaths(noExplanation)).toEqual(['body.note']);
    expect((await detail(lead, id)).status).toBe('in_progress');

    const done = await post(lead, `${base}/${id}/complete`, { outcome: 'warning', note: 'Schriftelijke waarschuwing over de openingstijden.' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', outcome: 'warning', outcomeNote: 'Schriftelijke waarschuwing over de openingstijden.' });
    const task = await t.db.selectFrom('tasks').select('status').where('record_type', '=', 'inspection').where('record_id', '=', id).executeTakeFirstOrThrow();
    expect(task.status).toBe('done');
    const trail = await t.db
      .selectFrom('audit_events')
      .select('reason')
      .where('object_type', '=', 'inspection')
      .where('object_id', '=', id)
      .where('action', '=', 'transition')
      .execute();
    expect(trail.map((e) => e.reason)).toEqual(['planned -> in_progress', 'in_progress -> completed (warning)']);

    const locked = await put(lead, `${base}/${id}/findings/opening_hours`, { result: 'ok' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().detail).toMatch(/afgerond en kan niet meer worden gewijzigd/);
    expect((await post(lead, `${base}/${id}/cancel`, { reason: 'Toch niet' })).statusCode).toBe(409);
    expect((await post(lead, `${base}/${id}/start`)).statusCode).toBe(409);
    expect((await detail(lead, id)).checklist.find((i) => i.code === 'opening_hours')?.finding?.result).toBe('not_ok');
  });

  it('refuses transitions out of order and changes nothing', async () => {
    const { id } = await plan(lead);
    const before = await t.db.selectFrom('inspections').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect((await post(lead, `${base}/${id}/complete`, { outcome: 'nothing_found' })).statusCode).toBe(409);
    expect((await put(lead, `${base}/${id}/findings/opening_hours`, { result: 'ok' })).statusCode).toBe(409);
    expect(await t.db.selectFrom('inspections').selectAll().where('id', '=', id).executeTakeFirstOrThrow()).toEqual(before);

    expect(fieldPaths(await post(lead, `${base}/${id}/cancel`, { reason: '' }))).toEqual(['body.reason']);
    const cancelled = await post(lead, `${base}/${id}/cancel`, { reason: 'Pand staat leeg; controle niet nodig.' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Pand staat leeg; controle niet nodig.', outcome: null });
    const task = await t.db.selectFrom('tasks').select('status').where('record_id', '=', id).executeTakeFirstOrThrow();
    expect(task.status).toBe('done');
    expect((await post(lead, `${base}/${id}/start`)).statusCode).toBe(409);
    expect((await post(lead, `${base}/${id}/cancel`, { reason: 'Nog eens' })).statusCode).toBe(409);
  });
});

describe('photos', () => {
  async function jpegWithExif(): Promise<Buffer> {
    return sharp({ create: { width: 64, height: 48, channels: 3, background: '#0a0' } })
      .jpeg()
      .withExifMerge({
        IFD0: { Make: 'LeakCam', Model: 'Tracker 9000' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 0/1' },
      })
      .toBuffer();
  }

  it('stores a photo with a finding without its EXIF, downloadable through the inspection policy; refuses other files', async () => {
    const { id } = await plan(lead, { plannedOn: today });
    expect((await post(lead, `${base}/${id}/start`)).statusCode).toBe(200);
    const photo = await jpegWithExif();
    expect(photo.includes('LeakCam')).toBe(true);
    const url = `${base}/${id}/findings/hidden_spaces/photos`;

    const before = await counts();
    const tooEarly = await t.as(lead, { method: 'POST', url, ...multipart('kelder.jpg', photo, 'image/jpeg') });
    expect(tooEarly.statusCode).toBe(409);
    expect((await put(lead, `${base}/${id}/findings/hidden_spaces`, { result: 'not_ok', note: 'Afgesloten kelder.' })).statusCode).toBe(200);
    const afterFinding = await counts();
    expect(afterFinding.files).toBe(before.files);

    const text = await t.as(lead, { method: 'POST', url, ...multipart('notitie.jpg', Buffer.from('geen foto'), 'image/jpeg') });
    expect(text.statusCode).toBe(415);
    expect(fieldPaths(text)).toEqual(['body.file']);
    const pdf = await t.as(lead, {
      method: 'POST',
      url,
      ...multipart('scan.pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'), 'application/pdf'),
    });
    expect(pdf.statusCode).toBe(415);
    expect(await counts()).toEqual(afterFinding);
    expect((await t.as(partner, { method: 'POST', url, ...multipart('kelder.jpg', photo, 'image/jpeg') })).statusCode).toBe(403);
    expect((await t.as(otherInspector, { method: 'POST', url, ...multipart('kelder.jpg', photo, 'image/jpeg') })).statusCode).toBe(404);
    expect(await counts()).toEqual(afterFinding);

    const res = await t.as(lead, { method: 'POST', url, ...multipart('kelder.jpg', photo, 'image/jpeg') });
    expect(res.statusCode, res.body).toBe(201);
    const stored = res.json() as { id: string; filename: string };
    expect(stored.filename).toBe('kelder.jpg');
    const d = await detail(lead, id);
    expect(d.checklist.find((i) => i.code === 'hidden_spaces')?.finding?.photos.map((p) => p.id)).toEqual([stored.id]);

    const download = await t.as(lead, { method: 'GET', url: `/api/v1/files/${stored.id}` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/jpeg');
    const bytes = download.rawPayload;
    expect(bytes.includes('LeakCam')).toBe(false);
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    expect((await t.as(otherInspector, { method: 'GET', url: `/api/v1/files/${stored.id}` })).statusCode).toBe(404);
  });
});

describe('follow-up requested by a measure', () => {
  it('plans a follow-up at the measure’s place, chained to the inspection the measure came from', async () => {
    const { id: first } = await plan(lead, { plannedOn: today, objectType: 'woning' });
    await post(lead, `${base}/${first}/start`);
    await recordAll(lead, first, 'not_ok');
    expect((await post(lead, `${base}/${first}/complete`, { outcome: 'measure_proposed', note: 'Hennepkwekerij aangetroffen.' })).statusCode).toBe(200);

    await t.db
      .insertInto('enforcement_legal_bases')
      .values({
        code: 'test_13b',
        measure_kind: 'closure',
        name_nl: 'Sluiting (test)',
        name_en: 'Closure (test)',
        article: 'art. 13b Opiumwet',
        authority: 'burgemeester',
        premises_types: JSON.stringify(['woning']),
        grace_days: null,
        max_duration_months: 12,
        updated_by: null,
      })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    const measure = await t.db
      .insertInto('measures')
      .values({
        number: 'M-TEST-00001',
        legal_basis_code: 'test_13b',
        origin: 'inspection',
        inspection_id: first,
        address_label: 'Voorstraat 12, Utrecht',
        created_by: lawyer.user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db.insertInto('record_team').values({ record_type: 'measure', record_id: measure.id, user_id: lead.user.id, team_role: 'test' }).execute();

    const hidden = await post(otherInspector, base, {
      objectType: 'woning',
      plannedOn: addDays(today, 90),
      partners: ['handhaving'],
      leadUserId: otherInspector.user.id,
      requestedByMeasureId: measure.id,
    });
    expect(hidden.statusCode).toBe(400);
    // Without the measure there is no place to take over either.
    expect(fieldPaths(hidden)).toEqual(['body.requestedByMeasureId', 'body.subjectId']);

    const res = await post(lead, base, {
      objectType: 'woning',
      plannedOn: addDays(today, 90),
      partners: ['handhaving', 'politie'],
      leadUserId: lead.user.id,
      requestedByMeasureId: measure.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const followUp = await detail(lead, (res.json() as { id: string }).id);
    expect(followUp).toMatchObject({
      addressLabel: 'Voorstraat 12, Utrecht',
      followUpOf: { id: first, status: 'completed' },
      requestedByMeasure: { id: measure.id, number: 'M-TEST-00001' },
    });
    const original = await detail(lead, first);
    expect(original.followUps.map((f) => f.id)).toEqual([followUp.id]);
    expect(original.measures).toEqual([{ id: measure.id, number: 'M-TEST-00001', status: 'intake' }]);
    // An analyst sees every measure up to their level; the other inspector sees neither.
    expect((await detail(analyst, first)).measures.map((m) => m.id)).toEqual([measure.id]);
    expect((await t.as(otherInspector, { method: 'GET', url: `${base}/${first}` })).statusCode).toBe(404);
  });
});

describe('demo', () => {
  it('plans one inspection and completes one with a proposed measure, once', async () => {
    const { seedInspectionsDemo } = await import('../../src/modules/enforcement/index.js');
    const { DEMO_COMPLETED_INSPECTION_ADDRESS } = await import('../../src/modules/enforcement/inspections.demo.js');
    const toezicht = await t.createUser({ role: 'inspector', username: 'toezicht' });
    const jurist = await t.createUser({ role: 'lawyer', username: 'jurist' });
    await t.db.deleteFrom('inspection_finding_files').execute();
    await t.db.deleteFrom('measures').execute();
    await t.db.deleteFrom('inspection_findings').execute();
    await t.db.updateTable('inspections').set({ follow_up_of: null }).execute();
    await t.db.deleteFrom('inspections').execute();
    await seedInspectionsDemo(t.db, t.config);
    await seedInspectionsDemo(t.db, t.config);
    const rows = await t.db.selectFrom('inspections').selectAll().orderBy('number').execute();
    expect(rows.map((r) => r.status)).toEqual(['planned', 'completed']);
    expect(rows[0]).toMatchObject({ lead_user_id: toezicht.id });
    expect(rows[0]!.partners).toEqual(expect.arrayContaining(['politie', 'netbeheerder']));
    expect(rows[1]).toMatchObject({ outcome: 'measure_proposed', address_label: DEMO_COMPLETED_INSPECTION_ADDRESS, lead_user_id: toezicht.id });
    const team = await t.db.selectFrom('record_team').select('user_id').where('record_type', '=', 'inspection').where('record_id', '=', rows[1]!.id).execute();
    expect(team.map((m) => m.user_id)).toEqual(expect.arrayContaining([toezicht.id, jurist.id]));
    const notOk = await t.db.selectFrom('inspection_findings').select('note').where('inspection_id', '=', rows[1]!.id).where('result', '=', 'not_ok').execute();
    expect(notOk.length).toBeGreaterThanOrEqual(3);
    expect(notOk.every((f) => f.note.length > 0)).toBe(true);
  });
});

describe('a registry subject as the place', () => {
  it('takes an organisation’s registered address and links the inspection to the subject', async () => {
    const { createRelation, createSubject, relationInput, subjectInput } = await import('../../src/modules/registry/index.js');
    const { newTrace } = await import('../../src/kernel/context.js');
    const user = await t.db.selectFrom('users').selectAll().where('id', '=', analyst.user.id).executeTakeFirstOrThrow();
    const ctx = {
      db: t.db,
      config: t.config,
      actor: {
        userId: user.id,
        username: user.username,
        role: 'analyst' as const,
        organisationId: user.organisation_id,
        maxConfidentiality: 'geheim' as const,
        sessionId: 'test',
      },
      requestId: 'test',
      trace: newTrace(undefined),
    };
    const source = { source: 'Handelsregister KvK', sourceDate: '2026-09-15', confidentiality: 'intern' };
    const shop = await createSubject(
      ctx,
      subjectInput.parse({
        kind: 'address',
        postcode: '3511 NR',
        houseNumber: 200,
        houseLetter: 'a',
        street: 'Oudegracht',
        place: 'Utrecht',
        premisesType: 'lokaal',
        ...source,
      }),
    );
    const org = await createSubject(
      ctx,
      subjectInput.parse({ kind: 'organisation', kvkNumber: '87654321', name: 'Knipkunst', legalForm: 'Eenmanszaak', ...source }),
    );
    await createRelation(
      ctx,
      relationInput.parse({
        type: 'registered_at',
        fromSubjectId: org.subject.id,
        toSubjectId: shop.subject.id,
        reliability: 'confirmed',
        source: source.source,
        confidentiality: 'intern',
      }),
    );
    const person = await createSubject(ctx, subjectInput.parse({ kind: 'person', givenNames: 'Piet', surname: 'Test', ...source }));

    const wrongKind = await post(analyst, base, planInput({ addressLabel: null, postcode: null, houseNumber: null, subjectId: person.subject.id }));
    expect(fieldPaths(wrongKind)).toEqual(['body.subjectId']);
    const hidden = await post(
      otherInspector,
      base,
      planInput({ addressLabel: null, postcode: null, houseNumber: null, subjectId: org.subject.id, leadUserId: otherInspector.user.id }),
    );
    expect(fieldPaths(hidden)).toEqual(['body.subjectId']);

    const res = await post(analyst, base, {
      objectType: 'bedrijfspand',
      subjectId: org.subject.id,
      plannedOn: today,
      partners: ['politie'],
      leadUserId: lead.user.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json() as { id: string };
    const d = await detail(lead, id);
    expect(d).toMatchObject({
      addressLabel: 'Knipkunst, Oudegracht 200A, 3511 NR Utrecht',
      postcode: '3511 NR',
      houseNumber: 200,
      subject: { id: org.subject.id, kind: 'organisation' },
    });
    const link = await t.db
      .selectFrom('subject_links')
      .select('role')
      .where('record_type', '=', 'inspection')
      .where('record_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(link.role).toBe('locatie');
    const processing = await t.db.selectFrom('processing_log').select('activity_code').where('activity_code', '=', 'administrative_enforcement').execute();
    expect(processing.length).toBeGreaterThan(0);
  });
});
