import type { Insertable } from 'kysely';
import type { Config } from '../config.js';
import type { ProcessingLogTable } from '../db/schema.js';
import { auditRow, pseudonymise, type AuditOutcome } from './audit.js';
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
 * line per data subject: in the caller's transaction when `ctx.db` is one, so the trail is written
 * together with the change or not at all; otherwise through a group-committing writer. With `AUDIT_ENABLED=false`
 * (benchmarks only, refused in production) reads are not recorded; writes always are.
 */
export async function recordTrail(ctx: TrailContext, entry: TrailEntry): Promise<void> {
  const rows = trailRows(ctx, entry);
  if (!rows) return;
  if (ctx.db.isTransaction) {
    await insertTrail(ctx.db, [rows.event], rows.lines);
  } else {
    await writerFor(ctx.db).write(rows.event, rows.lines);
  }
}

/**
 * The rows `recordTrail()` writes for an entry, for a caller that writes them in a statement of its own (the
 * public intake stores a signal, its history and its trail in one statement). Undefined when the entry is a
 * read and reads are not recorded (`AUDIT_ENABLED=false`).
 */
export function trailRows(ctx: Omit<TrailContext, 'db'>, entry: TrailEntry): { event: EventRow; lines: LineRow[] } | undefined {
  const isRead = entry.action === 'read' || entry.action === 'search';
  if (isRead && !ctx.config.auditEnabled) return undefined;
  const now = new Date();
  const event = auditRow(
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
    now,
  );
  const p = entry.processing;
  const lines = (p?.subjects ?? []).map((s) => ({
    trace_id: ctx.trace.traceId,
    operation_id: ctx.trace.operationId,
    parent_operation_id: null,
    foreign_trace_id: ctx.trace.foreignTraceId,
    foreign_operation_id: ctx.trace.foreignOperationId,
    name: p!.name,
    activity_code: p!.activity,
    data_subject_ref: pseudonymise(ctx.config.secrets.pseudonymKey, s.type, s.id),
    data_subject_type: s.type,
    status: p!.status ?? 'OK',
    started_at: now,
    ended_at: new Date(),
  }));
  return { event, lines };
}

export type EventRow = ReturnType<typeof auditRow>;
export type LineRow = Insertable<ProcessingLogTable>;

/** One statement writes audit rows and processing lines, so they succeed or fail together. */
async function insertTrail(db: Db, events: EventRow[], lines: LineRow[]): Promise<void> {
  if (lines.length === 0) {
    await db.insertInto('audit_events').values(events).execute();
    return;
  }
  await db
    // No RETURNING: the public process's role may insert audit rows but not read them.
    .with('audited', (q) => q.insertInto('audit_events').values(events))
    .insertInto('processing_log')
    .values(lines)
    .execute();
}

/**
 * Group commit for trail entries written outside a transaction (reads of personal data): entries
 * that arrive while the maximum number of writes is under way go together in the next statement. Every caller's promise
 * settles only when its own rows are committed, so no response leaves before its trail is stored,
 * and a failed write fails every request in it.
 */
class TrailWriter {
  /** Statements under way at once: enough to keep a pool busy, few enough that batches form under load. */
  static readonly maxInFlight = 3;
  private pending: { events: EventRow[]; lines: LineRow[]; settle: { resolve: () => void; reject: (e: unknown) => void }[] } | undefined;
  private inFlight = 0;

  constructor(private readonly db: Db) {}

  write(event: EventRow, lines: LineRow[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending ??= { events: [], lines: [], settle: [] };
      this.pending.events.push(event);
      this.pending.lines.push(...lines);
      this.pending.settle.push({ resolve, reject });
      if (this.inFlight < TrailWriter.maxInFlight) this.flush();
    });
  }

  private flush(): void {
    const batch = this.pending;
    if (!batch) return;
    this.pending = undefined;
    this.inFlight += 1;
    insertTrail(this.db, batch.events, batch.lines)
      .then(
        () => batch.settle.forEach((s) => s.resolve()),
        (error: unknown) => batch.settle.forEach((s) => s.reject(error)),
      )
      .finally(() => {
        this.inFlight -= 1;
        this.flush();
      });
  }
}

const writers = new WeakMap<Db, TrailWriter>();
function writerFor(db: Db): TrailWriter {
  let writer = writers.get(db);
  if (!writer) {
    writer = new TrailWriter(db);
    writers.set(db, writer);
  }
  return writer;
}
