import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../kernel/deps.js';
import { contextOf, requirePermission } from '../../kernel/guard.js';
import { runCareersRetention } from './retention.js';

export const retentionResult = z.object({
  destroyed: z.number().int(),
  ranAt: z.string().datetime(),
  exitCutoff: z.string().datetime().describe('In uitstroom vóór dit moment: vernietigd'),
  notAcceptedCutoff: z.string().datetime().describe('Niet aangenomen vóór dit moment: vernietigd'),
});

/** Retention of trajectories, run daily by the module; the beheerder can run it now (mounted at /retention). */
export function retentionRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/run',
      {
        preHandler: requirePermission(deps, 'reference:manage'),
        schema: {
          tags: ['careers'],
          summary: 'Bewaartermijn nu toepassen: trajecten na de bewaartermijn vernietigen',
          response: { 200: retentionResult },
        },
      },
      async (req) => {
        const ctx = contextOf(deps, req);
        const result = await runCareersRetention({ db: deps.db, config: deps.config, files: deps.files, actor: ctx.actor, requestId: req.id });
        return {
          destroyed: result.destroyed,
          ranAt: result.ranAt.toISOString(),
          exitCutoff: result.exitCutoff.toISOString(),
          notAcceptedCutoff: result.notAcceptedCutoff.toISOString(),
        };
      },
    );
  };
}
