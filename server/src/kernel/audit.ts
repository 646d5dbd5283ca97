import { createHash, createHmac } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from './db.js';

/** Hash that precedes the first row of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Advisory lock key that serialises appends to the chain across all app processes. */
const AUDIT_LOCK_KEY = 7_224_501;

export type AuditOutcome = 'success' | 'denied' | 'failure';

export interface AuditEventInput {
  actorUserId: string | null;
  actorUsername: string | null;
  actorRole: string | null;
  /** Verb: `read`, `create`, `update`, `delete`, `login`, `login_failed`, `deny`, … */
  action: string;
  objectType: string;
  objectId: string | null;
  outcome: AuditOutcome;
  requestId: string | null;
  reason: string | null;
}

interface ChainedFields extends AuditEventInput {
  id: number;
  at: Date;
  prevHash: string;
}

/** Canonical serialisation of a row's content: fixed key order, ISO timestamp. */
export function canonicalAuditContent(e: ChainedFields): string {
  return JSON.stringify([
    e.id,
    e.at.toISOString(),
    e.actorUserId,
    e.actorUsername,
    e.actorRole,
    e.action,
    e.objectType,
    e.objectId,
    e.outcome,
    e.requestId,
    e.reason,
    e.prevHash,
  ]);
}

export function auditHash(e: ChainedFields): string {
  return createHash('sha256').update(canonicalAuditContent(e)).digest('hex');
}

/**
 * Appends events to the audit trail inside the given transaction (or its own). Serialised by an
 * advisory transaction lock so that the chain stays linear with several app processes.
 */
export async function appendAudit(db: Db, events: AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  if (db.isTransaction) {
    await appendInTransaction(db, events);
  } else {
    await db.transaction().execute((trx) => appendInTransaction(trx, events));
  }
}

async function appendInTransaction(trx: Db, events: AuditEventInput[]): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  const last = await trx.selectFrom('audit_events').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = [];
  for (const event of events) {
    const { rows: seq } = await sql<{ id: number }>`select nextval('audit_events_id_seq')::int8 as id`.execute(trx);
    const id = Number(seq[0]!.id);
    const at = new Date();
    const fields: ChainedFields = { ...event, id, at, prevHash };
    const hash = auditHash(fields);
    rows.push({
      id,
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
      prev_hash: prevHash,
      hash,
    });
    prevHash = hash;
  }
  await trx.insertInto('audit_events').values(rows).execute();
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  /** The first row whose hash or link does not match, or null. */
  firstBrokenId: number | null;
  problem: string | null;
}

/** Walks the whole chain in id order and checks every row's hash and link. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let afterId = -1;
  let checked = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_events').selectAll().where('id', '>', afterId).orderBy('id').limit(batchSize).execute();
    if (rows.length === 0) return { ok: true, checked, firstBrokenId: null, problem: null };
    for (const row of rows) {
      const fields: ChainedFields = {
        id: Number(row.id),
        at: row.at,
        actorUserId: row.actor_user_id,
        actorUsername: row.actor_username,
        actorRole: row.actor_role,
        action: row.action,
        objectType: row.object_type,
        objectId: row.object_id,
        outcome: row.outcome as AuditOutcome,
        requestId: row.request_id,
        reason: row.reason,
        prevHash: row.prev_hash,
      };
      if (row.prev_hash !== prevHash) {
        return { ok: false, checked, firstBrokenId: fields.id, problem: 'link to the previous row does not match (a row before it was changed or removed)' };
      }
      if (auditHash(fields) !== row.hash) {
        return { ok: false, checked, firstBrokenId: fields.id, problem: 'content does not match its hash (the row was changed)' };
      }
      prevHash = row.hash;
      afterId = fields.id;
      checked += 1;
    }
  }
}

/** Keyed hash that pseudonymises a data-subject identifier for the processing log. */
export function pseudonymise(key: Buffer, subjectType: string, subjectId: string): string {
  return createHmac('sha256', key).update(`${subjectType}:${subjectId}`).digest('hex');
}
