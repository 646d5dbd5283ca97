import type { ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { AppError, conflict, notFound } from '../../kernel/errors.js';
import { recordTrail } from '../../kernel/trail.js';
import { amsterdamToday, createTask } from '../tasks/index.js';
import { requireTrajectory, trajectorySubjects } from './access.js';
import { loadSettings } from './reference.service.js';
import { addMonths } from './workflow.js';
import { CAREERS_ACTIVITY, CAREERS_MODULE, TRAJECTORY_RECORD_TYPE } from './vocabulary.js';

/**
 * Follow-up moments after a trajectory leaves the intensive approach ("we laten niet los"): one per month in the
 * settings (default 3, 6 and 12) after the exit date, each with a task for the regisseur on that date.
 * Call inside the caller's transaction.
 */
export async function createFollowUps(
  db: Db,
  trajectory: { id: string; number: string; regisseurUserId: string },
  exitDate: string,
  createdBy: string,
): Promise<number> {
  const settings = await loadSettings(db);
  const months = [...new Set(settings.followUpMonths)].filter((m) => Number.isInteger(m) && m > 0).sort((a, b) => a - b);
  for (const m of months) {
    const dueDate = addMonths(exitDate, m);
    const taskId = await createTask(
      db,
      {
        title: `Nazorgcontact na ${m} ${m === 1 ? 'maand' : 'maanden'}: ${trajectory.number}`,
        description: `Neem contact op met de jongere (of het netwerk) en leg vast hoe het gaat. Is er een terugval, dan kan het traject in één stap opnieuw starten.`,
        module: CAREERS_MODULE,
        assigneeUserId: trajectory.regisseurUserId,
        dueDate,
        record: { type: TRAJECTORY_RECORD_TYPE, id: trajectory.id, label: trajectory.number },
      },
      createdBy,
    );
    await db.insertInto('career_follow_ups').values({ trajectory_id: trajectory.id, months: m, due_date: dueDate, task_id: taskId, done_on: null }).execute();
  }
  return months.length;
}

/** Cancels the open follow-ups (re-entry) and closes their tasks. Call inside the caller's transaction. */
export async function cancelOpenFollowUps(db: Db, trajectoryId: string, actorUserId: string, now = new Date()): Promise<number> {
  const open = await db
    .selectFrom('career_follow_ups')
    .select(['id', 'task_id'])
    .where('trajectory_id', '=', trajectoryId)
    .where('status', '=', 'open')
    .execute();
  if (open.length === 0) return 0;
  await db
    .updateTable('career_follow_ups')
    .set({ status: 'cancelled', note: 'Vervallen: de jongere is opnieuw ingestroomd.' })
    .where(
      'id',
      'in',
      open.map((f) => f.id),
    )
    .execute();
  const taskIds = open.map((f) => f.task_id).filter((id): id is string => id !== null);
  if (taskIds.length > 0) {
    await db
      .updateTable('tasks')
      .set({ status: 'done', completed_at: now, completed_by: actorUserId })
      .where('id', 'in', taskIds)
      .where('status', '=', 'open')
      .execute();
  }
  return open.length;
}

/** Records a follow-up contact as done, with a note, and completes its task. */
export async function completeFollowUp(ctx: ServiceContext, trajectoryId: string, followUpId: string, note: string, now = new Date()): Promise<void> {
  const t = await requireTrajectory(ctx, trajectoryId, 'write');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('career_follow_ups')
      .select(['id', 'status', 'task_id', 'months'])
      .where('id', '=', followUpId)
      .where('trajectory_id', '=', t.id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('Dit nazorgmoment');
    if (row.status !== 'open') throw conflict('Dit nazorgmoment is al afgerond of vervallen.');
    if (note.trim() === '') {
      throw new AppError('VALIDATION_FAILED', 'Schrijf kort op hoe het met de jongere gaat.', {
        errors: [{ path: 'body.note', message: 'Schrijf kort op hoe het met de jongere gaat.' }],
      });
    }
    await trx
      .updateTable('career_follow_ups')
      .set({ status: 'done', note, done_on: amsterdamToday(now) })
      .where('id', '=', row.id)
      .execute();
    if (row.task_id) {
      await trx
        .updateTable('tasks')
        .set({ status: 'done', completed_at: now, completed_by: ctx.actor.userId })
        .where('id', '=', row.task_id)
        .where('status', '=', 'open')
        .execute();
    }
    await trx.updateTable('trajectories').set({ updated_at: now }).where('id', '=', t.id).execute();
    await recordTrail(
      { ...ctx, db: trx },
      {
        action: 'update',
        objectType: TRAJECTORY_RECORD_TYPE,
        objectId: t.id,
        reason: `follow-up after ${row.months} months done`,
        processing: { activity: CAREERS_ACTIVITY, name: 'Nazorgcontact vastgelegd', subjects: trajectorySubjects(t) },
      },
    );
  });
}
