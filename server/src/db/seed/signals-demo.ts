import type { Config } from '../../config.js';
import { isConfidentiality, isRole, type Actor } from '../../kernel/access.js';
import { newTrace, type ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { MemoryFileStore } from '../../kernel/files.js';
import { demoSignalFollowCode, seedSignal, signalServices } from '../../modules/signals/index.js';

/**
 * A handful of fictitious signals for the demo, in every stage of triage: new public reports (one
 * with a published follow-up code, {@link demoSignalFollowCode}, to try the follow-up page), a likely
 * duplicate, an overdue drug-lab report, one in progress, one waiting for information, a cannabis
 * report from the police, and one closed without follow-up long enough ago for the retention run to
 * destroy it. Stored through the module's own intake and triage services. Runs once: it does nothing
 * when there are signals already.
 */
export async function seedSignalsDemo(db: Db, config: Config): Promise<void> {
  const any = await db.selectFrom('signals').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const analyst = await db.selectFrom('users').selectAll().where('username', '=', 'analist').executeTakeFirst();
  if (!analyst || !isRole(analyst.role) || !isConfidentiality(analyst.max_confidentiality)) return;
  const actor: Actor = {
    userId: analyst.id,
    username: analyst.username,
    role: analyst.role,
    organisationId: analyst.organisation_id,
    maxConfidentiality: analyst.max_confidentiality,
    sessionId: 'seed',
  };
  const ctx: ServiceContext = { db, config, actor, requestId: 'seed-signals-demo', trace: newTrace(undefined) };
  // Demo signals carry no photos; the store is only there because intake takes one.
  const files = new MemoryFileStore();
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
  const { transitionSignal, assignSignal, addNote } = signalServices;

  await seedSignal(ctx, files, {
    channel: 'public_form',
    now: daysAgo(2),
    followCode: demoSignalFollowCode,
    input: {
      categoryCode: 'cannabis_grow',
      description: 'Al weken een sterke hennepgeur in het trappenhuis en een constant gezoem achter de voordeur van de benedenwoning.',
      location: { postcode: '3531 CJ', houseNumber: 120 },
      answers: { signs: ['smell', 'humming'], since: 'weeks' },
    },
  });
  await seedSignal(ctx, files, {
    channel: 'public_form',
    now: daysAgo(1),
    input: {
      categoryCode: 'cannabis_grow',
      description: 'De ramen van nummer 120 zijn afgeplakt en er hangt een hennepgeur op straat, vooral ’s avonds.',
      location: { postcode: '3531CJ', houseNumber: '120' },
      answers: { signs: ['smell', 'windows'] },
      contact: { name: 'Buurtbewoner', email: 'buurtbewoner@example.org' },
    },
  });
  await seedSignal(ctx, files, {
    channel: 'public_form',
    now: daysAgo(6),
    input: {
      categoryCode: 'drug_lab',
      description: 'Een sterke anijsgeur bij de loods en ’s nachts busjes die tegen de deur worden gezet en laden.',
      location: { text: 'Loods aan het eind van het bedrijventerrein Cartesiusweg, naast de containers' },
      answers: { smells: ['aniseed'], night_activity: 'yes' },
    },
  });
  const dealing = await seedSignal(ctx, files, {
    channel: 'public_form',
    now: daysAgo(3),
    input: {
      categoryCode: 'dealing',
      description: 'Elke avond stoppen er scooters bij de hoek van het plein, er wordt kort iets overhandigd en ze rijden weer weg.',
      location: { postcode: '3564 BL', houseNumber: 10 },
      observedOn: daysAgo(4).toISOString().slice(0, 10),
      observedTime: '21:30',
      answers: { frequency: 'daily', time_of_day: ['evening', 'night'] },
    },
  });
  await assignSignal(ctx, dealing, actor.userId);
  await transitionSignal(ctx, dealing, { to: 'in_progress' });
  await addNote(ctx, dealing, 'Wijkagent gevraagd of dit bekend is; navraag bij de woningcorporatie loopt.');

  const recruitment = await seedSignal(ctx, files, {
    channel: 'public_form',
    now: daysAgo(4),
    input: {
      categoryCode: 'recruitment',
      description: 'Oudere jongens spreken na schooltijd leerlingen aan bij het fietsenhok en bieden geld voor “een ritje”.',
      location: { text: 'Fietsenhok bij de middelbare school in Overvecht' },
      answers: { age: '16_18', how: ['school'] },
    },
  });
  await transitionSignal(ctx, recruitment, { to: 'awaiting_information', note: 'Navraag bij jongerenwerk en school: wie zijn de oudere jongens?' });

  await seedSignal(ctx, files, {
    channel: 'cannabis_report',
    now: daysAgo(1),
    input: {
      categoryCode: 'cannabis_grow',
      description: 'Hennepinformatiebericht na doorzoeking: kwekerij met 240 planten op zolder, stroom illegaal afgetapt.',
      location: { postcode: '3511 NR', houseNumber: 200 },
      answers: { signs: ['smell', 'power'] },
    },
    partnerReport: {
      reference: 'PL0900-2026123456',
      searchDate: daysAgo(2).toISOString().slice(0, 10),
      finds: [
        { kind: 'cannabis_plants', description: 'Kwekerij op zolder, twee ruimtes', quantity: 240, unit: 'pieces' },
        { kind: 'grow_equipment', description: 'Assimilatielampen en koolstoffilters', quantity: 24, unit: 'pieces' },
      ],
      persons: [{ name: 'J. de Vries', dateOfBirth: '1988-05-12', role: 'tenant' }],
      electricityTheft: true,
      dangerousSituation: true,
      reportingOfficer: 'Wijkagent Binnenstad',
    },
  });

  const old = await seedSignal(ctx, files, {
    channel: 'public_form',
    now: daysAgo(420),
    input: {
      categoryCode: 'intimidation',
      description: 'Een man kwam twee keer in de zaak vragen of hij de kelder kon huren, contant, zonder contract.',
      location: { postcode: '3531 CJ', houseNumber: 120 },
      answers: { is_entrepreneur: 'yes', kind: ['premises'] },
    },
  });
  await transitionSignal(ctx, old, { to: 'closed', outcome: 'no_action' });
  // Closed long ago: the retention run (Beheer → Meldingcategorieën) destroys it.
  await db
    .updateTable('signals')
    .set({ closed_at: daysAgo(400) })
    .where('id', '=', old)
    .execute();

  await seedSignal(ctx, files, {
    channel: 'public_form',
    now: new Date(),
    input: {
      categoryCode: 'explosion_violence',
      description: 'Vannacht rond 3 uur een harde knal bij de voordeur van de kapperszaak, de ruit is kapot.',
      location: { postcode: '3511 NR', houseNumber: 200 },
      answers: { when: 'today', injuries: 'no' },
    },
  });
}
