import { randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import { confidentialityRank, type Confidentiality } from '../../kernel/access.js';
import type { ServiceContext } from '../../kernel/context.js';
import { newTrace } from '../../kernel/context.js';
import type { DatabaseHandle, Db } from '../../kernel/db.js';
import { AppError, forbidden, notFound } from '../../kernel/errors.js';
import { recordTrail, type TrailContext } from '../../kernel/trail.js';
import type { Config } from '../../config.js';
import type { RegistryImportTable, SubjectAddressTable, SubjectOrganisationTable } from '../../db/schema.js';
import { areaIndex } from './areas.service.js';
import {
  ImportFileError,
  inspectImportFile,
  isRowError,
  readImportRows,
  type AddressRow,
  type ImportKind,
  type OrganisationRow,
  type RowError,
} from './csv-import.js';
import type { AreaIndex } from './geo.js';
import type { ImportView } from './registry.schemas.js';
import { describe, newRef, survivorOf } from './subjects.service.js';
import { SUBJECT_RECORD_TYPE } from './visibility.js';

/** Row errors kept for the report; the counts are always complete. */
export const MAX_ROW_ERRORS = 1000;
const BATCH = 2000;
const PROGRESS_EVERY = 5000;
/** An import whose process stopped (no heartbeat for this long) is picked up again by any process. */
const STALE_AFTER_MS = 120_000;

type ImportRow = Selectable<RegistryImportTable>;

export function toImportView(r: Omit<ImportRow, 'content'>): ImportView {
  const rowErrors = (typeof r.row_errors === 'string' ? JSON.parse(r.row_errors) : r.row_errors) as ImportView['rowErrors'];
  const problems = (typeof r.problems === 'string' ? JSON.parse(r.problems) : r.problems) as ImportView['problems'];
  return {
    id: r.id,
    kind: r.kind as ImportKind,
    filename: r.filename,
    mode: r.mode as ImportView['mode'],
    status: r.status as ImportView['status'],
    rowsTotal: r.rows_total,
    rowsValid: r.rows_valid,
    rowsInvalid: r.rows_invalid,
    rowsCreated: r.rows_created,
    rowsUpdated: r.rows_updated,
    rowsUnchanged: r.rows_unchanged,
    problems,
    rowErrors,
    rowErrorsTruncated: r.rows_invalid > rowErrors.length,
    createdAt: r.created_at.toISOString(),
    finishedAt: r.finished_at ? r.finished_at.toISOString() : null,
  };
}

const viewColumns = [
  'id',
  'kind',
  'filename',
  'mode',
  'status',
  'rows_total',
  'rows_valid',
  'rows_invalid',
  'rows_created',
  'rows_updated',
  'rows_unchanged',
  'problems',
  'row_errors',
  'created_at',
  'finished_at',
  'created_by',
  'confidentiality',
  'heartbeat_at',
] as const;

export interface NewImport {
  kind: ImportKind;
  mode: 'all_or_nothing' | 'valid_rows';
  confidentiality: Confidentiality;
  filename: string;
  content: Buffer;
}

/**
 * Accepts an import file. Its encoding, delimiter and columns are checked at once: a file that
 * does not fit is refused with a report and nothing is stored. A file that fits is queued; a
 * worker in any app process validates every row and then writes all valid rows in one transaction.
 */
export async function startImport(ctx: ServiceContext, input: NewImport): Promise<ImportView> {
  if (confidentialityRank(input.confidentiality) > confidentialityRank(ctx.actor.maxConfidentiality)) {
    throw forbidden('Je kunt niets vastleggen met een hogere vertrouwelijkheid dan je zelf mag zien.');
  }
  try {
    inspectImportFile(input.kind, input.content.subarray(0, 64 * 1024));
  } catch (error) {
    if (error instanceof ImportFileError) {
      await recordTrail(ctx, { action: 'import', objectType: 'registry_import', objectId: null, outcome: 'failure', reason: 'file refused' });
      throw new AppError('VALIDATION_FAILED', 'Het bestand is geweigerd; er is niets ingelezen.', {
        errors: error.problems.map((p) => ({ path: p.field ? `file.${p.field}` : 'file', message: p.message })),
      });
    }
    throw error;
  }
  const row = await ctx.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('registry_imports')
      .values({
        kind: input.kind,
        filename: input.filename.slice(0, 200),
        mode: input.mode,
        status: 'queued',
        content: input.content,
        confidentiality: input.confidentiality,
        created_by: ctx.actor.userId,
        heartbeat_at: null,
        finished_at: null,
      })
      .returning(viewColumns)
      .executeTakeFirstOrThrow();
    await recordTrail({ ...ctx, db: trx }, { action: 'import', objectType: 'registry_import', objectId: inserted.id, reason: `${input.kind}, ${input.mode}` });
    return inserted;
  });
  return toImportView(row);
}

export async function getImport(ctx: ServiceContext, id: string): Promise<ImportView> {
  const row = await ctx.db.selectFrom('registry_imports').select(viewColumns).where('id', '=', id).executeTakeFirst();
  if (!row || row.created_by !== ctx.actor.userId) throw notFound('Deze import');
  return toImportView(row);
}

export async function listImports(ctx: ServiceContext): Promise<ImportView[]> {
  const rows = await ctx.db
    .selectFrom('registry_imports')
    .select(viewColumns)
    .where('created_by', '=', ctx.actor.userId)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
  return rows.map(toImportView);
}

interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

/** A row that passed validation but cannot be written (its BAG id belongs to another address). */
class RowConflict extends Error {
  constructor(readonly rowError: RowError) {
    super('row conflict');
  }
}

interface WriteContext {
  db: Db;
  userId: string;
  confidentiality: Confidentiality;
  source: string;
  index: AreaIndex | undefined;
  wijken: Set<string>;
  skipConflicts: boolean;
  conflicts: RowError[];
}

function addressArea(w: WriteContext, row: AddressRow): { wijk: string | null; buurt: string | null; source: 'none' | 'user' | 'boundaries' } {
  if (row.lat !== null && row.lon !== null && w.index) {
    const found = w.index.locate(row.lon, row.lat);
    if (found.buurtCode || found.wijkCode) return { wijk: found.wijkCode, buurt: found.buurtCode, source: 'boundaries' };
  }
  if (row.wijkCode && w.wijken.has(row.wijkCode)) return { wijk: row.wijkCode, buurt: null, source: 'user' };
  return { wijk: null, buurt: null, source: 'none' };
}

function addressDescription(w: WriteContext, row: AddressRow) {
  return describe({
    kind: 'address',
    postcode: row.postcode,
    houseNumber: row.houseNumber,
    houseLetter: row.houseLetter,
    addition: row.addition,
    street: row.street,
    place: row.place,
    bagId: row.bagId,
    premisesType: row.premisesType,
    lat: row.lat,
    lon: row.lon,
    wijkCode: row.wijkCode,
    confidentiality: w.confidentiality,
    source: w.source,
    sourceDate: null,
  });
}

const addressKey = (r: { postcode: string; houseNumber: number; houseLetter: string; addition: string }) =>
  `${r.postcode}|${r.houseNumber}|${r.houseLetter}|${r.addition}`;

/** Upserts a batch of addresses by their key; returns the subject id per key. */
async function writeAddresses(w: WriteContext, rows: { line: number; row: AddressRow }[], counts: Counts | null): Promise<Map<string, string>> {
  const byKey = new Map<string, { line: number; row: AddressRow }>();
  for (const r of rows) byKey.set(addressKey(r.row), r);
  const unique = [...byKey.values()];
  const ids = new Map<string, string>();
  if (unique.length === 0) return ids;
  // Keys as arrays joined through unnest: one index lookup per key, and a plan that does not grow with the batch.
  const existing = (
    await sql<Selectable<SubjectAddressTable>>`
      select a.* from unnest(${unique.map((u) => u.row.postcode)}::text[], ${unique.map((u) => u.row.houseNumber)}::int[],
        ${unique.map((u) => u.row.houseLetter)}::text[], ${unique.map((u) => u.row.addition)}::text[]) as k(postcode, house_number, house_letter, addition)
      join subject_addresses a on a.postcode = k.postcode and a.house_number = k.house_number
        and a.house_letter = k.house_letter and a.house_number_addition = k.addition`.execute(w.db)
  ).rows;
  const found = new Map(
    existing.map((e) => [addressKey({ postcode: e.postcode, houseNumber: e.house_number, houseLetter: e.house_letter, addition: e.house_number_addition }), e]),
  );
  const bagIds = unique.map((u) => u.row.bagId).filter((b): b is string => b !== null);
  const bagOwners = bagIds.length
    ? new Map(
        (await w.db.selectFrom('subject_addresses').select(['bag_id', 'subject_id']).where('bag_id', 'in', bagIds).execute()).map((b) => [
          b.bag_id!,
          b.subject_id,
        ]),
      )
    : new Map<string, string>();
  const inserts: { subject: Parameters<typeof insertSubjects>[1][number]; detail: Record<string, unknown> }[] = [];
  const team: string[] = [];
  for (const u of unique) {
    const key = addressKey(u.row);
    const current = found.get(key);
    const owner = u.row.bagId ? bagOwners.get(u.row.bagId) : undefined;
    if (owner && owner !== current?.subject_id) {
      const rowError = { line: u.line, errors: [{ field: 'bag_id', message: 'Dit BAG-id hoort al bij een ander adres in het register.' }] };
      if (!w.skipConflicts) throw new RowConflict(rowError);
      w.conflicts.push(rowError);
      continue;
    }
    const area = addressArea(w, u.row);
    const d = addressDescription(w, u.row);
    const values = {
      street: u.row.street,
      place: u.row.place,
      bag_id: u.row.bagId,
      premises_type: u.row.premisesType,
      lat: u.row.lat,
      lon: u.row.lon,
      wijk_code: area.wijk,
      buurt_code: area.buurt,
      area_source: area.source,
    };
    if (current) {
      ids.set(key, current.subject_id);
      team.push(current.subject_id);
      const same =
        current.street === values.street &&
        current.place === values.place &&
        current.bag_id === values.bag_id &&
        current.premises_type === values.premises_type &&
        current.lat === values.lat &&
        current.lon === values.lon &&
        current.wijk_code === values.wijk_code &&
        current.buurt_code === values.buurt_code;
      if (same) {
        if (counts) counts.unchanged++;
        continue;
      }
      await w.db.updateTable('subject_addresses').set(values).where('subject_id', '=', current.subject_id).execute();
      await w.db
        .updateTable('subjects')
        .set({ label: d.label, detail: d.detail, search_text: d.searchText, updated_at: new Date() })
        .where('id', '=', current.subject_id)
        .execute();
      if (counts) counts.updated++;
      continue;
    }
    const id = randomUUID();
    ids.set(key, id);
    team.push(id);
    inserts.push({
      subject: { id, kind: 'address', label: d.label, detail: d.detail, risk: false, searchText: d.searchText },
      detail: {
        subject_id: id,
        postcode: u.row.postcode,
        house_number: u.row.houseNumber,
        house_letter: u.row.houseLetter,
        house_number_addition: u.row.addition,
        ...values,
      },
    });
    if (counts) counts.created++;
  }
  if (inserts.length) {
    await insertSubjects(
      w,
      inserts.map((i) => i.subject),
    );
    await w.db
      .insertInto('subject_addresses')
      .values(inserts.map((i) => i.detail as never))
      .execute();
  }
  await joinTeams(w, team);
  return ids;
}

async function insertSubjects(
  w: WriteContext,
  rows: { id: string; kind: string; label: string; detail: string; risk: boolean; searchText: string }[],
): Promise<void> {
  const now = new Date();
  await w.db
    .insertInto('subjects')
    .values(
      rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        ref: newRef(r.kind as 'address'),
        label: r.label,
        detail: r.detail,
        risk_sector: r.risk,
        search_text: r.searchText,
        confidentiality: w.confidentiality,
        merged_into: null,
        source: w.source,
        source_date: null,
        recorded_by: w.userId,
        updated_at: now,
      })),
    )
    .execute();
}

async function joinTeams(w: WriteContext, subjectIds: string[]): Promise<void> {
  if (!subjectIds.length) return;
  await w.db
    .insertInto('record_team')
    .values([...new Set(subjectIds)].map((id) => ({ record_type: SUBJECT_RECORD_TYPE, record_id: id, user_id: w.userId, team_role: 'recorder' })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

async function writeOrganisations(w: WriteContext, rows: { line: number; row: OrganisationRow }[], counts: Counts, riskCodes: string[]): Promise<void> {
  const byKey = new Map<string, { line: number; row: OrganisationRow }>();
  for (const r of rows) byKey.set(`${r.row.kvkNumber}|${r.row.establishmentNumber ?? ''}`, r);
  const unique = [...byKey.values()];
  const existing = (
    await sql<Selectable<SubjectOrganisationTable> & { subject_status: string }>`
      select o.*, s.status as subject_status from unnest(${unique.map((u) => u.row.kvkNumber)}::text[], ${unique.map((u) => u.row.establishmentNumber ?? '')}::text[]) as k(kvk, establishment)
      join subject_organisations o on o.kvk_number = k.kvk and coalesce(o.establishment_number, '') = k.establishment
      join subjects s on s.id = o.subject_id`.execute(w.db)
  ).rows;
  const found = new Map(existing.map((e) => [`${e.kvk_number}|${e.establishment_number ?? ''}`, e]));
  const merged = new Map<string, string>();
  for (const e of existing) {
    if (e.subject_status === 'merged') merged.set(e.subject_id, await survivorOf(w.db, e.subject_id));
  }
  const addressIds = await writeAddresses(
    w,
    unique.filter((u) => u.row.address).map((u) => ({ line: u.line, row: u.row.address! })),
    null,
  );
  const inserts: { subject: Parameters<typeof insertSubjects>[1][number]; detail: Record<string, unknown> }[] = [];
  const team: string[] = [];
  const registeredAt: { org: string; address: string }[] = [];
  for (const u of unique) {
    const r = u.row;
    const current = found.get(`${r.kvkNumber}|${r.establishmentNumber ?? ''}`);
    const risk = r.sbiCode !== null && riskCodes.some((c) => r.sbiCode!.startsWith(c));
    const d = describe({
      kind: 'organisation',
      kvkNumber: r.kvkNumber,
      establishmentNumber: r.establishmentNumber,
      name: r.name,
      tradeNames: r.tradeNames,
      legalForm: r.legalForm,
      sbiCode: r.sbiCode,
      registeredOn: r.registeredOn,
      endedOn: r.endedOn,
      confidentiality: w.confidentiality,
      source: w.source,
      sourceDate: null,
    });
    const values = {
      name: r.name,
      trade_names: r.tradeNames,
      legal_form: r.legalForm,
      sbi_code: r.sbiCode,
      registered_on: r.registeredOn,
      ended_on: r.endedOn,
    };
    const addressId = r.address ? addressIds.get(addressKey(r.address)) : undefined;
    if (current && merged.has(current.subject_id)) {
      // Merged into another organisation: the survivor holds its facts now; the row is left as history.
      team.push(merged.get(current.subject_id)!);
      counts.unchanged++;
      continue;
    }
    if (current) {
      team.push(current.subject_id);
      if (addressId) registeredAt.push({ org: current.subject_id, address: addressId });
      const same =
        current.name === values.name &&
        current.trade_names.join('|') === values.trade_names.join('|') &&
        current.legal_form === values.legal_form &&
        current.sbi_code === values.sbi_code &&
        current.registered_on === values.registered_on &&
        current.ended_on === values.ended_on;
      if (same) {
        counts.unchanged++;
        continue;
      }
      await w.db.updateTable('subject_organisations').set(values).where('subject_id', '=', current.subject_id).execute();
      await w.db
        .updateTable('subjects')
        .set({ label: d.label, detail: d.detail, risk_sector: risk, search_text: d.searchText, updated_at: new Date() })
        .where('id', '=', current.subject_id)
        .execute();
      counts.updated++;
      continue;
    }
    const id = randomUUID();
    team.push(id);
    if (addressId) registeredAt.push({ org: id, address: addressId });
    inserts.push({
      subject: { id, kind: 'organisation', label: d.label, detail: d.detail, risk, searchText: d.searchText },
      detail: { subject_id: id, kvk_number: r.kvkNumber, establishment_number: r.establishmentNumber, ...values },
    });
    counts.created++;
  }
  if (inserts.length) {
    await insertSubjects(
      w,
      inserts.map((i) => i.subject),
    );
    await w.db
      .insertInto('subject_organisations')
      .values(inserts.map((i) => i.detail as never))
      .execute();
  }
  await joinTeams(w, team);
  if (registeredAt.length) {
    // One "registered at" relation per organisation and address, however often the file is imported.
    await sql`
      insert into subject_relations (type, from_subject_id, to_subject_id, source, reliability, confidentiality, recorded_by)
      select 'registered_at', v.org, v.address, ${w.source}, 'confirmed', ${w.confidentiality}, ${w.userId}::uuid
      from (values ${sql.join(registeredAt.map((x) => sql`(${x.org}::uuid, ${x.address}::uuid)`))}) as v(org, address)
      where not exists (select 1 from subject_relations r where r.type = 'registered_at' and r.from_subject_id = v.org and r.to_subject_id = v.address)`.execute(
      w.db,
    );
  }
}

export interface ImportProgress {
  (
    update: Partial<{
      status: string;
      rows_valid: number;
      rows_invalid: number;
      rows_total: number;
      rows_created: number;
      rows_updated: number;
      rows_unchanged: number;
    }>,
  ): Promise<void>;
}

/**
 * Runs one claimed import: a validation pass over the whole file (nothing written), then, unless
 * all-or-nothing and some rows are invalid, one transaction that writes every valid row.
 * Re-importing the same file changes nothing (`rowsUnchanged`).
 */
export async function runImport(db: Db, config: Config, importRow: ImportRow, progress: ImportProgress, sharedConnection: boolean): Promise<void> {
  const kind = importRow.kind as ImportKind;
  const content = Buffer.from(importRow.content ?? new Uint8Array());
  const rowErrors: RowError[] = [];
  let valid = 0;
  let invalid = 0;
  try {
    for await (const item of readImportRows(kind, content)) {
      if (isRowError(item)) {
        invalid++;
        if (rowErrors.length < MAX_ROW_ERRORS) rowErrors.push(item);
      } else valid++;
      if ((valid + invalid) % PROGRESS_EVERY === 0) await progress({ rows_valid: valid, rows_invalid: invalid });
    }
  } catch (error) {
    // A fault further into the file (invalid UTF-8, an unclosed quote): the whole file is refused, nothing was written.
    if (!(error instanceof ImportFileError)) throw error;
    await db
      .updateTable('registry_imports')
      .set({ status: 'refused', problems: JSON.stringify(error.problems), content: null, finished_at: new Date(), heartbeat_at: new Date() })
      .where('id', '=', importRow.id)
      .execute();
    return;
  }
  const user = await db.selectFrom('users').select(['id', 'username', 'role']).where('id', '=', importRow.created_by).executeTakeFirstOrThrow();
  const trail = (d: Db): TrailContext => ({
    db: d,
    config,
    actor: { userId: user.id, username: user.username, role: user.role },
    requestId: null,
    trace: newTrace(undefined),
  });
  const finish = async (d: Db, values: Record<string, unknown>) => {
    await d
      .updateTable('registry_imports')
      .set({ ...values, content: null, finished_at: new Date(), heartbeat_at: new Date() } as never)
      .where('id', '=', importRow.id)
      .execute();
  };
  const base = { rows_total: valid + invalid, rows_valid: valid, rows_invalid: invalid, row_errors: JSON.stringify(rowErrors) };
  if (invalid > 0 && importRow.mode === 'all_or_nothing') {
    await finish(db, { ...base, status: 'refused' });
    await recordTrail(trail(db), {
      action: 'import',
      objectType: 'registry_import',
      objectId: importRow.id,
      outcome: 'failure',
      reason: `${invalid} invalid rows`,
    });
    return;
  }
  await progress({ status: 'importing', rows_total: valid + invalid, rows_valid: valid, rows_invalid: invalid });
  const riskCodes = (await db.selectFrom('sbi_codes').select('code').where('risk_sector', '=', true).execute()).map((r) => r.code);
  const wijken = new Set((await db.selectFrom('areas').select('code').where('kind', '=', 'wijk').execute()).map((r) => r.code));
  const index = await areaIndex(db);
  const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
  try {
    await db.transaction().execute(async (trx) => {
      const w: WriteContext = {
        db: trx,
        userId: user.id,
        confidentiality: importRow.confidentiality as Confidentiality,
        source: `Import ${importRow.filename}`,
        index,
        wijken,
        skipConflicts: importRow.mode === 'valid_rows',
        conflicts: [],
      };
      let batch: { line: number; row: AddressRow | OrganisationRow }[] = [];
      const flush = async () => {
        if (!batch.length) return;
        if (kind === 'organisations') await writeOrganisations(w, batch as { line: number; row: OrganisationRow }[], counts, riskCodes);
        else await writeAddresses(w, batch as { line: number; row: AddressRow }[], counts);
        batch = [];
        // Progress goes through another connection; with the single embedded connection it is reported at the end.
        if (!sharedConnection) await progress({ rows_created: counts.created, rows_updated: counts.updated, rows_unchanged: counts.unchanged });
      };
      for await (const item of readImportRows(kind, content)) {
        if (isRowError(item)) continue;
        batch.push({ line: item.line, row: item.row });
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      const conflicts = w.conflicts;
      const errors = [...rowErrors, ...conflicts].sort((a, b) => a.line - b.line).slice(0, MAX_ROW_ERRORS);
      await finish(trx, {
        ...base,
        rows_valid: valid - conflicts.length,
        rows_invalid: invalid + conflicts.length,
        row_errors: JSON.stringify(errors),
        rows_created: counts.created,
        rows_updated: counts.updated,
        rows_unchanged: counts.unchanged,
        status: 'done',
      });
      await recordTrail(trail(trx), {
        action: 'import',
        objectType: 'registry_import',
        objectId: importRow.id,
        reason: `${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`,
      });
    });
  } catch (error) {
    if (error instanceof RowConflict) {
      const errors = [...rowErrors, error.rowError].sort((a, b) => a.line - b.line).slice(0, MAX_ROW_ERRORS);
      await finish(db, { ...base, rows_valid: valid - 1, rows_invalid: invalid + 1, row_errors: JSON.stringify(errors), status: 'refused' });
      await recordTrail(trail(db), { action: 'import', objectType: 'registry_import', objectId: importRow.id, outcome: 'failure', reason: 'row conflict' });
      return;
    }
    throw error;
  }
}

/**
 * Runs queued imports. Claiming is a conditional update with SKIP LOCKED, so with several app
 * processes each import runs once; an import whose process died is re-queued after a while (its
 * transaction was rolled back, and imports are idempotent).
 */
export class ImportWorker {
  private running = false;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> = Promise.resolve();

  constructor(
    private readonly database: DatabaseHandle,
    private readonly config: Config,
    private readonly log: (error: unknown) => void,
  ) {}

  start(intervalMs = 5000): void {
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.current;
  }

  /** Runs until the queue is empty; a kick while running makes it look once more. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.current = this.drain()
      .catch((error: unknown) => this.log(error))
      .finally(() => {
        this.running = false;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Waits until the queue is empty (tests, CLI). */
  async idle(): Promise<void> {
    while (this.running) await this.current;
  }

  private async drain(): Promise<void> {
    const db = this.database.db;
    await db
      .updateTable('registry_imports')
      .set({ status: 'queued' })
      .where('status', 'in', ['validating', 'importing'])
      .where('heartbeat_at', '<', new Date(Date.now() - STALE_AFTER_MS))
      .execute();
    for (;;) {
      const claimed = await sql<ImportRow>`
        update registry_imports set status = 'validating', heartbeat_at = now()
        where id = (select id from registry_imports where status = 'queued' order by created_at limit 1 for update skip locked)
        returning *`.execute(db);
      const row = claimed.rows[0];
      if (!row) return;
      const progress: ImportProgress = async (update) => {
        await db
          .updateTable('registry_imports')
          .set({ ...update, heartbeat_at: new Date() } as never)
          .where('id', '=', row.id)
          .execute();
      };
      try {
        await runImport(db, this.config, row, progress, this.database.kind === 'pglite');
      } catch (error) {
        this.log(error);
        await db
          .updateTable('registry_imports')
          .set({
            status: 'failed',
            content: null,
            finished_at: new Date(),
            problems: JSON.stringify([
              {
                field: '',
                message: 'Het inlezen is mislukt door een interne fout; er is niets ingelezen. Probeer het opnieuw of neem contact op met de beheerder.',
              },
            ]),
          })
          .where('id', '=', row.id)
          .execute();
      }
    }
  }
}
