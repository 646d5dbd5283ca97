import type { Config } from '../../config.js';
import { isConfidentiality, isRole, type Actor } from '../../kernel/access.js';
import { newTrace, type ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { amsterdamToday } from '../tasks/index.js';
import { bibobServices } from './bibob.service.js';

/** A day `n` days before today in Amsterdam, as YYYY-MM-DD. */
function daysAgo(n: number): string {
  return amsterdamToday(new Date(Date.now() - n * 86_400_000));
}

/**
 * Two fictitious Bibob screenings for the demo, stored through the module's own services and so through its rules:
 * a horeca exploitatievergunning waiting for the advice of the Landelijk Bureau Bibob (asked three weeks ago,
 * jurist responsible), and an Alcoholwet permit granted with conditions after advice of a lesser danger. Both are
 * confidentieel: the demo toezichthouder (vertrouwelijk) does not see them. Runs once: nothing when there are screenings.
 */
export async function seedBibobDemo(db: Db, config: Config): Promise<void> {
  const any = await db.selectFrom('bibob_screenings').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const jurist = await db.selectFrom('users').selectAll().where('username', '=', 'jurist').executeTakeFirst();
  if (!jurist || !isRole(jurist.role) || !isConfidentiality(jurist.max_confidentiality)) return;
  const actor: Actor = {
    userId: jurist.id,
    username: jurist.username,
    role: jurist.role,
    organisationId: jurist.organisation_id,
    maxConfidentiality: jurist.max_confidentiality,
    sessionId: 'seed',
  };
  const ctx: ServiceContext = { db, config, actor, requestId: 'seed-bibob-demo', trace: newTrace(undefined) };
  const wijk = await db.selectFrom('areas').select('code').where('code', '=', 'WK034406').executeTakeFirst();
  const { createScreening, saveQuestionnaire, saveFindings, transitionScreening } = bibobServices;

  const waiting = await createScreening(ctx, {
    permitType: 'exploitatievergunning',
    applicantName: 'Nachtcafé De Kromme Haring B.V.',
    subjectId: null,
    establishmentLabel: 'Oudegracht 321, 3511 PG Utrecht (horeca, categorie III)',
    wijkCode: wijk?.code ?? null,
    applicationReceivedOn: daysAgo(49),
    decisionTerm: 'P8W',
    responsibleUserId: jurist.id,
    confidentiality: 'confidentieel',
  });
  await saveQuestionnaire(ctx, waiting.id, {
    applicantKind: 'legal_person',
    kvkNumber: '90817263',
    legalForm: 'bv',
    tradeName: 'De Kromme Haring',
    address: 'Oudegracht 321, 3511 PG Utrecht',
    bsnChecked: true,
    financiers: [
      { name: 'Horeca Vastgoed Midden B.V.', amount: 250000, kind: 'investor' },
      { name: 'R. van Dijk', amount: 60000, kind: 'private_loan' },
    ],
    control: [{ name: 'R. van Dijk', role: 'Enig aandeelhouder', since: daysAgo(400) }],
    management: [{ name: 'S. Bakker', role: 'Bedrijfsleider', since: daysAgo(120) }],
    financing: [
      { source: 'Investering Horeca Vastgoed Midden B.V.', amount: 250000 },
      { source: 'Onderhandse lening R. van Dijk', amount: 60000 },
      { source: 'Eigen middelen', amount: 15000 },
    ],
    receivedOn: daysAgo(45),
    incomplete: null,
  });
  await transitionScreening(ctx, waiting.id, { to: 'own_investigation' });
  await saveFindings(
    ctx,
    waiting.id,
    'Open bronnen: de investeerder is in 2024 opgericht, herkomst van het vermogen onduidelijk. Register: R. van Dijk was bestuurder van een eerder gesloten coffeeshop (13b-sluiting). Politie-informatie via het RIEC: aanwijzingen voor contante stortingen.',
  );
  await transitionScreening(ctx, waiting.id, { to: 'lbb_requested', requestedOn: daysAgo(21), note: 'Onderzoek naar de herkomst van de investering.' });

  const decided = await createScreening(ctx, {
    permitType: 'alcoholwet',
    applicantName: 'Stichting Buurtcentrum De Linde',
    subjectId: null,
    establishmentLabel: 'Lindelaan 4, Utrecht (paracommerciële kantine)',
    wijkCode: wijk?.code ?? null,
    applicationReceivedOn: daysAgo(150),
    decisionTerm: 'P8W',
    responsibleUserId: jurist.id,
    confidentiality: 'confidentieel',
  });
  await saveQuestionnaire(ctx, decided.id, {
    applicantKind: 'legal_person',
    kvkNumber: '41177625',
    legalForm: 'stichting',
    tradeName: 'Buurtcentrum De Linde',
    address: 'Lindelaan 4, Utrecht',
    bsnChecked: true,
    financiers: [{ name: 'Gemeentelijke subsidie', amount: 40000, kind: 'gift' }],
    control: [{ name: 'M. Yilmaz', role: 'Voorzitter bestuur', since: daysAgo(900) }],
    management: [{ name: 'K. de Wit', role: 'Penningmeester', since: daysAgo(600) }],
    financing: [{ source: 'Subsidie en contributies', amount: 40000 }],
    receivedOn: daysAgo(148),
    incomplete: null,
  });
  await transitionScreening(ctx, decided.id, { to: 'own_investigation' });
  await transitionScreening(ctx, decided.id, {
    to: 'lbb_requested',
    requestedOn: daysAgo(140),
    findings: 'Register: de penningmeester is bestuurder van een B.V. waartegen een bestuurlijke boete liep. Verder niets bijzonders.',
  });
  await transitionScreening(ctx, decided.id, {
    to: 'lbb_advised',
    advice: 'lesser',
    adviceOn: daysAgo(90),
    adviceSummary: 'Mindere mate van gevaar: zakelijk samenwerkingsverband van de penningmeester met een onderneming met een boete wegens zwart uitbetalen.',
  });
  await transitionScreening(ctx, decided.id, {
    to: 'decision',
    decision: 'grant_with_conditions',
    decisionOn: daysAgo(80),
    conditions: 'De penningmeester heeft geen zeggenschap over de kas van de kantine; wijzigingen in het bestuur worden binnen vier weken gemeld.',
    motivation: 'Eigen oordeel: het gevaar is van mindere mate en wordt met voorschriften voldoende beperkt (Wet Bibob art. 3 lid 7).',
  });
}
