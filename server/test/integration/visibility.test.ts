import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleTo, type Confidentiality } from '../../src/kernel/access.js';
import { createTestApp, type TestApp, type TestUser } from '../harness.js';

/**
 * Need-to-know in list queries: `visibleTo` adds the filter to the SQL, so a list never fetches
 * what the actor may not see (not even to count it).
 */
let t: TestApp;
let member: TestUser;
let outsider: TestUser;
let analyst: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  await sql`create table visibility_demo (id text primary key, confidentiality text not null)`.execute(t.db);
  await sql`insert into visibility_demo values ('A', 'intern'), ('B', 'vertrouwelijk'), ('C', 'geheim'), ('D', 'intern')`.execute(t.db);
  member = await t.createUser({ role: 'partner', maxConfidentiality: 'vertrouwelijk' });
  outsider = await t.createUser({ role: 'partner', maxConfidentiality: 'zeer_geheim' });
  analyst = await t.createUser({ role: 'analyst', maxConfidentiality: 'vertrouwelijk' });
  await t.db
    .insertInto('record_team')
    .values(['A', 'B', 'C'].map((id) => ({ record_type: 'visibility_demo', record_id: id, user_id: member.id, team_role: 'partner' })))
    .execute();
});
afterAll(() => t.close());

async function visibleIds(user: TestUser): Promise<string[]> {
  const { max_confidentiality } = await t.db.selectFrom('users').select('max_confidentiality').where('id', '=', user.id).executeTakeFirstOrThrow();
  const actor = { userId: user.id, role: user.role, maxConfidentiality: max_confidentiality as Confidentiality };
  const db = t.db.withTables<{ visibility_demo: { id: string; confidentiality: string } }>();
  const query = visibleTo(db.selectFrom('visibility_demo').select('id').orderBy('id'), actor, {
    recordType: 'visibility_demo',
    idColumn: 'visibility_demo.id',
    confidentialityColumn: 'visibility_demo.confidentiality',
  });
  return (await query.execute()).map((r) => r.id);
}

describe('visibleTo', () => {
  it('shows a team member the team’s records up to their maximum', async () => {
    expect(await visibleIds(member)).toEqual(['A', 'B']);
  });

  it('shows someone off the team nothing, whatever their clearance', async () => {
    expect(await visibleIds(outsider)).toEqual([]);
  });

  it('shows a role with records:read_all everything up to the maximum, without team membership', async () => {
    expect(await visibleIds(analyst)).toEqual(['A', 'B', 'D']);
  });

  it('shows roles without records:read nothing', async () => {
    expect(await visibleIds(await t.createUser({ role: 'admin', maxConfidentiality: 'zeer_geheim' }))).toEqual([]);
    expect(await visibleIds(await t.createUser({ role: 'management', maxConfidentiality: 'zeer_geheim' }))).toEqual([]);
  });
});
