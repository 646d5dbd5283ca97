import type { ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { conflict, notFound } from '../../kernel/errors.js';
import { recordTrail } from '../../kernel/trail.js';

export interface Task {
  id: string;
  title: string;
  description: string;
  module: string;
  recordType: string | null;
  recordId: string | null;
  recordLabel: string | null;
  dueDate: string | null;
  overdue: boolean;
  status: 'open' | 'done';
  createdAt: string;
}

export interface NewTask {
  title: string;
  description?: string;
  /** The module that creates the task, e.g. `signals`. */
  module: string;
  assigneeUserId: string;
  dueDate?: string | null;
  record?: { type: string; id: string; label: string };
}

/** Formats as YYYY-MM-DD in Europe/Amsterdam; made once (a new formatter costs about 0.2 ms). */
const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Europe/Amsterdam as YYYY-MM-DD. */
export function amsterdamToday(now = new Date()): string {
  return amsterdamDate.format(now);
}

type TaskRow = {
  id: string;
  title: string;
  description: string;
  module: string;
  record_type: string | null;
  record_id: string | null;
  record_label: string | null;
  due_date: string | null;
  status: string;
  created_at: Date;
};

function toTask(row: TaskRow, today: string): Task {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    module: row.module,
    recordType: row.record_type,
    recordId: row.record_id,
    recordLabel: row.record_label,
    dueDate: row.due_date,
    overdue: row.status === 'open' && row.due_date !== null && row.due_date < today,
    status: row.status === 'done' ? 'done' : 'open',
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * Creates a task for a user. Modules call this inside their own transaction (pass it as `db`), so
 * a task exists exactly when the change that caused it does.
 */
export async function createTask(db: Db, task: NewTask, createdBy: string | null): Promise<string> {
  const row = await db
    .insertInto('tasks')
    .values({
      title: task.title,
      description: task.description ?? '',
      module: task.module,
      record_type: task.record?.type ?? null,
      record_id: task.record?.id ?? null,
      record_label: task.record?.label ?? null,
      assignee_user_id: task.assigneeUserId,
      due_date: task.dueDate ?? null,
      status: 'open',
      created_by: createdBy,
      completed_at: null,
      completed_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** "Mijn werk": the actor's open tasks, earliest due first, those without a due date last. */
export async function listMyTasks(ctx: ServiceContext, now = new Date()): Promise<Task[]> {
  const rows = await ctx.db
    .selectFrom('tasks')
    .select(['id', 'title', 'description', 'module', 'record_type', 'record_id', 'record_label', 'due_date', 'status', 'created_at'])
    .where('assignee_user_id', '=', ctx.actor.userId)
    .where('status', '=', 'open')
    .orderBy(
      (eb) => eb.ref('due_date'),
      (ob) => ob.asc().nullsLast(),
    )
    .orderBy('created_at')
    .limit(500)
    .execute();
  const today = amsterdamToday(now);
  return rows.map((r) => toTask(r, today));
}

/** Marks one of the actor's own tasks done. Someone else's task answers 404. */
/** Called in the completing transaction when a task of a module is done, so the module keeps its own record in step. */
export type TaskCompletedHook = (db: Db, task: { id: string; recordType: string | null; recordId: string | null }, at: Date) => Promise<void>;

const completionHooks = new Map<string, TaskCompletedHook[]>();

/**
 * Registers what a module does when one of its tasks is completed in "Mijn werk" (e.g. a plan action becomes done).
 * Static registration at import time, identical in every process.
 */
export function onTaskCompleted(module: string, hook: TaskCompletedHook): void {
  completionHooks.set(module, [...(completionHooks.get(module) ?? []), hook]);
}

export async function completeTask(ctx: ServiceContext, id: string, now = new Date()): Promise<Task> {
  // Checked before the transaction, so the denial's audit row is not rolled back with it.
  const existing = await ctx.db.selectFrom('tasks').select('assignee_user_id').where('id', '=', id).executeTakeFirst();
  if (!existing || existing.assignee_user_id !== ctx.actor.userId) {
    await recordTrail(ctx, { action: 'deny', objectType: 'task', objectId: id, outcome: 'denied', reason: existing ? 'not the assignee' : 'not found' });
    throw notFound('Deze taak');
  }
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('tasks').select(['id', 'status']).where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (row.status === 'done') throw conflict('Deze taak is al afgerond.');
    const updated = await trx
      .updateTable('tasks')
      .set({ status: 'done', completed_at: now, completed_by: ctx.actor.userId })
      .where('id', '=', id)
      .returning(['id', 'title', 'description', 'module', 'record_type', 'record_id', 'record_label', 'due_date', 'status', 'created_at'])
      .executeTakeFirstOrThrow();
    for (const hook of completionHooks.get(updated.module) ?? []) {
      await hook(trx, { id: updated.id, recordType: updated.record_type, recordId: updated.record_id }, now);
    }
    await recordTrail({ ...ctx, db: trx }, { action: 'complete', objectType: 'task', objectId: id });
    return toTask(updated, amsterdamToday(now));
  });
}
