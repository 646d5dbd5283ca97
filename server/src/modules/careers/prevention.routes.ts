import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, type Permission } from '../../kernel/access.js';
import type { AppDeps } from '../../kernel/deps.js';
import { forbidden } from '../../kernel/errors.js';
import { actorOf, contextOf, requirePermission } from '../../kernel/guard.js';
import { recordTrail } from '../../kernel/trail.js';
import { preventionInput, preventionPage, preventionParams, preventionQuery, preventionView } from './prevention.schemas.js';
import { createPreventionActivity, getPreventionActivity, listPreventionActivities, updatePreventionActivity } from './prevention.service.js';

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

/** Prevention activities (issue 6 part 8), mounted at /api/v1/careers/prevention-activities. */
export function preventionRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['careers'];
    const read = { preHandler: requireAnyPermission(deps, ['prevention:write', 'aggregates:read']) };
    const write = { preHandler: requirePermission(deps, 'prevention:write') };

    app.get(
      '/',
      {
        ...read,
        schema: {
          tags,
          summary: 'Preventieactiviteiten (groepsniveau, zonder persoonsgegevens), te filteren op wijk, setting en periode, met totalen',
          querystring: preventionQuery,
          response: { 200: preventionPage },
        },
      },
      async (req) => listPreventionActivities(contextOf(deps, req), req.query),
    );
    app.post(
      '/',
      {
        ...write,
        schema: {
          tags,
          summary: 'Een preventieactiviteit vastleggen voor je eigen organisatie',
          body: preventionInput,
          response: { 201: preventionView },
        },
      },
      async (req, reply) => reply.code(201).send(await createPreventionActivity(contextOf(deps, req), req.body)),
    );
    app.get(
      '/:id',
      { ...read, schema: { tags, summary: 'Eén preventieactiviteit', params: preventionParams, response: { 200: preventionView } } },
      async (req) => getPreventionActivity(contextOf(deps, req), req.params.id),
    );
    app.put(
      '/:id',
      {
        ...write,
        schema: {
          tags,
          summary: 'Een preventieactiviteit van je eigen organisatie wijzigen',
          params: preventionParams,
          body: preventionInput,
          response: { 200: preventionView },
        },
      },
      async (req) => updatePreventionActivity(contextOf(deps, req), req.params.id, req.body),
    );
  };
}
