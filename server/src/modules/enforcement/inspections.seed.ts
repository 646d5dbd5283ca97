import type { Db } from '../../kernel/db.js';
import type { ChecklistItem } from './inspections.schemas.js';

interface DefaultChecklist {
  objectType: string;
  nameNl: string;
  nameEn: string;
  sortOrder: number;
  items: ChecklistItem[];
}

/**
 * Default checklists for integrated inspections, modelled on what municipalities and their partners check
 * together (domain brief §9). They are a starting point: the municipality keeps them as data in the checklist editor.
 */
export const defaultChecklists: DefaultChecklist[] = [
  {
    objectType: 'horeca',
    nameNl: 'Horeca',
    nameEn: 'Hospitality venue',
    sortOrder: 10,
    items: [
      {
        code: 'exploitation_permit',
        textNl: 'Exploitatievergunning aanwezig en op naam van de exploitant',
        textEn: 'Operating permit present and in the operator’s name',
      },
      { code: 'managers_on_permit', textNl: 'Aanwezige leidinggevenden staan op de vergunning', textEn: 'Managers present are listed on the permit' },
      { code: 'alcohol_permit', textNl: 'Alcoholwetvergunning aanwezig en aanhangsel actueel', textEn: 'Alcohol Act licence present and annex up to date' },
      { code: 'opening_hours', textNl: 'Openingstijden worden nageleefd', textEn: 'Opening hours are kept' },
      { code: 'staff_identification', textNl: 'Personeel kan zich legitimeren en is aangemeld', textEn: 'Staff can identify themselves and are registered' },
      {
        code: 'cash_register',
        textNl: 'Kasregistratie aanwezig; contant geld in verhouding tot de omzet',
        textEn: 'Cash register present; cash in proportion to turnover',
      },
      {
        code: 'hidden_spaces',
        textNl: 'Geen verborgen ruimtes of afgesloten delen zonder verklaring',
        textEn: 'No hidden rooms or locked areas without explanation',
      },
      {
        code: 'drug_indications',
        textNl: 'Geen aanwijzingen voor drugs (geur, verpakkingsmateriaal, weegschalen)',
        textEn: 'No indications of drugs (smell, packaging, scales)',
      },
      {
        code: 'electricity_tapping',
        textNl: 'Geen illegale aftap van elektriciteit (netbeheerder)',
        textEn: 'No illegal tapping of electricity (grid operator)',
      },
      { code: 'fire_safety', textNl: 'Brandveiligheid en vluchtwegen in orde (brandweer)', textEn: 'Fire safety and escape routes in order (fire service)' },
      { code: 'administration', textNl: 'Administratie aanwezig en op orde (Belastingdienst)', textEn: 'Accounts present and in order (tax authority)' },
    ],
  },
  {
    objectType: 'bedrijfspand',
    nameNl: 'Bedrijfspand',
    nameEn: 'Business premises',
    sortOrder: 20,
    items: [
      { code: 'zoning_use', textNl: 'Gebruik past bij het bestemmingsplan of omgevingsplan', textEn: 'Use fits the zoning or environment plan' },
      { code: 'lease_tenant', textNl: 'Huurovereenkomst aanwezig en huurder bekend', textEn: 'Lease present and tenant known' },
      {
        code: 'kvk_activity',
        textNl: 'KvK-inschrijving klopt met de feitelijke activiteit',
        textEn: 'Chamber of Commerce registration matches the actual activity',
      },
      { code: 'covered_windows', textNl: 'Geen afgeplakte ramen of afgeschermde ruimtes', textEn: 'No covered windows or screened-off rooms' },
      { code: 'drug_lab_signs', textNl: 'Geen chemische geur, vaten of jerrycans (drugslab)', textEn: 'No chemical smell, drums or jerrycans (drug lab)' },
      { code: 'cannabis_signs', textNl: 'Geen hennepgeur of kweekapparatuur', textEn: 'No cannabis smell or growing equipment' },
      {
        code: 'electricity_use',
        textNl: 'Stroomverbruik past bij het gebruik; geen aftap (netbeheerder)',
        textEn: 'Power use fits the use; no tapping (grid operator)',
      },
      { code: 'hazardous_storage', textNl: 'Opslag van gevaarlijke stoffen volgens de regels', textEn: 'Hazardous substances stored according to the rules' },
      { code: 'fire_safety', textNl: 'Brandveiligheid en vluchtwegen in orde (brandweer)', textEn: 'Fire safety and escape routes in order (fire service)' },
    ],
  },
  {
    objectType: 'woning',
    nameNl: 'Woning',
    nameEn: 'Dwelling',
    sortOrder: 30,
    items: [
      { code: 'brp_residents', textNl: 'Bewoning klopt met de inschrijving in de BRP', textEn: 'Occupancy matches the population register (BRP)' },
      { code: 'cannabis_grow', textNl: 'Geen hennepkwekerij of resten daarvan', textEn: 'No cannabis farm or remains of one' },
      { code: 'drug_storage_sale', textNl: 'Geen opslag of verkoop van drugs', textEn: 'No storage or sale of drugs' },
      {
        code: 'electricity_tapping',
        textNl: 'Geen illegale aftap van elektriciteit (netbeheerder)',
        textEn: 'No illegal tapping of electricity (grid operator)',
      },
      {
        code: 'subletting',
        textNl: 'Geen onderverhuur of kamerverhuur zonder vergunning (woningcorporatie)',
        textEn: 'No subletting or room letting without a permit (housing association)',
      },
      { code: 'overcrowding', textNl: 'Geen overbewoning', textEn: 'No overcrowding' },
      { code: 'hidden_spaces', textNl: 'Geen verborgen ruimtes of verbouwingen zonder verklaring', textEn: 'No hidden rooms or unexplained alterations' },
      { code: 'fire_safety', textNl: 'Brandveiligheid in orde (rookmelders, vluchtweg)', textEn: 'Fire safety in order (smoke alarms, escape route)' },
    ],
  },
];

/** Inserts the default checklists that are missing; checklists already there (perhaps edited) are left as they are. */
export async function seedInspectionReference(db: Db): Promise<void> {
  await db
    .insertInto('inspection_checklists')
    .values(
      defaultChecklists.map((c) => ({
        object_type: c.objectType,
        name_nl: c.nameNl,
        name_en: c.nameEn,
        items: JSON.stringify(c.items),
        sort_order: c.sortOrder,
        updated_by: null,
      })),
    )
    .onConflict((oc) => oc.column('object_type').doNothing())
    .execute();
}
