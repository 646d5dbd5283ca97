import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/kernel/access.js';
import { newTrace } from '../../src/kernel/context.js';
import { lookupByFollowCode, newFollowCode } from '../../src/modules/signals/intake.js';
import { claimDailyRun, runRetention } from '../../src/modules/signals/retention.js';
import { seedSignal } from '../../src/modules/signals/index.js';
import type { IntakeInput, SignalChannel } from '../../src/modules/signals/intake.js';
import type { QueueItem, SignalDetail } from '../../src/modules/signals/signals.schemas.js';
import { createTestApp, type Signed, type TestApp } from '../harness.js';

let t: TestApp;
let analyst: Signed;
let inspector: Signed;
let partner: Signed;
let admin: Signed;
let management: Signed;

const grow = (extra: Partial<IntakeInput> = {}): IntakeInput => ({
  categoryCode: 'cannabis_grow',
  description: 'Hennepgeur en gezoem uit de woning op de begane grond.',
  location: { postcode: '3531 CJ', houseNumber: 120 },
  answers: { signs: ['smell'] },
  ...extra,
});

/** A signal as the public form or a channel stores it, received at `now`. */
async function signal(input: IntakeInput, options: { now?: Date; channel?: SignalChannel; followCode?: string } = {}): Promise<string> {
  const user = await t.db.selectFrom('users').selectAll().where('id', '=', analyst.user.id).executeTakeFirstOrThrow();
  const actor: Actor = {
    userId: user.id,
    username: user.username,
    role: 'analyst',
    organisationId: user.organisation_id,
    maxConfidentiality: 'geheim',
    sessionId: 'test',
  };
  return seedSignal({ db: t.db, config: t.config, actor, requestId: 'test', trace: newTrace(undefined) }, t.files, {
    channel: options.channel ?? 'public_form',
    input,
    now: options.now ?? new Date(),
    ...(options.followCode ? { followCode: options.followCode } : {}),
  });
}

async function detail(who: Signed, id: string): Promise<SignalDetail> {
  const res = await t.as(who, { method: 'GET', url: `/api/v1/signals/${id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function queue(who: Signed, query = ''): Promise<{ items: QueueItem[]; nextCursor: string | null }> {
  const res = await t.as(who, { method: 'GET', url: `/api/v1/signals/queue${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const post = (who: Signed, url: string, payload: unknown) => t.as(who, { method: 'POST', url, payload });
const fieldErrors = (res: { json(): unknown }) => (res.json() as { errors?: { path: string; message: string }[] }).errors?.map((e) => e.path) ?? [];
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

const policeReport = {
  channel: 'police_report',
  categoryCode: 'cannabis_grow',
  description: 'Bestuurlijke rapportage na doorzoeking: hennepkwekerij met 120 planten.',
  location: { postcode: '3511 NR', houseNumber: 200 },
  answers: { signs: ['smell', 'power'] },
  partnerReport: {
    reference: 'PL0900-2026000001',
    searchDate: '2026-11-20',
    finds: [{ kind: 'cannabis_plants', description: 'Zolder', quantity: 120, unit: 'pieces' }],
    persons: [{ name: 'J. de Vries', dateOfBirth: '1988-05-12', role: 'tenant' }],
    electricityTheft: true,
    dangerousSituation: false,
    reportingOfficer: 'Wijkagent',
  },
};

beforeAll(async () => {
  t = await createTestApp();
  analyst = await t.signIn(await t.createUser({ role: 'analyst', maxConfidentiality: 'geheim' }));
  inspector = await t.signIn(await t.createUser({ role: 'inspector', maxConfidentiality: 'vertrouwelijk' }));
  partner = await t.signIn(await t.createUser({ role: 'partner', organisationCode: 'politie-midden-nederland', maxConfidentiality: 'vertrouwelijk' }));
  admin = await t.signIn(await t.createUser({ role: 'admin', maxConfidentiality: 'intern' }));
  management = await t.signIn(await t.createUser({ role: 'management' }));
});
afterAll(() => t.close());

describe('access', () => {
  it('needs a session, and records:read for the queue', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/signals/queue' })).statusCode).toBe(401);
    expect((await t.as(management, { method: 'GET', url: '/api/v1/signals/queue' })).statusCode).toBe(403);
    expect((await t.as(admin, { method: 'GET', url: '/api/v1/signals/queue' })).statusCode).toBe(403);
  });

  it('shows an inspector only signals on their team; others answer 404 and the denial is audited', async () => {
    const id = await signal(grow());
    expect((await queue(inspector)).items.map((i) => i.id)).not.toContain(id);
    const res = await t.as(inspector, { method: 'GET', url: `/api/v1/signals/${id}` });
    expect(res.statusCode).toBe(404);
    const deny = await t.db.selectFrom('audit_events').select('action').where('object_id', '=', id).where('action', '=', 'deny').execute();
    expect(deny.length).toBeGreaterThan(0);

    const assigned = await post(analyst, `/api/v1/signals/${id}/assign`, { userId: inspector.user.id });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect((await queue(inspector)).items.map((i) => i.id)).toContain(id);
    expect((await detail(inspector, id)).assignee?.id).toBe(inspector.user.id);
    const tasks = await t.as(inspector, { method: 'GET', url: '/api/v1/tasks/mine' });
    expect(tasks.json().items).toEqual(expect.arrayContaining([expect.objectContaining({ recordType: 'signal', recordId: id, title: 'Melding behandelen' })]));
  });

  it('lets a partner enter a police report and see it, but not change it', async () => {
    const res = await post(partner, '/api/v1/signals', policeReport);
    expect(res.statusCode, res.body).toBe(201);
    const { id, number } = res.json() as { id: string; number: string };
    expect(number).toMatch(/^SIG-\d{4}-\d{6}$/);
    const seen = await detail(partner, id);
    expect(seen).toMatchObject({ channel: 'police_report', canWrite: false, partnerReport: { reference: 'PL0900-2026000001', electricityTheft: true } });
    expect((await queue(partner)).items.map((i) => i.id)).toEqual([id]);
    const move = await post(partner, `/api/v1/signals/${id}/transitions`, { to: 'in_progress' });
    expect(move.statusCode).toBe(403);
  });

  it('takes a report in a category above the reporter’s level, which the reporter then cannot open', async () => {
    const youthWorker = await t.signIn(
      await t.createUser({ role: 'partner', organisationCode: 'jongerenwerk-utrecht', maxConfidentiality: 'zaakvertrouwelijk' }),
    );
    const res = await post(youthWorker, '/api/v1/signals', {
      channel: 'staff',
      categoryCode: 'recruitment',
      description: 'Oudere jongens bieden leerlingen geld voor een ritje, bij het fietsenhok.',
      location: { text: 'Fietsenhok van de school' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { id, visible } = res.json() as { id: string; visible: boolean };
    expect(visible).toBe(false);
    expect((await t.as(youthWorker, { method: 'GET', url: `/api/v1/signals/${id}` })).statusCode).toBe(404);
    expect((await detail(analyst, id)).confidentiality).toBe('confidentieel');
    const own = await post(partner, '/api/v1/signals', policeReport);
    expect(own.json().visible).toBe(true);
  });

  it('refuses assigning to someone who may not see the signal’s level', async () => {
    const id = await signal(grow({ categoryCode: 'recruitment', answers: {} }));
    const low = await t.createUser({ role: 'inspector', maxConfidentiality: 'vertrouwelijk' });
    const res = await post(analyst, `/api/v1/signals/${id}/assign`, { userId: low.id });
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res)).toEqual(['body.userId']);
  });
});

describe('partner and staff reports: bad input', () => {
  it('names every wrong field and stores nothing', async () => {
    const before = await t.db
      .selectFrom('signals')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ...policeReport, partnerReport: undefined }, ['body.partnerReport']],
      [{ ...policeReport, location: { postcode: '12', houseNumber: 'x' } }, ['body.location.postcode', 'body.location.houseNumber']],
      [{ ...policeReport, partnerReport: { ...policeReport.partnerReport, searchDate: '2099-01-01' } }, ['body.partnerReport.searchDate']],
      [{ ...policeReport, partnerReport: { ...policeReport.partnerReport, searchDate: '2026-02-31' } }, ['body.partnerReport.searchDate']],
      [{ ...policeReport, categoryCode: 'onbekend' }, ['body.categoryCode']],
      [{ ...policeReport, answers: {} }, ['body.answers.signs']],
      [{ ...policeReport, description: 'kort' }, ['body.description']],
      [{ ...policeReport, observedOn: '2099-12-31' }, ['body.observedOn']],
      [{ ...policeReport, extra: true }, ['body.extra']],
    ];
    for (const [payload, paths] of cases) {
      const res = await post(analyst, '/api/v1/signals', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(fieldErrors(res).sort(), res.body).toEqual(paths.sort());
    }
    const after = await t.db
      .selectFrom('signals')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});

describe('the queue', () => {
  it('puts the most pressing deadline first and pages without gaps or repeats', async () => {
    const lab = await signal(grow({ categoryCode: 'drug_lab', answers: {}, location: { text: 'Loods bij het kanaal' } }), { now: daysAgo(10) });
    const other = await signal(grow({ categoryCode: 'other', answers: {} }));
    const first = await queue(analyst, '?limit=1');
    expect(first.items[0]!.id).toBe(lab);
    expect(first.items[0]!.overdue).toBe(true);
    const all: string[] = [];
    let after: string | null = null;
    do {
      const page = await queue(analyst, `?limit=2${after ? `&after=${after}` : ''}`);
      all.push(...page.items.map((i) => i.id));
      after = page.nextCursor;
    } while (after);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain(other);
    const deadlines = (await queue(analyst, '?limit=100')).items.map((i) => i.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
    const overdue = await queue(analyst, '?overdue=true&limit=100');
    expect(overdue.items.every((i) => i.overdue)).toBe(true);
    // Only open signals are late: a closed one past its deadline is not listed as overdue, whatever the status filter.
    await post(analyst, `/api/v1/signals/${lab}/transitions`, { to: 'closed', outcome: 'no_action' });
    const overdueAll = await queue(analyst, '?status=all&overdue=true&limit=100');
    expect(overdueAll.items.map((i) => i.id)).not.toContain(lab);
    expect(overdueAll.items.every((i) => i.overdue)).toBe(true);
    await post(analyst, `/api/v1/signals/${lab}/transitions`, { to: 'reopened', note: 'Terug in de werkvoorraad voor de test' });
    expect((await queue(analyst, '?category=drug_lab')).items.map((i) => i.id)).toEqual([lab]);
  });

  it('refuses a forged cursor with the field named', async () => {
    const res = await t.as(analyst, { method: 'GET', url: '/api/v1/signals/queue?after=bm9wZQ' });
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res)).toEqual(['query.after']);
  });

  it('records each look at the queue in the audit trail', async () => {
    await queue(analyst, '?status=all');
    const rows = await t.db
      .selectFrom('audit_events')
      .select('reason')
      .where('object_type', '=', 'signal_queue')
      .where('actor_user_id', '=', analyst.user.id)
      .execute();
    expect(rows.some((r) => r.reason?.startsWith('status=all'))).toBe(true);
  });
});

describe('triage', () => {
  it('moves through the status machine with an append-only history and refuses moves out of order', async () => {
    const id = await signal(grow());
    const refused = await post(analyst, `/api/v1/signals/${id}/transitions`, { to: 'reopened' });
    expect(refused.statusCode).toBe(400);
    expect(fieldErrors(refused)).toEqual(['body.to']);
    expect((await post(analyst, `/api/v1/signals/${id}/transitions`, { to: 'in_progress' })).statusCode).toBe(200);
    const noOutcome = await post(analyst, `/api/v1/signals/${id}/transitions`, { to: 'closed' });
    expect(fieldErrors(noOutcome)).toEqual(['body.outcome']);
    const closed = await post(analyst, `/api/v1/signals/${id}/transitions`, { to: 'closed', outcome: 'no_action' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', outcome: 'no_action', coarseStatus: 'done', allowedTransitions: ['reopened'] });
    const noNote = await post(analyst, `/api/v1/signals/${id}/transitions`, { to: 'reopened' });
    expect(fieldErrors(noNote)).toEqual(['body.note']);
    const reopened = await post(analyst, `/api/v1/signals/${id}/transitions`, { to: 'reopened', note: 'Nieuwe melding over hetzelfde adres' });
    const body: SignalDetail = reopened.json();
    expect(body.closedAt).toBeNull();
    expect(body.history.map((h) => h.toStatus)).toEqual(['reported', 'in_progress', 'closed', 'reopened']);
    await expect(t.db.updateTable('signal_status_history').set({ note: 'x' }).where('signal_id', '=', id).execute()).rejects.toThrow(/append-only/);
  });

  it('adds internal notes and links registry subjects, recording the address when asked', async () => {
    const id = await signal(grow({ location: { postcode: '3572 AB', houseNumber: 9, houseLetter: 'a' } }));
    const note = await post(analyst, `/api/v1/signals/${id}/notes`, { body: 'Netbeheerder gevraagd naar het stroomverbruik.' });
    expect(note.json().notes).toEqual([expect.objectContaining({ body: 'Netbeheerder gevraagd naar het stroomverbruik.' })]);
    expect(fieldErrors(await post(analyst, `/api/v1/signals/${id}/notes`, { body: '  ' }))).toEqual(['body.body']);

    const linked = await post(analyst, `/api/v1/signals/${id}/links/address`, { premisesType: 'woning' });
    expect(linked.statusCode, linked.body).toBe(200);
    const links = (linked.json() as SignalDetail).links;
    expect(links).toEqual([expect.objectContaining({ kind: 'address', role: 'locatie', label: expect.stringContaining('3572 AB') as string })]);
    // The signal shows on the address's profile, with its number.
    const profile = await t.as(analyst, { method: 'GET', url: `/api/v1/registry/subjects/${links[0]!.subjectId}` });
    expect(profile.body).toContain((await detail(analyst, id)).number);

    const person = await post(analyst, '/api/v1/registry/subjects', { kind: 'person', surname: 'Bakker', source: 'Melding', confidentiality: 'vertrouwelijk' });
    const personId: string = person.json().subject.id;
    const withPerson = await post(analyst, `/api/v1/signals/${id}/links`, { subjectId: personId, role: 'involved' });
    expect((withPerson.json() as SignalDetail).links.map((l) => l.role)).toEqual(['locatie', 'betrokkene']);
    const unlinked = await t.as(analyst, { method: 'DELETE', url: `/api/v1/signals/${id}/links/${personId}` });
    expect((unlinked.json() as SignalDetail).links).toHaveLength(1);
    // A subject the actor cannot see cannot be linked.
    const hidden = await post(analyst, '/api/v1/registry/subjects', { kind: 'person', surname: 'Geheim', source: 'Melding', confidentiality: 'geheim' });
    await post(analyst, `/api/v1/signals/${id}/assign`, { userId: inspector.user.id });
    const refused = await post(inspector, `/api/v1/signals/${id}/links`, { subjectId: hidden.json().subject.id, role: 'involved' });
    expect(refused.statusCode).toBe(404);
  });

  it('reads the detail with an audit event and a processing-log line for a reporter who left contact details', async () => {
    const id = await signal(grow({ contact: { name: 'A. Bewoner', email: 'bewoner@example.org' } }));
    const seen = await detail(analyst, id);
    expect(seen).toMatchObject({ anonymous: false, contact: { name: 'A. Bewoner', email: 'bewoner@example.org', phone: null } });
    const lines = await t.db
      .selectFrom('processing_log')
      .select(['name', 'activity_code', 'data_subject_type'])
      .where('data_subject_type', '=', 'signal_reporter')
      .execute();
    expect(lines).toEqual(expect.arrayContaining([{ name: 'Melding ingezien', activity_code: 'signal_intake', data_subject_type: 'signal_reporter' }]));
    const stored = await t.db.selectFrom('signals').select('contact_enc').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.contact_enc).not.toContain('bewoner');
  });
});

describe('near duplicates and merge', () => {
  it('finds the same address or buurt and category within the window, and not outside it', async () => {
    const a = await signal(grow({ location: { postcode: '3533 AA', houseNumber: 5 } }), { now: daysAgo(3) });
    const b = await signal(grow({ location: { postcode: '3533AA', houseNumber: '5' } }));
    const far = await signal(grow({ location: { postcode: '3533 AA', houseNumber: 5 } }), { now: daysAgo(45) });
    const otherCategory = await signal(grow({ categoryCode: 'dealing', answers: { frequency: 'daily' }, location: { postcode: '3533 AA', houseNumber: 5 } }));
    const buurt = await signal(grow({ location: { text: 'Achter de flat aan het plein' } }));
    await t.db.updateTable('signals').set({ buurt_code: 'BU03440101' }).where('id', 'in', [a, buurt]).execute();
    const found = (await detail(analyst, a)).duplicates;
    expect(found.map((d) => [d.id, d.reason])).toEqual(
      expect.arrayContaining([
        [b, 'same_address'],
        [buurt, 'same_buurt'],
      ]),
    );
    expect(found.map((d) => d.id)).not.toContain(far);
    expect(found.map((d) => d.id)).not.toContain(otherCategory);

    await t.as(admin, { method: 'PUT', url: '/api/v1/signals/settings', payload: { retentionMonths: 12, duplicateWindowDays: 60 } });
    expect((await detail(analyst, a)).duplicates.map((d) => d.id)).toContain(far);
    await t.as(admin, { method: 'PUT', url: '/api/v1/signals/settings', payload: { retentionMonths: 12, duplicateWindowDays: 30 } });
  });

  it('merges a duplicate into the other: closed as duplicate, team and links along, the reporter sees the survivor’s status', async () => {
    const code = newFollowCode();
    const survivor = await signal(grow({ location: { postcode: '3534 BB', houseNumber: 1 } }));
    const duplicate = await signal(grow({ location: { postcode: '3534 BB', houseNumber: 1 } }), { followCode: code });
    expect(fieldErrors(await post(analyst, `/api/v1/signals/${duplicate}/merge`, { intoId: duplicate, note: 'x' }))).toEqual(['body.intoId']);
    const merged = await post(analyst, `/api/v1/signals/${duplicate}/merge`, { intoId: survivor, note: 'Zelfde woning, zelfde geur' });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ status: 'closed', outcome: 'duplicate', mergedInto: { id: survivor }, allowedTransitions: [] });
    expect((await detail(analyst, survivor)).mergedSignals.map((m) => m.id)).toEqual([duplicate]);
    expect((await queue(analyst, '?limit=100')).items.map((i) => i.id)).not.toContain(duplicate);
    expect((await lookupByFollowCode(t.db, t.config, code))?.coarseStatus).toBe('received');
    await post(analyst, `/api/v1/signals/${survivor}/transitions`, { to: 'in_progress' });
    expect((await lookupByFollowCode(t.db, t.config, code))?.coarseStatus).toBe('in_progress');
    // Staff see the same as the reporter would.
    expect((await detail(analyst, duplicate)).coarseStatus).toBe('in_progress');
    const again = await post(analyst, `/api/v1/signals/${duplicate}/merge`, { intoId: survivor, note: 'nog eens' });
    expect(again.statusCode).toBe(409);
    const other = await signal(grow());
    expect(fieldErrors(await post(analyst, `/api/v1/signals/${other}/merge`, { intoId: duplicate, note: 'x' }))).toEqual(['body.intoId']);
  });
});

describe('follow-up and retention', () => {
  it('proposes follow-up as a task for the assignee and keeps such a signal past the retention term', async () => {
    const kept = await signal(grow(), { now: daysAgo(500) });
    const res = await post(analyst, `/api/v1/signals/${kept}/follow-ups`, {
      kind: 'inspection',
      note: 'Integrale controle met netbeheerder voorstellen.',
      assigneeUserId: inspector.user.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as SignalDetail).followUps).toEqual([
      expect.objectContaining({ kind: 'inspection', assignee: expect.objectContaining({ id: inspector.user.id }) as unknown }),
    ]);
    const tasks = (await t.as(inspector, { method: 'GET', url: '/api/v1/tasks/mine' })).json().items as { title: string; recordId: string }[];
    expect(tasks).toEqual(expect.arrayContaining([expect.objectContaining({ title: 'Opvolging melding: controle voorbereiden', recordId: kept })]));
    await post(analyst, `/api/v1/signals/${kept}/transitions`, { to: 'closed', outcome: 'no_action' });
    await t.db
      .updateTable('signals')
      .set({ closed_at: daysAgo(400) })
      .where('id', '=', kept)
      .execute();
    expect(
      fieldErrors(
        await post(analyst, `/api/v1/signals/${kept}/follow-ups`, { kind: 'inspection', note: 'x', assigneeUserId: inspector.user.id, dueDate: '2020-01-01' }),
      ),
    ).toEqual(['body.dueDate']);

    const destroyedNoAction = await signal(grow({ contact: { email: 'weg@example.org' } }), { now: daysAgo(500) });
    const destroyedChild = await signal(grow(), { now: daysAgo(499) });
    await post(analyst, `/api/v1/signals/${destroyedChild}/merge`, { intoId: destroyedNoAction, note: 'dubbel' });
    await post(analyst, `/api/v1/signals/${destroyedNoAction}/notes`, { body: 'Niets gevonden.' });
    await post(analyst, `/api/v1/signals/${destroyedNoAction}/links/address`, { premisesType: 'woning' });
    await post(analyst, `/api/v1/signals/${destroyedNoAction}/transitions`, { to: 'closed', outcome: 'no_action' });
    const cancelled = await signal(grow(), { now: daysAgo(500) });
    await post(analyst, `/api/v1/signals/${cancelled}/transitions`, { to: 'cancelled', note: 'Geen drugsgerelateerde melding' });
    const followedUp = await signal(grow(), { now: daysAgo(500) });
    await post(analyst, `/api/v1/signals/${followedUp}/transitions`, { to: 'closed', outcome: 'followed_up' });
    const recent = await signal(grow());
    await post(analyst, `/api/v1/signals/${recent}/transitions`, { to: 'closed', outcome: 'no_action' });
    await t.db
      .updateTable('signals')
      .set({ closed_at: daysAgo(400) })
      .where('id', 'in', [destroyedNoAction, destroyedChild, cancelled, followedUp])
      .execute();
    await t.db
      .insertInto('signal_photos')
      .values({
        signal_id: destroyedNoAction,
        storage_key: 'ab/00000000-0000-4000-8000-000000000001',
        content_type: 'image/jpeg',
        width: 1,
        height: 1,
        size_bytes: 3,
        sha256: 'x',
      })
      .execute();
    await t.files.put('ab/00000000-0000-4000-8000-000000000001', Buffer.from('abc'));
    const numbers = await t.db.selectFrom('signals').select(['id', 'number']).where('id', 'in', [destroyedNoAction, destroyedChild, cancelled]).execute();

    expect((await post(analyst, '/api/v1/signals/retention/run', {})).statusCode).toBe(403);
    const run = await post(admin, '/api/v1/signals/retention/run', {});
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json().destroyed).toBe(3);

    const left = await t.db
      .selectFrom('signals')
      .select('id')
      .where('id', 'in', [kept, destroyedNoAction, destroyedChild, cancelled, followedUp, recent])
      .execute();
    expect(left.map((r) => r.id).sort()).toEqual([kept, followedUp, recent].sort());
    await expect(t.files.get('ab/00000000-0000-4000-8000-000000000001')).rejects.toThrow();
    const links = await t.db.selectFrom('subject_links').select('id').where('record_type', '=', 'signal').where('record_id', '=', destroyedNoAction).execute();
    expect(links).toEqual([]);
    const destructions = (await t.as(admin, { method: 'GET', url: '/api/v1/signals/destructions' })).json().items as { signalNumber: string; rule: string }[];
    expect(destructions.map((d) => d.signalNumber).sort()).toEqual(numbers.map((n) => n.number).sort());
    // What remains says that they existed, never what they said.
    const everything = JSON.stringify(destructions);
    expect(everything).not.toContain('Hennepgeur');
    expect(everything).not.toContain('3531');
    const audit = await t.db.selectFrom('audit_events').select('object_id').where('action', '=', 'destroy').execute();
    expect(audit.map((a) => a.object_id)).toEqual(expect.arrayContaining([destroyedNoAction, destroyedChild, cancelled]));
    // A second run finds nothing more.
    expect((await runRetention({ db: t.db, config: t.config, files: t.files, actor: null, requestId: null })).destroyed).toBe(0);
  });

  it('claims the daily run once per day, whatever the number of processes', async () => {
    const now = new Date('2030-01-01T03:00:00Z');
    await t.db.deleteFrom('job_runs').execute();
    expect(await claimDailyRun(t.db, now)).toBe(true);
    expect(await claimDailyRun(t.db, new Date(now.getTime() + 3_600_000))).toBe(false);
    expect(await claimDailyRun(t.db, new Date(now.getTime() + 24 * 3_600_000))).toBe(true);
  });
});

describe('categories and settings', () => {
  it('lets the beheerder change a category and refuses a broken question with its path', async () => {
    const list = (await t.as(analyst, { method: 'GET', url: '/api/v1/signals/categories' })).json().items as { code: string }[];
    expect(list.map((c) => c.code)).toEqual([
      'drug_lab',
      'cannabis_grow',
      'dealing',
      'recruitment',
      'laundering',
      'intimidation',
      'explosion_violence',
      'other',
    ]);
    const other = (
      list as unknown as {
        code: string;
        name: unknown;
        help: unknown;
        indicators: unknown;
        questions: unknown[];
        slaDays: number;
        slaUnit: string;
        urgency: number;
        confidentiality: string;
        active: boolean;
        sortOrder: number;
      }[]
    ).find((c) => c.code === 'other')!;
    const body: Record<string, unknown> = { ...other };
    delete body.code;
    delete body.updatedAt;
    const broken = await t.as(admin, {
      method: 'PUT',
      url: '/api/v1/signals/categories/other',
      payload: {
        ...body,
        questions: [
          {
            key: 'kleur',
            type: 'single_choice',
            label: { nl: 'Kleur?', en: 'Colour?' },
            required: true,
            options: [{ value: 'rood', label: { nl: 'Rood', en: 'Red' } }],
          },
        ],
      },
    });
    expect(broken.statusCode).toBe(400);
    expect(fieldErrors(broken)).toEqual(['body.questions.0.options']);
    expect((await t.as(analyst, { method: 'PUT', url: '/api/v1/signals/categories/other', payload: body })).statusCode).toBe(403);
    const ok = await t.as(admin, { method: 'PUT', url: '/api/v1/signals/categories/other', payload: { ...body, slaDays: 7, slaUnit: 'calendar' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ slaDays: 7, slaUnit: 'calendar' });
    const id = await signal(grow({ categoryCode: 'other', answers: {} }), { now: new Date('2026-03-02T09:00:00Z') });
    expect((await detail(analyst, id)).deadline).toBe('2026-03-09');
    const settings = await t.as(admin, { method: 'PUT', url: '/api/v1/signals/settings', payload: { retentionMonths: 0, duplicateWindowDays: 30 } });
    expect(fieldErrors(settings)).toEqual(['body.retentionMonths']);
  });
});
