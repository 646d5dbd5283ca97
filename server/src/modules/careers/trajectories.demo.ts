import type { Config } from '../../config.js';
import { isConfidentiality, isRole, type Actor } from '../../kernel/access.js';
import { newTrace, type ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { amsterdamToday } from '../tasks/index.js';
import { addTeamMember, assignRegisseur } from './team.service.js';
import { createReferral, decideIntake, recordReview, saveIntake, transition } from './trajectories.service.js';

const DAY = 24 * 60 * 60 * 1000;

/** A moment `days` days ago (at noon, so the Amsterdam date is that day). */
function daysAgo(days: number): Date {
  const d = new Date(Date.now() - days * DAY);
  d.setUTCHours(11, 0, 0, 0);
  return d;
}

async function contextFor(db: Db, config: Config, username: string): Promise<ServiceContext | undefined> {
  const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  if (!user || !isRole(user.role) || !isConfidentiality(user.max_confidentiality)) return undefined;
  const actor: Actor = {
    userId: user.id,
    username: user.username,
    role: user.role,
    organisationId: user.organisation_id,
    maxConfidentiality: user.max_confidentiality,
    sessionId: 'seed',
  };
  return { db, config, actor, requestId: `seed-trajectories-demo-${username}`, trace: newTrace(undefined) };
}

/**
 * Six fictitious trajectories for the demo, stored through the services: regisseur `pga`, referred by `school`,
 * `partner` (jongerenwerk) and `wijkagent`, with `zorg` on one team. One waits in the intake queue, one is in intake,
 * one in plan, one in uitvoering, one in uitvoering with an overdue proportionality review, and one in nazorg with
 * its follow-up tasks. Runs once: does nothing when there are trajectories.
 */
export async function seedTrajectoriesDemo(db: Db, config: Config): Promise<void> {
  const any = await db.selectFrom('trajectories').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const [pga, school, partner, wijkagent, zorg] = await Promise.all(['pga', 'school', 'partner', 'wijkagent', 'zorg'].map((u) => contextFor(db, config, u)));
  if (!pga || !school || !partner || !wijkagent || !zorg) return;
  const criteria = (await db.selectFrom('career_criteria').select('code').where('active', '=', true).execute()).map((c) => c.code);
  const allMet = criteria.map((code) => ({ code, met: true, note: '' }));

  type Person = { givenNames: string; surnamePrefix: string; surname: string; dateOfBirth: string; wijkCode: string | null };
  const refer = async (ctx: ServiceContext, person: Person, reason: string, at: Date) =>
    (await createReferral(ctx, { person, referralReason: reason, legalBasisCode: 'zvh_covenant', referredOn: amsterdamToday(at) }, at)).id;
  const accept = async (id: string, targetGroup: 'jonge_aanwas' | 'doorgroeier', at: Date, familyContext = false) => {
    await assignRegisseur(pga, id, pga.actor.userId, undefined);
    await saveIntake(pga, id, { targetGroup, familyContext, informed: true, informedException: '', criteria: allMet, legalBasisCode: 'zvh_covenant' }, at);
    await decideIntake(pga, id, { decision: 'accept', note: 'Voldoet aan de criteria; jongere en ouders staan open voor de aanpak.' }, at);
  };

  // 1. Waiting in the intake queue.
  await refer(
    school,
    { givenNames: 'Milan', surnamePrefix: '', surname: 'Verbeek', dateOfBirth: '2011-03-09', wijkCode: 'WK034409' },
    'Sinds de herfstvakantie vaak afwezig; wordt na school opgehaald door oudere jongens op een scooter en heeft opeens dure kleding.',
    daysAgo(2),
  );

  // 2. In intake.
  const inIntake = await refer(
    partner,
    { givenNames: 'Noah', surnamePrefix: 'van', surname: 'Dijkhuizen', dateOfBirth: '2009-11-21', wijkCode: 'WK034406' },
    'Vertelt in het jongerencentrum dat hij "pakketjes" rondbrengt voor iemand uit de buurt en daar goed aan verdient.',
    daysAgo(9),
  );
  await assignRegisseur(pga, inIntake, pga.actor.userId, undefined);

  // 3. Plan, with zorg on the team.
  const inPlan = await refer(
    wijkagent,
    { givenNames: 'Jayden', surnamePrefix: '', surname: 'Kortenhoeven', dateOfBirth: '2008-06-02', wijkCode: 'WK034401' },
    'Twee keer aangehouden in een woning waar drugs werden verpakt; zit er volgens de buurt steeds dieper in.',
    daysAgo(30),
  );
  await accept(inPlan, 'doorgroeier', daysAgo(20), true);
  await addTeamMember(pga, inPlan, zorg.actor.userId, 'zorgverlener');

  // 4. Uitvoering, with a recent review.
  const running = await refer(
    school,
    { givenNames: 'Sara', surnamePrefix: 'de', surname: 'Wilde', dateOfBirth: '2010-01-15', wijkCode: 'WK034409' },
    'Ronselt klasgenoten voor "makkelijk geld" via sociale media; staat zelf onder druk van een oudere neef.',
    daysAgo(70),
  );
  await accept(running, 'jonge_aanwas', daysAgo(60));
  await addTeamMember(pga, running, partner.actor.userId, 'jongerenwerker');
  await transition(pga, running, { to: 'uitvoering', note: 'Plan van aanpak besproken met Sara en haar moeder.' }, daysAgo(50));
  await recordReview(
    pga,
    running,
    {
      kind: 'progress',
      reviewedOn: amsterdamToday(daysAgo(10)),
      decision: 'continue',
      motivation: 4,
      resilience: 3,
      note: 'Gaat weer elke dag naar school en traint bij de kickboksclub.',
    },
    daysAgo(10),
  );

  // 5. Uitvoering with an overdue proportionality review (accepted four months ago, interval three months).
  const overdue = await refer(
    partner,
    { givenNames: 'Liam', surnamePrefix: '', surname: 'Zwartkruis', dateOfBirth: '2007-08-30', wijkCode: 'WK034406' },
    'Hangt dagelijks rond bij een bekend dealpunt en heeft een nieuwe telefoon die hij niet kan verklaren.',
    daysAgo(130),
  );
  await accept(overdue, 'doorgroeier', daysAgo(125));
  await transition(pga, overdue, { to: 'uitvoering', note: 'Start trajectbegeleiding en werkervaringsplek.' }, daysAgo(110));

  // 6. Nazorg, with follow-up tasks at 3, 6 and 12 months.
  const aftercare = await refer(
    wijkagent,
    { givenNames: 'Daan', surnamePrefix: 'ter', surname: 'Horst', dateOfBirth: '2006-12-05', wijkCode: 'WK034401' },
    'Koerierde voor een netwerk; wil eruit maar is bang voor schulden bij de groep.',
    daysAgo(260),
  );
  await accept(aftercare, 'doorgroeier', daysAgo(250));
  await transition(pga, aftercare, { to: 'uitvoering', note: 'Schuldhulp en een leerwerkplek geregeld.' }, daysAgo(240));
  await recordReview(
    pga,
    aftercare,
    {
      kind: 'proportionality',
      reviewedOn: amsterdamToday(daysAgo(160)),
      criteriaStillHold: true,
      decision: 'continue',
      motivation: 4,
      resilience: 3,
      note: 'Criteria gelden nog; goede voortgang.',
    },
    daysAgo(160),
  );
  await recordReview(
    pga,
    aftercare,
    {
      kind: 'proportionality',
      reviewedOn: amsterdamToday(daysAgo(45)),
      criteriaStillHold: false,
      decision: 'to_aftercare',
      exitReason: 'goals_reached',
      motivation: 5,
      resilience: 4,
      note: 'Heeft een baan met status bij een installatiebedrijf en geen contact meer met de groep.',
    },
    daysAgo(45),
  );
}
