import type { Config } from '../../config.js';
import { isConfidentiality, isRole, type Actor } from '../../kernel/access.js';
import { newTrace, type ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { addToTeam, createRelation, createSubject, relationInput, subjectInput } from '../../modules/registry/index.js';

/**
 * A small, fictitious register for the demo: a young person drawn in by an older contact who works
 * at a barbershop in a risk sector, a landlord company owning the young person's home, and a likely
 * duplicate person to merge. Recorded through the registry's own services as the demo analyst, so
 * it passes the same validation and leaves the same audit trail as data entered by hand.
 * Runs once: it does nothing when the register already holds subjects.
 */
export async function seedRegistryDemo(db: Db, config: Config): Promise<void> {
  const any = await db.selectFrom('subjects').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const analyst = await db.selectFrom('users').selectAll().where('username', '=', 'analist').executeTakeFirst();
  const inspector = await db.selectFrom('users').select('id').where('username', '=', 'toezicht').executeTakeFirst();
  if (!analyst || !isRole(analyst.role) || !isConfidentiality(analyst.max_confidentiality)) return;
  const actor: Actor = {
    userId: analyst.id,
    username: analyst.username,
    role: analyst.role,
    organisationId: analyst.organisation_id,
    maxConfidentiality: analyst.max_confidentiality,
    sessionId: 'seed',
  };
  const ctx: ServiceContext = { db, config, actor, requestId: 'seed-registry-demo', trace: newTrace(undefined) };
  const add = async (input: Record<string, unknown>): Promise<string> => (await createSubject(ctx, subjectInput.parse(input))).subject.id;
  const police = { source: 'Bestuurlijke rapportage politie Midden-Nederland', sourceDate: '2026-10-02' };
  const kvk = { source: 'Handelsregister KvK', sourceDate: '2026-09-15' };

  const kevin = await add({
    kind: 'person',
    givenNames: 'Kevin',
    surname: 'Janssen',
    dateOfBirth: '2007-03-14',
    bsn: '111222333',
    confidentiality: 'vertrouwelijk',
    ...police,
  });
  const mohamed = await add({
    kind: 'person',
    givenNames: 'Mohamed',
    surnamePrefix: 'El',
    surname: 'Amrani',
    dateOfBirth: '2001-09-02',
    aliases: ['Mo'],
    confidentiality: 'vertrouwelijk',
    ...police,
  });
  await add({
    kind: 'person',
    givenNames: 'Mohammed',
    surnamePrefix: 'el',
    surname: 'Amrani',
    dateOfBirth: '2001-09-02',
    confidentiality: 'vertrouwelijk',
    ...kvk,
  });
  const sanne = await add({ kind: 'person', givenNames: 'Sanne', surname: 'Müller', dateOfBirth: '1988-11-30', confidentiality: 'intern', ...kvk });
  const daan = await add({
    kind: 'person',
    givenNames: 'Daan',
    surnamePrefix: 'van der',
    surname: 'Berg',
    dateOfBirth: '1979-06-05',
    confidentiality: 'intern',
    ...kvk,
  });

  const home = await add({
    kind: 'address',
    postcode: '3531 CJ',
    houseNumber: 120,
    street: 'Kanaalstraat',
    place: 'Utrecht',
    premisesType: 'woning',
    lat: 52.0899,
    lon: 5.0999,
    wijkCode: 'WK034401',
    confidentiality: 'intern',
    source: 'BAG',
    sourceDate: '2026-09-01',
  });
  const shop = await add({
    kind: 'address',
    postcode: '3511 NR',
    houseNumber: 200,
    houseLetter: 'a',
    street: 'Oudegracht',
    place: 'Utrecht',
    premisesType: 'lokaal',
    lat: 52.0895,
    lon: 5.1199,
    wijkCode: 'WK034406',
    confidentiality: 'intern',
    source: 'BAG',
    sourceDate: '2026-09-01',
  });
  const flat = await add({
    kind: 'address',
    postcode: '3564 BL',
    houseNumber: 10,
    street: 'Gambiadreef',
    place: 'Utrecht',
    premisesType: 'woning',
    wijkCode: 'WK034403',
    confidentiality: 'intern',
    source: 'BAG',
    sourceDate: '2026-09-01',
  });
  const barbershop = await add({
    kind: 'organisation',
    kvkNumber: '12345678',
    establishmentNumber: '000012345678',
    name: 'Fade Masters Barbershop',
    tradeNames: ['Fade Masters'],
    legalForm: 'Eenmanszaak',
    sbiCode: '96021',
    registeredOn: '2025-02-01',
    confidentiality: 'intern',
    ...kvk,
  });
  const minimarket = await add({
    kind: 'organisation',
    kvkNumber: '23456789',
    name: 'Kanaal Minimarkt',
    legalForm: 'Vennootschap onder firma',
    sbiCode: '4711',
    registeredOn: '2024-06-10',
    confidentiality: 'intern',
    ...kvk,
  });
  const landlord = await add({
    kind: 'organisation',
    kvkNumber: '34567890',
    name: 'Van der Berg Vastgoed B.V.',
    legalForm: 'Besloten vennootschap',
    sbiCode: '6820',
    registeredOn: '2011-04-01',
    confidentiality: 'intern',
    ...kvk,
  });
  const car = await add({ kind: 'vehicle', plate: 'GJ-123-K', description: 'Zwarte Audi A3', confidentiality: 'vertrouwelijk', ...police });
  const account = await add({ kind: 'bank_account', iban: 'NL91ABNA0417164300', holderName: 'Fade Masters', confidentiality: 'vertrouwelijk', ...police });

  const relate = async (type: string, from: string, to: string, extra: Record<string, unknown> = {}) => {
    await createRelation(
      ctx,
      relationInput.parse({ type, fromSubjectId: from, toSubjectId: to, reliability: 'confirmed', confidentiality: 'intern', source: police.source, ...extra }),
    );
  };
  await relate('resides_at', kevin, home, { validFrom: '2019-08-01', source: 'BRP', confidentiality: 'vertrouwelijk' });
  await relate('associate_of', kevin, mohamed, { reliability: 'tentative', confidentiality: 'vertrouwelijk', note: 'Samen gezien bij de barbershop.' });
  await relate('employed_by', mohamed, barbershop, { validFrom: '2025-03-01', reliability: 'tentative' });
  await relate('uses_vehicle', mohamed, car, { reliability: 'unconfirmed', confidentiality: 'vertrouwelijk' });
  await relate('registered_at', barbershop, shop, { source: kvk.source });
  await relate('holds_account', barbershop, account, { confidentiality: 'vertrouwelijk' });
  await relate('registered_at', minimarket, home, { source: kvk.source, validFrom: '2024-06-10' });
  await relate('director_of', daan, landlord, { source: kvk.source, validFrom: '2011-04-01' });
  await relate('owns', landlord, home, { source: 'Kadaster', validFrom: '2015-01-20' });
  await relate('owns', sanne, flat, { source: 'Kadaster', validFrom: '2020-05-12' });
  await relate('resides_at', sanne, flat, { source: 'BRP', validFrom: '2020-06-01', validTo: '2024-12-31' });

  // The inspector prepares a check of the barbershop: on its team, and so able to see it and its premises.
  if (inspector) {
    for (const id of [barbershop, shop]) await addToTeam(db, id, inspector.id, 'inspector');
  }
}
