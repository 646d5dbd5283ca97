import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../kernel/deps.js';
import { contextOf, requirePermission } from '../../kernel/guard.js';
import { completeTask, listMyTasks } from './tasks.service.js';

export { amsterdamToday, createTask, onTaskCompleted, type NewTask, type TaskCompletedHook } from './tasks.service.js';

const task = z.object({
  id: z.string().uuid(),
  title: z.string(),
  description: z.string(),
  module: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  recordLabel: z.string().nullable(),
  dueDate: z.string().nullable().describe('JJJJ-MM-DD'),
  overdue: z.boolean(),
  status: z.enum(['open', 'done']),
  createdAt: z.string().datetime(),
});

/** Tasks: the shared work list every module feeds ("Mijn werk"). */
export function tasksModule(deps: AppDeps): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const use = { preHandler: requirePermission(deps, 'tasks:use') };
    const tags = ['tasks'];

    app.get(
      '/mine',
      { ...use, schema: { tags, summary: 'Mijn openstaande taken, uit alle modules', response: { 200: z.object({ items: z.array(task) }) } } },
      async (req) => ({ items: await listMyTasks(contextOf(deps, req)) }),
    );

    app.post(
      '/:id/complete',
      { ...use, schema: { tags, summary: 'Taak afronden', params: z.strictObject({ id: z.string().uuid('Geen geldige id.') }), response: { 200: task } } },
      async (req) => completeTask(contextOf(deps, req), req.params.id),
    );
  };
}
