import type { Config } from '../../config.js';
import { isConfidentiality, isRole, type Actor } from '../../kernel/access.js';
import { newTrace, type ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { amsterdamToday } from '../tasks/index.js';
import { addAction, addDays, addDecision, addItem, createConference, inviteTeams, markHeld, setAttendance, updateItem } from './conferences.service.js';

/** Username of the demo regisseur who chairs the demo conferences. */
const DEMO_CHAIR = 'pga';

const QUESTIONS = [
  'Hoe krijgen we de terugkeer naar school rond, en wie houdt contact met de familie?',
  'Is het contact met de oudere jongens in de wijk minder geworden? Welke daginvulling past?',
];
const DISCUSSIONS = [
  'De mentor ziet een betere aanwezigheid sinds de vorige bespreking. Het jongerenwerk heeft contact gelegd met een voetbalclub in de wijk.',
  'De wijkagent ziet de jongere minder vaak bij de bekende hangplek. De motivatie voor een stage is er, het vertrouwen in hulpverlening nog niet.',
];
const DECISIONS = [
  ['Traject gaat door; de volgende evenredigheidstoets blijft op de geplande datum.', 'Mentor en regisseur voeren samen het gesprek met de ouders.'],
  ['Stage zoeken via het jongerenwerk, met begeleiding van de regisseur.'],
];

/**
 * One held and one planned fictitious case conference, stored through the conference services as the demo regisseur:
 * the held one with two agenda items of demo trajectories (of which `pga` is the regisseur), attendance, a
 * discussion, decisions and an action; the planned one in two weeks with one item. Runs once: does nothing when a
 * conference exists, and nothing when there are no demo trajectories (the trajectory demo runs first).
 */
export async function seedConferencesDemo(db: Db, config: Config): Promise<void> {
  const any = await db.selectFrom('case_conferences').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const chair = await db.selectFrom('users').selectAll().where('username', '=', DEMO_CHAIR).executeTakeFirst();
  if (!chair || !isRole(chair.role) || !isConfidentiality(chair.max_confidentiality)) return;
  const trajectories = await db
    .selectFrom('trajectories as t')
    .innerJoin('record_team as rt', (join) => join.on('rt.record_type', '=', 'trajectory').on('rt.user_id', '=', chair.id))
    .select('t.id')
    .whereRef('rt.record_id', '=', (eb) => eb.cast('t.id', 'text'))
    .where('t.regisseur_user_id', '=', chair.id)
    .where('t.phase', 'in', ['plan', 'uitvoering', 'nazorg', 'intake'])
    .orderBy('t.number')
    .limit(2)
    .execute();
  if (trajectories.length === 0) return;
  const actor: Actor = {
    userId: chair.id,
    username: chair.username,
    role: chair.role,
    organisationId: chair.organisation_id,
    maxConfidentiality: chair.max_confidentiality,
    sessionId: 'seed',
  };
  const ctx: ServiceContext = { db, config, actor, requestId: 'seed-conferences-demo', trace: newTrace(undefined) };
  const today = amsterdamToday();

  let held = await createConference(ctx, {
    title: 'Casusoverleg jongerenaanpak Overvecht',
    heldOn: addDays(today, -7),
    startsAt: '13:30',
    location: 'Stadskantoor, zaal 4.12',
  });
  for (const [index, trajectory] of trajectories.entries()) {
    held = await addItem(ctx, held.id, { trajectoryId: trajectory.id, question: QUESTIONS[index] ?? '' });
  }
  held = await inviteTeams(ctx, held.id);
  await setAttendance(ctx, held.id, {
    attendees: [
      ...held.attendees.flatMap((a, index) => (a.userId ? [{ userId: a.userId, present: index !== 1 }] : [])),
      { name: 'Fatima El Idrissi', organisation: 'Leerplicht Utrecht', present: true },
    ],
  });
  for (const [index, item] of held.items.entries()) {
    await updateItem(ctx, held.id, item.id, { discussion: DISCUSSIONS[index] ?? '' });
    for (const text of DECISIONS[index] ?? []) await addDecision(ctx, held.id, item.id, { text });
  }
  const first = held.items[0]!;
  const responsible = first.team.find((m) => m.userId !== chair.id) ?? first.team[0];
  if (responsible) {
    await addAction(ctx, held.id, first.id, {
      description: 'Gesprek met de ouders plannen over de terugkeer naar school',
      responsibleUserId: responsible.userId,
      dueDate: addDays(today, 10),
    });
  }
  await markHeld(ctx, held.id);

  const planned = await createConference(ctx, {
    title: 'Casusoverleg jongerenaanpak Overvecht',
    heldOn: addDays(today, 14),
    startsAt: '13:30',
    location: 'Stadskantoor, zaal 4.12',
  });
  await addItem(ctx, planned.id, { trajectoryId: trajectories[0]!.id, question: 'Voortgang na het gesprek met de ouders.' });
}
