import type { Config } from '../../config.js';
import { isConfidentiality, isRole, type Actor } from '../../kernel/access.js';
import { newTrace, type ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { amsterdamToday } from '../tasks/index.js';
import { completeInspection, createInspection, recordFinding, startInspection } from './inspections.service.js';

/**
 * The address label of the completed demo inspection (the barbershop, with its registered address), by which the
 * measures demo finds it. It follows from the registry demo's organisation and its `registered_at` address.
 */
export const DEMO_COMPLETED_INSPECTION_ADDRESS = 'Fade Masters Barbershop, Oudegracht 200A, 3511 NR Utrecht';

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Two fictitious inspections, stored through the inspection services as the demo inspector (toezicht): one planned
 * at the barbershop's premises with police and the grid operator, and one completed at the barbershop with findings
 * not in order and a proposed measure, with the jurist on its team. Runs once: does nothing when there are inspections.
 */
export async function seedInspectionsDemo(db: Db, config: Config): Promise<void> {
  const any = await db.selectFrom('inspections').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const inspector = await db.selectFrom('users').selectAll().where('username', '=', 'toezicht').executeTakeFirst();
  const lawyer = await db.selectFrom('users').select('id').where('username', '=', 'jurist').executeTakeFirst();
  if (!inspector || !lawyer || !isRole(inspector.role) || !isConfidentiality(inspector.max_confidentiality)) return;
  const shop = await db
    .selectFrom('subjects as s')
    .innerJoin('subject_addresses as a', 'a.subject_id', 's.id')
    .select('s.id')
    .where('a.postcode', '=', '3511 NR')
    .where('a.house_number', '=', 200)
    .executeTakeFirst();
  const barbershop = await db
    .selectFrom('subjects as s')
    .innerJoin('subject_organisations as o', 'o.subject_id', 's.id')
    .select('s.id')
    .where('o.kvk_number', '=', '12345678')
    .executeTakeFirst();
  const actor: Actor = {
    userId: inspector.id,
    username: inspector.username,
    role: inspector.role,
    organisationId: inspector.organisation_id,
    maxConfidentiality: inspector.max_confidentiality,
    sessionId: 'seed',
  };
  const ctx: ServiceContext = { db, config, actor, requestId: 'seed-inspections-demo', trace: newTrace(undefined) };
  const today = amsterdamToday();

  await createInspection(ctx, {
    objectType: 'bedrijfspand',
    ...(shop ? { subjectId: shop.id } : { addressLabel: 'Oudegracht 200A, 3511 NR Utrecht', postcode: '3511 NR', houseNumber: 200 }),
    plannedOn: addDays(today, 7),
    partners: ['handhaving', 'politie', 'netbeheerder'],
    leadUserId: inspector.id,
    teamUserIds: [],
  });

  const done = await createInspection(ctx, {
    objectType: 'bedrijfspand',
    ...(barbershop ? { subjectId: barbershop.id } : { addressLabel: DEMO_COMPLETED_INSPECTION_ADDRESS, postcode: '3511 NR', houseNumber: 200 }),
    plannedOn: today,
    partners: ['handhaving', 'politie', 'brandweer', 'belastingdienst', 'netbeheerder'],
    leadUserId: inspector.id,
    teamUserIds: [lawyer.id],
  });
  await startInspection(ctx, done.id);
  const notOk: Record<string, string> = {
    covered_windows: 'Achterruimte met afgeplakte ramen en een extra slot; de exploitant had geen sleutel bij zich.',
    cannabis_signs: 'Sterke hennepgeur in de achterruimte; drie assimilatielampen en een koolstoffilter aangetroffen.',
    electricity_use: 'Netbeheerder constateert een aftap vóór de meter; de aansluiting is ter plekke afgesloten.',
    kvk_activity: 'Ingeschreven als kapsalon; de achterruimte wordt niet voor de kapsalon gebruikt.',
  };
  const notApplicable = new Set(['hazardous_storage']);
  const row = await db.selectFrom('inspections').select('checklist_items').where('id', '=', done.id).executeTakeFirstOrThrow();
  for (const item of row.checklist_items as { code: string }[]) {
    const note = notOk[item.code];
    if (note) await recordFinding(ctx, done.id, item.code, { result: 'not_ok', note });
    else if (notApplicable.has(item.code)) {
      await recordFinding(ctx, done.id, item.code, { result: 'not_applicable', note: 'Geen opslag van gevaarlijke stoffen.' });
    } else await recordFinding(ctx, done.id, item.code, { result: 'ok', note: '' });
  }
  await completeInspection(ctx, done.id, {
    outcome: 'measure_proposed',
    note: 'Hennepkwekerij in voorbereiding in de achterruimte en illegale aftap. Voorstel: sluiting op grond van art. 13b Opiumwet (lokaal), voor te leggen aan de jurist.',
  });
}
