import { z } from 'zod';
import { preventionSettings } from './vocabulary.js';

/**
 * The API of prevention activities (/api/v1/careers/prevention-activities): group-level activities in schools,
 * youth work and neighbourhoods, without personal data. Requests are strict, responses are what is sent.
 */

/** Programmes of prevention; the UI labels them. */
export const preventionProgrammes = [
  'voorlichting',
  'weerbaarheidstraining',
  'ouderavond',
  'groepsgesprek_jongerenwerk',
  'gastles',
  'sport_en_spel',
  'buurtactiviteit',
  'overig',
] as const;
export type PreventionProgramme = (typeof preventionProgrammes)[number];

/** The largest reach one activity may record. */
export const MAX_REACH = 100_000;

const isoDate = (what: string) =>
  z
    .string(`Vul ${what} in.`)
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Vul ${what} in als JJJJ-MM-DD.`)
    .describe('JJJJ-MM-DD');

const wijkCode = z
  .string('Kies een wijk.')
  .regex(/^[A-Z]{2}\d{4,8}$/, 'Kies een wijk uit de lijst (een wijkcode zoals WK034401).')
  .describe('CBS-wijkcode uit de gebieden');

export const preventionInput = z.strictObject({
  title: z.string('Vul een titel in.').trim().min(1, 'Vul een titel in.').max(200, 'De titel is hoogstens 200 tekens.'),
  programme: z.enum(preventionProgrammes, 'Kies een programma uit de lijst.'),
  setting: z.enum(preventionSettings, 'Kies school, jongerenwerk of buurt.'),
  institution: z.string('Vul de school of locatie in.').trim().max(200, 'De school of locatie is hoogstens 200 tekens.').default(''),
  wijkCode,
  startsOn: isoDate('de startdatum'),
  endsOn: isoDate('de einddatum'),
  reach: z
    .number('Vul het aantal deelnemers in als getal.')
    .int('Het aantal deelnemers is een geheel getal.')
    .min(0, 'Het aantal deelnemers is 0 of meer.')
    .max(MAX_REACH, `Het aantal deelnemers is hoogstens ${MAX_REACH.toLocaleString('nl-NL')}.`),
  description: z.string('Vul een beschrijving in als tekst.').trim().max(4000, 'De beschrijving is hoogstens 4000 tekens.').default(''),
});
export type PreventionInput = z.infer<typeof preventionInput>;

export const preventionParams = z.strictObject({ id: z.string().uuid('Geen geldige id van een preventieactiviteit.') });

export const preventionQuery = z.strictObject({
  wijk: wijkCode.optional(),
  setting: z.enum(preventionSettings, 'Kies school, jongerenwerk of buurt.').optional(),
  from: isoDate('het begin van de periode').optional().describe('Activiteiten die op of na deze dag eindigen'),
  to: isoDate('het einde van de periode').optional().describe('Activiteiten die op of voor deze dag beginnen'),
  page: z.coerce.number('Geef het paginanummer als getal.').int('Geef een geheel paginanummer.').min(1, 'De eerste pagina is 1.').default(1),
  pageSize: z.coerce
    .number('Geef de paginagrootte als getal.')
    .int('Geef een gehele paginagrootte.')
    .min(1, 'Vraag minstens 1 activiteit.')
    .max(200, 'Vraag hoogstens 200 activiteiten.')
    .default(50),
});
export type PreventionQuery = z.infer<typeof preventionQuery>;

export const preventionView = z.object({
  id: z.string().uuid(),
  title: z.string(),
  programme: z.string(),
  setting: z.enum(preventionSettings),
  organisation: z.object({ id: z.string().uuid(), code: z.string(), name: z.string() }),
  institution: z.string(),
  wijkCode: z.string().nullable(),
  wijkName: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  reach: z.number().int(),
  description: z.string(),
  createdBy: z.string().describe('Naam van de medewerker die de activiteit vastlegde'),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  canEdit: z.boolean().describe('De activiteit is van je eigen organisatie en je mag preventie vastleggen'),
});
export type PreventionView = z.infer<typeof preventionView>;

export const preventionPage = z.object({
  items: z.array(preventionView),
  total: z.number().int().describe('Aantal activiteiten dat aan de filters voldoet'),
  totals: z.object({
    activities: z.number().int(),
    reach: z.number().int().describe('Som van het bereik van de activiteiten die aan de filters voldoen'),
    bySetting: z.array(z.object({ setting: z.enum(preventionSettings), activities: z.number().int(), reach: z.number().int() })),
  }),
  page: z.number().int(),
  pageSize: z.number().int(),
  canCreate: z.boolean(),
});
export type PreventionPage = z.infer<typeof preventionPage>;

// ---- personal data in free text ------------------------------------------------------------------

const GROUP_LEVEL = 'Preventieactiviteiten worden op groepsniveau vastgelegd: laat persoonsgegevens weg.';

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;
/** Dutch phone numbers: 0 and nine digits (06-12345678, 030 123 45 67), or +31 / 0031 and nine digits. */
const PHONE = /(?<![\d+])(?:(?:\+|00)31[\s.-]?(?:\(0\)[\s.-]?)?|\(?0)(?:\d[\s.)-]{0,2}){8}\d(?!\d)/;
/** Nine digits in a row, or in groups of three (123.456.789): a BSN or something like it. */
const BSN = /(?<![\d.-])(?:\d{9}|\d{3}[.\s-]\d{3}[.\s-]\d{3}|\d{4}[.\s-]\d{2}[.\s-]\d{3})(?![\d])/;
const MONTHS =
  '(?:jan(?:uari)?|feb(?:ruari)?|m(?:aa)?rt|apr(?:il)?|mei|jun[i]?|jul[i]?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE = `(?:\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+${MONTHS}\\.?\\s+\\d{4})`;
/** A date after a word for birth ("geboren op 3 maart 2009", "geb. 03-03-2009", "geboortedatum: 2009-03-03"). */
const BIRTH_DATE = new RegExp(`(?:geboren|geb\\.|geboortedatum|geboortedag|date of birth|d\\.o\\.b\\.?|dob|born)\\s*(?:op|on|:)?\\s*${DATE}`, 'i');
/** A full date (day, month and year) more than five years ago: in a group activity more likely a date of birth. */
const FULL_DATE = new RegExp(
  `(?<![\\d])(?:(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})|\\d{1,2}\\s+${MONTHS}\\.?\\s+(\\d{4}))(?![\\d])`,
  'gi',
);

/**
 * Why a free text looks like it holds personal data (an e-mail address, a Dutch phone number, a BSN-like number of
 * nine digits, a date of birth), as a Dutch message; null when it does not. `thisYear` for tests.
 */
export function personalDataIn(text: string, thisYear = new Date().getUTCFullYear()): string | null {
  if (EMAIL.test(text)) return `Dit lijkt een e-mailadres. ${GROUP_LEVEL}`;
  if (BIRTH_DATE.test(text)) return `Dit lijkt een geboortedatum. ${GROUP_LEVEL}`;
  for (const m of text.matchAll(FULL_DATE)) {
    const year = Number(m[3] ?? m[4] ?? m[7]);
    if (year < thisYear - 5) return `Dit lijkt een geboortedatum (een datum van ${year}). ${GROUP_LEVEL}`;
  }
  if (BSN.test(text)) return `Dit lijkt een burgerservicenummer (9 cijfers). ${GROUP_LEVEL}`;
  if (PHONE.test(text)) return `Dit lijkt een telefoonnummer. ${GROUP_LEVEL}`;
  return null;
}

/** The free-text fields of an activity that are checked for personal data. */
export const freeTextFields = ['title', 'institution', 'description'] as const;
