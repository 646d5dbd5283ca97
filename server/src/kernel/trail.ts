import type { Config } from '../config.js';
import { appendAudit, pseudonymise, type AuditOutcome } from './audit.js';
import type { Trace } from './context.js';
import type { Db } from './db.js';

export interface DataSubject {
  /** Kind of identifier, e.g. `user`, `person`, `bsn`. */
  type: string;
  id: string;
}

export interface TrailEntry {
  action: string;
  objectType: string;
  objectId: string | null;
  outcome?: AuditOutcome;
  reason?: string | null;
  /** A processing of personal data: logged per data subject in the processing log. */
  processing?: {
    activity: string;
    name: string;
    subjects: DataSubject[];
    status?: 'OK' | 'ERROR';
  };
}

export interface TrailContext {
  db: Db;
  config: Config;
  actor: { userId: string; username: string; role: string } | null;
  requestId: string | null;
  trace: Trace;
}

/**
 * Records one event in the audit trail and, for processing of personal data, one processing-log
 * line per data subject. Writes happen in the caller's transaction when `ctx.db` is one, so the
 * trail is written together with the change or not at all. With `AUDIT_ENABLED=false` (benchmarks
 * only, refused in production) reads are not recorded; writes always are.
 */
export async function recordTrail(ctx: TrailContext, entry: TrailEntry): Promise<void> {
  const isRead = entry.action === 'read' || entry.action === 'search';
  if (isRead && !ctx.config.auditEnabled) return;
  const started = new Date();
  const write = async (db: Db): Promise<void> => {
    await appendAudit(db, [
      {
        actorUserId: ctx.actor?.userId ?? null,
        actorUsername: ctx.actor?.username ?? null,
        actorRole: ctx.actor?.role ?? null,
        action: entry.action,
        objectType: entry.objectType,
        objectId: entry.objectId,
        outcome: entry.outcome ?? 'success',
        requestId: ctx.requestId,
        reason: entry.reason ?? null,
      },
    ]);
    const p = entry.processing;
    if (p && p.subjects.length > 0) {
      const ended = new Date();
      await db
        .insertInto('processing_log')
        .values(
          p.subjects.map((s) => ({
            trace_id: ctx.trace.traceId,
            operation_id: ctx.trace.operationId,
            parent_operation_id: null,
            foreign_trace_id: ctx.trace.foreignTraceId,
            foreign_operation_id: ctx.trace.foreignOperationId,
            name: p.name,
            activity_code: p.activity,
            data_subject_ref: pseudonymise(ctx.config.secrets.pseudonymKey, s.type, s.id),
            data_subject_type: s.type,
            status: p.status ?? 'OK',
            started_at: started,
            ended_at: ended,
          })),
        )
        .execute();
    }
  };
  if (ctx.db.isTransaction) await write(ctx.db);
  else await ctx.db.transaction().execute(write);
}
