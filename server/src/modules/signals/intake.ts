import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql, type QueryCreator } from 'kysely';
import type { Config } from '../../config.js';
import type { Database } from '../../db/schema.js';
import type { Trace } from '../../kernel/context.js';
import { encryptField, hmacHex } from '../../kernel/crypto.js';
import type { Db } from '../../kernel/db.js';
import { newStorageKey, type FileStore } from '../../kernel/files.js';
import { recordTrail, trailRows } from '../../kernel/trail.js';
import { amsterdamToday } from '../tasks/index.js';
import { computeDeadline, isDeadlineError, isIsoDate, normaliseDutchDate, termCalendar } from '../legal/index.js';
import { assignArea } from '../registry/index.js';
import { checkHouseLetter, checkHouseNumberAddition, checkPostcode } from '../registry/identifiers.js';
import { checkAnswers, question, type Answers, type Question, type RawAnswers } from './categories.js';

/**
 * Intake of a signal, whatever the channel: the checks every signal passes (with messages in Dutch and
 * English, so the public form and the API say the same thing), and the one function that stores a
 * signal with its first history row, photos and trail. The public form, partner reports and staff
 * entries all come through here (ADR 0011).
 */

export const SIGNAL_ACTIVITY = 'signal_intake';
export const SIGNAL_RECORD_TYPE = 'signal';

export const signalChannels = ['public_form', 'police_report', 'cannabis_report', 'staff'] as const;
export type SignalChannel = (typeof signalChannels)[number];

export interface Bilingual {
  nl: string;
  en: string;
}

/** A problem with one field of an intake, named as the form and the API name it. */
export interface IntakeProblem {
  /** `categoryCode`, `description`, `observedOn`, `observedTime`, `location`, `location.postcode`, …, `answers.<key>`, `contact.email`, … */
  field: string;
  message: Bilingual;
}

export interface IntakeLocation {
  postcode?: string | null;
  houseNumber?: string | number | null;
  houseLetter?: string | null;
  houseNumberAddition?: string | null;
  text?: string | null;
  lat?: number | string | null;
  lon?: number | string | null;
}

export interface IntakeContact {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** What a channel hands in, before the checks. */
export interface IntakeInput {
  categoryCode: string;
  description: string;
  observedOn?: string | null;
  observedTime?: string | null;
  location: IntakeLocation;
  answers?: RawAnswers;
  contact?: IntakeContact | null;
}

/** A checked intake: ready to store. */
export interface CheckedIntake {
  category: CategoryRow;
  description: string;
  observedOn: string | null;
  observedTime: string | null;
  postcode: string | null;
  houseNumber: number | null;
  houseLetter: string | null;
  houseNumberAddition: string | null;
  locationText: string | null;
  lat: number | null;
  lon: number | null;
  answers: Answers;
  contact: { name: string | null; email: string | null; phone: string | null } | null;
}

export interface CategoryRow {
  code: string;
  nameNl: string;
  nameEn: string;
  questions: Question[];
  slaDays: number;
  slaUnit: 'calendar' | 'working';
  urgency: number;
  confidentiality: string;
  active: boolean;
}

/** A photo after re-encoding (see photos.ts): the bytes to store and what is known about them. */
export interface StoredPhotoInput {
  content: Buffer;
  contentType: string;
  width: number;
  height: number;
}

/** Bounds of the Netherlands (WGS84), generous: a point outside is a mistake, not a location. */
const NL_BOUNDS = { minLat: 50.7, maxLat: 53.6, minLon: 3.3, maxLon: 7.3 };
export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 5000;
const OBSERVED_YEARS_BACK = 5;

const msg = (nl: string, en: string): Bilingual => ({ nl, en });

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** Characters that have no place in a report: control characters other than tab and newline. */
function clean(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

export async function loadCategory(db: Db, code: string): Promise<CategoryRow | undefined> {
  const row = await db.selectFrom('signal_categories').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? toCategoryRow(row) : undefined;
}

export function toCategoryRow(row: {
  code: string;
  name_nl: string;
  name_en: string;
  questions: unknown;
  sla_days: number;
  sla_unit: string;
  urgency: number;
  confidentiality: string;
  active: boolean;
}): CategoryRow {
  const parsed = question.array().safeParse(row.questions);
  return {
    code: row.code,
    nameNl: row.name_nl,
    nameEn: row.name_en,
    questions: parsed.success ? parsed.data : [],
    slaDays: row.sla_days,
    slaUnit: row.sla_unit === 'calendar' ? 'calendar' : 'working',
    urgency: row.urgency,
    confidentiality: row.confidentiality,
    active: row.active,
  };
}

/** Today and the first day we still accept as "seen on", as YYYY-MM-DD in Europe/Amsterdam. */
function observedBounds(now: Date): { today: string; earliest: string } {
  const today = amsterdamToday(now);
  const earliest = `${Number(today.slice(0, 4)) - OBSERVED_YEARS_BACK}${today.slice(4)}`;
  return { today, earliest };
}

function parseCoordinate(value: unknown): number | null | 'invalid' {
  const t = text(value).replace(',', '.');
  if (t === '') return null;
  if (!/^-?\d{1,3}(\.\d{1,10})?$/.test(t)) return 'invalid';
  return Number(t);
}

/**
 * Checks an intake against its category. Every problem is returned at once, each naming its field,
 * so a form can show them all. `now` is for tests.
 */
export function checkIntake(
  category: CategoryRow | undefined,
  input: IntakeInput,
  now = new Date(),
): { ok: true; intake: CheckedIntake } | { ok: false; problems: IntakeProblem[] } {
  const problems: IntakeProblem[] = [];
  const add = (field: string, nl: string, en: string) => problems.push({ field, message: msg(nl, en) });

  if (!category || !category.active) add('categoryCode', 'Kies waar uw melding over gaat.', 'Please choose what your report is about.');

  const description = clean(text(input.description));
  if (description.length < DESCRIPTION_MIN) {
    add(
      'description',
      `Beschrijf wat u zag, in minstens ${DESCRIPTION_MIN} tekens.`,
      `Please describe what you saw, in at least ${DESCRIPTION_MIN} characters.`,
    );
  } else if (description.length > DESCRIPTION_MAX) {
    add(
      'description',
      `Uw beschrijving is te lang: hoogstens ${DESCRIPTION_MAX} tekens.`,
      `Your description is too long: at most ${DESCRIPTION_MAX} characters.`,
    );
  }

  const { today, earliest } = observedBounds(now);
  let observedOn: string | null = normaliseDutchDate(text(input.observedOn));
  if (observedOn === '') observedOn = null;
  else if (!isIsoDate(observedOn)) {
    add('observedOn', 'Geef een bestaande datum, bijvoorbeeld 14-03-2026.', 'Please enter a real date, for example 14-03-2026.');
  } else if (observedOn > today) {
    add('observedOn', 'De datum ligt in de toekomst. Wanneer zag u het?', 'The date is in the future. When did you see it?');
  } else if (observedOn < earliest) {
    add('observedOn', `Geef een datum in de afgelopen ${OBSERVED_YEARS_BACK} jaar.`, `Please enter a date within the last ${OBSERVED_YEARS_BACK} years.`);
  }
  let observedTime: string | null = text(input.observedTime).replace('.', ':');
  if (observedTime === '') observedTime = null;
  else if (!/^([01]?\d|2[0-3]):[0-5]\d$/.test(observedTime)) {
    add('observedTime', 'Geef een tijd als uu:mm, bijvoorbeeld 21:30.', 'Please enter a time as hh:mm, for example 21:30.');
  } else observedTime = observedTime.padStart(5, '0');
  if (observedTime !== null && observedOn === null && !problems.some((p) => p.field === 'observedOn')) {
    add('observedOn', 'Geef ook de datum bij de tijd.', 'Please also give the date with the time.');
  }

  // Location: an address, a point, or a description; at least one of them.
  const loc = input.location;
  let postcode: string | null = null;
  let houseNumber: number | null = null;
  let houseLetter: string | null = null;
  let houseNumberAddition: string | null = null;
  const rawPostcode = text(loc.postcode);
  const rawNumber = text(loc.houseNumber);
  if (rawPostcode !== '' || rawNumber !== '') {
    const pc = checkPostcode(rawPostcode);
    if (rawPostcode === '') add('location.postcode', 'Geef ook de postcode.', 'Please also enter the postcode.');
    else if (!pc.ok) add('location.postcode', 'Geef een postcode als 1234 AB.', 'Please enter a postcode like 1234 AB.');
    else postcode = pc.value;
    if (rawNumber === '') add('location.houseNumber', 'Geef ook het huisnummer.', 'Please also enter the house number.');
    else if (!/^\d{1,5}$/.test(rawNumber) || Number(rawNumber) < 1) {
      add('location.houseNumber', 'Geef een huisnummer (alleen cijfers).', 'Please enter a house number (digits only).');
    } else houseNumber = Number(rawNumber);
    const letter = text(loc.houseLetter);
    if (letter !== '') {
      const l = checkHouseLetter(letter);
      if (!l.ok) add('location.houseLetter', 'Een huisletter is één letter.', 'A house letter is one letter.');
      else houseLetter = l.value;
    }
    const addition = text(loc.houseNumberAddition);
    if (addition !== '') {
      const a = checkHouseNumberAddition(addition);
      if (!a.ok) add('location.houseNumberAddition', 'Een toevoeging is hoogstens 4 letters of cijfers.', 'An addition is at most 4 letters or digits.');
      else houseNumberAddition = a.value;
    }
  }
  const lat = parseCoordinate(loc.lat);
  const lon = parseCoordinate(loc.lon);
  let point: { lat: number; lon: number } | null = null;
  if (lat === 'invalid' || lon === 'invalid' || (lat === null) !== (lon === null)) {
    add(
      'location.point',
      'Het punt op de kaart is niet goed doorgekomen. Kies het opnieuw of geef een adres.',
      'The point on the map did not come through. Choose it again or enter an address.',
    );
  } else if (lat !== null && lon !== null) {
    if (lat < NL_BOUNDS.minLat || lat > NL_BOUNDS.maxLat || lon < NL_BOUNDS.minLon || lon > NL_BOUNDS.maxLon) {
      add(
        'location.point',
        'Het punt ligt buiten Nederland. Kies een punt in Utrecht.',
        'The point is outside the Netherlands. Please choose a point in Utrecht.',
      );
    } else point = { lat, lon };
  }
  const locationText = clean(text(loc.text)).slice(0, 1001);
  if (locationText.length > 1000) add('location.text', 'Hoogstens 1000 tekens.', 'At most 1000 characters.');
  const hasAddress = rawPostcode !== '' || rawNumber !== '';
  if (!hasAddress && !point && locationText === '' && !problems.some((p) => p.field.startsWith('location'))) {
    add(
      'location',
      'Geef aan waar het is: een adres, een punt op de kaart of een omschrijving van de plek.',
      'Please say where it is: an address, a point on the map or a description of the place.',
    );
  }

  let answers: Answers = {};
  if (category) {
    const checked = checkAnswers(category.questions, input.answers ?? {});
    answers = checked.answers;
    for (const p of checked.problems) problems.push({ field: `answers.${p.key}`, message: p.message });
  }

  let contact: CheckedIntake['contact'] = null;
  if (input.contact) {
    const name = clean(text(input.contact.name)).slice(0, 201);
    const email = text(input.contact.email).toLowerCase();
    const phone = text(input.contact.phone);
    if (name.length > 200) add('contact.name', 'Hoogstens 200 tekens.', 'At most 200 characters.');
    if (email !== '' && (email.length > 254 || !/^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/.test(email))) {
      add('contact.email', 'Geef een e-mailadres als naam@voorbeeld.nl.', 'Please enter an email address like name@example.com.');
    }
    if (phone !== '' && !/^\+?[0-9 ()-]{8,20}$/.test(phone)) {
      add('contact.phone', 'Geef een telefoonnummer met 10 cijfers, bijvoorbeeld 06 12345678.', 'Please enter a phone number, for example 06 12345678.');
    }
    if (name !== '' || email !== '' || phone !== '') contact = { name: name || null, email: email || null, phone: phone || null };
  }

  if (problems.length > 0 || !category) return { ok: false, problems };
  return {
    ok: true,
    intake: {
      category,
      description,
      observedOn,
      observedTime,
      postcode,
      houseNumber,
      houseLetter,
      houseNumberAddition,
      locationText: locationText === '' ? null : locationText,
      lat: point?.lat ?? null,
      lon: point?.lon ?? null,
      answers,
      contact,
    },
  };
}

/** Follow-up codes: 20 characters of Crockford base32 (100 bits), shown in groups of four. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newFollowCode(): string {
  const bytes = randomBytes(20);
  let code = '';
  for (const b of bytes) code += CROCKFORD[b & 31];
  return code.match(/.{4}/g)!.join('-');
}

/** The code as typed (spaces, lower case, O for 0, I or L for 1) → the canonical 20 characters, or null. */
export function normaliseFollowCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (s.length !== 20 || [...s].some((c) => !CROCKFORD.includes(c))) return null;
  return s;
}

/** The stored form of a follow-up code: a keyed hash, so the database never holds the code. */
export function followCodeHash(config: Pick<Config, 'secrets'>, code: string): string {
  const canonical = normaliseFollowCode(code);
  return hmacHex(config.secrets.pseudonymKey, `signal-follow:${canonical ?? code}`);
}

/** Next signal number: SIG-2026-000123 (the year of receipt, a sequence over all years). */
async function nextNumber(db: Db, now: Date): Promise<string> {
  const { rows } = await sql<{ n: number }>`select nextval('signal_number_seq')::integer as n`.execute(db);
  return `SIG-${amsterdamToday(now).slice(0, 4)}-${String(rows[0]!.n).padStart(6, '0')}`;
}

/** The service-level deadline of a category, counted from the day of receipt with the deadline engine. */
export async function slaDeadline(db: Db, category: Pick<CategoryRow, 'slaDays' | 'slaUnit'>, receivedOn: string): Promise<string> {
  const result = computeDeadline(await termCalendar(db), receivedOn, `P${category.slaDays}D`, { unit: category.slaUnit });
  if (isDeadlineError(result)) throw new Error(`service level of ${category.slaDays} days: ${result.message}`);
  return result.end;
}

export interface StoreSignalOptions {
  db: Db;
  config: Config;
  files: FileStore;
  channel: SignalChannel;
  intake: CheckedIntake;
  photos?: StoredPhotoInput[];
  /** Structured fields of a police or cannabis report. */
  partnerReport?: unknown;
  /** The public form's one-time key: a second submission with the same key stores nothing. */
  submissionKey?: string | null;
  /** Who enters it; null for the public form (no identity is kept). */
  actor: { userId: string; username: string; role: string; organisationId: string } | null;
  requestId: string | null;
  trace: Trace;
  /** For tests. */
  now?: Date;
}

export type StoreSignalResult =
  { stored: true; id: string; number: string; followCode: string | null; deadline: string } | { stored: false; reason: 'already_received' };

const isUniqueViolation = (error: unknown, constraint: string): boolean =>
  (error as { code?: string }).code === '23505' &&
  String((error as { constraint?: string; message?: string }).constraint ?? (error as Error).message).includes(constraint);

/**
 * Stores a checked signal: the signal, its first history row, its photos and the trail, in one
 * statement; the photo files are written first and removed again when the statement fails, so
 * nothing is left half-written. Public signals get a follow-up code, returned once and kept only as a
 * keyed hash. Works with the public database role: it inserts, and reads nothing back.
 */
export async function storeSignal(options: StoreSignalOptions): Promise<StoreSignalResult> {
  const { db, config, files, channel, intake, actor } = options;
  const now = options.now ?? new Date();
  const id = randomUUID();
  const followCode = channel === 'public_form' ? newFollowCode() : null;
  const area = await assignArea(db, { lat: intake.lat, lon: intake.lon, wijkCode: null });
  const deadline = await slaDeadline(db, intake.category, amsterdamToday(now));

  const photoRows = (options.photos ?? []).map((p) => ({
    id: randomUUID(),
    signal_id: id,
    storage_key: newStorageKey(),
    content_type: p.contentType,
    width: p.width,
    height: p.height,
    size_bytes: p.content.length,
    sha256: createHash('sha256').update(p.content).digest('hex'),
    source: actor ? 'staff' : 'reporter',
    uploaded_by: actor?.userId ?? null,
    content: p.content,
  }));
  const written: string[] = [];
  try {
    for (const p of photoRows) {
      await files.put(p.storage_key, p.content);
      written.push(p.storage_key);
    }
    const number = await nextNumber(db, now);
    const trail = trailRows(
      { config, actor, requestId: options.requestId, trace: options.trace },
      {
        action: 'create',
        objectType: SIGNAL_RECORD_TYPE,
        objectId: id,
        reason: `channel ${channel}`,
        ...(intake.contact ? { processing: { activity: SIGNAL_ACTIVITY, name: 'Melding ontvangen', subjects: [{ type: 'signal_reporter', id }] } } : {}),
      },
    )!;
    // One statement: the signal, its first history row, its photos, the team row and the trail are stored together
    // or not at all, without a transaction around several round trips (the public form's rate depends on it).
    // Each part is a data-modifying CTE; the conditional ones are added to the chain as needed.
    let statement = db
      .with('signal', (q) =>
        q.insertInto('signals').values({
          id,
          number,
          submission_key: options.submissionKey ?? null,
          channel,
          category_code: intake.category.code,
          description: intake.description,
          observed_on: intake.observedOn,
          observed_time: intake.observedTime,
          postcode: intake.postcode,
          house_number: intake.houseNumber,
          house_letter: intake.houseLetter,
          house_number_addition: intake.houseNumberAddition,
          location_text: intake.locationText,
          lat: intake.lat,
          lon: intake.lon,
          wijk_code: area.wijkCode,
          buurt_code: area.buurtCode,
          answers: JSON.stringify(intake.answers),
          partner_report: options.partnerReport === undefined ? null : JSON.stringify(options.partnerReport),
          contact_enc: intake.contact ? encryptField(config.secrets.encryptionKey, JSON.stringify(intake.contact)) : null,
          follow_code_hash: followCode ? followCodeHash(config, followCode) : null,
          deadline,
          urgency: intake.category.urgency,
          confidentiality: intake.category.confidentiality,
          received_at: now,
          status_changed_at: now,
          created_by: actor?.userId ?? null,
          assigned_organisation_id: null,
        }),
      )
      .with('history', (q) =>
        q
          .insertInto('signal_status_history')
          .values({ signal_id: id, from_status: null, to_status: 'reported', changed_by: actor?.userId ?? null, changed_at: now }),
      ) as unknown as QueryCreator<Database>;
    if (photoRows.length > 0) {
      const rows = photoRows.map(({ content: _content, ...row }) => row);
      statement = statement.with('photos', (q) => q.insertInto('signal_photos').values(rows)) as unknown as QueryCreator<Database>;
    }
    if (actor) {
      // Whoever enters a signal needs to know it: they are on its team.
      const member = { record_type: SIGNAL_RECORD_TYPE, record_id: id, user_id: actor.userId, team_role: 'melder' };
      statement = statement.with('team', (q) => q.insertInto('record_team').values(member)) as unknown as QueryCreator<Database>;
    }
    if (trail.lines.length > 0) {
      statement = statement.with('processing', (q) => q.insertInto('processing_log').values(trail.lines)) as unknown as QueryCreator<Database>;
    }
    await statement.insertInto('audit_events').values(trail.event).execute();
    return { stored: true, id, number, followCode, deadline };
  } catch (error) {
    await Promise.all(written.map((key) => files.remove(key).catch(() => undefined)));
    if (options.submissionKey && isUniqueViolation(error, 'submission_key')) return { stored: false, reason: 'already_received' };
    throw error;
  }
}

export interface PublicLookup {
  signalId: string;
  number: string;
  coarseStatus: 'received' | 'in_progress' | 'done';
  receivedAt: Date;
  additions: number;
}

/** What a follow-up code opens: the coarse status, through the one function the public role may call. */
export async function lookupByFollowCode(db: Db, config: Pick<Config, 'secrets'>, code: string): Promise<PublicLookup | undefined> {
  if (normaliseFollowCode(code) === null) return undefined;
  const { rows } = await sql<{ signal_id: string; number: string; coarse_status: string; received_at: Date | string; additions: number }>`
    select * from signal_public_lookup(${followCodeHash(config, code)})`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  const coarse = row.coarse_status === 'received' || row.coarse_status === 'done' ? row.coarse_status : 'in_progress';
  return { signalId: row.signal_id, number: row.number, coarseStatus: coarse, receivedAt: new Date(row.received_at), additions: row.additions };
}

export const ADDITIONS_MAX = 20;

/**
 * Adds the reporter's later information (text and photos) to the signal a follow-up code opens. Returns
 * false when the code opens nothing (the caller says so without telling why). Files first, removed again
 * when the transaction fails.
 */
export async function addToSignal(options: {
  db: Db;
  config: Config;
  files: FileStore;
  signalId: string;
  body: string;
  photos?: StoredPhotoInput[];
  requestId: string | null;
  trace: Trace;
}): Promise<void> {
  const { db, config, files, signalId } = options;
  const additionId = randomUUID();
  const photoRows = (options.photos ?? []).map((p) => ({
    id: randomUUID(),
    signal_id: signalId,
    addition_id: additionId,
    storage_key: newStorageKey(),
    content_type: p.contentType,
    width: p.width,
    height: p.height,
    size_bytes: p.content.length,
    sha256: createHash('sha256').update(p.content).digest('hex'),
    source: 'reporter',
    uploaded_by: null,
    content: p.content,
  }));
  const written: string[] = [];
  try {
    for (const p of photoRows) {
      await files.put(p.storage_key, p.content);
      written.push(p.storage_key);
    }
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('signal_additions')
        .values({ id: additionId, signal_id: signalId, body: clean(options.body.trim()) })
        .execute();
      if (photoRows.length > 0) {
        await trx
          .insertInto('signal_photos')
          .values(photoRows.map(({ content: _content, ...row }) => row))
          .execute();
      }
      await recordTrail(
        { db: trx, config, actor: null, requestId: options.requestId, trace: options.trace },
        { action: 'update', objectType: SIGNAL_RECORD_TYPE, objectId: signalId, reason: 'reporter added information' },
      );
    });
  } catch (error) {
    await Promise.all(written.map((key) => files.remove(key).catch(() => undefined)));
    throw error;
  }
}
