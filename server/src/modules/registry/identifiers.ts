/**
 * Validation and normalisation of Dutch identifiers (BSN, KvK, BAG, postcode, kenteken, IBAN, ...).
 *
 * Pure functions without I/O. Every check returns a {@link Check}: the normalised value, or a short Dutch sentence that
 * says which check failed (the format or the checksum), fit to show next to a form field or an import row.
 */

export type Check<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Check<T> => ({ ok: true, value });
const fail = <T>(message: string): Check<T> => ({ ok: false, message });

// ---------------------------------------------------------------------------------------------------------------------
// BSN

/** The elfproef for a 9-digit string: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11. */
export function elfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/**
 * Burgerservicenummer. Spaces, dots and dashes are removed; 8 digits get a leading 0 (older notation).
 * Value: the 9 digits.
 */
export function checkBsn(input: string): Check<string> {
  const compact = input.replace(/[\s.-]/g, '');
  if (!/^\d{8,9}$/.test(compact)) return fail('Een BSN bestaat uit 9 cijfers.');
  const bsn = compact.padStart(9, '0');
  if (bsn === '000000000') return fail('Een BSN kan niet uit alleen nullen bestaan.');
  if (!elfproef(bsn)) return fail('Dit BSN voldoet niet aan de elfproef.');
  return ok(bsn);
}

/** Masks a BSN for display: only the last 3 digits are shown ('******789'). Anything shorter than 4 digits is masked entirely. */
export function maskBsn(bsn: string): string {
  const digits = bsn.replace(/\D/g, '');
  if (digits.length < 4) return '*'.repeat(9);
  return '*'.repeat(digits.length - 3) + digits.slice(-3);
}

// ---------------------------------------------------------------------------------------------------------------------
// KvK

/** KvK-nummer: exactly 8 digits after removing spaces; '00000000' is refused. */
export function checkKvkNumber(input: string): Check<string> {
  const compact = input.replace(/\s/g, '');
  if (!/^\d{8}$/.test(compact)) return fail('Een KvK-nummer bestaat uit 8 cijfers.');
  if (compact === '00000000') return fail('Een KvK-nummer kan niet uit alleen nullen bestaan.');
  return ok(compact);
}

/** Vestigingsnummer: exactly 12 digits after removing spaces; all zeros is refused. */
export function checkEstablishmentNumber(input: string): Check<string> {
  const compact = input.replace(/\s/g, '');
  if (!/^\d{12}$/.test(compact)) return fail('Een vestigingsnummer bestaat uit 12 cijfers.');
  if (/^0+$/.test(compact)) return fail('Een vestigingsnummer kan niet uit alleen nullen bestaan.');
  return ok(compact);
}

// ---------------------------------------------------------------------------------------------------------------------
// Address parts

const unusedPostcodeLetters = new Set(['SA', 'SD', 'SS']);

/** Postcode: '1234ab', '1234 AB' and ' 1234  ab ' all become '1234 AB'. The first digit is 1-9; SA, SD and SS are not used. */
export function checkPostcode(input: string): Check<string> {
  const compact = input.replace(/\s/g, '').toUpperCase();
  if (!/^\d{4}[A-Z]{2}$/.test(compact)) return fail('Een postcode bestaat uit 4 cijfers en 2 letters, zoals 3511 AB.');
  if (compact.startsWith('0')) return fail('Een postcode begint niet met een 0.');
  const letters = compact.slice(4);
  if (unusedPostcodeLetters.has(letters)) return fail(`De lettercombinatie ${letters} wordt niet gebruikt in postcodes.`);
  return ok(`${compact.slice(0, 4)} ${letters}`);
}

/** Huisnummer: a whole number from 1 to 99999 (a string of digits is accepted too). */
export function checkHouseNumber(input: number | string): Check<number> {
  let value: number;
  if (typeof input === 'number') {
    value = input;
  } else {
    const trimmed = input.trim();
    if (!/^\d+$/.test(trimmed)) return fail('Een huisnummer is een heel getal, zoals 12.');
    value = Number(trimmed);
  }
  if (!Number.isInteger(value)) return fail('Een huisnummer is een heel getal, zoals 12.');
  if (value < 1 || value > 99999) return fail('Een huisnummer ligt tussen 1 en 99999.');
  return ok(value);
}

/** Huisletter: empty, or one letter A-Z (made upper case). */
export function checkHouseLetter(input: string): Check<string> {
  const trimmed = input.trim();
  if (trimmed === '') return ok('');
  if (!/^[A-Za-z]$/.test(trimmed)) return fail('Een huisletter is één letter (A tot en met Z).');
  return ok(trimmed.toUpperCase());
}

/** Huisnummertoevoeging: empty, or 1 to 4 letters or digits (made upper case). */
export function checkHouseNumberAddition(input: string): Check<string> {
  const trimmed = input.trim();
  if (trimmed === '') return ok('');
  if (!/^[A-Za-z0-9]{1,4}$/.test(trimmed)) return fail('Een huisnummertoevoeging bestaat uit 1 tot 4 letters of cijfers.');
  return ok(trimmed.toUpperCase());
}

/** The BAG object types, by the code in digits 5 and 6 of a BAG id. */
export const bagObjectTypes = {
  '01': 'verblijfsobject',
  '02': 'ligplaats',
  '03': 'standplaats',
  '10': 'pand',
  '20': 'nummeraanduiding',
  '30': 'openbare ruimte',
} as const;
export type BagObjectType = (typeof bagObjectTypes)[keyof typeof bagObjectTypes];

/** The object type of a (valid) BAG id, or null. */
export function bagObjectType(bagId: string): BagObjectType | null {
  const code = bagId.slice(4, 6);
  return Object.hasOwn(bagObjectTypes, code) ? bagObjectTypes[code as keyof typeof bagObjectTypes] : null;
}

/** BAG identificatie: 16 digits (4 gemeentecode, 2 object type, 10 volgnummer). The object type must be a known one. */
export function checkBagId(input: string): Check<string> {
  const compact = input.replace(/\s/g, '');
  if (!/^\d{16}$/.test(compact)) return fail('Een BAG-id bestaat uit 16 cijfers.');
  if (bagObjectType(compact) === null) {
    return fail(`Het objecttype ${compact.slice(4, 6)} (cijfer 5 en 6 van het BAG-id) bestaat niet; verwacht 01, 02, 03, 10, 20 of 30.`);
  }
  return ok(compact);
}

// ---------------------------------------------------------------------------------------------------------------------
// Kenteken

/** Sidecodes 1-14: the letter (L) / digit (D) pattern and the group sizes for display. */
const sidecodes: ReadonlyArray<{ sidecode: number; pattern: string; groups: readonly [number, number, number] }> = [
  { sidecode: 1, pattern: 'LLDDDD', groups: [2, 2, 2] },
  { sidecode: 2, pattern: 'DDDDLL', groups: [2, 2, 2] },
  { sidecode: 3, pattern: 'DDLLDD', groups: [2, 2, 2] },
  { sidecode: 4, pattern: 'LLDDLL', groups: [2, 2, 2] },
  { sidecode: 5, pattern: 'LLLLDD', groups: [2, 2, 2] },
  { sidecode: 6, pattern: 'DDLLLL', groups: [2, 2, 2] },
  { sidecode: 7, pattern: 'DDLLLD', groups: [2, 3, 1] },
  { sidecode: 8, pattern: 'DLLLDD', groups: [1, 3, 2] },
  { sidecode: 9, pattern: 'LLDDDL', groups: [2, 3, 1] },
  { sidecode: 10, pattern: 'LDDDLL', groups: [1, 3, 2] },
  { sidecode: 11, pattern: 'LLLDDL', groups: [3, 2, 1] },
  { sidecode: 12, pattern: 'LDDLLL', groups: [1, 2, 3] },
  { sidecode: 13, pattern: 'DLLDDD', groups: [1, 2, 3] },
  { sidecode: 14, pattern: 'DDDLLD', groups: [3, 2, 1] },
];

/** Letters that are not issued on plates from sidecode 4 on. */
const plateLettersNotIssued = /[AEIOUCQ]/;

/** The letter/digit pattern and display groups of each sidecode, e.g. for generating test plates. */
export const plateSidecodes = sidecodes;

/**
 * Dutch licence plate (kenteken), sidecodes 1-14. Spaces and dashes are removed and the letters upper-cased; the sidecode
 * follows from the letter/digit pattern, so dashes in the wrong place do not matter. From sidecode 4 on, vowels and C and Q
 * are refused. Value: normalised ('AB123C'), display ('AB-123-C') and the sidecode.
 */
export function checkPlate(input: string): Check<{ normalised: string; display: string; sidecode: number }> {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z0-9]*$/.test(compact)) return fail('Een kenteken bestaat alleen uit letters en cijfers.');
  if (compact.length !== 6) return fail('Een kenteken bestaat uit 6 letters en cijfers.');
  const pattern = compact.replace(/[A-Z]/g, 'L').replace(/\d/g, 'D');
  const match = sidecodes.find((s) => s.pattern === pattern);
  if (!match) return fail('Dit kenteken past in geen enkele Nederlandse kentekenindeling (sidecode 1 tot en met 14).');
  if (match.sidecode >= 4 && plateLettersNotIssued.test(compact)) {
    return fail(`Een kenteken met sidecode ${match.sidecode} bevat geen klinkers (A, E, I, O, U) en geen C of Q.`);
  }
  const [a, b] = match.groups;
  const display = `${compact.slice(0, a)}-${compact.slice(a, a + b)}-${compact.slice(a + b)}`;
  return ok({ normalised: compact, display, sidecode: match.sidecode });
}

// ---------------------------------------------------------------------------------------------------------------------
// IBAN

/**
 * IBAN length per country (SWIFT IBAN registry) and, where known, the BBAN structure in registry notation
 * (n = digits, a = upper-case letters, c = letters or digits) and where the bank code sits in the BBAN.
 * Morocco (MA) is deliberately absent: it is not in the official registry.
 */
const ibanCountries: Record<string, { length: number; bban?: string; bank?: readonly [number, number] }> = {
  AD: { length: 24, bban: '8n12c' },
  AE: { length: 23 },
  AL: { length: 28 },
  AT: { length: 20, bban: '16n', bank: [0, 5] },
  AZ: { length: 28 },
  BA: { length: 20 },
  BE: { length: 16, bban: '12n', bank: [0, 3] },
  BG: { length: 22, bban: '4a6n8c', bank: [0, 4] },
  BH: { length: 22 },
  BR: { length: 29 },
  BY: { length: 28 },
  CH: { length: 21, bban: '5n12c', bank: [0, 5] },
  CR: { length: 22 },
  CY: { length: 28, bban: '8n16c' },
  CZ: { length: 24, bban: '20n', bank: [0, 4] },
  DE: { length: 22, bban: '18n', bank: [0, 8] },
  DK: { length: 18, bban: '14n', bank: [0, 4] },
  DO: { length: 28 },
  EE: { length: 20, bban: '16n' },
  ES: { length: 24, bban: '20n', bank: [0, 4] },
  FI: { length: 18, bban: '14n' },
  FO: { length: 18 },
  FR: { length: 27, bban: '10n11c2n', bank: [0, 5] },
  GB: { length: 22, bban: '4a14n', bank: [0, 4] },
  GE: { length: 22 },
  GI: { length: 23, bban: '4a15c', bank: [0, 4] },
  GL: { length: 18 },
  GR: { length: 27, bban: '7n16c', bank: [0, 3] },
  GT: { length: 28 },
  HR: { length: 21, bban: '17n', bank: [0, 7] },
  HU: { length: 28, bban: '24n', bank: [0, 3] },
  IE: { length: 22, bban: '4a14n', bank: [0, 4] },
  IL: { length: 23 },
  IQ: { length: 23 },
  IS: { length: 26, bban: '22n' },
  IT: { length: 27, bban: '1a10n12c', bank: [1, 6] },
  JO: { length: 30 },
  KW: { length: 30 },
  KZ: { length: 20 },
  LB: { length: 28 },
  LC: { length: 32 },
  LI: { length: 21, bban: '5n12c', bank: [0, 5] },
  LT: { length: 20, bban: '16n', bank: [0, 5] },
  LU: { length: 20, bban: '3n13c', bank: [0, 3] },
  LV: { length: 21, bban: '4a13c', bank: [0, 4] },
  MC: { length: 27, bban: '10n11c2n', bank: [0, 5] },
  MD: { length: 24 },
  ME: { length: 22 },
  MK: { length: 19 },
  MR: { length: 27 },
  MT: { length: 31, bban: '4a5n18c', bank: [0, 4] },
  MU: { length: 30 },
  NL: { length: 18, bban: '4a10n', bank: [0, 4] },
  NO: { length: 15, bban: '11n', bank: [0, 4] },
  PK: { length: 24 },
  PL: { length: 28, bban: '24n', bank: [0, 8] },
  PS: { length: 29 },
  PT: { length: 25, bban: '21n', bank: [0, 4] },
  QA: { length: 29 },
  RO: { length: 24, bban: '4a16c', bank: [0, 4] },
  RS: { length: 22 },
  SA: { length: 24 },
  SC: { length: 31 },
  SE: { length: 24, bban: '20n', bank: [0, 3] },
  SI: { length: 19, bban: '15n', bank: [0, 5] },
  SK: { length: 24, bban: '20n', bank: [0, 4] },
  SM: { length: 27, bban: '1a10n12c', bank: [1, 6] },
  ST: { length: 25 },
  SV: { length: 28 },
  TL: { length: 23 },
  TN: { length: 24 },
  TR: { length: 26, bban: '6n16c', bank: [0, 5] },
  UA: { length: 29 },
  VA: { length: 22, bban: '18n' },
  VG: { length: 24 },
  XK: { length: 20 },
};

const bbanClass = { n: '\\d', a: '[A-Z]', c: '[A-Z0-9]' } as const;
const bbanPatterns = new Map<string, RegExp>();
function bbanPattern(spec: string): RegExp {
  let re = bbanPatterns.get(spec);
  if (!re) {
    const body = [...spec.matchAll(/(\d+)([nac])/g)].map(([, n, c]) => `${bbanClass[c as keyof typeof bbanClass]}{${n}}`).join('');
    re = new RegExp(`^${body}$`);
    bbanPatterns.set(spec, re);
  }
  return re;
}

/** ISO 7064 MOD 97-10 over an IBAN (country code and check digits moved to the end, letters as 10-35). */
export function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    rest = (value >= 10 ? rest * 100 + value : rest * 10 + value) % 97;
  }
  return rest;
}

/** The IBAN country codes this module knows, with their lengths. */
export const ibanLengths: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(ibanCountries).map(([cc, c]) => [cc, c.length]));

/**
 * IBAN (ISO 13616). Spaces are removed and letters upper-cased; the length must match the country (and, for the
 * countries where it is recorded, the BBAN structure, e.g. NL: 4 letters + 10 digits); then the MOD 97-10 check.
 *
 * `masked` shows only the country code, the check digits and the last 4 characters, in groups of 4 with every other
 * character replaced by '*': 'NL91ABNA0417164300' → 'NL91 **** **** **43 00'. It never shows the bank code or more
 * than the last 4 characters of the account. `bankCode` is the bank identifier from the BBAN where its position is
 * known (NL: the 4 letters, 'ABNA'), otherwise null.
 */
export function checkIban(input: string): Check<{ normalised: string; masked: string; country: string; bankCode: string | null }> {
  const iban = input.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) {
    return fail('Een IBAN begint met een landcode van 2 letters en 2 controlecijfers, gevolgd door letters en cijfers.');
  }
  const country = iban.slice(0, 2);
  const spec = Object.hasOwn(ibanCountries, country) ? ibanCountries[country] : undefined;
  if (!spec) return fail(`De landcode ${country} is geen bekend IBAN-land.`);
  if (iban.length !== spec.length) return fail(`Een IBAN uit ${country} heeft ${spec.length} tekens; deze heeft er ${iban.length}.`);
  const bban = iban.slice(4);
  if (spec.bban && !bbanPattern(spec.bban).test(bban)) {
    return fail(
      country === 'NL' ? 'Een Nederlandse IBAN heeft na de controlecijfers 4 letters en 10 cijfers.' : `Deze IBAN past niet in de indeling voor ${country}.`,
    );
  }
  const checkDigits = Number(iban.slice(2, 4));
  if (checkDigits < 2 || checkDigits > 98 || ibanMod97(iban) !== 1) return fail('Het controlegetal van deze IBAN klopt niet.');
  const masked = (iban.slice(0, 4) + '*'.repeat(iban.length - 8) + iban.slice(-4)).replace(/(.{4})(?=.)/g, '$1 ');
  const bankCode = spec.bank ? bban.slice(spec.bank[0], spec.bank[1]) : null;
  return ok({ normalised: iban, masked, country, bankCode });
}

// ---------------------------------------------------------------------------------------------------------------------
// SBI and dates

/** SBI activity code: 2 to 5 digits; dots and spaces are removed ('96.02.1' → '96021'). */
export function checkSbiCode(input: string): Check<string> {
  const compact = input.replace(/[\s.]/g, '');
  if (!/^\d{2,5}$/.test(compact)) return fail('Een SBI-code bestaat uit 2 tot 5 cijfers, zoals 96.02.1.');
  return ok(compact);
}

/** True when year-month-day is a real date in the (proleptic) Gregorian calendar. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date ('YYYY-MM-DD') of a moment in the Netherlands. */
export function dutchDate(moment: Date): string {
  return amsterdamDate.format(moment);
}

/**
 * Geboortedatum as 'YYYY-MM-DD': a real calendar date, not before 1900-01-01 and not after today (today's date in the
 * Netherlands, so the result does not depend on the server's time zone).
 */
export function checkDateOfBirth(input: string, today: Date = new Date()): Check<string> {
  const trimmed = input.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!m) return fail('Schrijf een geboortedatum als JJJJ-MM-DD, zoals 1990-03-17.');
  if (!isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return fail('Deze datum bestaat niet.');
  if (trimmed < '1900-01-01') return fail('Een geboortedatum ligt niet vóór 1 januari 1900.');
  if (trimmed > dutchDate(today)) return fail('Een geboortedatum ligt niet in de toekomst.');
  return ok(trimmed);
}

// ---------------------------------------------------------------------------------------------------------------------
// Names

/** Dutch (and common foreign) surname particles, in search form. */
export const surnameParticles: ReadonlySet<string> = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  't',
  'ter',
  'ten',
  'te',
  'in',
  'op',
  'aan',
  'bij',
  'onder',
  'voor',
  'uit',
  'la',
  'le',
  'l',
  'd',
  'du',
  'di',
  'da',
  'el',
  'al',
]);

const specialLetters: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', ł: 'l', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };
const specialLetterPattern = new RegExp(`[${Object.keys(specialLetters).join('')}]`, 'g');

function foldLetters(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(specialLetterPattern, (ch) => specialLetters[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/**
 * Search/compare form of a name: lower case, diacritics removed (NFKD + strip combining marks, also ß→ss, ø→o, æ→ae,
 * ł→l, œ→oe), apostrophes, hyphens and any other character that is not a letter or digit → space, spaces collapsed, and
 * surname particles (voorvoegsels: van, de, der, den, het, 't, ter, ten, te, in, op, aan, bij, onder, voor, uit, la, le,
 * l, d, du, di, da, el, al) removed as whole words, and so are their usual abbreviations in typed searches ('vd', 'v'
 * as in "v.d. Berg"). A name made only of particles is kept (so 'Van' stays 'van').
 * Idempotent: normaliseName(normaliseName(x)) === normaliseName(x).
 */
const particleAbbreviations: ReadonlySet<string> = new Set(['vd', 'v']);

export function normaliseName(input: string): string {
  const words = foldLetters(input)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  const kept = words.filter((w) => !surnameParticles.has(w) && !particleAbbreviations.has(w));
  return (kept.length > 0 ? kept : words).join(' ');
}

/**
 * Splits a full surname into the voorvoegsel and the rest: 'van der Berg' → { prefix: 'van der', surname: 'Berg' };
 * "in 't Veld" → { prefix: "in 't", surname: 'Veld' }; "d'Ancona" → { prefix: "d'", surname: 'Ancona' }. The prefix is
 * lower case, the surname keeps its spelling. A surname made only of particles stays whole ('Van' → prefix '').
 */
export function splitSurname(input: string): { prefix: string; surname: string } {
  const tokens = input
    .trim()
    .replace(/[‘’`´]/g, "'")
    .split(/\s+/)
    .filter((t) => t !== '');
  const prefix: string[] = [];
  let i = 0;
  for (; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const lower = token.toLowerCase();
    const bare = lower.replace(/^'|'$/g, '');
    if (surnameParticles.has(bare) && (lower === bare || lower === `'${bare}` || lower === `${bare}'`)) {
      prefix.push(lower);
      continue;
    }
    // An elided particle written against the name: d'Ancona, l'Espoir.
    const elided = /^([a-z]{1,2})'(.+)$/i.exec(token);
    if (elided && surnameParticles.has((elided[1] ?? '').toLowerCase())) {
      prefix.push(`${(elided[1] ?? '').toLowerCase()}'`);
      tokens[i] = elided[2] ?? '';
    }
    break;
  }
  if (i >= tokens.length) return { prefix: '', surname: tokens.join(' ') };
  return { prefix: prefix.join(' '), surname: tokens.slice(i).join(' ') };
}

// ---------------------------------------------------------------------------------------------------------------------
// Search box

export type QueryKind = 'bsn' | 'kvk' | 'establishment' | 'postcode' | 'postcode_house' | 'plate' | 'iban' | 'bag' | 'case_number';
export type QueryMatch = { kind: QueryKind; value: string; houseNumber?: number; houseLetter?: string; addition?: string };

function parsePostcodeHouse(input: string): QueryMatch | null {
  const m = /^(\d{4})\s*([A-Za-z]{2})[\s,]*(\d{1,5})(?!\d)(.*)$/.exec(input);
  if (!m) return null;
  const postcode = checkPostcode(`${m[1]}${m[2]}`);
  const houseNumber = checkHouseNumber(m[3] ?? '');
  if (!postcode.ok || !houseNumber.ok) return null;
  const rest = (m[4] ?? '').replace(/^[\s-]+/, '').toUpperCase();
  const match: QueryMatch = { kind: 'postcode_house', value: postcode.value, houseNumber: houseNumber.value };
  if (rest === '') return match;
  const letterAndAddition = /^([A-Z])(?:[\s-]+([A-Z0-9]{1,4}))?$/.exec(rest);
  if (letterAndAddition) {
    match.houseLetter = letterAndAddition[1];
    if (letterAndAddition[2] !== undefined) match.addition = letterAndAddition[2];
    return match;
  }
  const addition = checkHouseNumberAddition(rest);
  if (!addition.ok) return null;
  match.addition = addition.value;
  return match;
}

/**
 * Detects what a search string looks like, for the search box: every kind that matches (a string can match several,
 * e.g. '3511AB' is a postcode and a sidecode-2 plate), with its normalised value.
 */
export function classifyQuery(input: string): QueryMatch[] {
  const trimmed = input.trim();
  if (trimmed === '' || trimmed.length > 64) return [];
  const matches: QueryMatch[] = [];
  const digits = trimmed.replace(/[\s.-]/g, '');

  if (/^\d+$/.test(digits)) {
    const bsn = checkBsn(trimmed);
    if (bsn.ok) matches.push({ kind: 'bsn', value: bsn.value });
    const compact = trimmed.replace(/\s/g, '');
    if (/^\d{8}$/.test(compact)) {
      const kvk = checkKvkNumber(compact);
      if (kvk.ok) matches.push({ kind: 'kvk', value: kvk.value });
    }
    if (/^\d{12}$/.test(compact)) {
      const establishment = checkEstablishmentNumber(compact);
      if (establishment.ok) matches.push({ kind: 'establishment', value: establishment.value });
    }
    const bag = checkBagId(compact);
    if (bag.ok) matches.push({ kind: 'bag', value: bag.value });
  }

  const postcode = checkPostcode(trimmed);
  if (postcode.ok) matches.push({ kind: 'postcode', value: postcode.value });
  const postcodeHouse = parsePostcodeHouse(trimmed);
  if (postcodeHouse) matches.push(postcodeHouse);

  const plate = checkPlate(trimmed);
  if (plate.ok) matches.push({ kind: 'plate', value: plate.value.normalised });

  const iban = checkIban(trimmed);
  if (iban.ok) matches.push({ kind: 'iban', value: iban.value.normalised });

  const caseNumber = /^([A-Za-z]{2,5})-(\d{4})-(\d{1,12})$/.exec(trimmed);
  if (caseNumber) matches.push({ kind: 'case_number', value: trimmed.toUpperCase() });

  return matches;
}
