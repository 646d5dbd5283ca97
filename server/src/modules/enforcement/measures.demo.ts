import type { Config } from '../../config.js';
import { isConfidentiality, isRole, type Actor } from '../../kernel/access.js';
import { newTrace, type ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { amsterdamToday } from '../tasks/index.js';
import type { MeasureCreate, TransitionInput } from './measures.schemas.js';
import { measureServices } from './measures.service.js';

/**
 * Five fictitious measures at different stages, stored through the measure services with the demo jurist
 * responsible: one from the completed demo inspection still at the decision (with the matrix's proposal), an
 * announced closure of a home whose objection period runs, a closure in execution with the inspector (toezicht)
 * on its team, a warning that is closed, and a closure with an objection decided and an appeal in court.
 * Dates are relative to today, so the terms are current. Runs once: does nothing when there are measures.
 */

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
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
  return { db, config, actor, requestId: 'seed-measures-demo', trace: newTrace(undefined) };
}

const proportionality = {
  suitable: true,
  necessary: true,
  proportionate: true,
  motivation:
    'Sluiting beëindigt de handel vanuit het pand en herstelt de rust in de straat; een waarschuwing volstaat niet gezien de aangetroffen handelshoeveelheid. De duur volgt de beleidsregel; er zijn geen bijzondere omstandigheden die een kortere duur vragen.',
};

export async function seedMeasuresDemo(db: Db, config: Config): Promise<void> {
  const any = await db.selectFrom('measures').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const jurist = await contextFor(db, config, 'jurist');
  const toezicht = await contextFor(db, config, 'toezicht');
  if (!jurist || !toezicht) return;
  const { createMeasure, transitionMeasure, recordProportionality, addCourtStep } = measureServices;
  const today = amsterdamToday();
  const ago = (n: number) => addDays(today, -n);
  const step = (id: string, input: Partial<TransitionInput> & Pick<TransitionInput, 'track' | 'to'>, ctx = jurist) =>
    transitionMeasure(ctx, id, { note: '', ...input });
  const base = (extra: Partial<MeasureCreate>): MeasureCreate => ({
    origin: 'police_report',
    facts: '',
    addresseeName: '',
    addresseeAddress: '',
    legalBasisCode: 'opiumwet_13b_woning',
    responsibleUserId: jurist.actor.userId,
    ...extra,
  });
  const toDecision = async (id: string, sentOn: string, response?: { text: string; on: string }) => {
    await step(id, { track: 'procedure', to: 'investigation' });
    await step(id, { track: 'procedure', to: 'intention' });
    await step(id, { track: 'procedure', to: 'opinion_period', sentOn });
    await step(
      id,
      response
        ? { track: 'procedure', to: 'decision', opinionResponse: response.text, opinionReceivedOn: response.on }
        : { track: 'procedure', to: 'decision', noOpinionReceived: true },
    );
  };

  // 1. From the completed demo inspection: at the decision, with the matrix's proposal.
  const inspection = await db.selectFrom('inspections').select(['id']).where('outcome', '=', 'measure_proposed').orderBy('created_at').executeTakeFirst();
  if (inspection) {
    const fromInspection = await createMeasure(
      jurist,
      base({
        origin: 'inspection',
        inspectionId: inspection.id,
        premisesType: 'bedrijfspand',
        drugClass: 'preparation',
        quantityBand: 'trade',
        offenceOn: today,
        facts:
          'Bij de integrale controle in de achterruimte assimilatielampen, een koolstoffilter en een illegale aftap vóór de meter aangetroffen (voorbereidingshandelingen, art. 13b lid 1 sub b Opiumwet).',
        addresseeName: 'Fade Masters Barbershop v.o.f.',
        addresseeAddress: 'Oudegracht 200a, 3511 NR Utrecht',
        legalBasisCode: 'opiumwet_13b_lokaal',
        durationMonths: 6,
      }),
    );
    await step(fromInspection.id, { track: 'procedure', to: 'investigation' });
    await step(fromInspection.id, { track: 'procedure', to: 'decision', urgencyMotivation: 'Brandgevaar door de illegale aftap: direct optreden nodig.' });
  }

  // 2. An announced closure of a home: the objection period runs.
  const announced = await createMeasure(
    jurist,
    base({
      addressLabel: 'Kanaalstraat 31 bis, 3531 CE Utrecht',
      wijkCode: 'WK034403',
      premisesType: 'woning',
      drugClass: 'list_i',
      quantityBand: 'trade',
      offenceOn: ago(40),
      facts: 'Bestuurlijke rapportage: bij doorzoeking 60 gram cocaïne in gebruikseenheden, een weegschaal en € 4.300 contant aangetroffen.',
      addresseeName: 'K. Voorbeeld',
      addresseeAddress: 'Kanaalstraat 31 bis, 3531 CE Utrecht',
      durationMonths: 3,
    }),
  );
  await toDecision(announced.id, ago(30));
  await recordProportionality(jurist, announced.id, proportionality);
  await step(announced.id, { track: 'procedure', to: 'announced', decisionOn: ago(6), announcedOn: ago(5), graceDays: 14 });

  // 3. A closure in execution, with the inspector on the team (the inspector created it).
  const executing = await createMeasure(
    toezicht,
    base({
      addressLabel: 'Amsterdamsestraatweg 480, 3553 EL Utrecht',
      wijkCode: 'WK034401',
      premisesType: 'woning',
      drugClass: 'list_ii',
      quantityBand: 'large_trade',
      offenceOn: ago(150),
      facts: 'Hennepkwekerij met 420 planten op zolder en een illegale stroomaansluiting.',
      addresseeName: 'P. Proef',
      addresseeAddress: 'Amsterdamsestraatweg 480, 3553 EL Utrecht',
      durationMonths: 3,
    }),
  );
  await toDecision(executing.id, ago(140), { text: 'De huurder zegt dat een onderhuurder de kwekerij had; hij vraagt om een kortere sluiting.', on: ago(130) });
  await recordProportionality(jurist, executing.id, proportionality);
  await step(executing.id, { track: 'procedure', to: 'announced', decisionOn: ago(101), announcedOn: ago(100), graceDays: 14 });
  await step(executing.id, { track: 'procedure', to: 'execution', executionStart: ago(80) }, toezicht);
  await step(executing.id, { track: 'remedy', to: 'final' });

  // 4. A warning, closed.
  const warning = await createMeasure(
    jurist,
    base({
      addressLabel: 'Bollenhofsestraat 12, 3572 VN Utrecht',
      wijkCode: 'WK034406',
      premisesType: 'woning',
      drugClass: 'list_ii',
      quantityBand: 'trade',
      offenceOn: ago(70),
      facts: 'Zeven hennepplanten en 45 gram hennep aangetroffen; geen eerdere feiten op dit adres.',
      addresseeName: 'M. Testpersoon',
      addresseeAddress: 'Bollenhofsestraat 12, 3572 VN Utrecht',
      legalBasisCode: 'waarschuwing',
    }),
  );
  await step(warning.id, { track: 'procedure', to: 'investigation' });
  await step(warning.id, { track: 'procedure', to: 'decision' });
  await step(warning.id, { track: 'procedure', to: 'announced', decisionOn: ago(60), announcedOn: ago(60), graceDays: 0 });
  await step(warning.id, { track: 'procedure', to: 'follow_up' });
  await step(warning.id, { track: 'procedure', to: 'closed', note: 'Waarschuwing verzonden; geen nieuwe feiten.' });

  // 5. A closure of premises with an objection decided and an appeal in court.
  const appealed = await createMeasure(
    jurist,
    base({
      addressLabel: 'Vleutenseweg 140, 3532 HN Utrecht',
      wijkCode: 'WK034403',
      premisesType: 'lokaal',
      drugClass: 'list_i',
      quantityBand: 'trade',
      offenceOn: ago(160),
      facts: 'Vanuit de winkel werd cocaïne verkocht; bij doorzoeking 25 gram in gebruikseenheden achter de toonbank.',
      addresseeName: 'Testhandel B.V.',
      addresseeAddress: 'Postbus 1234, 3500 AA Utrecht',
      legalBasisCode: 'opiumwet_13b_lokaal',
      durationMonths: 6,
    }),
  );
  await toDecision(appealed.id, ago(150));
  await recordProportionality(jurist, appealed.id, proportionality);
  await step(appealed.id, { track: 'procedure', to: 'announced', decisionOn: ago(121), announcedOn: ago(120), graceDays: 14 });
  await step(appealed.id, { track: 'procedure', to: 'execution', executionStart: ago(100) });
  await step(appealed.id, { track: 'remedy', to: 'objection', receivedOn: ago(110), committee: true });
  await step(appealed.id, { track: 'remedy', to: 'objection_decided', decidedOn: ago(30), outcome: 'unfounded' });
  await step(appealed.id, { track: 'remedy', to: 'court', filedOn: ago(12), court: 'Rechtbank Midden-Nederland', caseNumber: 'UTR 26/4711' });
  await addCourtStep(jurist, appealed.id, {
    kind: 'provisional_relief',
    court: 'Rechtbank Midden-Nederland',
    caseNumber: 'UTR 26/4712',
    filedOn: ago(12),
    hearingOn: addDays(today, 9),
    note: 'Verzoek om de sluiting te schorsen tot de uitspraak in beroep.',
  });
}
