import type { Config } from '../../config.js';
import { isConfidentiality, isRole, type Actor } from '../../kernel/access.js';
import { newTrace, type ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { amsterdamToday } from '../tasks/index.js';
import type { PreventionInput } from './prevention.schemas.js';
import { createPreventionActivity } from './prevention.service.js';

const addDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * Six fictitious prevention activities in schools, youth work and a neighbourhood across five wijken, recorded
 * through the service by the demo school mentor (`school`), the demo youth worker (`partner`) and the demo regisseur
 * (`pga`). Group level only: no names of pupils or participants. Runs once: does nothing when any activity exists.
 */
export async function seedPreventionDemo(db: Db, config: Config): Promise<void> {
  const any = await db.selectFrom('prevention_activities').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const users = await db.selectFrom('users').selectAll().where('username', 'in', ['school', 'partner', 'pga']).execute();
  const ctxFor = (username: string): ServiceContext | undefined => {
    const u = users.find((x) => x.username === username);
    if (!u || !isRole(u.role) || !isConfidentiality(u.max_confidentiality)) return undefined;
    const actor: Actor = {
      userId: u.id,
      username: u.username,
      role: u.role,
      organisationId: u.organisation_id,
      maxConfidentiality: u.max_confidentiality,
      sessionId: 'seed',
    };
    return { db, config, actor, requestId: 'seed-prevention-demo', trace: newTrace(undefined) };
  };
  const today = amsterdamToday();
  const activities: [string, PreventionInput][] = [
    [
      'school',
      {
        title: 'Voorlichting "Niet zomaar een klusje" over ronselen voor drugskoeriers',
        programme: 'voorlichting',
        setting: 'school',
        institution: 'Demo College Overvecht',
        wijkCode: 'WK034403',
        startsOn: addDays(today, -60),
        endsOn: addDays(today, -60),
        reach: 112,
        description: 'Vier klassen van het tweede leerjaar, samen met de wijkagent. Nagesprek met mentoren over signalen.',
      },
    ],
    [
      'school',
      {
        title: 'Weerbaarheidstraining klas 3',
        programme: 'weerbaarheidstraining',
        setting: 'school',
        institution: 'Demo College Overvecht',
        wijkCode: 'WK034403',
        startsOn: addDays(today, -30),
        endsOn: addDays(today, 40),
        reach: 48,
        description: 'Acht bijeenkomsten van 90 minuten in twee groepen: nee zeggen, groepsdruk, geld en social media.',
      },
    ],
    [
      'school',
      {
        title: 'Ouderavond: wat als je kind snel geld verdient?',
        programme: 'ouderavond',
        setting: 'school',
        institution: 'Demo Lyceum Kanaleneiland',
        wijkCode: 'WK034408',
        startsOn: addDays(today, -14),
        endsOn: addDays(today, -14),
        reach: 65,
        description: 'Ouderavond met jongerenwerk en buurtteam; informatie over signalen en waar ouders terechtkunnen.',
      },
    ],
    [
      'partner',
      {
        title: 'Groepsgesprekken in het jongerencentrum',
        programme: 'groepsgesprek_jongerenwerk',
        setting: 'youth_work',
        institution: 'Jongerencentrum De Demo',
        wijkCode: 'WK034401',
        startsOn: addDays(today, -90),
        endsOn: addDays(today, 90),
        reach: 36,
        description: 'Wekelijks gesprek met vaste groepen jongeren over snel geld, loyaliteit en wie je vrienden zijn.',
      },
    ],
    [
      'partner',
      {
        title: 'Straatvoetbaltoernooi met gastspreker',
        programme: 'sport_en_spel',
        setting: 'youth_work',
        institution: 'Trapveld Zuilen (demo)',
        wijkCode: 'WK034402',
        startsOn: addDays(today, -45),
        endsOn: addDays(today, -44),
        reach: 80,
        description: 'Twee middagen straatvoetbal; een ervaringsdeskundige vertelde over zijn weg uit de drugshandel.',
      },
    ],
    [
      'pga',
      {
        title: 'Buurtbijeenkomst over ronselen in de wijk',
        programme: 'buurtactiviteit',
        setting: 'neighbourhood',
        institution: 'Buurthuis Leidsche Rijn (demo)',
        wijkCode: 'WK034409',
        startsOn: addDays(today, 21),
        endsOn: addDays(today, 21),
        reach: 0,
        description: 'Gepland: bewoners, jongerenwerk, wijkagent en buurtteam; het bereik wordt na afloop bijgewerkt.',
      },
    ],
  ];
  for (const [username, input] of activities) {
    const ctx = ctxFor(username);
    if (ctx) await createPreventionActivity(ctx, input);
  }
}
