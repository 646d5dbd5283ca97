import { amsterdamToday, onTaskCompleted } from '../tasks/index.js';
import { syncActionWithTask } from './actions.js';
import { CAREERS_MODULE } from './vocabulary.js';

// When the responsible person completes a careers task in "Mijn werk", the plan action or follow-up moment it stands
// for is done too, in the same transaction: the caseload's open-action count, the conference items and the follow-ups
// read the stored status. Registered at import time (static code, the same in every process).
onTaskCompleted(CAREERS_MODULE, async (db, task, at) => {
  await syncActionWithTask(db, task.id, at);
  await db
    .updateTable('career_follow_ups')
    .set({ status: 'done', done_on: amsterdamToday(at) })
    .where('task_id', '=', task.id)
    .where('status', '=', 'open')
    .execute();
});
