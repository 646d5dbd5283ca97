import { randomBytes } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import { can, confidentialityRank, decideRecord, isConfidentiality, isOnTeam, type Actor, type Confidentiality } from '../../kernel/access.js';
import type { ServiceContext } from '../../kernel/context.js';
import { encryptField, hmacHex } from '../../kernel/crypto.js';
import type { Db } from '../../kernel/db.js';
import { AppError, conflict, forbidden, notFound } from '../../kernel/errors.js';
import { recordTrail, type DataSubject } from '../../kernel/trail.js';
import type { SubjectTable } from '../../db/schema.js';
import { assignArea } from './areas.service.js';
import { maskBsn, normaliseName } from './identifiers.js';
import type { SubjectDetail, SubjectFacts, SubjectInput, SubjectKind, SubjectSummary } from './registry.schemas.js';
import { SUBJECT_RECORD_TYPE, subjectVisible } from './visibility.js';

export const REGISTRY_ACTIVITY = 'registry_subjects';

export type SubjectRow = Selectable<SubjectTable>;

const refPrefix: Record<SubjectKind, string> = { person: 'P', organisation: 'O', address: 'A', vehicle: 'V', bank_account: 'B' };
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A stable pseudonymous id such as `P-7K3M9QXZ`: random, so it reveals nothing about the person. */
export function newRef(kind: SubjectKind): string {
  const bytes = randomBytes(8);
  let out = '';
  for (const b of bytes) out += CROCKFORD[b & 31];
  return `${refPrefix[kind]}-${out}`;
}

export function toSummary(row: Pick<SubjectRow, 'id' | 'kind' | 'ref' | 'label' | 'detail' | 'risk_sector' | 'status'>): SubjectSummary {
  return {
    id: row.id,
    kind: row.kind as SubjectKind,
    ref: row.ref,
    label: row.label,
    detail: row.detail,
    riskSector: row.risk_sector,
    status: row.status === 'merged' ? 'merged' : 'active',
  };
}

export const summaryColumns = ['s.id', 's.kind', 's.ref', 's.label', 's.detail', 's.risk_sector', 's.status'] as const;

/** "geb. 12-05-2007" */
function dutchDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

/** The derived columns of a subject: label, second line and search text. Never contains a BSN or a full IBAN. */
export function describe(input: SubjectInput, extra: { ibanMasked?: string } = {}): { label: string; detail: string; searchText: string } {
  switch (input.kind) {
    case 'person': {
      const label = [input.givenNames, input.surnamePrefix, input.surname].filter(Boolean).join(' ');
      const detail = input.dateOfBirth ? `geb. ${dutchDate(input.dateOfBirth)}` : 'geboortedatum onbekend';
      return { label, detail, searchText: normaliseName([input.givenNames, input.surnamePrefix, input.surname, ...input.aliases].join(' ')) };
    }
    case 'organisation': {
      const parts = [`KvK ${input.kvkNumber}`];
      if (input.establishmentNumber) parts.push(`vestiging ${input.establishmentNumber}`);
      if (input.sbiCode) parts.push(`SBI ${input.sbiCode}`);
      if (input.endedOn) parts.push(`opgeheven ${dutchDate(input.endedOn)}`);
      return { label: input.name, detail: parts.join(' · '), searchText: normaliseName([input.name, ...input.tradeNames].join(' ')) };
    }
    case 'address': {
      const number = `${input.houseNumber}${input.houseLetter}${input.addition ? `-${input.addition}` : ''}`;
      const label = `${input.street ? `${input.street} ${number}` : `Huisnummer ${number}`}, ${input.postcode}${input.place ? ` ${input.place}` : ''}`;
      return { label, detail: input.premisesType, searchText: normaliseName(`${input.street} ${number} ${input.place}`) };
    }
    case 'vehicle':
      return { label: input.plate.display, detail: input.description || 'voertuig', searchText: input.plate.normalised.toLowerCase() };
    case 'bank_account':
      return { label: extra.ibanMasked ?? input.iban?.masked ?? '', detail: input.holderName || (input.iban?.country ?? 'bankrekening'), searchText: '' };
  }
}

/** Whether an SBI code falls in a risk sector: a flag on a code also covers its more specific codes (9602 covers 96021). */
export async function isRiskSector(db: Db, sbiCode: string | null): Promise<boolean> {
  if (!sbiCode) return false;
  const row = await db
    .selectFrom('sbi_codes')
    .select('code')
    .where('risk_sector', '=', true)
    .where(sql<boolean>`${sbiCode} like code || '%'`)
    .executeTakeFirst();
  return row !== undefined;
}

/** Finds the subject with the same natural key (addresses, organisations, vehicles, bank accounts), if any. */
async function findByKey(ctx: ServiceContext, db: Db, input: SubjectInput): Promise<string | undefined> {
  switch (input.kind) {
    case 'person':
      return undefined;
    case 'organisation':
      return (
        await db
          .selectFrom('subject_organisations')
          .select('subject_id')
          .where('kvk_number', '=', input.kvkNumber)
          .where(sql<boolean>`coalesce(establishment_number, '') = ${input.establishmentNumber ?? ''}`)
          .executeTakeFirst()
      )?.subject_id;
    case 'address':
      return (
        await db
          .selectFrom('subject_addresses')
          .select('subject_id')
          .where('postcode', '=', input.postcode)
          .where('house_number', '=', input.houseNumber)
          .where('house_letter', '=', input.houseLetter)
          .where('house_number_addition', '=', input.addition)
          .executeTakeFirst()
      )?.subject_id;
    case 'vehicle':
      return (await db.selectFrom('subject_vehicles').select('subject_id').where('plate', '=', input.plate.normalised).executeTakeFirst())?.subject_id;
    case 'bank_account':
      if (!input.iban) return undefined;
      return (
        await db
          .selectFrom('subject_bank_accounts')
          .select('subject_id')
          .where('iban_hash', '=', hmacHex(ctx.config.secrets.pseudonymKey, `iban:${input.iban.normalised}`))
          .executeTakeFirst()
      )?.subject_id;
  }
}

/** The active subject a (possibly merged) subject now lives on: follows `merged_into`. */
export async function survivorOf(db: Db, id: string): Promise<string> {
  let current = id;
  for (let hops = 0; hops < 20; hops += 1) {
    const row = await db.selectFrom('subjects').select(['status', 'merged_into']).where('id', '=', current).executeTakeFirst();
    if (!row || row.status !== 'merged' || !row.merged_into) return current;
    current = row.merged_into;
  }
  return current;
}

export function bsnHash(ctx: Pick<ServiceContext, 'config'>, bsn: string): string {
  return hmacHex(ctx.config.secrets.pseudonymKey, `bsn:${bsn}`);
}

export function ibanHash(ctx: Pick<ServiceContext, 'config'>, iban: string): string {
  return hmacHex(ctx.config.secrets.pseudonymKey, `iban:${iban}`);
}

/** Writes the kind-specific row (insert or replace). */
async function writeKindRow(ctx: ServiceContext, db: Db, subjectId: string, input: SubjectInput, mode: 'insert' | 'update'): Promise<void> {
  switch (input.kind) {
    case 'person': {
      const values = {
        given_names: input.givenNames,
        surname_prefix: input.surnamePrefix,
        surname: input.surname,
        date_of_birth: input.dateOfBirth,
        aliases: input.aliases,
        name_key: normaliseName(`${input.givenNames} ${input.surname}`),
      };
      // On a change, a BSN left out keeps the stored one (the client only ever saw it masked); null clears it.
      const bsn =
        input.bsn === undefined && mode === 'update'
          ? {}
          : {
              bsn_enc: input.bsn ? encryptField(ctx.config.secrets.encryptionKey, input.bsn) : null,
              bsn_hash: input.bsn ? bsnHash(ctx, input.bsn) : null,
              bsn_masked: input.bsn ? maskBsn(input.bsn) : null,
            };
      if (mode === 'insert') {
        await db
          .insertInto('subject_persons')
          .values({ subject_id: subjectId, ...values, bsn_enc: null, bsn_hash: null, bsn_masked: null, ...bsn })
          .execute();
      } else {
        await db
          .updateTable('subject_persons')
          .set({ ...values, ...bsn })
          .where('subject_id', '=', subjectId)
          .execute();
      }
      return;
    }
    case 'organisation': {
      const values = {
        kvk_number: input.kvkNumber,
        establishment_number: input.establishmentNumber,
        name: input.name,
        trade_names: input.tradeNames,
        legal_form: input.legalForm,
        sbi_code: input.sbiCode,
        registered_on: input.registeredOn,
        ended_on: input.endedOn,
      };
      if (mode === 'insert') {
        await db
          .insertInto('subject_organisations')
          .values({ subject_id: subjectId, ...values })
          .execute();
      } else await db.updateTable('subject_organisations').set(values).where('subject_id', '=', subjectId).execute();
      return;
    }
    case 'address': {
      const area = await assignArea(db, { lat: input.lat, lon: input.lon, wijkCode: input.wijkCode });
      const values = {
        postcode: input.postcode,
        house_number: input.houseNumber,
        house_letter: input.houseLetter,
        house_number_addition: input.addition,
        street: input.street,
        place: input.place,
        bag_id: input.bagId,
        premises_type: input.premisesType,
        lat: input.lat,
        lon: input.lon,
        wijk_code: area.wijkCode,
        buurt_code: area.buurtCode,
        area_source: area.source,
      };
      if (mode === 'insert') {
        await db
          .insertInto('subject_addresses')
          .values({ subject_id: subjectId, ...values })
          .execute();
      } else await db.updateTable('subject_addresses').set(values).where('subject_id', '=', subjectId).execute();
      return;
    }
    case 'vehicle': {
      const values = { plate: input.plate.normalised, plate_display: input.plate.display, description: input.description };
      if (mode === 'insert') {
        await db
          .insertInto('subject_vehicles')
          .values({ subject_id: subjectId, ...values })
          .execute();
      } else await db.updateTable('subject_vehicles').set(values).where('subject_id', '=', subjectId).execute();
      return;
    }
    case 'bank_account': {
      const iban = input.iban
        ? {
            iban_hash: ibanHash(ctx, input.iban.normalised),
            iban_enc: encryptField(ctx.config.secrets.encryptionKey, input.iban.normalised),
            iban_masked: input.iban.masked,
            country: input.iban.country,
            bank_code: input.iban.bankCode,
          }
        : undefined;
      if (mode === 'insert') {
        if (!iban) throw new AppError('VALIDATION_FAILED', 'Vul de IBAN in.', { errors: [{ path: 'body.iban', message: 'Vul de IBAN in.' }] });
        await db
          .insertInto('subject_bank_accounts')
          .values({ subject_id: subjectId, ...iban, holder_name: input.holderName })
          .execute();
      } else {
        await db
          .updateTable('subject_bank_accounts')
          .set({ ...iban, holder_name: input.holderName })
          .where('subject_id', '=', subjectId)
          .execute();
      }
      return;
    }
  }
}

export async function addToTeam(db: Db, subjectId: string, userId: string, teamRole: string): Promise<boolean> {
  const result = await db
    .insertInto('record_team')
    .values({ record_type: SUBJECT_RECORD_TYPE, record_id: subjectId, user_id: userId, team_role: teamRole })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Data subjects for the processing log: persons are natural persons; the other kinds may identify one too (a home, a car, an account). */
export function dataSubjectsOf(rows: { id: string; kind: string }[]): DataSubject[] {
  return rows.filter((r) => r.kind !== 'organisation').map((r) => ({ type: r.kind, id: r.id }));
}

export interface CreateResult {
  subject: SubjectDetail;
  created: boolean;
  possibleDuplicates: SubjectSummary[];
}

/**
 * Records a subject. Addresses, organisations, vehicles and bank accounts have a natural key: when
 * one with the same key exists, the actor is added to its team and that subject is returned
 * (`created: false`), so re-entering or re-importing never makes a copy. Persons have no natural
 * key; likely duplicates are stored as candidates and returned for the user to review.
 */
export async function createSubject(ctx: ServiceContext, input: SubjectInput): Promise<CreateResult> {
  assertLevel(ctx.actor, input.confidentiality);
  if (input.kind === 'bank_account' && !input.iban) {
    throw new AppError('VALIDATION_FAILED', 'Vul de IBAN in.', { errors: [{ path: 'body.iban', message: 'Vul de IBAN in.' }] });
  }
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const keyed = await findByKey(ctx, trx, input);
    // A subject merged into another answers for its survivor (an organisation's KvK key stays on the merged row).
    const existingId = keyed ? await survivorOf(trx, keyed) : undefined;
    if (existingId) {
      const existing = await trx
        .selectFrom('subjects')
        .select(['id', 'kind', 'confidentiality', 'status', 'merged_into'])
        .where('id', '=', existingId)
        .executeTakeFirstOrThrow();
      if (!isConfidentiality(existing.confidentiality) || confidentialityRank(existing.confidentiality) > confidentialityRank(ctx.actor.maxConfidentiality)) {
        // Neutral wording: the actor may not learn what the register holds at a higher level.
        throw conflict('Dit kan niet worden vastgelegd. Neem contact op met een analist van het team Ondermijning.');
      }
      const added = await addToTeam(trx, existingId, ctx.actor.userId, 'recorder');
      await recordTrail(tctx, {
        action: 'attach',
        objectType: SUBJECT_RECORD_TYPE,
        objectId: existingId,
        reason: added ? 'existing subject with the same key; added to team' : 'existing subject with the same key',
        processing: { activity: REGISTRY_ACTIVITY, name: 'Subject gekoppeld', subjects: dataSubjectsOf([existing]) },
      });
      return { id: existingId, created: false, duplicates: [] as string[] };
    }
    const riskSector = input.kind === 'organisation' ? await isRiskSector(trx, input.sbiCode) : false;
    const d = describe(input);
    const row = await trx
      .insertInto('subjects')
      .values({
        kind: input.kind,
        ref: newRef(input.kind),
        label: d.label,
        detail: d.detail,
        risk_sector: riskSector,
        search_text: d.searchText,
        confidentiality: input.confidentiality,
        merged_into: null,
        source: input.source,
        source_date: input.sourceDate,
        recorded_by: ctx.actor.userId,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeKindRow(ctx, trx, row.id, input, 'insert');
    await addToTeam(trx, row.id, ctx.actor.userId, 'recorder');
    const duplicates = await findDuplicatesOf(trx, row.id, input.kind);
    await recordTrail(tctx, {
      action: 'create',
      objectType: SUBJECT_RECORD_TYPE,
      objectId: row.id,
      processing: { activity: REGISTRY_ACTIVITY, name: 'Subject vastgelegd', subjects: dataSubjectsOf([{ id: row.id, kind: input.kind }]) },
    });
    return { id: row.id, created: true, duplicates };
  });
  const subject = await loadDetail(ctx, outcome.id);
  const possibleDuplicates = outcome.duplicates.length
    ? (
        await ctx.db.selectFrom('subjects as s').select(summaryColumns).where('s.id', 'in', outcome.duplicates).where(subjectVisible(ctx.actor, 's')).execute()
      ).map(toSummary)
    : [];
  return { subject, created: outcome.created, possibleDuplicates };
}

function assertLevel(actor: Actor, level: Confidentiality): void {
  if (confidentialityRank(level) > confidentialityRank(actor.maxConfidentiality)) {
    throw forbidden('Je kunt niets vastleggen met een hogere vertrouwelijkheid dan je zelf mag zien.');
  }
}

/**
 * Likely duplicates of one subject, stored as open candidates. Persons: the same BSN, or the same
 * date of birth and a similar name; organisations: the same KvK number (one entry with and one
 * without establishment number), or the same normalised name under another KvK number.
 */
export async function findDuplicatesOf(db: Db, subjectId: string, kind: SubjectKind): Promise<string[]> {
  let rows: { other: string; score: number; reason: string }[] = [];
  if (kind === 'person') {
    const result = await sql<{ other: string; score: number; reason: string }>`
      select b.subject_id as other,
        case when a.bsn_hash is not null and a.bsn_hash = b.bsn_hash then 1.0 else similarity(a.name_key, b.name_key) end as score,
        case when a.bsn_hash is not null and a.bsn_hash = b.bsn_hash then 'zelfde BSN' else 'zelfde geboortedatum en lijkende naam' end as reason
      from subject_persons a
      join subject_persons b on b.subject_id <> a.subject_id
        and ((a.bsn_hash is not null and b.bsn_hash = a.bsn_hash)
          or (b.date_of_birth = a.date_of_birth and left(b.name_key, 1) = left(a.name_key, 1) and similarity(a.name_key, b.name_key) >= 0.5))
      join subjects sb on sb.id = b.subject_id and sb.status = 'active'
      where a.subject_id = ${subjectId}
      limit 20`.execute(db);
    rows = result.rows;
  } else if (kind === 'organisation') {
    const result = await sql<{ other: string; score: number; reason: string }>`
      select b.subject_id as other,
        case when b.kvk_number = a.kvk_number then 0.9 else 0.7 end as score,
        case when b.kvk_number = a.kvk_number then 'zelfde KvK-nummer' else 'zelfde naam, ander KvK-nummer' end as reason
      from subject_organisations a
      join subject_organisations b on b.subject_id <> a.subject_id
        and ((b.kvk_number = a.kvk_number and (a.establishment_number is null or b.establishment_number is null))
          or (b.kvk_number <> a.kvk_number and lower(b.name) = lower(a.name)))
      join subjects sb on sb.id = b.subject_id and sb.status = 'active'
      where a.subject_id = ${subjectId}
      limit 20`.execute(db);
    rows = result.rows;
  }
  for (const r of rows) {
    const [a, b] = subjectId < r.other ? [subjectId, r.other] : [r.other, subjectId];
    await db
      .insertInto('duplicate_candidates')
      .values({ kind, subject_a: a, subject_b: b, score: Number(r.score), reasons: [r.reason], decided_by: null, decided_at: null })
      .onConflict((oc) => oc.columns(['subject_a', 'subject_b']).doNothing())
      .execute();
  }
  return rows.map((r) => r.other);
}

/** Loads one subject the actor may see, or throws 404 (and records the denial). */
export async function loadVisibleSubject(ctx: ServiceContext, id: string): Promise<SubjectRow & { recorder_name: string | null }> {
  const row = await ctx.db
    .selectFrom('subjects as s')
    .leftJoin('users as u', 'u.id', 's.recorded_by')
    .selectAll('s')
    .select('u.display_name as recorder_name')
    .where('s.id', '=', id)
    .where(subjectVisible(ctx.actor, 's'))
    .executeTakeFirst();
  if (!row) {
    await recordTrail(ctx, { action: 'deny', objectType: SUBJECT_RECORD_TYPE, objectId: id, outcome: 'denied', reason: 'read: not found or not visible' });
    throw notFound('Dit subject');
  }
  return row;
}

/** Whether the actor may change a subject they can see. */
export async function canWriteSubject(ctx: ServiceContext, row: Pick<SubjectRow, 'id' | 'confidentiality' | 'status'>): Promise<boolean> {
  if (!can(ctx.actor, 'records:write') || row.status !== 'active' || !isConfidentiality(row.confidentiality)) return false;
  // Reading all records makes team membership irrelevant to the decision: no query needed.
  const onTeam = can(ctx.actor, 'records:read_all') || (await isOnTeam(ctx.db, SUBJECT_RECORD_TYPE, row.id, ctx.actor.userId));
  return decideRecord(ctx.actor, { confidentiality: row.confidentiality, onTeam }, 'write') === 'allow';
}

/** Requires write access to a visible subject: 404 when not visible, 403 when visible but not writable. */
export async function requireWritableSubject(ctx: ServiceContext, id: string): Promise<SubjectRow> {
  const row = await loadVisibleSubject(ctx, id);
  if (!(await canWriteSubject(ctx, row))) {
    await recordTrail(ctx, { action: 'deny', objectType: SUBJECT_RECORD_TYPE, objectId: id, outcome: 'denied', reason: 'write: forbidden' });
    throw forbidden(
      row.status === 'merged' ? 'Dit subject is samengevoegd; wijzig het subject waarin het is opgegaan.' : 'Je mag dit subject zien, maar niet wijzigen.',
    );
  }
  return row;
}

async function factsOf(ctx: ServiceContext, row: SubjectRow): Promise<SubjectFacts> {
  const db = ctx.db;
  switch (row.kind as SubjectKind) {
    case 'person': {
      const p = await db.selectFrom('subject_persons').selectAll().where('subject_id', '=', row.id).executeTakeFirstOrThrow();
      return {
        kind: 'person',
        givenNames: p.given_names,
        surnamePrefix: p.surname_prefix,
        surname: p.surname,
        dateOfBirth: p.date_of_birth,
        bsnMasked: p.bsn_masked,
        aliases: p.aliases,
      };
    }
    case 'organisation': {
      const o = await db
        .selectFrom('subject_organisations as o')
        .leftJoin('sbi_codes as c', 'c.code', 'o.sbi_code')
        .selectAll('o')
        .select('c.description as sbi_description')
        .where('o.subject_id', '=', row.id)
        .executeTakeFirstOrThrow();
      return {
        kind: 'organisation',
        kvkNumber: o.kvk_number,
        establishmentNumber: o.establishment_number,
        name: o.name,
        tradeNames: o.trade_names,
        legalForm: o.legal_form,
        sbiCode: o.sbi_code,
        sbiDescription: o.sbi_description,
        riskSector: row.risk_sector,
        registeredOn: o.registered_on,
        endedOn: o.ended_on,
      };
    }
    case 'address': {
      const a = await db
        .selectFrom('subject_addresses as a')
        .leftJoin('areas as w', 'w.code', 'a.wijk_code')
        .leftJoin('areas as b', 'b.code', 'a.buurt_code')
        .selectAll('a')
        .select(['w.name as wijk_name', 'b.name as buurt_name'])
        .where('a.subject_id', '=', row.id)
        .executeTakeFirstOrThrow();
      return {
        kind: 'address',
        postcode: a.postcode,
        houseNumber: a.house_number,
        houseLetter: a.house_letter,
        addition: a.house_number_addition,
        street: a.street,
        place: a.place,
        bagId: a.bag_id,
        premisesType: a.premises_type as 'woning',
        lat: a.lat,
        lon: a.lon,
        wijkCode: a.wijk_code,
        wijkName: a.wijk_name,
        buurtCode: a.buurt_code,
        buurtName: a.buurt_name,
        areaSource: a.area_source as 'none',
      };
    }
    case 'vehicle': {
      const v = await db.selectFrom('subject_vehicles').selectAll().where('subject_id', '=', row.id).executeTakeFirstOrThrow();
      return { kind: 'vehicle', plate: v.plate_display, description: v.description };
    }
    case 'bank_account': {
      const b = await db.selectFrom('subject_bank_accounts').selectAll().where('subject_id', '=', row.id).executeTakeFirstOrThrow();
      return { kind: 'bank_account', ibanMasked: b.iban_masked, country: b.country, bankCode: b.bank_code, holderName: b.holder_name };
    }
  }
}

/** The full view of one subject (no trail: callers record the read). */
export async function detailOf(ctx: ServiceContext, row: SubjectRow & { recorder_name?: string | null }): Promise<SubjectDetail> {
  const [facts, recorder, mergedInto, canWrite] = await Promise.all([
    factsOf(ctx, row),
    row.recorder_name !== undefined
      ? { display_name: row.recorder_name }
      : row.recorded_by
        ? ctx.db.selectFrom('users').select('display_name').where('id', '=', row.recorded_by).executeTakeFirst()
        : undefined,
    row.merged_into
      ? ctx.db
          .selectFrom('subjects as s')
          .select(['s.id', 's.ref', 's.label'])
          .where('s.id', '=', row.merged_into)
          .where(subjectVisible(ctx.actor, 's'))
          .executeTakeFirst()
      : undefined,
    canWriteSubject(ctx, row),
  ]);
  return {
    ...toSummary(row),
    facts,
    confidentiality: isConfidentiality(row.confidentiality) ? row.confidentiality : 'geheim',
    source: row.source,
    sourceDate: row.source_date,
    recordedBy: recorder?.display_name ?? null,
    recordedAt: row.recorded_at.toISOString(),
    mergedInto: mergedInto ?? null,
    canWrite,
  };
}

async function loadDetail(ctx: ServiceContext, id: string): Promise<SubjectDetail> {
  const row = await ctx.db.selectFrom('subjects').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return detailOf(ctx, row);
}

/** Replaces a subject's facts and provenance. The kind cannot change; a natural key taken by another subject is a conflict. */
export async function updateSubject(ctx: ServiceContext, id: string, input: SubjectInput): Promise<SubjectDetail> {
  const row = await requireWritableSubject(ctx, id);
  if (row.kind !== input.kind) throw conflict('De soort van een subject kan niet veranderen; leg een nieuw subject vast.');
  assertLevel(ctx.actor, input.confidentiality);
  await ctx.db.transaction().execute(async (trx) => {
    const other = await findByKey(ctx, trx, input);
    if (other && other !== id) {
      throw conflict('Een ander subject heeft al deze sleutel (KvK-nummer, adres, kenteken of IBAN). Voeg ze samen als het dezelfde zijn.');
    }
    const riskSector = input.kind === 'organisation' ? await isRiskSector(trx, input.sbiCode) : false;
    const kept =
      input.kind === 'bank_account' && !input.iban
        ? (await trx.selectFrom('subject_bank_accounts').select('iban_masked').where('subject_id', '=', id).executeTakeFirstOrThrow()).iban_masked
        : undefined;
    const d = describe(input, kept ? { ibanMasked: kept } : {});
    await trx
      .updateTable('subjects')
      .set({
        label: d.label,
        detail: d.detail,
        risk_sector: riskSector,
        search_text: d.searchText,
        confidentiality: input.confidentiality,
        source: input.source,
        source_date: input.sourceDate,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await writeKindRow(ctx, trx, id, input, 'update');
    if (input.kind === 'person' || input.kind === 'organisation') await findDuplicatesOf(trx, id, input.kind);
    await recordTrail(
      { ...ctx, db: trx },
      {
        action: 'update',
        objectType: SUBJECT_RECORD_TYPE,
        objectId: id,
        processing: { activity: REGISTRY_ACTIVITY, name: 'Subject gewijzigd', subjects: dataSubjectsOf([{ id, kind: input.kind }]) },
      },
    );
  });
  return loadDetail(ctx, id);
}
