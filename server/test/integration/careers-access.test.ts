import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Signed, type TestApp } from '../harness.js';
import { readPdf } from '../pdf.js';

/**
 * The need-to-know matrix of the person-centred approach (ADR 0014), over every endpoint that shows or changes a
 * trajectory: the regisseur, a team partner of each kind, a partner of the same school who is not on the team, an
 * analyst and another regisseur who are not on it, management and the beheerder. Domain content carries markers, so
 * the test sees exactly which organisation kind reads which life domain, in every response (JSON and PDF).
 */

type Actor =
  | 'regisseur'
  | 'school'
  | 'youthWork'
  | 'police'
  | 'care'
  | 'probation'
  | 'neighbourhoodTeam'
  | 'outsider'
  | 'analyst'
  | 'otherRegisseur'
  | 'management'
  | 'admin';

const TEAM_PARTNERS = ['school', 'youthWork', 'police', 'care', 'probation', 'neighbourhoodTeam'] as const;
const OUTSIDE = ['outsider', 'analyst', 'otherRegisseur', 'management', 'admin'] as const satisfies readonly Actor[];

/** Markers written into the content of each life domain; which kinds may read them (besides the municipality). */
const DOMAIN_MARKERS = {
  school: { marker: 'MARKER-SCHOOL-7f3a', kinds: 'all' },
  health: { marker: 'MARKER-HEALTH-91cd', kinds: ['zorg'] },
  substance_use: { marker: 'MARKER-SUBSTANCE-4be0', kinds: ['zorg'] },
  justice: { marker: 'MARKER-JUSTICE-c25e', kinds: ['politie', 'om', 'reclassering'] },
} as const;

const KIND: Record<(typeof TEAM_PARTNERS)[number], string> = {
  school: 'school',
  youthWork: 'jongerenwerk',
  police: 'politie',
  care: 'zorg',
  probation: 'reclassering',
  neighbourhoodTeam: 'wijkteam',
};

const PERSON = { givenNames: 'Matrixia', surnamePrefix: '', surname: 'Testkind', dateOfBirth: '2010-04-12', wijkCode: 'WK034405' };
const CONFERENCE_MARKER = 'MARKER-CONFERENCE-aa51';

function maySee(actor: (typeof TEAM_PARTNERS)[number], domain: keyof typeof DOMAIN_MARKERS): boolean {
  const kinds = DOMAIN_MARKERS[domain].kinds;
  return kinds === 'all' || (kinds as readonly string[]).includes(KIND[actor]);
}

let t: TestApp;
const signed = {} as Record<Actor, Signed>;
let trajectoryId = '';
let conferenceId = '';
let goalId = '';
let actionId = '';
let activityId = '';

async function call(actor: Actor, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
  return t.as(signed[actor], { method, url, payload });
}

async function ok(actor: Actor, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown): Promise<unknown> {
  const res = await call(actor, method, url, payload);
  if (res.statusCode >= 300) throw new Error(`${method} ${url} as ${actor}: ${res.statusCode} ${res.body}`);
  const json: unknown = res.body && res.headers['content-type']?.toString().includes('json') ? res.json() : undefined;
  return json;
}

/** Everything the careers tables hold for the fixture, to prove a refused write changed nothing. */
async function snapshot(): Promise<string> {
  const tables = [
    'trajectories',
    'trajectory_phase_history',
    'trajectory_family_decisions',
    'career_assessments',
    'career_assessment_scores',
    'career_reviews',
    'plan_goals',
    'plan_actions',
    'daytime_activities',
    'career_follow_ups',
    'case_conferences',
    'case_conference_items',
    'case_conference_decisions',
    'case_conference_attendees',
    'record_team',
    'tasks',
    'subject_links',
    'subjects',
  ] as const;
  const parts: string[] = [];
  for (const table of tables) {
    const rows = await t.db.selectFrom(table).selectAll().execute();
    parts.push(`${table}:${JSON.stringify(rows.map((r) => JSON.stringify(r)).sort())}`);
  }
  return parts.join('\n');
}

beforeAll(async () => {
  t = await createTestApp();
  const users = {
    regisseur: await t.createUser({ role: 'pga_director', maxConfidentiality: 'vertrouwelijk' }),
    school: await t.createUser({ role: 'partner', organisationCode: 'school-utrecht', maxConfidentiality: 'zaakvertrouwelijk' }),
    youthWork: await t.createUser({ role: 'partner', organisationCode: 'jongerenwerk-utrecht', maxConfidentiality: 'zaakvertrouwelijk' }),
    police: await t.createUser({ role: 'partner', organisationCode: 'politie-midden-nederland', maxConfidentiality: 'zaakvertrouwelijk' }),
    care: await t.createUser({ role: 'partner', organisationCode: 'zorg-utrecht', maxConfidentiality: 'zaakvertrouwelijk' }),
    probation: await t.createUser({ role: 'partner', organisationCode: 'reclassering', maxConfidentiality: 'zaakvertrouwelijk' }),
    neighbourhoodTeam: await t.createUser({ role: 'partner', organisationCode: 'buurtteams-utrecht', maxConfidentiality: 'zaakvertrouwelijk' }),
    outsider: await t.createUser({ role: 'partner', organisationCode: 'school-utrecht', maxConfidentiality: 'zaakvertrouwelijk' }),
    analyst: await t.createUser({ role: 'analyst', maxConfidentiality: 'geheim' }),
    otherRegisseur: await t.createUser({ role: 'pga_director', maxConfidentiality: 'vertrouwelijk' }),
    management: await t.createUser({ role: 'management', maxConfidentiality: 'intern' }),
    admin: await t.createUser({ role: 'admin', maxConfidentiality: 'intern' }),
  };
  for (const [name, user] of Object.entries(users)) signed[name as Actor] = await t.signIn(user);

  // The school refers; the regisseur takes the referral on, does the intake and accepts.
  const reference = (await ok('regisseur', 'GET', '/api/v1/careers/reference')) as {
    criteria: { code: string; active: boolean }[];
    legalBases: { code: string }[];
  };
  const referral = (await ok('school', 'POST', '/api/v1/careers/trajectories', {
    person: PERSON,
    referralReason: 'Wordt na school opgewacht door oudere jongens; verzuimt sinds kort.',
    legalBasisCode: reference.legalBases[0]!.code,
    referredOn: '2026-11-01',
  })) as { id: string };
  trajectoryId = referral.id;
  const base = `/api/v1/careers/trajectories/${trajectoryId}`;
  // The queue is visible to every regisseur until one takes the referral on.
  expect((await call('otherRegisseur', 'GET', base)).statusCode).toBe(200);
  await ok('regisseur', 'POST', `${base}/regisseur`, { userId: users.regisseur.id });
  await ok('regisseur', 'PUT', `${base}/intake`, {
    targetGroup: 'jonge_aanwas',
    familyContext: false,
    informed: true,
    informedException: '',
    criteria: reference.criteria.filter((c) => c.active).map((c) => ({ code: c.code, met: true, note: '' })),
    legalBasisCode: reference.legalBases[0]!.code,
  });
  await ok('regisseur', 'POST', `${base}/intake-decision`, { decision: 'accept', note: 'Criteria gelden; aanpak gestart.' });
  for (const [actor, teamRole] of [
    ['youthWork', 'jongerenwerker'],
    ['police', 'wijkagent'],
    ['care', 'zorgverlener'],
    ['probation', 'reclasseringswerker'],
    ['neighbourhoodTeam', 'buurtteam'],
  ] as const) {
    await ok('regisseur', 'POST', `${base}/team`, { userId: users[actor].id, teamRole });
  }

  // Domain content with markers: an assessment, goals, an action in the health domain.
  await ok('regisseur', 'POST', `${base}/assessments`, {
    assessedOn: '2026-11-20',
    note: '',
    scores: Object.entries(DOMAIN_MARKERS).map(([domainCode, { marker }]) => ({
      domainCode,
      score: 2,
      riskFactors: `risico ${marker}`,
      protectiveFactors: `bescherming ${marker}`,
    })),
  });
  for (const [domainCode, { marker }] of Object.entries(DOMAIN_MARKERS)) {
    const goal = (await ok('regisseur', 'POST', `${base}/goals`, { domainCode, description: `doel ${marker}` })) as { id: string };
    if (domainCode === 'health') goalId = goal.id;
  }
  const action = (await ok('regisseur', 'POST', `${base}/actions`, {
    goalId,
    description: `actie ${DOMAIN_MARKERS.health.marker}`,
    responsibleUserId: users.care.id,
    dueDate: '2027-01-15',
  })) as { id: string };
  actionId = action.id;
  const activity = (await ok('regisseur', 'POST', `${base}/daytime-activities`, {
    kind: 'sports_club',
    withStatus: false,
    place: 'Voetbalvereniging Overvecht',
    startedOn: '2026-11-01',
    note: '',
  })) as { id: string };
  activityId = activity.id;
  await ok('regisseur', 'POST', `${base}/transitions`, { to: 'uitvoering', note: '' });

  // A case conference with this trajectory on the agenda, a decision with a marker.
  const conference = (await ok('regisseur', 'POST', '/api/v1/careers/case-conferences', {
    title: 'Casusoverleg matrix',
    heldOn: new Date().toISOString().slice(0, 10),
    location: 'Stadskantoor',
  })) as { id: string };
  conferenceId = conference.id;
  const agenda = (await ok('regisseur', 'POST', `/api/v1/careers/case-conferences/${conferenceId}/items`, { trajectoryId, question: 'Hoe verder?' })) as {
    items: { id: string; trajectory: { id: string } }[];
  };
  const itemId = agenda.items.find((i) => i.trajectory.id === trajectoryId)!.id;
  await ok('regisseur', 'POST', `/api/v1/careers/case-conferences/${conferenceId}/items/${itemId}/decisions`, { text: `besluit ${CONFERENCE_MARKER}` });
}, 120_000);

afterAll(async () => {
  await t?.close();
});

/** Every read endpoint that shows something of the fixture trajectory. */
function reads(): { name: string; url: string; domainContent: boolean; showsName: boolean; pdf?: boolean }[] {
  const base = `/api/v1/careers/trajectories/${trajectoryId}`;
  return [
    { name: 'trajectory', url: base, domainContent: false, showsName: true },
    { name: 'assessments', url: `${base}/assessments`, domainContent: true, showsName: false },
    { name: 'trend', url: `${base}/trend`, domainContent: false, showsName: false },
    { name: 'plan', url: `${base}/plan`, domainContent: true, showsName: false },
    { name: 'daytime activities', url: `${base}/daytime-activities`, domainContent: false, showsName: false },
    { name: 'conferences of the trajectory', url: `/api/v1/careers/case-conferences/trajectories/${trajectoryId}`, domainContent: false, showsName: false },
    { name: 'conference', url: `/api/v1/careers/case-conferences/${conferenceId}`, domainContent: false, showsName: true },
    { name: 'minutes', url: `/api/v1/careers/case-conferences/${conferenceId}/minutes.pdf`, domainContent: false, showsName: true, pdf: true },
  ];
}

async function bodyText(actor: Actor, url: string, pdf: boolean | undefined): Promise<{ status: number; text: string }> {
  const res = await call(actor, 'GET', url);
  if (pdf && res.statusCode === 200) return { status: 200, text: (await readPdf(res.rawPayload)).text };
  return { status: res.statusCode, text: res.body };
}

describe('reads: who sees what', () => {
  it('the regisseur sees every endpoint and every domain', async () => {
    for (const read of reads()) {
      const { status, text } = await bodyText('regisseur', read.url, read.pdf);
      expect(status, read.name).toBe(200);
      if (read.domainContent) for (const { marker } of Object.values(DOMAIN_MARKERS)) expect(text, `${read.name} ${marker}`).toContain(marker);
    }
  });

  for (const partner of TEAM_PARTNERS) {
    it(`a team partner (${KIND[partner]}) sees the trajectory, and only the domains for their kind`, async () => {
      for (const read of reads()) {
        const { status, text } = await bodyText(partner, read.url, read.pdf);
        expect(status, read.name).toBe(200);
        if (read.showsName) expect(text, read.name).toContain('Testkind');
        for (const [domain, { marker }] of Object.entries(DOMAIN_MARKERS)) {
          if (read.domainContent && maySee(partner, domain as keyof typeof DOMAIN_MARKERS)) expect(text, `${read.name} ${domain}`).toContain(marker);
          else if (!maySee(partner, domain as keyof typeof DOMAIN_MARKERS)) expect(text, `${read.name} ${domain}`).not.toContain(marker);
        }
      }
    });
  }

  for (const actor of OUTSIDE) {
    it(`${actor} (not on the team) gets nothing of it from any endpoint`, async () => {
      for (const read of reads()) {
        const { status, text } = await bodyText(actor, read.url, read.pdf);
        expect([403, 404], `${read.name}: ${status}`).toContain(status);
        expect(text).not.toContain('Testkind');
        expect(text).not.toContain('Matrixia');
        for (const { marker } of Object.values(DOMAIN_MARKERS)) expect(text).not.toContain(marker);
        expect(text).not.toContain(CONFERENCE_MARKER);
      }
      for (const scope of ['team', 'mine', 'queue']) {
        const list = await call(actor, 'GET', `/api/v1/careers/trajectories?scope=${scope}`);
        expect(list.body).not.toContain('Testkind');
      }
      const conferences = await call(actor, 'GET', '/api/v1/careers/case-conferences');
      expect(conferences.body).not.toContain('Casusoverleg matrix');
    });
  }

  it('an analyst finds neither the trajectory through the files service nor its link on the registry person', async () => {
    const files = await call('analyst', 'GET', `/api/v1/files?recordType=trajectory&recordId=${trajectoryId}`);
    expect(files.statusCode).toBe(404);
    const row = await t.db.selectFrom('trajectories').select('subject_id').where('id', '=', trajectoryId).executeTakeFirstOrThrow();
    expect(row.subject_id).not.toBeNull();
    const profile = await call('analyst', 'GET', `/api/v1/registry/subjects/${row.subject_id}`);
    expect(profile.body).not.toContain('trajectory');
    expect(profile.body).not.toMatch(/JA-\d{4}-\d{5}/);
    // The regisseur, on the team, does see the link.
    const own = await call('regisseur', 'GET', `/api/v1/registry/subjects/${row.subject_id}`);
    expect(own.statusCode).toBe(200);
    expect(own.body).toMatch(/JA-\d{4}-\d{5}/);
  });

  it('the team list shows the trajectory to each team member and to nobody else', async () => {
    for (const actor of ['regisseur', ...TEAM_PARTNERS] as const) {
      const list = await call(actor, 'GET', '/api/v1/careers/trajectories?scope=team');
      expect(list.statusCode, actor).toBe(200);
      expect(list.body, actor).toContain('Testkind');
    }
  });
});

describe('writes: only the regisseur, and a refusal changes nothing', () => {
  function writes(): { name: string; method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; body?: unknown }[] {
    const base = `/api/v1/careers/trajectories/${trajectoryId}`;
    return [
      { name: 'take on as regisseur', method: 'POST', url: `${base}/regisseur`, body: { userId: signed.otherRegisseur.user.id, reason: 'overdracht' } },
      { name: 'transition', method: 'POST', url: `${base}/transitions`, body: { to: 'nazorg', reason: 'goals_reached', note: '' } },
      {
        name: 'review',
        method: 'POST',
        url: `${base}/reviews`,
        body: { kind: 'progress', reviewedOn: '2026-12-01', decision: 'continue', motivation: 3, resilience: 3, note: '' },
      },
      { name: 'team: add', method: 'POST', url: `${base}/team`, body: { userId: signed.outsider.user.id, teamRole: 'mentor' } },
      { name: 'team: remove', method: 'DELETE', url: `${base}/team/${signed.youthWork.user.id}` },
      {
        name: 'family decision',
        method: 'POST',
        url: `${base}/family`,
        body: { name: 'Broer Testkind', relation: 'broer', motivation: 'Broer wordt ook benaderd door dezelfde groep; gezamenlijke aanpak.' },
      },
      {
        name: 'assessment',
        method: 'POST',
        url: `${base}/assessments`,
        body: { assessedOn: '2026-11-30', note: '', scores: [{ domainCode: 'school', score: 3, riskFactors: '', protectiveFactors: '' }] },
      },
      { name: 'goal', method: 'POST', url: `${base}/goals`, body: { domainCode: 'school', description: 'Diploma halen' } },
      { name: 'goal status', method: 'PATCH', url: `${base}/goals/${goalId}`, body: { status: 'reached' } },
      {
        name: 'action',
        method: 'POST',
        url: `${base}/actions`,
        body: { goalId: null, description: 'Gesprek', responsibleUserId: signed.regisseur.user.id, dueDate: '2027-02-01' },
      },
      { name: 'action status', method: 'PATCH', url: `${base}/actions/${actionId}`, body: { status: 'done' } },
      {
        name: 'daytime activity',
        method: 'POST',
        url: `${base}/daytime-activities`,
        body: { kind: 'school', withStatus: false, place: 'ROC', startedOn: '2026-09-01', note: '' },
      },
      { name: 'daytime activity end', method: 'PATCH', url: `${base}/daytime-activities/${activityId}`, body: { endedOn: '2026-12-01' } },
      { name: 're-entry', method: 'POST', url: `${base}/re-entry`, body: { reason: 'Terugval' } },
      { name: 'conference item', method: 'POST', url: `/api/v1/careers/case-conferences/${conferenceId}/items`, body: { trajectoryId, question: 'x' } },
    ];
  }

  for (const actor of [...TEAM_PARTNERS, ...OUTSIDE] as const) {
    it(`${actor}: every write is refused and nothing changes`, async () => {
      const before = await snapshot();
      for (const write of writes()) {
        const res = await call(actor, write.method, write.url, write.body);
        expect([403, 404], `${write.name}: ${res.statusCode} ${res.body}`).toContain(res.statusCode);
        expect(res.body).not.toContain('Testkind');
      }
      expect(await snapshot()).toBe(before);
    });
  }

  it('a partner cannot put themselves on the team of a trajectory they are not on', async () => {
    const before = await snapshot();
    const res = await call('outsider', 'POST', `/api/v1/careers/trajectories/${trajectoryId}/team`, { userId: signed.outsider.user.id, teamRole: 'mentor' });
    expect([403, 404]).toContain(res.statusCode);
    expect(await snapshot()).toBe(before);
  });

  it('refusals are in the audit trail', async () => {
    const denied = await t.db
      .selectFrom('audit_events')
      .select(['actor_user_id', 'object_type'])
      .where('outcome', '=', 'denied')
      .where('actor_user_id', '=', signed.outsider.user.id)
      .execute();
    expect(denied.length).toBeGreaterThan(0);
  });
});

describe('a task done in "Mijn werk" keeps the plan in step', () => {
  it('the responsible care partner completes the action task: the plan and the caseload count show it done', async () => {
    const openBefore = (await ok('regisseur', 'GET', '/api/v1/careers/trajectories?scope=mine')) as { items: { id: string; openActions: number }[] };
    const countBefore = openBefore.items.find((i) => i.id === trajectoryId)!.openActions;
    expect(countBefore).toBeGreaterThan(0);
    const tasks = (await ok('care', 'GET', '/api/v1/tasks/mine')) as { items: { id: string; recordId: string | null; module: string }[] };
    const task = tasks.items.find((x) => x.recordId === trajectoryId && x.module === 'careers');
    expect(task).toBeDefined();
    await ok('care', 'POST', `/api/v1/tasks/${task!.id}/complete`);
    const plan = await call('regisseur', 'GET', `/api/v1/careers/trajectories/${trajectoryId}/plan`);
    const stored = await t.db.selectFrom('plan_actions').select('status').where('id', '=', actionId).executeTakeFirstOrThrow();
    expect(stored.status).toBe('done');
    expect(plan.statusCode).toBe(200);
    const openAfter = (await ok('regisseur', 'GET', '/api/v1/careers/trajectories?scope=mine')) as { items: { id: string; openActions: number }[] };
    expect(openAfter.items.find((i) => i.id === trajectoryId)!.openActions).toBe(countBefore - 1);
  });
});
