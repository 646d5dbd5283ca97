import { z } from 'zod';
import type { ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { deadlineFor, type Deadline } from '../legal/index.js';
import { createTask } from '../tasks/index.js';
import { deadlineKinds, type DeadlineKind } from './vocabulary.js';

/**
 * Deadlines of enforcement cases (measures, Bibob screenings). Every one is computed by the legal engine
 * (Awb and Algemene termijnenwet, ADR 0010), stored with the engine's reasons in `enforcement_deadlines`
 * so overviews can list what is due, and given to a person as a task in "Mijn werk". A deadline that is
 * no longer needed is settled (`met` or `cancelled`) and its task is closed with it.
 */

export interface ScheduleDeadline {
  recordType: string;
  recordId: string;
  /** Shown on the task, e.g. the measure's number. */
  recordLabel: string;
  kind: DeadlineKind;
  /** The day of the event the term runs from (YYYY-MM-DD), e.g. the day of bekendmaking. */
  from: string;
  /** An ISO 8601 duration: P6W, P14D, P8W. */
  period: string;
  unit?: 'calendar' | 'working';
  /** `next_day` (Awb 6:8, the default) or `same_day`. */
  countFrom?: 'next_day' | 'same_day';
  /** Who gets the task; null: the deadline is recorded without a task. */
  assigneeUserId: string | null;
  /** The task's title, in Dutch. */
  title: string;
  description?: string;
  wijkCode?: string | null;
}

export interface ScheduledDeadline {
  id: string;
  dueOn: string;
  deadline: Deadline;
  taskId: string | null;
}

/**
 * Computes a deadline with the legal engine, stores it and creates its task. Call it inside the
 * transaction that makes the change the deadline belongs to, so both are written or neither.
 * A period the engine refuses answers 400 with `pathPrefix.period` or `pathPrefix.from`.
 */
export async function scheduleDeadline(ctx: ServiceContext, input: ScheduleDeadline, pathPrefix = 'body'): Promise<ScheduledDeadline> {
  const unit = input.unit ?? 'calendar';
  const deadline = await deadlineFor(ctx.db, input.from, input.period, { unit, countFrom: input.countFrom ?? 'next_day' }, pathPrefix);
  const taskId = input.assigneeUserId
    ? await createTask(
        ctx.db,
        {
          title: input.title,
          description: input.description ?? deadline.reasons.map((r) => r.text).join(' '),
          module: 'enforcement',
          assigneeUserId: input.assigneeUserId,
          dueDate: deadline.end,
          record: { type: input.recordType, id: input.recordId, label: input.recordLabel },
        },
        ctx.actor.userId,
      )
    : null;
  const row = await ctx.db
    .insertInto('enforcement_deadlines')
    .values({
      record_type: input.recordType,
      record_id: input.recordId,
      kind: input.kind,
      from_date: input.from,
      period: input.period,
      unit,
      due_on: deadline.end,
      reasons: JSON.stringify(deadline.reasons),
      task_id: taskId,
      wijk_code: input.wijkCode ?? null,
      created_by: ctx.actor.userId,
      settled_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, dueOn: deadline.end, deadline, taskId };
}

/**
 * Settles the open deadlines of the given kinds on one record (`met` when what it asked for happened,
 * `cancelled` when it no longer applies, `suspended` when the term stands still and will be scheduled again, as
 * the Bibob decision term while the LBB advice is awaited) and closes their open tasks. Returns how many were settled.
 */
export async function settleDeadlines(
  ctx: ServiceContext,
  recordType: string,
  recordId: string,
  kinds: readonly DeadlineKind[],
  status: 'met' | 'cancelled' | 'suspended',
): Promise<number> {
  if (kinds.length === 0) return 0;
  const settled = await ctx.db
    .updateTable('enforcement_deadlines')
    .set({ status, settled_at: new Date() })
    .where('record_type', '=', recordType)
    .where('record_id', '=', recordId)
    .where('kind', 'in', [...kinds])
    .where('status', '=', 'open')
    .returning('task_id')
    .execute();
  const taskIds = settled.map((r) => r.task_id).filter((id): id is string => id !== null);
  if (taskIds.length > 0) {
    await ctx.db
      .updateTable('tasks')
      .set({ status: 'done', completed_at: new Date(), completed_by: ctx.actor.userId })
      .where('id', 'in', taskIds)
      .where('status', '=', 'open')
      .execute();
  }
  return settled.length;
}

export const deadlineView = z.object({
  id: z.string().uuid(),
  kind: z.enum(deadlineKinds),
  from: z.string().describe('Dag van de gebeurtenis waarvandaan de termijn loopt'),
  period: z.string().describe('ISO 8601-duur'),
  unit: z.enum(['calendar', 'working']),
  dueOn: z.string().describe('Laatste dag, na verlenging volgens de Algemene termijnenwet'),
  reasons: z.array(z.object({ rule: z.string(), date: z.string(), text: z.string() })),
  status: z.enum(['open', 'met', 'cancelled', 'suspended']),
  taskId: z.string().uuid().nullable(),
  settledAt: z.string().datetime().nullable(),
});
export type DeadlineView = z.infer<typeof deadlineView>;

function isDeadlineKind(value: string): value is DeadlineKind {
  return (deadlineKinds as readonly string[]).includes(value);
}

function isStatus(value: string): value is DeadlineView['status'] {
  return value === 'open' || value === 'met' || value === 'cancelled' || value === 'suspended';
}

/** The deadlines of one record, earliest first. The caller has checked that the actor may read the record. */
export async function listDeadlines(db: Db, recordType: string, recordId: string): Promise<DeadlineView[]> {
  const rows = await db
    .selectFrom('enforcement_deadlines')
    .select(['id', 'kind', 'from_date', 'period', 'unit', 'due_on', 'reasons', 'status', 'task_id', 'settled_at'])
    .where('record_type', '=', recordType)
    .where('record_id', '=', recordId)
    .orderBy('due_on')
    .orderBy('created_at')
    .execute();
  return rows.flatMap((r) => {
    if (!isDeadlineKind(r.kind) || !isStatus(r.status)) return [];
    const reasons = z.array(z.object({ rule: z.string(), date: z.string(), text: z.string() })).safeParse(r.reasons);
    return [
      {
        id: r.id,
        kind: r.kind,
        from: r.from_date,
        period: r.period,
        unit: r.unit === 'working' ? 'working' : 'calendar',
        dueOn: r.due_on,
        reasons: reasons.success ? reasons.data : [],
        status: r.status,
        taskId: r.task_id,
        settledAt: r.settled_at ? r.settled_at.toISOString() : null,
      },
    ];
  });
}
