import { createHash, createHmac } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { AuditEventTable } from '../db/schema.js';
import type { Db } from './db.js';

/** Hash that precedes the first seal of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Advisory lock that lets one sealer at a time, across all app processes, extend the chain. Advisory
 * locks are cluster-wide, so the key includes the database: databases on one server do not block each other.
 */
const SEAL_LOCK_KEY = 7_224_501;

export type AuditOutcome = 'success' | 'denied' | 'failure';

export interface AuditEventInput {
  actorUserId: string | null;
  actorUsername: string | null;
  actorRole: string | null;
  /** Verb: `read`, `search`, `create`, `update`, `login`, `login_failed`, `deny`, … */
  action: string;
  objectType: string;
  objectId: string | null;
  outcome: AuditOutcome;
  requestId: string | null;
  reason: string | null;
}

export function auditRow(event: AuditEventInput, at = new Date()) {
  return {
    at,
    actor_user_id: event.actorUserId,
    actor_username: event.actorUsername,
    actor_role: event.actorRole,
    action: event.action,
    object_type: event.objectType,
    object_id: event.objectId,
    outcome: event.outcome,
    request_id: event.requestId,
    reason: event.reason,
  };
}

/**
 * Appends events to the audit trail: a plain insert in the caller's transaction (or as one
 * statement), with no lock, so auditing does not serialise requests. The sealer chains them later.
 */
export async function appendAudit(db: Db, events: AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const at = new Date();
  await db
    .insertInto('audit_events')
    .values(events.map((e) => auditRow(e, at)))
    .execute();
}

/** An audit row as read back for sealing and verification. */
type StoredEvent = Selectable<AuditEventTable>;

/** Canonical serialisation of an event and its place in the chain: fixed order, ISO timestamp. */
export function canonicalSealContent(seq: number, prevHash: string, e: StoredEvent): string {
  return JSON.stringify([
    seq,
    prevHash,
    e.id,
    e.txid,
    e.at.toISOString(),
    e.actor_user_id,
    e.actor_username,
    e.actor_role,
    e.action,
    e.object_type,
    e.object_id,
    e.outcome,
    e.request_id,
    e.reason,
  ]);
}

export function sealHash(seq: number, prevHash: string, e: StoredEvent): string {
  return createHash('sha256')
    .update(canonicalSealContent(seq, prevHash, e))
    .digest('hex');
}

/**
 * Seals committed, unsealed events into the hash chain, in commit-visibility order (transaction
 * id, then event id). Only events of transactions older than every running transaction are
 * sealed, so an event that commits late can never fall behind the chain's end. One sealer at a
 * time across processes (advisory lock); a sealer that finds the lock taken returns 0.
 */
export async function sealAudit(db: Db, batchSize = 2000, options: { wait?: boolean } = {}): Promise<number> {
  return db.transaction().execute(async (trx) => {
    if (options.wait) {
      await sql`select pg_advisory_xact_lock(${SEAL_LOCK_KEY}, hashtext(current_database()))`.execute(trx);
    } else {
      const { rows: lock } = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${SEAL_LOCK_KEY}, hashtext(current_database())) as ok`.execute(trx);
      if (!lock[0]?.ok) return 0;
    }
    const last = await trx.selectFrom('audit_seals').select(['seq', 'hash', 'event_id', 'event_txid']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    const { rows } = await sql<StoredEvent>`
      select e.id, e.txid::text as txid, e.at, e.actor_user_id, e.actor_username, e.actor_role, e.action, e.object_type, e.object_id,
             e.outcome, e.request_id, e.reason
      from audit_events e
      where e.txid < pg_snapshot_xmin(pg_current_snapshot())
        ${last ? sql`and (e.txid, e.id) > (${last.event_txid}::xid8, ${last.event_id})` : sql``}
      -- Qualified: a bare "txid" would name the text column of the select list and sort "1000" before "999".
      order by e.txid, e.id
      limit ${batchSize}`.execute(trx);
    if (rows.length === 0) return 0;
    let seq = last ? Number(last.seq) : 0;
    let prevHash = last?.hash ?? GENESIS_HASH;
    const seals = rows.map((event) => {
      seq += 1;
      const hash = sealHash(seq, prevHash, { ...event, id: Number(event.id) });
      const seal = { seq, event_id: Number(event.id), event_txid: event.txid, prev_hash: prevHash, hash };
      prevHash = hash;
      return seal;
    });
    await trx.insertInto('audit_seals').values(seals).execute();
    return seals.length;
  });
}

/**
 * Seals what is committed. With `wait` (the default), waits for a sealer in another process and
 * keeps going until every event visible at the call is sealed (an unrelated long transaction on the
 * same server holds sealing back; after `timeoutMs` it returns what it managed). The background
 * sealer passes `wait: false`: it skips when another process is sealing and returns at once.
 */
export async function sealAll(db: Db, options: { batchSize?: number; wait?: boolean; timeoutMs?: number } = {}): Promise<number> {
  const batchSize = options.batchSize ?? 5000;
  const wait = options.wait ?? true;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  const target = wait
    ? await db
        .selectFrom('audit_events')
        .select([sql<string>`txid::text`.as('txid'), 'id'])
        // The xid8 column, not the text alias of the same name (which would sort "999" after "1000").
        .orderBy(sql`audit_events.txid`, 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst()
    : undefined;
  let total = 0;
  for (;;) {
    const n = await sealAudit(db, batchSize, { wait });
    total += n;
    if (n === batchSize) continue;
    if (!target) return total;
    const { rows } = await sql<{ done: boolean }>`
      select coalesce((select (event_txid, event_id) >= (${target.txid}::xid8, ${target.id}::bigint)
        from audit_seals order by seq desc limit 1), false) as done`.execute(db);
    if (rows[0]?.done || Date.now() > deadline) return total;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Runs the sealer on a timer (every second in the app), never two runs at once in a process.
 * Holds no state another process depends on: any process may seal, one at a time.
 */
export class AuditSealer {
  private running: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Db,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(intervalMs = 5000): void {
    this.timer = setInterval(() => this.schedule(), intervalMs);
    this.timer.unref();
  }

  schedule(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await sealAll(this.db, { wait: false });
        } while (this.again);
      } catch (error) {
        this.onError(error);
      } finally {
        this.running = undefined;
      }
    })();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}

export interface VerifyResult {
  ok: boolean;
  /** Seals checked. */
  checked: number;
  /** The audit row (event id) where the chain first fails, or null. */
  firstBrokenId: number | null;
  problem: string | null;
}

/**
 * Checks the chain: every seal's hash over its event and predecessor, every link, and that every
 * event up to the chain's end has a seal. Seals what is pending first, so a fresh row counts.
 */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<VerifyResult> {
  await sealAll(db);
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let afterSeq = 0;
  let checked = 0;
  let lastEvent: { id: number; txid: string } | undefined;
  for (;;) {
    const { rows } = await sql<StoredEvent & { seq: number; event_id: number; prev_hash: string; hash: string; event_present: boolean }>`
      select s.seq, s.event_id, s.prev_hash, s.hash, e.id is not null as event_present,
             e.id, e.txid::text as txid, e.at, e.actor_user_id, e.actor_username, e.actor_role, e.action,
             e.object_type, e.object_id, e.outcome, e.request_id, e.reason
      from audit_seals s left join audit_events e on e.id = s.event_id
      where s.seq > ${afterSeq}
      order by s.seq
      limit ${batchSize}`.execute(db);
    if (rows.length === 0) break;
    for (const row of rows) {
      const seq = Number(row.seq);
      const eventId = Number(row.event_id);
      if (seq !== expectedSeq) {
        return { ok: false, checked, firstBrokenId: eventId, problem: `seal ${expectedSeq} is missing (a seal was removed)` };
      }
      if (!row.event_present) {
        return { ok: false, checked, firstBrokenId: eventId, problem: 'the audit row was removed' };
      }
      if (row.prev_hash !== prevHash) {
        return { ok: false, checked, firstBrokenId: eventId, problem: 'link to the previous seal does not match (a seal was changed or removed)' };
      }
      if (sealHash(seq, prevHash, { ...row, id: eventId }) !== row.hash) {
        return { ok: false, checked, firstBrokenId: eventId, problem: 'content does not match its hash (the row was changed)' };
      }
      prevHash = row.hash;
      afterSeq = seq;
      expectedSeq = seq + 1;
      checked += 1;
      lastEvent = { id: eventId, txid: row.txid };
    }
  }
  if (lastEvent) {
    const { rows } = await sql<{ id: number }>`
      select e.id from audit_events e
      where (e.txid, e.id) <= (${lastEvent.txid}::xid8, ${lastEvent.id})
        and not exists (select 1 from audit_seals s where s.event_id = e.id)
      order by e.txid, e.id limit 1`.execute(db);
    if (rows[0]) {
      return {
        ok: false,
        checked,
        firstBrokenId: Number(rows[0].id),
        problem: 'the audit row has no seal (inserted outside the chain, or its seal was removed)',
      };
    }
  }
  return { ok: true, checked, firstBrokenId: null, problem: null };
}

/** Keyed hash that pseudonymises a data-subject identifier for the processing log. */
export function pseudonymise(key: Buffer, subjectType: string, subjectId: string): string {
  return createHmac('sha256', key).update(`${subjectType}:${subjectId}`).digest('hex');
}
