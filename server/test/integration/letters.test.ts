import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LetterView, TemplateDetail, TemplateSummary } from '../../src/modules/enforcement/letters.schemas.js';
import { pseudonymise } from '../../src/kernel/audit.js';
import { seedLettersDemo } from '../../src/modules/enforcement/letters.demo.js';
import { createTestApp, type Signed, type TestApp } from '../harness.js';
import { readPdf } from '../pdf.js';

let t: TestApp;
let jurist: Signed;
let otherJurist: Signed;
let inspector: Signed;
let admin: Signed;
let templates: TemplateSummary[];

const BASIS = 'test_13b_woning';
const templateId = (code: string) => templates.find((template) => template.code === code)!.id;
const fieldErrors = (res: { json(): unknown }) => (res.json() as { errors?: { path: string; message: string }[] }).errors ?? [];

let measureCounter = 0;
/** A measure stored directly (the measures service is another engineer's), with the jurist on its team. */
async function measure(values: Partial<Record<string, unknown>> = {}, team: Signed[] = [jurist]): Promise<string> {
  measureCounter += 1;
  const row = await t.db
    .insertInto('measures')
    .values({
      number: `HM-2026-9${String(measureCounter).padStart(4, '0')}`,
      legal_basis_code: BASIS,
      origin: 'police_report',
      address_label: 'Kanaalstraat 12 bis, 3531 CJ Utrecht',
      premises_type: 'woning',
      duration_months: 3,
      facts: 'Bij een doorzoeking op 12 oktober 2026 trof de politie 48 gram cocaïne aan, verdeeld over 60 verkoopklare wikkels, en een weegschaal.',
      addressee_name: 'De heer J. de Vriës',
      addressee_address: 'Kanaalstraat 12 bis\n3531 CJ Utrecht',
      status: 'announced',
      decision_on: '2026-11-20',
      announced_on: '2026-11-23',
      grace_end: '2026-12-07',
      objection_due: '2027-01-04',
      created_by: jurist.user.id,
      ...values,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const member of team) {
    await t.db.insertInto('record_team').values({ record_type: 'measure', record_id: row.id, user_id: member.user.id, team_role: 'member' }).execute();
  }
  return row.id;
}

async function counts() {
  const letters = await t.db
    .selectFrom('letters')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const files = await t.db
    .selectFrom('stored_files')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return { letters: Number(letters.n), files: Number(files.n), stored: (t.files as unknown as { files: Map<string, Buffer> }).files.size };
}

const generate = (who: Signed, recordId: string, code: string, recordType = 'measure') =>
  t.as(who, { method: 'POST', url: '/api/v1/enforcement/letters', payload: { recordType, recordId, templateId: templateId(code) } });

beforeAll(async () => {
  t = await createTestApp();
  jurist = await t.signIn(await t.createUser({ role: 'lawyer', maxConfidentiality: 'geheim' }));
  otherJurist = await t.signIn(await t.createUser({ role: 'lawyer', maxConfidentiality: 'geheim' }));
  inspector = await t.signIn(await t.createUser({ role: 'inspector' }));
  admin = await t.signIn(await t.createUser({ role: 'admin' }));
  await t.db
    .insertInto('enforcement_legal_bases')
    .values({
      code: BASIS,
      measure_kind: 'closure',
      name_nl: 'Sluiting woning (Opiumwet art. 13b)',
      name_en: 'Closure of a home (Opium Act s. 13b)',
      article: 'Opiumwet art. 13b lid 1',
      authority: 'burgemeester',
      premises_types: JSON.stringify(['woning']),
      is_closure: true,
      grace_days: 14,
      max_duration_months: 12,
    })
    .execute();
  const res = await t.as(jurist, { method: 'GET', url: '/api/v1/enforcement/letters/templates' });
  expect(res.statusCode, res.body).toBe(200);
  templates = (res.json() as { templates: TemplateSummary[] }).templates;
});

afterAll(async () => {
  await t?.close();
});

describe('demo', () => {
  it('makes the decision letter of an announced measure once, as its creator', async () => {
    const id = await measure();
    await seedLettersDemo(t.db, t.config, t.files);
    const rows = await t.db.selectFrom('letters').select(['record_id', 'kind', 'version', 'created_by']).execute();
    expect(rows).toEqual([{ record_id: id, kind: 'decision', version: 1, created_by: jurist.user.id }]);
    await seedLettersDemo(t.db, t.config, t.files);
    expect(await t.db.selectFrom('letters').select('id').execute()).toHaveLength(1);
  });
});

describe('templates', () => {
  it('need a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/enforcement/letters/templates' })).statusCode).toBe(401);
  });

  it('are seeded for measures and Bibob, each at version 1, with the merge fields described', async () => {
    expect(templates.map((template) => template.code).sort()).toEqual(
      [
        'besluit_op_bezwaar',
        'besluit_sluiting_13b',
        'besluit_sluiting_174a',
        'bibob_besluit',
        'bibob_voornemen_weigering',
        'voornemen_sluiting_13b',
        'voornemen_sluiting_174a',
        'waarschuwing_13b',
      ].sort(),
    );
    expect(templates.find((template) => template.code === 'bibob_besluit')).toMatchObject({
      kind: 'bibob_decision',
      recordType: 'bibob_screening',
      version: 1,
    });
    const forBibob = await t.as(jurist, { method: 'GET', url: '/api/v1/enforcement/letters/templates?recordType=bibob_screening' });
    expect((forBibob.json() as { templates: TemplateSummary[] }).templates.map((template) => template.code).sort()).toEqual([
      'bibob_besluit',
      'bibob_voornemen_weigering',
    ]);
    const fields = await t.as(jurist, { method: 'GET', url: '/api/v1/enforcement/letters/merge-fields' });
    expect((fields.json() as { fields: { name: string; description: string }[] }).fields).toContainEqual(
      expect.objectContaining({ name: 'bezwaarclausule', description: expect.stringContaining('bezwaar') }),
    );
    const detail = await t.as(jurist, { method: 'GET', url: `/api/v1/enforcement/letters/templates/${templateId('besluit_sluiting_13b')}` });
    expect(detail.json()).toMatchObject({
      version: 1,
      fields: expect.arrayContaining(['begunstigingstermijn', 'duur', 'grondslag', 'feiten', 'bezwaarclausule']),
    });
  });

  it('refuses an unknown merge field or unbalanced braces with the field path, and changes nothing', async () => {
    const id = templateId('waarschuwing_13b');
    const before = (await t.as(jurist, { method: 'GET', url: `/api/v1/enforcement/letters/templates/${id}` })).json() as TemplateDetail;
    const unknown = await t.as(jurist, {
      method: 'PUT',
      url: `/api/v1/enforcement/letters/templates/${id}`,
      payload: { subject: 'Waarschuwing {{ pand }}', body: 'Beste {{ foo }},\n\nTekst.', note: 'Test' },
    });
    expect(unknown.statusCode, unknown.body).toBe(400);
    expect(fieldErrors(unknown)).toEqual([
      { path: 'body.subject', message: expect.stringContaining('Onbekend samenvoegveld {{pand}}') },
      { path: 'body.body', message: expect.stringMatching(/^Onbekend samenvoegveld \{\{foo\}\} .*Bekende velden: kenmerk, datum/) },
    ]);
    const unbalanced = await t.as(jurist, {
      method: 'PUT',
      url: `/api/v1/enforcement/letters/templates/${id}`,
      payload: { subject: 'Waarschuwing', body: 'Beste {{ geadresseerde,', note: 'Test' },
    });
    expect(unbalanced.statusCode).toBe(400);
    expect(fieldErrors(unbalanced)).toEqual([{ path: 'body.body', message: expect.stringContaining('zonder sluitende }}') }]);
    const wrongKind = await t.as(jurist, {
      method: 'PUT',
      url: `/api/v1/enforcement/letters/templates/${id}`,
      payload: { subject: 'Waarschuwing', body: 'Beste {{ aanvrager }}', note: 'Test' },
    });
    expect(fieldErrors(wrongKind)).toEqual([{ path: 'body.body', message: expect.stringContaining('niet beschikbaar bij een maatregel') }]);
    const after = (await t.as(jurist, { method: 'GET', url: `/api/v1/enforcement/letters/templates/${id}` })).json() as TemplateDetail;
    expect(after).toEqual(before);
  });

  it('keeps every version with its note; only enforcement:manage may edit', async () => {
    const id = templateId('voornemen_sluiting_174a');
    const original = (await t.as(jurist, { method: 'GET', url: `/api/v1/enforcement/letters/templates/${id}` })).json() as TemplateDetail;
    const forbidden = await t.as(inspector, {
      method: 'PUT',
      url: `/api/v1/enforcement/letters/templates/${id}`,
      payload: { subject: 'x', body: 'y', note: 'z' },
    });
    expect(forbidden.statusCode).toBe(403);
    const saved = await t.as(jurist, {
      method: 'PUT',
      url: `/api/v1/enforcement/letters/templates/${id}`,
      payload: { subject: 'Voornemen sluiting {{ adres_pand }}', body: `${original.body}\n\nMet vriendelijke groet.`, note: 'Groet toegevoegd' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, subject: 'Voornemen sluiting {{ adres_pand }}' });
    const byAdmin = await t.as(admin, {
      method: 'PUT',
      url: `/api/v1/enforcement/letters/templates/${id}`,
      payload: { subject: 'Voornemen tot sluiting van {{ adres_pand }}', body: original.body, note: 'Terug naar de standaardtekst' },
    });
    expect(byAdmin.statusCode, byAdmin.body).toBe(200);
    const detail = byAdmin.json() as TemplateDetail;
    expect(detail.version).toBe(3);
    expect(detail.versions.map((v) => [v.version, v.note])).toEqual([
      [3, 'Terug naar de standaardtekst'],
      [2, 'Groet toegevoegd'],
      [1, 'Standaardsjabloon van Dwarsboom'],
    ]);
    const v1 = await t.as(jurist, { method: 'GET', url: `/api/v1/enforcement/letters/templates/${id}/versions/1` });
    expect(v1.json()).toMatchObject({ version: 1, subject: original.subject, body: original.body });
    expect((await t.as(jurist, { method: 'GET', url: `/api/v1/enforcement/letters/templates/${id}/versions/9` })).statusCode).toBe(404);
    const trail = await t.db
      .selectFrom('audit_events')
      .select(['action', 'reason'])
      .where('object_type', '=', 'letter_template')
      .where('object_id', '=', id)
      .execute();
    expect(trail.map((row) => row.reason).sort()).toEqual(['version 2', 'version 3']);
  });

  it('creates a new template, refusing a duplicate code', async () => {
    const payload = {
      code: 'opheffing_sluiting',
      kind: 'lifting',
      nameNl: 'Opheffing sluiting',
      nameEn: 'Lifting a closure',
      subject: 'Opheffing sluiting {{ adres_pand }}',
      body: 'De sluiting van {{ adres_pand }} is opgeheven.',
    };
    const created = await t.as(jurist, { method: 'POST', url: '/api/v1/enforcement/letters/templates', payload });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ code: 'opheffing_sluiting', recordType: 'measure', version: 1, versions: [{ version: 1 }] });
    const again = await t.as(jurist, { method: 'POST', url: '/api/v1/enforcement/letters/templates', payload });
    expect(fieldErrors(again)).toEqual([{ path: 'body.code', message: expect.stringContaining('al in gebruik') }]);
  });
});

describe('letters of a measure', () => {
  it('fills the merge fields into a tagged PDF stored on the case, and numbers versions per kind', async () => {
    const id = await measure();
    await t.db
      .insertInto('enforcement_deadlines')
      .values({
        record_type: 'measure',
        record_id: id,
        kind: 'grace',
        from_date: '2026-11-23',
        period: 'P14D',
        due_on: '2026-12-08',
        reasons: JSON.stringify([]),
      })
      .execute();
    const res = await generate(jurist, id, 'besluit_sluiting_13b');
    expect(res.statusCode, res.body).toBe(201);
    const letter = res.json() as LetterView;
    expect(letter).toMatchObject({
      recordType: 'measure',
      recordId: id,
      kind: 'decision',
      version: 1,
      templateVersion: 1,
      subject: 'Besluit tot sluiting van Kanaalstraat 12 bis, 3531 CJ Utrecht',
    });
    expect(letter.fileName).toMatch(/^HM-2026-9\d{4}-besluit_sluiting_13b-v1\.pdf$/);

    const download = await t.as(jurist, { method: 'GET', url: `/api/v1/enforcement/letters/${letter.id}/pdf` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(`filename="${letter.fileName}"`);
    const pdf = download.rawPayload;
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(pdf.toString('latin1')).toMatch(/\/StructTreeRoot/);
    expect(pdf.toString('latin1')).toMatch(/\/Lang \(nl-NL\)/);
    const { text, pages, info } = await readPdf(pdf);
    expect(info).toMatchObject({ Title: letter.subject, Author: 'Gemeente Utrecht', Language: 'nl-NL' });
    for (const expected of [
      'Gemeente Utrecht',
      'Postbus 16200, 3500 CE Utrecht',
      'Kenmerk: HM-2026-9',
      'De heer J. de Vriës',
      'Kanaalstraat 12 bis',
      'Onderwerp: Besluit tot sluiting van Kanaalstraat 12 bis',
      'sluiting van de woning',
      '3 maanden',
      'Wettelijke grondslag: Opiumwet art. 13b lid 1 (Sluiting woning (Opiumwet art. 13b)).',
      '48 gram cocaïne',
      '8 december 2026',
      'rechtbank Midden-Nederland',
      'de burgemeester van Utrecht,',
      `pagina 1 van ${pages.length}`,
    ]) {
      expect(text).toContain(expected);
    }
    const row = await t.db.selectFrom('letters').selectAll().where('id', '=', letter.id).executeTakeFirstOrThrow();
    expect(row.merge_values).toMatchObject({ duur: '3 maanden', begunstigingstermijn: '8 december 2026', geadresseerde: 'De heer J. de Vriës' });

    const file = await t.as(jurist, { method: 'GET', url: `/api/v1/files/${letter.fileId}` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(pdf)).toBe(true);
    const stored = await t.db.selectFrom('stored_files').selectAll().where('id', '=', letter.fileId).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ record_type: 'measure', record_id: id, content_type: 'application/pdf', uploaded_by: jurist.user.id });

    const second = await generate(jurist, id, 'besluit_sluiting_13b');
    expect(second.json()).toMatchObject({ kind: 'decision', version: 2 });
    const warning = await generate(jurist, id, 'waarschuwing_13b');
    expect(warning.json()).toMatchObject({ kind: 'warning', version: 1 });
    const list = await t.as(jurist, { method: 'GET', url: `/api/v1/enforcement/letters?recordType=measure&recordId=${id}` });
    expect(list.statusCode).toBe(200);
    expect((list.json() as { letters: LetterView[] }).letters.map((l) => [l.kind, l.version])).toEqual([
      ['decision', 2],
      ['decision', 1],
      ['warning', 1],
    ]);

    const processing = await t.db
      .selectFrom('processing_log')
      .select(['activity_code', 'data_subject_type'])
      .where('data_subject_ref', '=', pseudonymise(t.config.secrets.pseudonymKey, 'enforcement_addressee', id))
      .execute();
    expect(processing).toContainEqual({ activity_code: 'administrative_enforcement', data_subject_type: 'enforcement_addressee' });
  });

  it('refuses a letter whose merge fields have no value yet, naming them, and stores nothing', async () => {
    const id = await measure({ status: 'opinion_period', decision_on: null, announced_on: null, grace_end: null, objection_due: null });
    const before = await counts();
    const res = await generate(jurist, id, 'besluit_op_bezwaar');
    expect(res.statusCode, res.body).toBe(409);
    expect((res.json() as { detail: string }).detail).toMatch(/\{\{datum_besluit\}\}, \{\{datum_bekendmaking\}\}/);
    const grace = await generate(jurist, id, 'besluit_sluiting_13b');
    expect(grace.statusCode).toBe(409);
    expect((grace.json() as { detail: string }).detail).toContain('{{begunstigingstermijn}}');
    expect(await counts()).toEqual(before);
  });

  it('writes nothing when storing the file fails', async () => {
    const id = await measure();
    const before = await counts();
    const put = t.files.put.bind(t.files);
    t.files.put = () => Promise.reject(new Error('disk full'));
    try {
      const res = await generate(jurist, id, 'besluit_sluiting_13b');
      expect(res.statusCode).toBe(500);
    } finally {
      t.files.put = put;
    }
    expect(await counts()).toEqual(before);
  });

  it('keeps letters to the measure’s team (need-to-know)', async () => {
    const id = await measure();
    const made = (await generate(jurist, id, 'besluit_sluiting_13b')).json() as LetterView;
    expect((await t.as(otherJurist, { method: 'GET', url: `/api/v1/enforcement/letters?recordType=measure&recordId=${id}` })).statusCode).toBe(404);
    expect((await generate(otherJurist, id, 'besluit_sluiting_13b')).statusCode).toBe(404);
    expect((await t.as(otherJurist, { method: 'GET', url: `/api/v1/enforcement/letters/${made.id}/pdf` })).statusCode).toBe(404);
    expect((await t.as(otherJurist, { method: 'GET', url: `/api/v1/files/${made.fileId}` })).statusCode).toBe(404);
    expect((await t.as(admin, { method: 'GET', url: `/api/v1/enforcement/letters?recordType=measure&recordId=${id}` })).statusCode).toBe(403);
  });

  it('refuses a template of another record kind and bad input', async () => {
    const id = await measure();
    const res = await generate(jurist, id, 'bibob_besluit');
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res)).toEqual([{ path: 'body.templateId', message: expect.stringContaining('maatregel') }]);
    const bad = await t.as(jurist, { method: 'POST', url: '/api/v1/enforcement/letters', payload: { recordType: 'signal', recordId: 'x', templateId: 'y' } });
    expect(bad.statusCode).toBe(400);
    expect(
      fieldErrors(bad)
        .map((e) => e.path)
        .sort(),
    ).toEqual(['body.recordId', 'body.recordType', 'body.templateId']);
  });
});

describe('letters of a Bibob screening', () => {
  it('fills the Bibob fields', async () => {
    const row = await t.db
      .insertInto('bibob_screenings')
      .values({
        number: 'B-2026-90001',
        permit_type: 'exploitatievergunning',
        applicant_name: 'Horeca Oudegracht B.V.',
        establishment_label: 'Café De Gracht, Oudegracht 100, 3511 AR Utrecht',
        application_received_on: '2026-09-01',
        questionnaire: JSON.stringify({}),
        status: 'decision',
        lbb_advice: 'serious',
        decision: 'refuse',
        decision_on: '2026-11-30',
        conditions: 'Geen: de vergunning wordt geweigerd.',
        created_by: jurist.user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db.insertInto('record_team').values({ record_type: 'bibob_screening', record_id: row.id, user_id: jurist.user.id, team_role: 'member' }).execute();
    const res = await generate(jurist, row.id, 'bibob_besluit', 'bibob_screening');
    expect(res.statusCode, res.body).toBe(201);
    const letter = res.json() as LetterView;
    const pdf = await t.as(jurist, { method: 'GET', url: `/api/v1/enforcement/letters/${letter.id}/pdf` });
    const { text } = await readPdf(pdf.rawPayload);
    for (const expected of [
      'Horeca Oudegracht B.V.',
      'Café De Gracht',
      'exploitatievergunning',
      'er ernstig gevaar bestaat',
      'de vergunning wordt geweigerd',
      '30 november 2026',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
