/**
 * Merge fields of letter templates (ADR 0013): the fixed list a jurist can use as `{{ veld }}`, the parser that
 * refuses unknown fields and unbalanced braces, and the filling of a template with a case's values. Pure.
 */

export const letterRecordTypes = ['measure', 'bibob_screening'] as const;
export type LetterRecordType = (typeof letterRecordTypes)[number];

export interface MergeField {
  name: string;
  description: string;
  recordTypes: readonly LetterRecordType[];
}

const both: readonly LetterRecordType[] = ['measure', 'bibob_screening'];
const measure: readonly LetterRecordType[] = ['measure'];
const bibob: readonly LetterRecordType[] = ['bibob_screening'];

/** Every merge field, in the order the editor lists them, with its Dutch description. */
export const mergeFields: readonly MergeField[] = [
  { name: 'kenmerk', description: 'Kenmerk van de zaak (zaaknummer)', recordTypes: both },
  { name: 'datum', description: 'Datum van vandaag, voluit geschreven (bijvoorbeeld 2 december 2026)', recordTypes: both },
  { name: 'geadresseerde', description: 'Naam van de geadresseerde', recordTypes: both },
  { name: 'adres_geadresseerde', description: 'Postadres van de geadresseerde', recordTypes: measure },
  { name: 'adres_pand', description: 'Adres van het pand of de inrichting waar het om gaat', recordTypes: both },
  { name: 'grondslag', description: 'Naam van de wettelijke grondslag van de maatregel', recordTypes: measure },
  { name: 'artikel', description: 'Wetsartikel van de grondslag', recordTypes: measure },
  { name: 'bevoegd_gezag', description: 'Het bevoegd gezag: de burgemeester of het college van burgemeester en wethouders', recordTypes: both },
  { name: 'maatregel', description: 'De maatregel in woorden (bijvoorbeeld sluiting van de woning)', recordTypes: measure },
  { name: 'duur', description: 'Duur van de maatregel (bijvoorbeeld 3 maanden)', recordTypes: measure },
  { name: 'feiten', description: 'De feiten en omstandigheden waarop de maatregel steunt', recordTypes: measure },
  { name: 'datum_besluit', description: 'Datum van het besluit', recordTypes: both },
  { name: 'datum_bekendmaking', description: 'Datum waarop het besluit is bekendgemaakt', recordTypes: measure },
  { name: 'zienswijze_termijn', description: 'Uiterste datum om een zienswijze te geven', recordTypes: measure },
  {
    name: 'begunstigingstermijn',
    description: 'Einde van de begunstigingstermijn: uiterlijk op deze datum moet aan de last zijn voldaan',
    recordTypes: measure,
  },
  { name: 'bezwaartermijn', description: 'Uiterste datum om bezwaar te maken (zes weken na de dag van bekendmaking)', recordTypes: measure },
  {
    name: 'bezwaarclausule',
    description: 'De standaardtekst over bezwaar maken en een voorlopige voorziening vragen (Awb 6:5, 6:7, 6:8 en 8:81)',
    recordTypes: both,
  },
  { name: 'aanvrager', description: 'Naam van de aanvrager van de vergunning', recordTypes: bibob },
  { name: 'vergunning', description: 'De aangevraagde of verleende vergunning', recordTypes: bibob },
  { name: 'bibob_advies', description: 'Het advies van het Landelijk Bureau Bibob (mate van gevaar)', recordTypes: bibob },
  { name: 'besluit_bibob', description: 'Het besluit op de aanvraag (verlenen, onder voorschriften verlenen, weigeren of intrekken)', recordTypes: bibob },
  { name: 'voorwaarden', description: 'Voorschriften die aan de vergunning worden verbonden', recordTypes: bibob },
];

const fieldNames: ReadonlySet<string> = new Set(mergeFields.map((field) => field.name));

export function isMergeField(name: string): boolean {
  return fieldNames.has(name);
}

export type Token = { type: 'text'; text: string } | { type: 'field'; name: string };

export type ParseResult = { ok: true; tokens: Token[]; fields: string[] } | { ok: false; message: string };

const KNOWN = `Bekende velden: ${mergeFields.map((field) => field.name).join(', ')}.`;

/** Line and column (1-based) of an offset, for messages a jurist can act on. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `regel ${before.length}, positie ${(before.at(-1)?.length ?? 0) + 1}`;
}

/**
 * Splits a template text into text and `{{ veld }}` tokens. Refuses unbalanced braces (`{{` without `}}`, a `}}`
 * without `{{`, a `{{` inside a field), empty or malformed field names and unknown fields, with a Dutch message.
 */
export function parseTemplate(text: string): ParseResult {
  const tokens: Token[] = [];
  const fields: string[] = [];
  let cursor = 0;
  while (cursor < text.length) {
    const open = text.indexOf('{{', cursor);
    const stray = text.indexOf('}}', cursor);
    if (stray !== -1 && (open === -1 || stray < open)) {
      return { ok: false, message: `Sluitende accolades }} zonder openende {{ op ${position(text, stray)}. Schrijf een samenvoegveld als {{ kenmerk }}.` };
    }
    if (open === -1) {
      tokens.push({ type: 'text', text: text.slice(cursor) });
      break;
    }
    if (open > cursor) tokens.push({ type: 'text', text: text.slice(cursor, open) });
    const close = text.indexOf('}}', open + 2);
    const nested = text.indexOf('{{', open + 2);
    if (close === -1 || (nested !== -1 && nested < close)) {
      return { ok: false, message: `Openende accolades {{ zonder sluitende }} op ${position(text, open)}. Schrijf een samenvoegveld als {{ kenmerk }}.` };
    }
    const inner = text.slice(open + 2, close);
    const name = inner.trim();
    if (!/^[a-z][a-z_]*$/.test(name)) {
      const shown = name === '' ? '{{ }}' : `{{${name}}}`;
      return { ok: false, message: `Ongeldig samenvoegveld ${shown} op ${position(text, open)}: een veldnaam bestaat uit kleine letters en _. ${KNOWN}` };
    }
    if (!fieldNames.has(name)) {
      return { ok: false, message: `Onbekend samenvoegveld {{${name}}} op ${position(text, open)}. ${KNOWN}` };
    }
    tokens.push({ type: 'field', name });
    if (!fields.includes(name)) fields.push(name);
    cursor = close + 2;
  }
  return { ok: true, tokens, fields };
}

export interface TemplateFieldError {
  path: string;
  message: string;
}

/**
 * Checks a template's subject and body: every merge field known and, when the template is for one kind of record,
 * available for that kind. Returns field errors with paths `body.subject` and `body.body`; empty when valid.
 */
export function validateTemplate(input: { subject: string; body: string }, recordType?: LetterRecordType): TemplateFieldError[] {
  const errors: TemplateFieldError[] = [];
  for (const key of ['subject', 'body'] as const) {
    const parsed = parseTemplate(input[key]);
    if (!parsed.ok) {
      errors.push({ path: `body.${key}`, message: parsed.message });
      continue;
    }
    if (recordType) {
      const unavailable = parsed.fields.filter((name) => !mergeFields.find((field) => field.name === name)?.recordTypes.includes(recordType));
      if (unavailable.length > 0) {
        const kind = recordType === 'measure' ? 'een maatregel' : 'een Bibob-onderzoek';
        errors.push({
          path: `body.${key}`,
          message: `Het samenvoegveld ${unavailable.map((name) => `{{${name}}}`).join(', ')} is niet beschikbaar bij ${kind}, waarvoor dit sjabloon is.`,
        });
      }
    }
  }
  return errors;
}

/** The merge fields used by a subject and body (both must parse). */
export function usedFields(subject: string, body: string): string[] {
  const fields: string[] = [];
  for (const text of [subject, body]) {
    const parsed = parseTemplate(text);
    if (!parsed.ok) throw new Error(parsed.message);
    for (const name of parsed.fields) if (!fields.includes(name)) fields.push(name);
  }
  return fields;
}

export type MergeValues = Partial<Record<string, string>>;

/** Fields a text uses that have no (non-empty) value. */
export function missingFields(fields: readonly string[], values: MergeValues): string[] {
  return fields.filter((name) => !values[name]?.trim());
}

/** Fills a template text; every field used must have a value (check with {@link missingFields} first). */
export function fillTemplate(text: string, values: MergeValues): string {
  const parsed = parseTemplate(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.tokens
    .map((token) => {
      if (token.type === 'text') return token.text;
      const value = values[token.name];
      if (value === undefined) throw new Error(`no value for merge field ${token.name}`);
      return value;
    })
    .join('');
}

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** A YYYY-MM-DD date as a Dutch long date: "2 december 2026". */
export function dutchLongDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`not a date: ${isoDate}`);
  const month = months[Number(match[2]) - 1];
  if (!month) throw new Error(`not a date: ${isoDate}`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** Today in Amsterdam as YYYY-MM-DD. */
export function amsterdamToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A duration in months in words: "1 maand", "3 maanden". */
export function dutchMonths(months: number): string {
  return months === 1 ? '1 maand' : `${months} maanden`;
}

/** Which of the two authorities decides: the burgemeester or the college van burgemeester en wethouders. */
export type Authority = 'mayor' | 'college';

export function authorityOf(text: string | null | undefined): Authority {
  return text && /college/i.test(text) ? 'college' : 'mayor';
}

export function authorityName(authority: Authority): string {
  return authority === 'college' ? 'het college van burgemeester en wethouders van Utrecht' : 'de burgemeester van Utrecht';
}

/** The signature line: "de burgemeester van Utrecht" or "burgemeester en wethouders van Utrecht". */
export function signatureName(authority: Authority): string {
  return authority === 'college' ? 'burgemeester en wethouders van Utrecht' : 'de burgemeester van Utrecht';
}

/**
 * The standard objection clause (bezwaarclausule): six weeks after the day of announcement (Awb 6:7, 6:8), addressed to
 * the authority that decided, what an objection must contain (Awb 6:5), and provisional relief at the rechtbank Midden-Nederland.
 */
export function objectionClause(authority: Authority): string {
  const addressee = authority === 'college' ? 'het college van burgemeester en wethouders van Utrecht' : 'de burgemeester van Utrecht';
  return [
    `Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag waarop dit besluit is bekendgemaakt bezwaar maken (artikelen 6:7 en 6:8 van de Algemene wet bestuursrecht). U stuurt uw bezwaarschrift aan ${addressee}, Postbus 16200, 3500 CE Utrecht.`,
    'Het bezwaarschrift moet zijn ondertekend en bevat ten minste: uw naam en adres, de datum, een omschrijving van het besluit waartegen u bezwaar maakt (vermeld bij voorkeur het kenmerk van deze brief) en de redenen waarom u het niet eens bent met het besluit (artikel 6:5 van de Algemene wet bestuursrecht).',
    'Een bezwaarschrift schorst de werking van dit besluit niet. Vindt u dat de zaak zo spoedeisend is dat u de beslissing op uw bezwaar niet kunt afwachten? Dan kunt u de voorzieningenrechter van de rechtbank Midden-Nederland, Postbus 16005, 3500 DA Utrecht, vragen een voorlopige voorziening te treffen (artikel 8:81 van de Algemene wet bestuursrecht). Dat kan alleen als u ook bezwaar hebt gemaakt. Voor dit verzoek betaalt u griffierecht.',
  ].join('\n\n');
}
