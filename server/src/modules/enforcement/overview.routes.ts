import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, type Permission } from '../../kernel/access.js';
import type { AppDeps } from '../../kernel/deps.js';
import { forbidden } from '../../kernel/errors.js';
import { actorOf, contextOf, requirePermission } from '../../kernel/guard.js';
import { recordTrail } from '../../kernel/trail.js';
import { closuresPage, closuresQuery, deadlinesPage, deadlinesQuery, summaryView } from './overview.schemas.js';
import { enforcementSummary, listClosuresInForce, listDueDeadlines } from './overview.service.js';

/** Like `requirePermission`, for a route that one of several permissions opens; the denial is logged. */
function requireAnyPermission(deps: AppDeps, wanted: readonly Permission[]) {
  return async (req: FastifyRequest): Promise<void> => {
    const actor = actorOf(req);
    if (wanted.some((p) => can(actor, p))) return;
    await recordTrail(
      { db: deps.db, config: deps.config, actor, requestId: req.id, trace: req.trace },
      {
        action: 'deny',
        objectType: 'route',
        objectId: `${req.method} ${req.routeOptions.url ?? ''}`,
        outcome: 'denied',
        reason: `missing permission ${wanted.join(' or ')}`,
      },
    );
    throw forbidden('Uw rol geeft geen toegang tot deze functie.');
  };
}

/** Overviews of enforcement (issue 5 part 8), mounted at /api/v1/enforcement/overview. */
export function overviewRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['enforcement'];
    const read = { preHandler: requirePermission(deps, 'records:read') };

    app.get(
      '/deadlines',
      {
        ...read,
        schema: {
          tags,
          summary: 'Termijnen die verstreken zijn of binnenkort aflopen, van de zaken die je mag inzien',
          querystring: deadlinesQuery,
          response: { 200: deadlinesPage },
        },
      },
      async (req) => listDueDeadlines(contextOf(deps, req), req.query),
    );
    app.get(
      '/closures',
      {
        ...read,
        schema: {
          tags,
          summary: 'Sluitingen die vandaag van kracht zijn, van de zaken die je mag inzien',
          querystring: closuresQuery,
          response: { 200: closuresPage },
        },
      },
      async (req) => listClosuresInForce(contextOf(deps, req), req.query),
    );
    app.get(
      '/summary',
      {
        preHandler: requireAnyPermission(deps, ['aggregates:read', 'records:read']),
        schema: {
          tags,
          summary: 'Aantallen maatregelen, controles en Bibob-toetsen (management: kleine aantallen verborgen)',
          response: { 200: summaryView },
        },
      },
      async (req) => enforcementSummary(contextOf(deps, req)),
    );
  };
}
