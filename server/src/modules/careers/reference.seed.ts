import type { Db } from '../../kernel/db.js';

/** Intake criteria (kept as data; the beheerder keeps them up to date). Every active criterion is checked at intake. */
export const defaultCriteria = [
  {
    code: 'age',
    text_nl: 'De jongere is 12 tot en met 23 jaar oud.',
    text_en: 'The young person is 12 to 23 years old.',
  },
  {
    code: 'involvement',
    text_nl: 'Er zijn concrete signalen dat de jongere betrokken is of wordt bij drugscriminaliteit (ronselen, dealen, koerieren, opslag).',
    text_en: 'There are concrete signs that the young person is, or is being, drawn into drug crime (recruitment, dealing, courier work, storage).',
  },
  {
    code: 'risk_of_growth',
    text_nl: 'Zonder aanpak is het risico groot dat de jongere verder doorgroeit in de criminaliteit.',
    text_en: 'Without the approach the risk is high that the young person grows further into crime.',
  },
  {
    code: 'lives_in_utrecht',
    text_nl: 'De jongere woont of verblijft in de gemeente Utrecht.',
    text_en: 'The young person lives or stays in the municipality of Utrecht.',
  },
  {
    code: 'regular_help_insufficient',
    text_nl: 'De reguliere hulp en begeleiding zijn niet genoeg; er is samenwerking tussen zorg en veiligheid nodig.',
    text_en: 'Regular help and guidance are not enough; care and safety partners need to work together.',
  },
] as const;

/**
 * Life domains (leefgebieden). `restricted_to` lists the organisation kinds besides the municipality that may see a
 * domain's content; an empty list means the whole case team. Health and substance use are for care partners only;
 * justice for police, public prosecution and probation.
 */
export const defaultDomains = [
  { code: 'school', name_nl: 'School of opleiding', name_en: 'School or training', restricted_to: [] },
  { code: 'work_income', name_nl: 'Werk en inkomen', name_en: 'Work and income', restricted_to: [] },
  { code: 'leisure_sport', name_nl: 'Vrije tijd en sport', name_en: 'Leisure and sport', restricted_to: [] },
  { code: 'family', name_nl: 'Gezin', name_en: 'Family', restricted_to: [] },
  { code: 'network', name_nl: 'Vrienden en netwerk', name_en: 'Friends and network', restricted_to: [] },
  { code: 'substance_use', name_nl: 'Middelengebruik', name_en: 'Substance use', restricted_to: ['zorg'] },
  { code: 'justice', name_nl: 'Justitie', name_en: 'Justice', restricted_to: ['politie', 'om', 'reclassering'] },
  { code: 'health', name_nl: 'Gezondheid', name_en: 'Health', restricted_to: ['zorg'] },
  { code: 'housing', name_nl: 'Wonen', name_en: 'Housing', restricted_to: [] },
  { code: 'finances', name_nl: 'Financiën en schulden', name_en: 'Finances and debt', restricted_to: [] },
] as const;

/** The legal bases a referral can rest on. A referral without one is refused. */
export const defaultLegalBases = [
  {
    code: 'zvh_covenant',
    name_nl: 'Convenant Zorg- en Veiligheidshuis (AVG art. 6 lid 1 sub e; Wet politiegegevens art. 20; Wjsg art. 39f)',
    name_en: 'Care and Safety House covenant (GDPR art. 6(1)(e); Police Data Act art. 20; Judicial Data Act art. 39f)',
    description: 'Gegevens delen binnen het casusoverleg van het Zorg- en Veiligheidshuis, op grond van het convenant en de wetten die het noemt.',
  },
  {
    code: 'public_task_gemeentewet',
    name_nl: 'Publieke taak openbare orde en veiligheid (AVG art. 6 lid 1 sub e; Gemeentewet art. 172)',
    name_en: 'Public task, public order and safety (GDPR art. 6(1)(e); Municipalities Act art. 172)',
    description: 'De burgemeester handhaaft de openbare orde; persoonsgerichte aanpak ter voorkoming van criminaliteit.',
  },
  {
    code: 'jeugdwet',
    name_nl: 'Jeugdwet (AVG art. 6 lid 1 sub e; Jeugdwet art. 7.4.0)',
    name_en: 'Youth Act (GDPR art. 6(1)(e); Youth Act art. 7.4.0)',
    description: 'Gegevens verwerken voor jeugdhulp en jeugdbescherming door het college.',
  },
  {
    code: 'consent',
    name_nl: 'Toestemming van de jongere (en van de ouders onder 16 jaar) (AVG art. 6 lid 1 sub a)',
    name_en: 'Consent of the young person (and of the parents under 16) (GDPR art. 6(1)(a))',
    description: 'Vrijwillige deelname met schriftelijke toestemming; intrekken kan altijd.',
  },
] as const;

/** Idempotent: existing rows (possibly changed by the beheerder) are left alone. */
export async function seedCareerReference(db: Db): Promise<void> {
  await db
    .insertInto('career_criteria')
    .values(defaultCriteria.map((c, i) => ({ ...c, sort_order: i })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await db
    .insertInto('career_domains')
    .values(defaultDomains.map((d, i) => ({ ...d, restricted_to: JSON.stringify(d.restricted_to), sort_order: i })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await db
    .insertInto('career_legal_bases')
    .values(defaultLegalBases.map((b, i) => ({ ...b, sort_order: i })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}
