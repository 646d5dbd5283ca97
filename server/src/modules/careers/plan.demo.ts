import type { Config } from '../../config.js';
import { can, isConfidentiality, isRole, type Actor } from '../../kernel/access.js';
import { newTrace, type ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { amsterdamToday } from '../tasks/index.js';
import { createAction, createAssessment, createDaytime, createGoal, updateDaytime, updateGoal } from './plan.service.js';
import { TRAJECTORY_RECORD_TYPE, type DaytimeKind } from './vocabulary.js';

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

interface Variant {
  /** Scores per domain at each assessment (first to last): 1 = serious risk, 5 = strong. */
  scores: Record<string, number[]>;
  factors: Record<string, { risk: string; protective: string }>;
  notes: string[];
  goals: { domain: string; description: string; action: string; reached?: boolean }[];
  daytime: { kind: DaytimeKind; place: string; withStatus: boolean; note: string; ended?: boolean }[];
}

/** Fictitious plans; each demo trajectory gets one, in turn. */
const variants: Variant[] = [
  {
    scores: { school: [1, 2, 3], leisure_sport: [2, 3, 4], network: [1, 2, 2], family: [3, 3, 3], justice: [2, 2, 3], health: [3, 3, 4], finances: [2, 2, 3] },
    factors: {
      school: { risk: 'Veel ongeoorloofd verzuim, achterstand in twee vakken.', protective: 'Goede band met de mentor.' },
      leisure_sport: { risk: 'Hangt ’s avonds rond bij het winkelcentrum.', protective: 'Was vroeger fanatiek voetballer.' },
      network: { risk: 'Oudere vrienden die hem vragen pakketjes weg te brengen.', protective: 'Neef die als rolmodel geldt.' },
      family: { risk: 'Moeder werkt veel, weinig toezicht.', protective: 'Moeder is betrokken en wil meewerken.' },
      justice: { risk: 'Eén keer aangehouden met een kleine hoeveelheid.', protective: 'Geen eerdere veroordelingen.' },
      health: { risk: 'Slaapt slecht, gebruikt soms alcohol om te slapen.', protective: 'Staat open voor hulp van de huisarts.' },
      finances: { risk: 'Kleine schuld bij een vriend.', protective: 'Heeft een bijbaantje gehad.' },
    },
    notes: ['Eerste beoordeling bij de start van het plan.', 'Tussentijdse beoordeling: schoolgang verbetert.', 'Beoordeling voor de evenredigheidstoets.'],
    goals: [
      {
        domain: 'school',
        description: 'Gaat elke dag naar school en haalt het schooljaar.',
        action: 'Wekelijks gesprek met de mentor over aanwezigheid en cijfers.',
      },
      {
        domain: 'leisure_sport',
        description: 'Is lid van een sportclub en traint twee keer per week.',
        action: 'Kennismaking regelen bij de voetbalclub in de wijk.',
        reached: true,
      },
      {
        domain: 'network',
        description: 'Heeft geen contact meer met de oudere jongens die ronselen.',
        action: 'Gesprek met de jongere en moeder over het netwerk en veilige routes.',
      },
      { domain: 'health', description: 'Slaapt beter zonder alcohol.', action: 'Verwijzing naar de huisarts en de jeugd-ggz bespreken.' },
    ],
    daytime: [
      { kind: 'school', place: 'VMBO De Brug, Utrecht', withStatus: false, note: 'Derde klas, basisberoepsgerichte leerweg.' },
      { kind: 'sports_club', place: 'Voetbalvereniging Kanaleneiland', withStatus: false, note: 'Traint dinsdag en donderdag.' },
    ],
  },
  {
    scores: { school: [2, 2], work_income: [1, 3], network: [2, 3], justice: [1, 2], substance_use: [2, 3], housing: [3, 3] },
    factors: {
      school: { risk: 'Voortijdig gestopt met de mbo-opleiding.', protective: 'Wil graag monteur worden.' },
      work_income: { risk: 'Geen inkomen, verleid door snel geld.', protective: 'Handig met auto’s en brommers.' },
      network: { risk: 'Vrienden uit het dealersnetwerk.', protective: 'Oom met een garagebedrijf.' },
      justice: { risk: 'Lopende zaak voor drugsbezit; taakstraf opgelegd.', protective: 'Komt afspraken met de reclassering na.' },
      substance_use: { risk: 'Dagelijks cannabisgebruik.', protective: 'Wil minderen.' },
      housing: { risk: 'Woont bij vader, vaak ruzie.', protective: 'Kan terecht bij zijn oma.' },
    },
    notes: ['Eerste beoordeling na de intake.', 'Beoordeling na drie maanden: werk geeft houvast.'],
    goals: [
      {
        domain: 'work_income',
        description: 'Heeft een baan met status en een eigen inkomen.',
        action: 'Sollicitatiegesprek bij de garage voorbereiden.',
        reached: true,
      },
      { domain: 'school', description: 'Start met een bbl-opleiding tot monteur.', action: 'Aanmelding bij het ROC voor de bbl-opleiding regelen.' },
      {
        domain: 'justice',
        description: 'Rondt de taakstraf af zonder nieuwe contacten met de politie.',
        action: 'Voortgang van de taakstraf bespreken met de wijkagent.',
      },
      { domain: 'substance_use', description: 'Gebruikt hooguit in het weekend cannabis.', action: 'Afspraak bij de verslavingszorg voor jongeren maken.' },
    ],
    daytime: [
      { kind: 'training', place: 'ROC Midden Nederland', withStatus: false, note: 'Na een maand gestopt; wil liever leren in de praktijk.', ended: true },
      { kind: 'job', place: 'Garagebedrijf Overvecht', withStatus: true, note: 'Leerwerkplek als monteur in opleiding; een baan met status.' },
    ],
  },
  {
    scores: { school: [3, 3, 4], family: [2, 2, 3], network: [2, 3, 3], leisure_sport: [2, 3, 3], finances: [2, 3, 3] },
    factors: {
      school: { risk: 'Wordt op school benaderd door ronselaars.', protective: 'Goede cijfers, wil naar de havo.' },
      family: { risk: 'Oudere broer is bekend bij de politie.', protective: 'Ouders willen hem beschermen.' },
      network: { risk: 'Wordt via sociale media benaderd.', protective: 'Vriendengroep uit de sportschool.' },
      leisure_sport: { risk: 'Veel vrije tijd op straat.', protective: 'Kickboksen bij de buurtsportcoach.' },
      finances: { risk: 'Wil dure kleding die thuis niet betaald kan worden.', protective: 'Spaart van zijn krantenwijk.' },
    },
    notes: ['Eerste beoordeling: jonge aanwas, vooral preventief.', 'Tweede beoordeling.', 'Derde beoordeling: stabiel, nazorg in zicht.'],
    goals: [
      {
        domain: 'network',
        description: 'Herkent ronselpogingen en weet wie hij kan bellen.',
        action: 'Weerbaarheidstraining via het jongerenwerk inplannen.',
        reached: true,
      },
      { domain: 'leisure_sport', description: 'Sport drie keer per week bij een club.', action: 'Contributie van de kickboksclub via het jeugdfonds regelen.' },
      { domain: 'finances', description: 'Verdient zijn eigen zakgeld op een legale manier.', action: 'Samen met de jongere een bijbaan zoeken.' },
    ],
    daytime: [
      { kind: 'school', place: 'Havo/vwo-school Leidsche Rijn', withStatus: false, note: 'Vierde klas havo.' },
      { kind: 'volunteering', place: 'Buurthuis Zuilen', withStatus: false, note: 'Helpt bij de huiswerkklas.' },
    ],
  },
];

/**
 * Assessments, plans and daytime activities for the demo trajectories (those in plan, uitvoering or nazorg), stored
 * through the plan services as each trajectory's regisseur: two or three assessments over time, goals in several
 * domains (one reached), actions for team members who may see the goal's domain, and daytime activities. Runs once:
 * does nothing when any assessment exists. Demo people are fictitious.
 */
export async function seedPlanDemo(db: Db, config: Config): Promise<void> {
  const any = await db.selectFrom('career_assessments').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const trajectories = await db
    .selectFrom('trajectories')
    .select(['id', 'referred_on', 'regisseur_user_id'])
    .where('phase', 'in', ['plan', 'uitvoering', 'nazorg'])
    .where('regisseur_user_id', 'is not', null)
    .orderBy('referred_on')
    .orderBy('number')
    .execute();
  const today = amsterdamToday();
  let index = 0;
  for (const t of trajectories) {
    const user = await db.selectFrom('users').selectAll().where('id', '=', t.regisseur_user_id!).executeTakeFirst();
    if (!user || !user.active || !isRole(user.role) || !isConfidentiality(user.max_confidentiality) || !can({ role: user.role }, 'records:write')) continue;
    const onTeam = await db
      .selectFrom('record_team')
      .select('user_id')
      .where('record_type', '=', TRAJECTORY_RECORD_TYPE)
      .where('record_id', '=', t.id)
      .where('user_id', '=', user.id)
      .executeTakeFirst();
    if (!onTeam) continue;
    const actor: Actor = {
      userId: user.id,
      username: user.username,
      role: user.role,
      organisationId: user.organisation_id,
      maxConfidentiality: user.max_confidentiality,
      sessionId: 'seed',
    };
    const ctx: ServiceContext = { db, config, actor, requestId: 'seed-plan-demo', trace: newTrace(undefined) };
    await seedOne(ctx, db, t, variants[index % variants.length]!, today);
    index += 1;
  }
}

async function seedOne(ctx: ServiceContext, db: Db, t: { id: string; referred_on: string }, v: Variant, today: string): Promise<void> {
  // Assessments spread from shortly after the referral up to today.
  const span = Math.max(0, daysBetween(t.referred_on, today));
  const count = Math.min(v.notes.length, span >= 2 ? v.notes.length : 1);
  for (let i = 0; i < count; i += 1) {
    const offset = count === 1 ? span : Math.round((span * (i + 0.2)) / count);
    const assessedOn = addDays(t.referred_on, Math.min(span, offset));
    await createAssessment(ctx, t.id, {
      assessedOn,
      note: v.notes[i] ?? '',
      scores: Object.entries(v.scores).map(([domainCode, scores]) => ({
        domainCode,
        score: scores[i] ?? scores[scores.length - 1]!,
        riskFactors: v.factors[domainCode]?.risk ?? '',
        protectiveFactors: v.factors[domainCode]?.protective ?? '',
      })),
    });
  }

  // Responsible people: a team member whose organisation may see the goal's domain, else the regisseur.
  const team = await db
    .selectFrom('record_team as rt')
    .innerJoin('users as u', 'u.id', 'rt.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['rt.user_id', 'o.kind'])
    .where('rt.record_type', '=', TRAJECTORY_RECORD_TYPE)
    .where('rt.record_id', '=', t.id)
    .where('u.active', '=', true)
    .orderBy('rt.added_at')
    .execute();
  const domains = await db.selectFrom('career_domains').select(['code', 'restricted_to']).execute();
  const restrictedTo = new Map(domains.map((d) => [d.code, Array.isArray(d.restricted_to) ? (d.restricted_to as string[]) : []]));
  const preferred: Record<string, string[]> = {
    school: ['school'],
    leisure_sport: ['jongerenwerk', 'wijkteam'],
    network: ['jongerenwerk', 'wijkteam', 'politie'],
    justice: ['politie', 'reclassering', 'om'],
    health: ['zorg'],
    substance_use: ['zorg'],
    work_income: ['wijkteam', 'jongerenwerk'],
    finances: ['wijkteam'],
  };
  const responsibleFor = (domain: string): string => {
    const allowed = restrictedTo.get(domain) ?? [];
    const mayHave = team.filter((m) => m.kind === 'gemeente' || allowed.length === 0 || allowed.includes(m.kind));
    for (const kind of preferred[domain] ?? []) {
      const match = mayHave.find((m) => m.kind === kind);
      if (match) return match.user_id;
    }
    return ctx.actor.userId;
  };

  for (const [i, g] of v.goals.entries()) {
    if (!restrictedTo.has(g.domain)) continue;
    const goal = await createGoal(ctx, t.id, { domainCode: g.domain, description: g.description, targetDate: addDays(today, 60 + 30 * i) });
    await createAction(ctx, t.id, { goalId: goal.id, description: g.action, responsibleUserId: responsibleFor(g.domain), dueDate: addDays(today, 7 + 7 * i) });
    if (g.reached) await updateGoal(ctx, t.id, goal.id, { status: 'reached' });
  }

  const start = span > 0 ? addDays(t.referred_on, Math.min(span, 14)) : today;
  for (const [i, d] of v.daytime.entries()) {
    const startedOn = d.ended ? t.referred_on : addDays(start, Math.min(i * 7, daysBetween(start, today)));
    const created = await createDaytime(ctx, t.id, { kind: d.kind, withStatus: d.withStatus, place: d.place, startedOn, note: d.note });
    if (d.ended) await updateDaytime(ctx, t.id, created.id, { endedOn: addDays(t.referred_on, Math.min(span, 30)) });
  }
}
