import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerRecordType } from '../../src/kernel/access.js';
import { createTestApp, type Signed, type TestApp } from '../harness.js';

/** A record type as a module would register it; the foundation has no case modules yet. */
const records = new Map<string, { confidentiality: 'intern' | 'geheim'; label: string }>([
  ['R-1', { confidentiality: 'intern', label: 'Dossier R-1' }],
  ['R-2', { confidentiality: 'geheim', label: 'Dossier R-2' }],
]);
registerRecordType('test_dossier', (_db, id) => Promise.resolve(records.get(id)));

let t: TestApp;
let member: Signed;
let outsider: Signed;
let partnerOnTeam: Signed;
let analyst: Signed;

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function multipart(filename: string, content: Buffer, contentType = 'application/octet-stream') {
  const boundary = '----dwarsboomtest';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

beforeAll(async () => {
  t = await createTestApp({ uploadLimit: 64 * 1024 });
  member = await t.signIn(await t.createUser({ role: 'inspector', maxConfidentiality: 'vertrouwelijk' }));
  outsider = await t.signIn(await t.createUser({ role: 'inspector', maxConfidentiality: 'vertrouwelijk' }));
  partnerOnTeam = await t.signIn(await t.createUser({ role: 'partner', maxConfidentiality: 'vertrouwelijk', organisationCode: 'jongerenwerk-utrecht' }));
  analyst = await t.signIn(await t.createUser({ role: 'analyst', maxConfidentiality: 'vertrouwelijk' }));
  await t.db
    .insertInto('record_team')
    .values([
      { record_type: 'test_dossier', record_id: 'R-1', user_id: member.user.id, team_role: 'toezichthouder' },
      { record_type: 'test_dossier', record_id: 'R-1', user_id: partnerOnTeam.user.id, team_role: 'partner' },
      { record_type: 'test_dossier', record_id: 'R-2', user_id: member.user.id, team_role: 'toezichthouder' },
    ])
    .execute();
});
afterAll(() => t.close());

const upload = (who: Signed, recordId: string, filename: string, content: Buffer) => {
  const m = multipart(filename, content);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/files?recordType=test_dossier&recordId=${recordId}`,
    payload: m.payload,
    headers: { ...m.headers, cookie: who.cookie, 'x-csrf-token': who.csrf },
  });
};

describe('stored files', () => {
  it('stores a file for a team member, decided on content, and serves it back', async () => {
    const res = await upload(member, 'R-1', '../foto:1.png', PNG);
    expect(res.statusCode).toBe(201);
    const file = res.json() as { id: string; contentType: string; filename: string; sizeBytes: number };
    expect(file).toMatchObject({ contentType: 'image/png', sizeBytes: PNG.length, filename: 'foto_1.png' });
    const download = await t.as(member, { method: 'GET', url: `/api/v1/files/${file.id}` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(String(download.headers['content-disposition'])).toMatch(/^attachment;/);
    expect(download.rawPayload.equals(PNG)).toBe(true);
    const list = await t.as(analyst, { method: 'GET', url: '/api/v1/files?recordType=test_dossier&recordId=R-1' });
    expect((list.json() as { items: unknown[] }).items).toHaveLength(1);
  });

  it('answers 404 to someone not on the team, 403 to a team partner who may only read', async () => {
    expect((await upload(outsider, 'R-1', 'x.png', PNG)).statusCode).toBe(404);
    expect((await t.as(outsider, { method: 'GET', url: '/api/v1/files?recordType=test_dossier&recordId=R-1' })).statusCode).toBe(404);
    expect((await upload(partnerOnTeam, 'R-1', 'x.png', PNG)).statusCode).toBe(403);
    expect((await t.as(partnerOnTeam, { method: 'GET', url: '/api/v1/files?recordType=test_dossier&recordId=R-1' })).statusCode).toBe(200);
    const denials = await t.db.selectFrom('audit_events').select('reason').where('actor_user_id', '=', outsider.user.id).where('action', '=', 'deny').execute();
    expect(denials.length).toBe(2);
  });

  it('hides a record above the user’s confidentiality maximum, even from its team', async () => {
    expect((await upload(member, 'R-2', 'x.png', PNG)).statusCode).toBe(404);
    expect((await t.as(analyst, { method: 'GET', url: '/api/v1/files?recordType=test_dossier&recordId=R-2' })).statusCode).toBe(404);
  });

  it('treats unknown record types and ids as not found', async () => {
    expect((await t.as(member, { method: 'GET', url: '/api/v1/files?recordType=nothing&recordId=R-1' })).statusCode).toBe(404);
    expect((await t.as(member, { method: 'GET', url: '/api/v1/files?recordType=test_dossier&recordId=R-404' })).statusCode).toBe(404);
  });

  it('refuses disallowed content whatever its name, and oversized files, storing nothing', async () => {
    const html = await upload(member, 'R-1', 'innocent.png', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(html.statusCode).toBe(415);
    const big = await upload(member, 'R-1', 'big.png', Buffer.concat([PNG, Buffer.alloc(70 * 1024)]));
    expect(big.statusCode).toBe(413);
    const rows = await t.db.selectFrom('stored_files').select('filename').execute();
    expect(rows.map((r) => r.filename)).toEqual(['foto_1.png']);
  });

  it('refuses a request without a file', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/files?recordType=test_dossier&recordId=R-1',
      payload: { file: 'x' },
      headers: { cookie: member.cookie, 'x-csrf-token': member.csrf },
    });
    expect(res.statusCode).toBe(415);
  });

  it('is not open to roles without files:use', async () => {
    const admin = await t.signIn(await t.createUser({ role: 'admin' }));
    expect((await t.as(admin, { method: 'GET', url: '/api/v1/files?recordType=test_dossier&recordId=R-1' })).statusCode).toBe(403);
  });
});
