import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../kernel/deps.js';
import { contextOf, requirePermission } from '../../kernel/guard.js';
import { overviewQuery, overviewView } from './overview.schemas.js';
import { careersOverview } from './overview.service.js';

/** The overview of the person-centred approach (issue 6 part 9), mounted at /api/v1/careers/overview. */
export function overviewRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/',
      {
        preHandler: requirePermission(deps, 'aggregates:read'),
        schema: {
          tags: ['careers'],
          summary:
            'Cijfers van de jongerenaanpak: caseload per regisseur, fasen, doelen, dagbesteding, uitstroom, per wijk, preventie (kleine aantallen verborgen)',
          querystring: overviewQuery,
          response: { 200: overviewView },
        },
      },
      async (req) => careersOverview(contextOf(deps, req), req.query),
    );
  };
}
