import { isIsoDate } from '../legal/index.js';
import type { ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { AppError } from '../../kernel/errors.js';
import { createTask } from '../tasks/index.js';
import { onTrajectoryTeam, type TrajectoryAccess } from './access.js';
import { CAREERS_MODULE, TRAJECTORY_RECORD_TYPE } from './vocabulary.js';

export interface NewPlanAction {
  /** The goal the action serves; null for an action agreed in a case conference without a goal. */
  goalId: string | null;
  conferenceItemId: string | null;
  description: string;
  responsibleUserId: string;
  dueDate: string;
}

/**
 * Adds an action to a trajectory's plan and gives the responsible team member a task with the due date. Shared by
 * the plan (actions per goal) and case conferences (actions agreed per agenda item). Call inside the caller's
 * transaction (`ctx.db` a transaction) after `requireTrajectory(ctx, id, 'write')`. `pathPrefix` is the body path of
 * the action in the caller's input, for field errors (e.g. `body` or `body.actions.2`).
 */
export async function addPlanAction(ctx: ServiceContext, trajectory: TrajectoryAccess, input: NewPlanAction, pathPrefix = 'body'): Promise<string> {
  const errors: { path: string; message: string }[] = [];
  if (!isIsoDate(input.dueDate)) errors.push({ path: `${pathPrefix}.dueDate`, message: 'Vul een geldige datum in (JJJJ-MM-DD).' });
  if (!(await onTrajectoryTeam(ctx.db, trajectory.id, input.responsibleUserId))) {
    errors.push({ path: `${pathPrefix}.responsibleUserId`, message: 'Kies iemand uit het team van dit traject.' });
  }
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', 'Controleer de actie.', { errors });
  const taskId = await createTask(
    ctx.db,
    {
      title: `Actie ${trajectory.number}: ${input.description.slice(0, 120)}`,
      description: input.description,
      module: CAREERS_MODULE,
      assigneeUserId: input.responsibleUserId,
      dueDate: input.dueDate,
      record: { type: TRAJECTORY_RECORD_TYPE, id: trajectory.id, label: trajectory.number },
    },
    ctx.actor.userId,
  );
  const row = await ctx.db
    .insertInto('plan_actions')
    .values({
      trajectory_id: trajectory.id,
      goal_id: input.goalId,
      conference_item_id: input.conferenceItemId,
      description: input.description,
      responsible_user_id: input.responsibleUserId,
      due_date: input.dueDate,
      task_id: taskId,
      created_by: ctx.actor.userId,
      completed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Keeps a plan action in step with its task when the responsible person completes the task in "Mijn werk": an open
 * action linked to the task becomes done. Meant for a task-completion hook (call in the same transaction as the task
 * update). The plan also derives this when read (plan.service `effectiveActionStatus`), so nothing shows wrong
 * before the hook is wired; counts that read `plan_actions.status` directly need the hook.
 */
export async function syncActionWithTask(db: Db, taskId: string, completedAt: Date): Promise<void> {
  await db.updateTable('plan_actions').set({ status: 'done', completed_at: completedAt }).where('task_id', '=', taskId).where('status', '=', 'open').execute();
}
