import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTask } from '../../src/modules/tasks/index.js';
import { amsterdamToday } from '../../src/modules/tasks/tasks.service.js';
import { createTestApp, type Signed, type TestApp } from '../harness.js';

let t: TestApp;
let me: Signed;
let colleague: Signed;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.signIn(await t.createUser({ role: 'pga_director' }));
  colleague = await t.signIn(await t.createUser({ role: 'pga_director' }));
});
afterAll(() => t.close());

describe('Mijn werk', () => {
  it('starts empty', async () => {
    expect((await t.as(me, { method: 'GET', url: '/api/v1/tasks/mine' })).json()).toEqual({ items: [] });
  });

  it('lists only my open tasks, earliest due first, undated last, with overdue marked', async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await createTask(t.db, { title: 'Zonder datum', module: 'platform', assigneeUserId: me.user.id }, null);
    await createTask(
      t.db,
      { title: 'Volgende week', module: 'pga', assigneeUserId: me.user.id, dueDate: nextWeek, record: { type: 'trajectory', id: 'T-1', label: 'Traject T-1' } },
      null,
    );
    await createTask(t.db, { title: 'Gisteren', module: 'pga', assigneeUserId: me.user.id, dueDate: yesterday }, null);
    await createTask(t.db, { title: 'Van een ander', module: 'pga', assigneeUserId: colleague.user.id, dueDate: yesterday }, null);
    const items = (await t.as(me, { method: 'GET', url: '/api/v1/tasks/mine' })).json().items as {
      title: string;
      overdue: boolean;
      recordLabel: string | null;
    }[];
    expect(items.map((i) => i.title)).toEqual(['Gisteren', 'Volgende week', 'Zonder datum']);
    expect(items.map((i) => i.overdue)).toEqual([true, false, false]);
    expect(items[1]!.recordLabel).toBe('Traject T-1');
  });

  it('completes my own task once; someone else’s task is not found', async () => {
    const mine = await createTask(t.db, { title: 'Afronden', module: 'platform', assigneeUserId: me.user.id }, null);
    const theirs = await createTask(t.db, { title: 'Niet van mij', module: 'platform', assigneeUserId: colleague.user.id }, null);
    const done = await t.as(me, { method: 'POST', url: `/api/v1/tasks/${mine}/complete` });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done' });
    expect((await t.as(me, { method: 'POST', url: `/api/v1/tasks/${mine}/complete` })).statusCode).toBe(409);
    expect((await t.as(me, { method: 'POST', url: `/api/v1/tasks/${theirs}/complete` })).statusCode).toBe(404);
    const denial = await t.db.selectFrom('audit_events').selectAll().where('object_id', '=', theirs).where('action', '=', 'deny').executeTakeFirst();
    expect(denial).toMatchObject({ actor_user_id: me.user.id, outcome: 'denied', reason: 'not the assignee' });
    const open = (await t.as(colleague, { method: 'GET', url: '/api/v1/tasks/mine' })).json().items as { id: string }[];
    expect(open.map((i) => i.id)).toContain(theirs);
  });
});

describe('amsterdamToday', () => {
  it('uses the Amsterdam date, not UTC', () => {
    expect(amsterdamToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(amsterdamToday(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(amsterdamToday(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});
