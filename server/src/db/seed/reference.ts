import type { Db } from '../../kernel/db.js';
import { seedCareerReference } from '../../modules/careers/index.js';
import { seedInspectionReference, seedLetterReference, seedMeasureReference } from '../../modules/enforcement/index.js';
import { defaultCategories } from '../../modules/signals/categories.js';
import { utrechtMunicipality, utrechtWijken } from './utrecht-areas.js';

/** Organisations of the municipality and its partners (reference data). */
export const organisations = [
  { code: 'gemeente-utrecht', name: 'Gemeente Utrecht', kind: 'gemeente' },
  { code: 'politie-midden-nederland', name: 'Politie Midden-Nederland', kind: 'politie' },
  { code: 'om-midden-nederland', name: 'Openbaar Ministerie Midden-Nederland', kind: 'om' },
  { code: 'jongerenwerk-utrecht', name: 'Jongerenwerk Utrecht (JoU)', kind: 'jongerenwerk' },
  { code: 'school-utrecht', name: 'Voortgezet onderwijs Utrecht', kind: 'school' },
  { code: 'zorg-utrecht', name: 'Zorgpartner Utrecht', kind: 'zorg' },
  { code: 'reclassering', name: 'Reclassering Nederland', kind: 'reclassering' },
  { code: 'woningcorporatie', name: 'Woningcorporatie Utrecht', kind: 'woningcorporatie' },
  { code: 'riec-midden-nederland', name: 'RIEC Midden-Nederland', kind: 'riec' },
  { code: 'buurtteams-utrecht', name: 'Buurtteams Utrecht', kind: 'wijkteam' },
] as const;

/**
 * The register of processing activities (AVG art. 30), as data. Each processing of personal data
 * in the processing log names one of these codes. Retention terms are the defaults a municipality
 * reviews against its own Selectielijst and policy.
 */
export const processingActivities = [
  {
    code: 'account_management',
    name: 'Beheer van gebruikersaccounts',
    purpose: 'Toegang tot Dwarsboom verlenen, beperken en verantwoorden.',
    legal_basis: 'AVG art. 6 lid 1 sub c en e; BIO 9.2 (toegangsbeheer)',
    retention: 'Tot 2 jaar na beëindiging van het account',
  },
  {
    code: 'security_logging',
    name: 'Beveiliging en verantwoording (audittrail)',
    purpose: 'Vastleggen wie welke gegevens heeft ingezien of gewijzigd, om misbruik te ontdekken en verantwoording af te leggen.',
    legal_basis: 'AVG art. 5 lid 2 en art. 32; BIO 12.4 (logging)',
    retention: '7 jaar',
  },
  {
    code: 'signal_intake',
    name: 'Meldingen over drugscriminaliteit en ondermijning',
    purpose: 'Meldingen van bewoners, ondernemers en partners ontvangen, beoordelen en opvolgen.',
    legal_basis: 'AVG art. 6 lid 1 sub e; Gemeentewet art. 172 (openbare orde); UAVG art. 33 (strafrechtelijke gegevens)',
    retention: '12 maanden als de melding niets opleverde; anders volgens het dossier waarin zij is opgenomen',
  },
  {
    code: 'registry_subjects',
    name: 'Registratie van personen, organisaties en panden',
    purpose: 'Verbanden tussen personen, organisaties en locaties vastleggen voor de integrale aanpak.',
    legal_basis: 'AVG art. 6 lid 1 sub e; UAVG art. 33; Wet gegevensverwerking door samenwerkingsverbanden',
    retention: '5 jaar na de laatste relevante registratie',
  },
  {
    code: 'administrative_enforcement',
    name: 'Bestuurlijke handhaving (Opiumwet 13b, Gemeentewet 174a, Woningwet 17, Bibob)',
    purpose: 'Controles uitvoeren en bestuurlijke maatregelen voorbereiden, nemen en uitvoeren.',
    legal_basis: 'Opiumwet art. 13b; Gemeentewet art. 174 en 174a; Woningwet art. 17; Wet Bibob; Awb',
    retention: 'Volgens de Selectielijst gemeenten 2020 voor handhavingszaken',
  },
  {
    code: 'person_centred_approach',
    name: 'Persoonsgerichte aanpak jongeren',
    purpose: 'Jongeren begeleiden uit de drugscriminaliteit, met een plan en een vaste regisseur.',
    legal_basis: 'AVG art. 6 lid 1 sub e; Jeugdwet; Wet gegevensverwerking door samenwerkingsverbanden; convenant Zorg- en Veiligheidshuis',
    retention: '5 jaar na uitstroom (inclusief nazorg)',
  },
] as const;

/**
 * SBI 2008 activity codes the registry shows by name, with the default "risk sector" flag: sectors
 * with low entry barriers, many cash payments and a strong earnings model, named in the domain brief
 * (barbershops, nail and beauty salons, minimarkets, shisha lounges and cafés, car trade, phone shops,
 * fast food, couriers, wellness, holiday parks). A flag on a code covers its more specific codes.
 * The beheerder changes these in the app; the municipality's own risk assessment decides.
 */
export const sbiCodes = [
  { code: '4511', description: 'Handel in en reparatie van personenauto’s en lichte bedrijfsauto’s', risk_sector: true },
  { code: '4120', description: 'Algemene burgerlijke en utiliteitsbouw', risk_sector: false },
  { code: '4711', description: 'Supermarkten en dergelijke winkels (ook minimarkten)', risk_sector: true },
  { code: '4742', description: 'Winkels in telecommunicatieapparatuur (telefoonwinkels)', risk_sector: true },
  { code: '4771', description: 'Winkels in kleding', risk_sector: false },
  { code: '5320', description: 'Post- en koeriersactiviteiten', risk_sector: true },
  { code: '5510', description: 'Hotels', risk_sector: false },
  { code: '5520', description: 'Vakantieverblijven (vakantieparken)', risk_sector: true },
  { code: '5610', description: 'Restaurants', risk_sector: false },
  { code: '56102', description: 'Fastfoodrestaurants, cafetaria’s, ijssalons', risk_sector: true },
  { code: '5630', description: 'Cafés (ook shishalounges)', risk_sector: true },
  { code: '6201', description: 'Ontwikkelen, produceren en uitgeven van software', risk_sector: false },
  { code: '6820', description: 'Verhuur van en handel in eigen onroerend goed', risk_sector: false },
  { code: '6920', description: 'Accountancy en belastingadvies', risk_sector: false },
  { code: '8531', description: 'Algemeen vormend voortgezet onderwijs', risk_sector: false },
  { code: '9602', description: 'Haar- en schoonheidsverzorging (kappers, barbershops, nagelstudio’s)', risk_sector: true },
  { code: '9604', description: 'Sauna’s, solaria, baden en dergelijke (wellness)', risk_sector: true },
] as const;

/**
 * Days declared equal to algemeen erkende feestdagen (Atw art. 3 lid 3), as a starting point: the
 * Crown declares them per period of about three years, and has always included the Friday after
 * Hemelvaartsdag. The beheerder checks these against the Besluit in force and adds bridging days.
 */
export const legalEqualDays = [
  { date: '2025-05-30', name: 'Vrijdag na Hemelvaartsdag' },
  { date: '2026-05-15', name: 'Vrijdag na Hemelvaartsdag' },
  { date: '2027-05-07', name: 'Vrijdag na Hemelvaartsdag' },
] as const;
const legalEqualDaysSource = 'Standaardwaarde van Dwarsboom: controleer tegen het geldende Besluit gelijkstelling dagen met algemeen erkende feestdagen';

/** The enforcement policy defaults (checklists, legal bases, escalation matrix, letter templates), after the users they may name. */
async function seedEnforcementReference(db: Db): Promise<void> {
  await seedInspectionReference(db);
  await seedMeasureReference(db);
  await seedLetterReference(db);
}

/** Inserts reference data that is missing; existing rows are left as they are. */
export async function seedReferenceData(db: Db): Promise<void> {
  await seedEnforcementReference(db);
  await db
    .insertInto('organisations')
    .values(organisations.map((o) => ({ ...o })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await db
    .insertInto('processing_activities')
    .values(processingActivities.map((a) => ({ ...a, controller: 'College van burgemeester en wethouders / burgemeester van Utrecht' })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await db
    .insertInto('legal_equal_days')
    .values(legalEqualDays.map((d) => ({ ...d, source: legalEqualDaysSource, updated_by: null })))
    .onConflict((oc) => oc.column('date').doNothing())
    .execute();
  await db
    .insertInto('sbi_codes')
    .values(sbiCodes.map((c) => ({ ...c })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await db
    .insertInto('areas')
    .values({
      code: utrechtMunicipality.code,
      kind: 'gemeente',
      name: utrechtMunicipality.name,
      parent_code: null,
      centroid_lat: utrechtMunicipality.centroid[0],
      centroid_lon: utrechtMunicipality.centroid[1],
    })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await db
    .insertInto('areas')
    .values(
      utrechtWijken.map((w) => ({
        code: w.code,
        kind: 'wijk',
        name: w.name,
        parent_code: utrechtMunicipality.code,
        centroid_lat: w.centroid[0],
        centroid_lon: w.centroid[1],
      })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await seedCareerReference(db);
  await db
    .insertInto('signal_categories')
    .values(
      defaultCategories.map((c) => ({
        code: c.code,
        name_nl: c.name.nl,
        name_en: c.name.en,
        help_nl: c.help.nl,
        help_en: c.help.en,
        indicators_nl: JSON.stringify(c.indicators.nl),
        indicators_en: JSON.stringify(c.indicators.en),
        questions: JSON.stringify(c.questions),
        sla_days: c.slaDays,
        sla_unit: c.slaUnit,
        urgency: c.urgency,
        confidentiality: c.confidentiality,
        active: c.active,
        sort_order: c.sortOrder,
      })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}
