import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { pendingMigrations } from '../../kernel/db.js';
import type { AppDeps } from '../../kernel/deps.js';
import { isDatabaseUnavailable, problem, sendProblem } from '../../kernel/http.js';

const healthResponse = z.object({ status: z.literal('ok') });
const readyResponse = z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) });

/** `/health`: the process is alive. `/ready`: the database answers and every migration is applied. */
export function healthModule(deps: AppDeps): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    app.get('/health', { schema: { tags: ['health'], summary: 'Leeft het proces?', security: [], response: { 200: healthResponse } } }, () => ({
      status: 'ok' as const,
    }));
    app.get(
      '/ready',
      { schema: { tags: ['health'], summary: 'Database bereikbaar en migraties actueel?', security: [], response: { 200: readyResponse } } },
      async (req, reply) => {
        try {
          await sql`select 1`.execute(deps.db);
          const pending = await pendingMigrations(deps.db);
          if (pending.length > 0) {
            return sendProblem(reply, problem(req, 'SERVICE_UNAVAILABLE', `Er staan ${pending.length} databasemigratie(s) open.`));
          }
        } catch (error) {
          if (!isDatabaseUnavailable(error)) req.log.warn({ err: error }, 'readiness check failed');
          return sendProblem(reply, problem(req, 'SERVICE_UNAVAILABLE', 'De database is niet bereikbaar.'), { 'Retry-After': '5' });
        }
        return { status: 'ready' as const, database: deps.database.kind };
      },
    );
  };
}
