/**
 * Streamed, validated parsing of registry import files. Pure: it takes bytes and yields rows; it never touches the
 * database. Three kinds of file:
 *
 * - `organisations`: CSV shaped like a KvK extract (kvknummer, vestigingsnummer, handelsnaam, ...);
 * - `addresses`: CSV of addresses (postcode, huisnummer, straat, plaats, type, ...);
 * - `bag`: newline-delimited JSON of BAG verblijfsobjecten, with a point in RD (EPSG:28992) or WGS84.
 *
 * {@link inspectImportFile} refuses a file whose shape is wrong before any row is read (encoding, delimiter, columns);
 * {@link readImportRows} then streams the rows, yielding each valid row or a {@link RowError} with every failing field.
 */
import { Readable, pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import proj4 from 'proj4';
import {
  bagObjectType,
  checkBagId,
  checkEstablishmentNumber,
  checkHouseLetter,
  checkHouseNumber,
  checkHouseNumberAddition,
  checkKvkNumber,
  checkPostcode,
  checkSbiCode,
  dutchDate,
  isCalendarDate,
  type Check,
} from './identifiers.js';

export type ImportKind = 'organisations' | 'addresses' | 'bag';
export type PremisesType = 'woning' | 'lokaal' | 'bedrijfspand' | 'erf';

export interface AddressRow {
  postcode: string;
  houseNumber: number;
  houseLetter: string;
  addition: string;
  street: string;
  place: string;
  premisesType: PremisesType;
  bagId: string | null;
  lat: number | null;
  lon: number | null;
  wijkCode: string | null;
}

export interface OrganisationRow {
  kvkNumber: string;
  establishmentNumber: string | null;
  name: string;
  tradeNames: string[];
  legalForm: string;
  sbiCode: string | null;
  registeredOn: string | null;
  endedOn: string | null;
  address: AddressRow | null;
}

export type ParsedRow = { kind: 'organisations'; line: number; row: OrganisationRow } | { kind: 'addresses' | 'bag'; line: number; row: AddressRow };

export interface FieldProblem {
  field: string;
  message: string;
}

/** A row that was read but refused: the 1-based line number in the file and every failing field (Dutch messages). */
export interface RowError {
  line: number;
  errors: FieldProblem[];
}

/**
 * File-level refusal: the file as a whole cannot be imported and nothing may be written. Thrown by
 * {@link inspectImportFile}, and by {@link readImportRows} when the header is wrong or when a problem turns up
 * further on in the file (invalid UTF-8, an unclosed quote); the caller should write the rows inside one transaction
 * and roll it back on this error.
 */
export class ImportFileError extends Error {
  constructor(public readonly problems: FieldProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'ImportFileError';
  }
}

export function isRowError(x: ParsedRow | RowError): x is RowError {
  return 'errors' in x;
}

// ---------------------------------------------------------------------------------------------------------------------
// Columns

type CsvKind = Exclude<ImportKind, 'bag'>;
interface ColumnSpec {
  name: string;
  required: boolean;
  aliases?: readonly string[];
}

const columnSpecs: Record<CsvKind, readonly ColumnSpec[]> = {
  organisations: [
    { name: 'kvknummer', required: true, aliases: ['kvk_nummer', 'kvk'] },
    { name: 'vestigingsnummer', required: true },
    { name: 'handelsnaam', required: true },
    { name: 'rechtsvorm', required: true },
    { name: 'sbi_code', required: true, aliases: ['sbi', 'sbicode'] },
    { name: 'datum_inschrijving', required: true },
    { name: 'datum_opheffing', required: false },
    { name: 'handelsnamen', required: false },
    { name: 'straat', required: false },
    { name: 'huisnummer', required: false },
    { name: 'huisletter', required: false },
    { name: 'toevoeging', required: false, aliases: ['huisnummertoevoeging'] },
    { name: 'postcode', required: false },
    { name: 'plaats', required: false, aliases: ['woonplaats'] },
  ],
  addresses: [
    { name: 'postcode', required: true },
    { name: 'huisnummer', required: true },
    { name: 'huisletter', required: false },
    { name: 'toevoeging', required: false, aliases: ['huisnummertoevoeging'] },
    { name: 'straat', required: true },
    { name: 'plaats', required: true, aliases: ['woonplaats'] },
    { name: 'type', required: true },
    { name: 'bag_id', required: false, aliases: ['bagid'] },
    { name: 'lat', required: false },
    { name: 'lon', required: false, aliases: ['lng'] },
    { name: 'wijk', required: false, aliases: ['wijkcode', 'wijk_code'] },
  ],
};

/** The form a header name is compared in: trimmed, lower case, spaces and dashes as '_'. */
function headerKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

interface ResolvedHeader {
  /** Canonical column name per position in the file; null for an ignored (empty, trailing) column. */
  columns: (string | null)[];
  index: Map<string, number>;
}

/** Maps a header record onto the known columns; refuses missing, unknown, unnamed and duplicate columns. */
function resolveHeader(kind: CsvKind, names: readonly string[]): ResolvedHeader {
  const specs = columnSpecs[kind];
  const byKey = new Map<string, string>();
  for (const spec of specs) {
    byKey.set(spec.name, spec.name);
    for (const alias of spec.aliases ?? []) byKey.set(alias, spec.name);
  }
  // Trailing empty header cells (a header line ending in a delimiter) are ignored.
  let end = names.length;
  while (end > 0 && (names[end - 1] ?? '').trim() === '') end--;

  const problems: FieldProblem[] = [];
  const columns: (string | null)[] = [];
  const index = new Map<string, number>();
  const seen = new Map<string, string[]>();
  const unknown: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const original = (names[i] ?? '').trim();
    if (i >= end) {
      columns.push(null);
      continue;
    }
    if (original === '') {
      problems.push({ field: `kolom ${i + 1}`, message: `Kolom ${i + 1} heeft geen naam.` });
      columns.push(null);
      continue;
    }
    const canonical = byKey.get(headerKey(original));
    if (!canonical) {
      unknown.push(original);
      columns.push(null);
      continue;
    }
    columns.push(canonical);
    seen.set(canonical, [...(seen.get(canonical) ?? []), original]);
    if (!index.has(canonical)) index.set(canonical, i);
  }
  const missing = specs.filter((s) => s.required && !index.has(s.name)).map((s) => s.name);
  if (missing.length > 0) {
    problems.push(...missing.map((name) => ({ field: name, message: `De kolom ${name} ontbreekt.` })), {
      field: 'kolommen',
      message: `Verplichte kolommen die ontbreken: ${missing.join(', ')}.`,
    });
  }
  if (unknown.length > 0) {
    const known = specs.map((s) => s.name).join(', ');
    problems.push(...unknown.map((name) => ({ field: name, message: `De kolom ${name} is onbekend.` })), {
      field: 'kolommen',
      message: `Onbekende kolommen: ${unknown.join(', ')}. Bekende kolommen zijn: ${known}.`,
    });
  }
  for (const [canonical, originals] of seen) {
    if (originals.length > 1) {
      problems.push({ field: canonical, message: `De kolom ${canonical} komt meer dan één keer voor (${originals.join(', ')}).` });
    }
  }
  if (problems.length > 0) throw new ImportFileError(problems);
  return { columns, index };
}

/** Counts a character outside double-quoted parts of a line. */
function countOutsideQuotes(line: string, ch: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ch) count++;
  }
  return count;
}

/** Detects the delimiter from the header line: ';' or ','. A tab, another separator or none at all is refused. */
function detectDelimiter(headerLine: string): ',' | ';' {
  const semicolons = countOutsideQuotes(headerLine, ';');
  const commas = countOutsideQuotes(headerLine, ',');
  const tabs = countOutsideQuotes(headerLine, '\t');
  const advice = 'Gebruik een puntkomma (;) of een komma (,) als scheidingsteken; sla het bestand op als "CSV UTF-8".';
  if (tabs > 0 && tabs >= Math.max(semicolons, commas)) {
    throw new ImportFileError([{ field: 'scheidingsteken', message: `Het scheidingsteken in de kopregel is een tab. ${advice}` }]);
  }
  if (semicolons === 0 && commas === 0) {
    const other = ['|', ':', '^'].find((c) => countOutsideQuotes(headerLine, c) > 0);
    const found = other ? `Het scheidingsteken in de kopregel is "${other}".` : 'De kopregel bestaat uit één kolom zonder scheidingsteken.';
    throw new ImportFileError([{ field: 'scheidingsteken', message: `${found} ${advice}` }]);
  }
  return semicolons >= commas ? ';' : ',';
}

// ---------------------------------------------------------------------------------------------------------------------
// Decoding

const notUtf8: FieldProblem = { field: 'codering', message: 'Het bestand is geen UTF-8. Sla het op als "CSV UTF-8".' };
const emptyFile: FieldProblem = { field: 'bestand', message: 'Het bestand is leeg.' };

/** Largest line (or CSV record) we accept; guards memory against a file without line breaks. */
const maxLineLength = 1 << 20;

/**
 * Decodes chunks as UTF-8 (fatal on invalid bytes; a BOM is stripped) and normalises line endings to '\n'.
 * String chunks are taken as already decoded.
 */
async function* decodeText(input: AsyncIterable<Buffer | string> | Buffer): AsyncGenerator<string> {
  const chunks: AsyncIterable<Buffer | string> | Iterable<Buffer> = Buffer.isBuffer(input) ? [input] : input;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let started = false;
  let pendingCR = false;
  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new ImportFileError([notUtf8]);
    }
  };
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? decode() + chunk : decode(chunk);
    if (!started && text !== '') {
      started = true;
      text = text.replace(/^\uFEFF/, '');
    }
    if (pendingCR) text = `\r${text}`;
    pendingCR = text.endsWith('\r');
    if (pendingCR) text = text.slice(0, -1);
    if (text !== '') yield text.replace(/\r\n?/g, '\n');
  }
  const rest = decode() + (pendingCR ? '\n' : '');
  if (rest !== '') yield rest.replace(/\r\n?/g, '\n');
}

function decodeHead(head: Buffer): string {
  try {
    // stream: true so a multi-byte character cut off at the end of the head is not taken for invalid UTF-8.
    return new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true }).replace(/\r\n?/g, '\n');
  } catch {
    throw new ImportFileError([notUtf8]);
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Inspection

function parseHeaderLine(kind: CsvKind, headerLine: string): { delimiter: ',' | ';'; header: ResolvedHeader } {
  const delimiter = detectDelimiter(headerLine);
  let names: string[];
  try {
    const records = parseSync(headerLine, { delimiter, relax_quotes: true, relax_column_count: true });
    names = records[0] ?? [];
  } catch {
    throw new ImportFileError([{ field: 'kopregel', message: 'De kopregel is niet te lezen; controleer de aanhalingstekens.' }]);
  }
  return { delimiter, header: resolveHeader(kind, names) };
}

function checkFirstBagLine(line: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    value = undefined;
  }
  if (!isPlainObject(value) || !('identificatie' in value)) {
    throw new ImportFileError([
      { field: 'bestand', message: 'De eerste regel is geen JSON-object met een identificatie. Een BAG-bestand heeft per regel één JSON-object.' },
    ]);
  }
  return Object.keys(value);
}

/**
 * Checks the file before any row is read, given its first (up to) 64 KiB. The encoding must be UTF-8 (a BOM is
 * stripped); for CSV the delimiter is detected from the header line (';' or ','; a tab or anything else is refused),
 * every required column must be present, and unknown, unnamed and duplicate columns are refused (all problems at once).
 * For bag, the first non-empty line must be a JSON object with `identificatie`.
 *
 * Returns the delimiter (null for bag) and the columns: for CSV the canonical column names in file order (aliases
 * resolved, e.g. 'sbi' → 'sbi_code'), for bag the keys of the first object. Throws {@link ImportFileError}.
 */
export function inspectImportFile(kind: ImportKind, head: Buffer): { delimiter: ',' | ';' | null; columns: string[] } {
  const text = decodeHead(head).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ImportFileError([emptyFile]);
  if (kind === 'bag') {
    const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
    return { delimiter: null, columns: checkFirstBagLine(first) };
  }
  const newline = text.indexOf('\n');
  const headerLine = newline >= 0 ? text.slice(0, newline) : text;
  if (headerLine.trim() === '') {
    throw new ImportFileError([{ field: 'kopregel', message: 'De eerste regel is leeg; daar hoort de kopregel met de kolomnamen te staan.' }]);
  }
  const { delimiter, header } = parseHeaderLine(kind, headerLine);
  return { delimiter, columns: header.columns.filter((c): c is string => c !== null) };
}

// ---------------------------------------------------------------------------------------------------------------------
// Field validation

type Errors = FieldProblem[];

function take<T>(errors: Errors, field: string, result: Check<T>): T | undefined {
  if (result.ok) return result.value;
  errors.push({ field, message: result.message });
  return undefined;
}

function requireText(errors: Errors, field: string, value: string, label: string, maxLength: number): string | undefined {
  if (value === '') {
    errors.push({ field, message: `${label} ontbreekt.` });
    return undefined;
  }
  if (value.length > maxLength) {
    errors.push({ field, message: `${label} is langer dan ${maxLength} tekens.` });
    return undefined;
  }
  return value;
}

/** A date as 'YYYY-MM-DD' or 'DD-MM-YYYY' (day and month may be one digit); returns 'YYYY-MM-DD'. */
export function parseImportDate(input: string): Check<string> {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(input);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : null;
  if (!parts) return { ok: false, message: 'Schrijf een datum als JJJJ-MM-DD of DD-MM-JJJJ.' };
  const [y, m, d] = parts.map(Number) as [number, number, number];
  if (!isCalendarDate(y, m, d)) return { ok: false, message: 'Deze datum bestaat niet.' };
  return { ok: true, value: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

const premisesTypes: readonly PremisesType[] = ['woning', 'lokaal', 'bedrijfspand', 'erf'];

/** Rough bounding box of the Netherlands (land and coastal waters), to catch swapped or foreign coordinates. */
function inNetherlands(lat: number, lon: number): boolean {
  return lat >= 50.6 && lat <= 53.7 && lon >= 3.2 && lon <= 7.3;
}

function parseDecimal(input: string): number | null {
  if (!/^-?\d+(?:[.,]\d+)?$/.test(input)) return null;
  return Number(input.replace(',', '.'));
}

/** Address parts shared by the organisations and addresses files. */
function validateAddressParts(
  errors: Errors,
  get: (name: string) => string,
): { postcode?: string; houseNumber?: number; houseLetter?: string; addition?: string; street?: string; place?: string } {
  const postcode = get('postcode');
  const houseNumber = get('huisnummer');
  if (postcode === '') errors.push({ field: 'postcode', message: 'De postcode ontbreekt.' });
  if (houseNumber === '') errors.push({ field: 'huisnummer', message: 'Het huisnummer ontbreekt.' });
  return {
    postcode: postcode === '' ? undefined : take(errors, 'postcode', checkPostcode(postcode)),
    houseNumber: houseNumber === '' ? undefined : take(errors, 'huisnummer', checkHouseNumber(houseNumber)),
    houseLetter: take(errors, 'huisletter', checkHouseLetter(get('huisletter'))),
    addition: take(errors, 'toevoeging', checkHouseNumberAddition(get('toevoeging'))),
    street: requireText(errors, 'straat', get('straat'), 'De straat', 200),
    place: requireText(errors, 'plaats', get('plaats'), 'De plaats', 100),
  };
}

function completeAddress(
  parts: ReturnType<typeof validateAddressParts>,
  rest: Pick<AddressRow, 'premisesType' | 'bagId' | 'lat' | 'lon' | 'wijkCode'>,
): AddressRow | undefined {
  const { postcode, houseNumber, houseLetter, addition, street, place } = parts;
  if (
    postcode === undefined ||
    houseNumber === undefined ||
    houseLetter === undefined ||
    addition === undefined ||
    street === undefined ||
    place === undefined
  ) {
    return undefined;
  }
  return { postcode, houseNumber, houseLetter, addition, street, place, ...rest };
}

const addressColumns = ['straat', 'huisnummer', 'huisletter', 'toevoeging', 'postcode', 'plaats'];

function validateOrganisation(get: (name: string) => string, today: string): OrganisationRow | Errors {
  const errors: Errors = [];
  const kvkNumber = take(errors, 'kvknummer', get('kvknummer') === '' ? { ok: false, message: 'Het KvK-nummer ontbreekt.' } : checkKvkNumber(get('kvknummer')));
  const establishmentNumber = get('vestigingsnummer') === '' ? null : take(errors, 'vestigingsnummer', checkEstablishmentNumber(get('vestigingsnummer')));
  const name = requireText(errors, 'handelsnaam', get('handelsnaam'), 'De handelsnaam', 500);
  const legalForm = requireText(errors, 'rechtsvorm', get('rechtsvorm'), 'De rechtsvorm', 100);
  const sbiCode = get('sbi_code') === '' ? null : take(errors, 'sbi_code', checkSbiCode(get('sbi_code')));

  const registeredOn = get('datum_inschrijving') === '' ? null : take(errors, 'datum_inschrijving', parseImportDate(get('datum_inschrijving')));
  if (registeredOn && registeredOn > today) errors.push({ field: 'datum_inschrijving', message: 'De datum van inschrijving ligt in de toekomst.' });
  const endedOn = get('datum_opheffing') === '' ? null : take(errors, 'datum_opheffing', parseImportDate(get('datum_opheffing')));
  if (registeredOn && endedOn && endedOn < registeredOn) {
    errors.push({ field: 'datum_opheffing', message: 'De datum van opheffing ligt vóór de datum van inschrijving.' });
  }

  const tradeNames: string[] = [];
  for (const tradeName of get('handelsnamen').split('|')) {
    const trimmed = tradeName.trim();
    if (trimmed === '' || trimmed === name || tradeNames.includes(trimmed)) continue;
    if (trimmed.length > 500) errors.push({ field: 'handelsnamen', message: 'Een handelsnaam is langer dan 500 tekens.' });
    else tradeNames.push(trimmed);
  }

  // The establishment address is optional, but once any part is filled in, it must be complete.
  let address: AddressRow | null = null;
  if (addressColumns.some((c) => get(c) !== '')) {
    const parts = validateAddressParts(errors, get);
    // A KvK extract does not say what kind of premises an establishment uses; 'bedrijfspand' is the assumption.
    address = completeAddress(parts, { premisesType: 'bedrijfspand', bagId: null, lat: null, lon: null, wijkCode: null }) ?? null;
  }

  if (errors.length > 0 || kvkNumber === undefined || establishmentNumber === undefined || name === undefined || legalForm === undefined) return errors;
  if (sbiCode === undefined || registeredOn === undefined || endedOn === undefined) return errors;
  return { kvkNumber, establishmentNumber, name, tradeNames, legalForm, sbiCode, registeredOn, endedOn, address };
}

const addressBagTypes = new Set(['verblijfsobject', 'ligplaats', 'standplaats', 'nummeraanduiding']);

function validateAddress(get: (name: string) => string): AddressRow | Errors {
  const errors: Errors = [];
  const parts = validateAddressParts(errors, get);

  const typeValue = get('type').toLowerCase();
  let premisesType: PremisesType | undefined;
  if (typeValue === '') errors.push({ field: 'type', message: 'Het type ontbreekt (woning, lokaal, bedrijfspand of erf).' });
  else if (!(premisesTypes as readonly string[]).includes(typeValue)) {
    errors.push({ field: 'type', message: `Het type "${get('type')}" is onbekend; kies woning, lokaal, bedrijfspand of erf.` });
  } else premisesType = typeValue as PremisesType;

  let bagId: string | null = null;
  if (get('bag_id') !== '') {
    const checked = take(errors, 'bag_id', checkBagId(get('bag_id')));
    const objectType = checked ? bagObjectType(checked) : null;
    if (checked && objectType && !addressBagTypes.has(objectType)) {
      errors.push({
        field: 'bag_id',
        message: `Een adres hoort bij een verblijfsobject, ligplaats, standplaats of nummeraanduiding; dit BAG-id is een ${objectType}.`,
      });
    } else if (checked) bagId = checked;
  }

  let lat: number | null = null;
  let lon: number | null = null;
  const latText = get('lat');
  const lonText = get('lon');
  if (latText !== '' || lonText !== '') {
    const latValue = latText === '' ? null : parseDecimal(latText);
    const lonValue = lonText === '' ? null : parseDecimal(lonText);
    if (latText === '' || lonText === '') {
      errors.push({ field: latText === '' ? 'lat' : 'lon', message: 'Vul lat en lon allebei in, of geen van beide.' });
    } else if (latValue === null || lonValue === null) {
      if (latValue === null) errors.push({ field: 'lat', message: 'De breedtegraad (lat) is geen getal, zoals 52.0907.' });
      if (lonValue === null) errors.push({ field: 'lon', message: 'De lengtegraad (lon) is geen getal, zoals 5.1214.' });
    } else if (!inNetherlands(latValue, lonValue)) {
      const swapped = inNetherlands(lonValue, latValue) ? ' Zijn lat en lon misschien verwisseld?' : '';
      errors.push({ field: 'lat', message: `Deze coördinaten (lat ${latValue}, lon ${lonValue}) liggen niet in Nederland.${swapped}` });
    } else {
      lat = latValue;
      lon = lonValue;
    }
  }

  let wijkCode: string | null = null;
  const wijk = get('wijk');
  if (wijk !== '') {
    if (/^WK\d{6}$/i.test(wijk)) wijkCode = wijk.toUpperCase();
    else errors.push({ field: 'wijk', message: 'Een wijkcode bestaat uit WK en 6 cijfers, zoals WK034401.' });
  }

  if (errors.length > 0 || premisesType === undefined) return errors;
  return completeAddress(parts, { premisesType, bagId, lat, lon, wijkCode }) ?? errors;
}

// ---------------------------------------------------------------------------------------------------------------------
// BAG records

const rdNew =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';
const rdToWgs84 = proj4(rdNew, 'WGS84');

/** True when a point lies in the RD (EPSG:28992) range used for the Netherlands. */
export function isRdPoint(x: number, y: number): boolean {
  return x >= 0 && x <= 300_000 && y >= 289_000 && y <= 629_000;
}

/** Converts an RD New (EPSG:28992) point to WGS84, rounded to 7 decimals (about 1 cm). */
export function rdToLonLat(x: number, y: number): { lon: number; lat: number } {
  const [lon = Number.NaN, lat = Number.NaN] = rdToWgs84.forward<number[]>([x, y]);
  return { lon: Math.round(lon * 1e7) / 1e7, lat: Math.round(lat * 1e7) / 1e7 };
}

const lokaalPurposes = new Set(['winkelfunctie', 'bijeenkomstfunctie', 'logiesfunctie', 'horecafunctie', 'horeca']);

/** Maps BAG gebruiksdoelen to a premises type: any woonfunctie → woning; shops, gatherings, horeca → lokaal; else bedrijfspand. */
export function premisesTypeFromPurposes(purposes: readonly string[]): PremisesType {
  const normalised = purposes.map((p) => p.trim().toLowerCase());
  if (normalised.includes('woonfunctie')) return 'woning';
  if (normalised.some((p) => lokaalPurposes.has(p) || p.includes('horeca'))) return 'lokaal';
  return 'bedrijfspand';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON field as text: strings trimmed, null/absent as '', numbers as their digits when `numbers` is set. */
function jsonText(errors: Errors, record: Record<string, unknown>, field: string, numbers = false): string | undefined {
  const value = record[field];
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (numbers && typeof value === 'number' && Number.isFinite(value)) return String(value);
  errors.push({ field, message: `Het veld ${field} moet tekst zijn.` });
  return undefined;
}

const bagAddressTypes = new Set(['verblijfsobject', 'ligplaats', 'standplaats']);

function validateBagRecord(line: string): AddressRow | Errors {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return [{ field: 'json', message: 'Deze regel is geen geldige JSON.' }];
  }
  if (!isPlainObject(value)) return [{ field: 'json', message: 'Elke regel is één JSON-object.' }];
  const errors: Errors = [];

  let bagId: string | undefined;
  const identificatie = jsonText(errors, value, 'identificatie');
  if (identificatie === '') errors.push({ field: 'identificatie', message: 'De identificatie ontbreekt.' });
  else if (identificatie !== undefined) {
    bagId = take(errors, 'identificatie', checkBagId(identificatie));
    const objectType = bagId ? bagObjectType(bagId) : null;
    if (bagId && objectType && !bagAddressTypes.has(objectType)) {
      errors.push({
        field: 'identificatie',
        message: `Alleen een verblijfsobject, ligplaats of standplaats heeft een adres; dit BAG-id is een ${objectType}.`,
      });
      bagId = undefined;
    }
  }

  const fields: Record<string, string> = {};
  const map: Record<string, [string, boolean]> = {
    postcode: ['postcode', false],
    huisnummer: ['huisnummer', true],
    huisletter: ['huisletter', false],
    huisnummertoevoeging: ['toevoeging', false],
    openbareRuimteNaam: ['straat', false],
    woonplaatsNaam: ['plaats', false],
  };
  const jsonField: Record<string, string> = {};
  for (const [source, [target, numbers]] of Object.entries(map)) {
    jsonField[target] = source;
    const text = jsonText(errors, value, source, numbers);
    fields[target] = text ?? '';
  }
  // Report problems under the JSON field names of the BAG record.
  const partErrors: Errors = [];
  const parts = validateAddressParts(partErrors, (name) => fields[name] ?? '');
  errors.push(...partErrors.map((e) => ({ field: jsonField[e.field] ?? e.field, message: e.message })));

  let purposes: string[] = [];
  const rawPurposes = value.gebruiksdoelen;
  if (Array.isArray(rawPurposes) && rawPurposes.every((p): p is string => typeof p === 'string')) purposes = rawPurposes;
  else if (rawPurposes !== undefined && rawPurposes !== null) errors.push({ field: 'gebruiksdoelen', message: 'De gebruiksdoelen zijn een lijst met tekst.' });

  let lat: number | null = null;
  let lon: number | null = null;
  const geometry = value.geometrie;
  if (geometry !== undefined && geometry !== null) {
    const coordinates = isPlainObject(geometry) && geometry.type === 'Point' ? geometry.coordinates : undefined;
    const [x, y] = Array.isArray(coordinates) ? (coordinates as unknown[]) : [];
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
      errors.push({ field: 'geometrie', message: 'De geometrie is geen punt ({ "type": "Point", "coordinates": [x, y] }).' });
    } else if (isRdPoint(x, y)) {
      ({ lat, lon } = rdToLonLat(x, y));
    } else if (inNetherlands(y, x)) {
      lon = x;
      lat = y;
    } else {
      errors.push({ field: 'geometrie', message: 'Dit punt is geen RD-coördinaat (EPSG:28992) en geen WGS84-punt (lon, lat) in Nederland.' });
    }
  }

  if (errors.length > 0 || bagId === undefined) return errors;
  return completeAddress(parts, { premisesType: premisesTypeFromPurposes(purposes), bagId, lat, lon, wijkCode: null }) ?? errors;
}

// ---------------------------------------------------------------------------------------------------------------------
// Streaming

function rowResult(kind: ImportKind, line: number, result: OrganisationRow | AddressRow | Errors): ParsedRow | RowError {
  if (Array.isArray(result)) return { line, errors: result };
  if (kind === 'organisations') return { kind, line, row: result as OrganisationRow };
  return { kind, line, row: result as AddressRow };
}

function csvErrorMessage(error: unknown): string {
  const code = isPlainObject(error) || error instanceof Error ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'een aanhalingsteken (") wordt niet gesloten.';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'na een afsluitend aanhalingsteken (") volgt geen scheidingsteken.';
    case 'CSV_MAX_RECORD_SIZE':
      return `een regel is langer dan ${maxLineLength} tekens.`;
    default:
      return 'de opbouw van de regels klopt niet.';
  }
}

interface CsvItem {
  record: string[];
  info: { lines: number };
}

function isCsvItem(x: unknown): x is CsvItem {
  return isPlainObject(x) && Array.isArray(x.record) && isPlainObject(x.info) && typeof x.info.lines === 'number';
}

async function* readCsvRows(kind: CsvKind, text: AsyncIterator<string>): AsyncGenerator<ParsedRow | RowError> {
  // Read up to the first line break to detect the delimiter; that text is then fed to the parser first.
  let head = '';
  let exhausted = false;
  while (!head.includes('\n') && head.length <= maxLineLength) {
    const next = await text.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    head += next.value;
  }
  if (head.trim() === '') throw new ImportFileError([emptyFile]);
  const newline = head.indexOf('\n');
  const headerLine = newline >= 0 ? head.slice(0, newline) : head;
  if (headerLine.trim() === '') {
    throw new ImportFileError([{ field: 'kopregel', message: 'De eerste regel is leeg; daar hoort de kopregel met de kolomnamen te staan.' }]);
  }
  const { delimiter } = parseHeaderLine(kind, headerLine);
  let parsed = { lines: 0, emptyLines: 0 };

  async function* source(): AsyncGenerator<string> {
    yield head;
    if (exhausted) return;
    for (;;) {
      const next = await text.next();
      if (next.done) return;
      yield next.value;
    }
  }
  const parser = parse({
    delimiter,
    record_delimiter: '\n',
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: maxLineLength,
    // Runs as records are parsed (ahead of consumption), so a parse error can be placed after the last good record.
    on_record: (record, context) => {
      parsed = { lines: context.lines, emptyLines: context.empty_lines };
      return record;
    },
  });
  const records = pipeline(Readable.from(source()), parser, () => {
    // Errors surface through the iteration below.
  });

  const today = dutchDate(new Date());
  let header: ResolvedHeader | undefined;
  try {
    for await (const item of records as AsyncIterable<unknown>) {
      if (!isCsvItem(item)) continue;
      const { record } = item;
      // info.lines is the line on which the record ends; line breaks inside quoted fields move its start back.
      const newlines = record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
      const line = item.info.lines - newlines;
      if (!header) {
        header = resolveHeader(kind, record);
        continue;
      }
      if (record.every((field) => field.trim() === '')) continue;
      const width = header.columns.length;
      if (record.length < width || record.slice(width).some((field) => field.trim() !== '')) {
        yield { line, errors: [{ field: 'regel', message: `Deze regel heeft ${record.length} velden; de kopregel heeft er ${width}.` }] };
        continue;
      }
      const index = header.index;
      const get = (name: string): string => {
        const i = index.get(name);
        return i === undefined ? '' : (record[i] ?? '').trim();
      };
      yield rowResult(kind, line, kind === 'organisations' ? validateOrganisation(get, today) : validateAddress(get));
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    // The broken record starts after the last parsed record and the empty lines skipped since.
    const emptyLines = (error as { empty_lines?: unknown }).empty_lines;
    const skipped = typeof emptyLines === 'number' ? Math.max(0, emptyLines - parsed.emptyLines) : 0;
    const line = parsed.lines + 1 + skipped;
    throw new ImportFileError([{ field: 'bestand', message: `Het bestand is vanaf regel ${line} niet te lezen: ${csvErrorMessage(error)}` }]);
  } finally {
    records.destroy();
  }
}

async function* readBagRows(text: AsyncIterator<string>): AsyncGenerator<ParsedRow | RowError> {
  let buffer = '';
  let line = 0;
  let first = true;
  const handle = (content: string): ParsedRow | RowError | null => {
    line++;
    if (content.trim() === '') return null;
    if (first) {
      first = false;
      checkFirstBagLine(content);
    }
    return rowResult('bag', line, validateBagRecord(content));
  };
  for (;;) {
    const next = await text.next();
    if (next.done) break;
    buffer += next.value;
    let start = 0;
    for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n', start)) {
      const result = handle(buffer.slice(start, end));
      start = end + 1;
      if (result) yield result;
    }
    buffer = buffer.slice(start);
    if (buffer.length > maxLineLength) {
      throw new ImportFileError([{ field: 'bestand', message: `Regel ${line + 1} is langer dan ${maxLineLength} tekens.` }]);
    }
  }
  const result = handle(buffer);
  if (result) yield result;
  if (first) throw new ImportFileError([emptyFile]);
}

/**
 * Streams and validates the rows of an import file: yields each valid row or a {@link RowError} with the 1-based line
 * number in the file (the line where the record starts) and every failing field, in Dutch. CSV goes through
 * csv-parse's streaming parser, bag through line splitting, so the file is never held as an array of rows.
 *
 * Empty lines (also lines of only delimiters) are skipped; a row with the wrong number of fields is a RowError (extra
 * empty fields at the end are tolerated). The header and the encoding are checked again here, so a file-level problem
 * throws {@link ImportFileError} — also halfway through the file (invalid UTF-8 further on, an unclosed quote), after
 * rows were already yielded: write inside a transaction and roll back on that error.
 */
export async function* readImportRows(kind: ImportKind, input: AsyncIterable<Buffer | string> | Buffer): AsyncGenerator<ParsedRow | RowError> {
  const text = decodeText(input);
  try {
    if (kind === 'bag') yield* readBagRows(text);
    else yield* readCsvRows(kind, text);
  } finally {
    await text.return(undefined);
  }
}
