import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../kernel/deps.js';
import { contextOf, requirePermission } from '../../kernel/guard.js';
import {
  actionInput,
  actionParams,
  actionUpdate,
  actionView,
  activityParams,
  assessmentInput,
  assessmentList,
  created,
  daytimeInput,
  daytimeList,
  daytimeUpdate,
  daytimeView,
  goalInput,
  goalParams,
  goalUpdate,
  idParams,
  planView,
  trendView,
} from './plan.schemas.js';
import {
  createAction,
  createAssessment,
  createDaytime,
  createGoal,
  getPlan,
  listAssessments,
  listDaytime,
  trajectoryTrend,
  updateAction,
  updateDaytime,
  updateGoal,
} from './plan.service.js';

/**
 * Assessments, trend, plan and daytime activities of a trajectory (mounted at /api/v1/careers/trajectories).
 * Reading needs records:read and a place on the case team; writing records:write and a place on the team.
 */
export function planRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['careers'];
    const read = { preHandler: requirePermission(deps, 'records:read') };
    const write = { preHandler: requirePermission(deps, 'records:write') };

    // ---- assessments and trend ----------------------------------------------------------------------
    app.get(
      '/:id/assessments',
      {
        ...read,
        schema: {
          tags,
          summary: 'Beoordelingen van de leefgebieden (nieuwste eerst); afgeschermde leefgebieden zonder inhoud',
          params: idParams,
          response: { 200: assessmentList },
        },
      },
      async (req) => listAssessments(contextOf(deps, req), req.params.id),
    );
    app.post(
      '/:id/assessments',
      {
        ...write,
        schema: {
          tags,
          summary: 'Beoordeling vastleggen: per leefgebied een score (1 = ernstig risico, 5 = sterk), risico- en beschermende factoren',
          params: idParams,
          body: assessmentInput,
          response: { 201: created },
        },
      },
      async (req, reply) => reply.code(201).send(await createAssessment(contextOf(deps, req), req.params.id, req.body)),
    );
    app.get(
      '/:id/trend',
      {
        ...read,
        schema: { tags, summary: 'Verloop van de scores per leefgebied, motivatie en weerbaarheid', params: idParams, response: { 200: trendView } },
      },
      async (req) => trajectoryTrend(contextOf(deps, req), req.params.id),
    );

    // ---- plan ---------------------------------------------------------------------------------------------
    app.get(
      '/:id/plan',
      {
        ...read,
        schema: {
          tags,
          summary: 'Plan van aanpak: doelen per leefgebied met hun acties, en acties zonder doel',
          params: idParams,
          response: { 200: planView },
        },
      },
      async (req) => getPlan(contextOf(deps, req), req.params.id),
    );
    app.post(
      '/:id/goals',
      { ...write, schema: { tags, summary: 'Doel toevoegen aan het plan van aanpak', params: idParams, body: goalInput, response: { 201: created } } },
      async (req, reply) => reply.code(201).send(await createGoal(contextOf(deps, req), req.params.id, req.body)),
    );
    app.patch(
      '/:id/goals/:goalId',
      {
        ...write,
        schema: {
          tags,
          summary: 'Doel wijzigen of de status zetten (open, bereikt, niet bereikt, vervallen)',
          params: goalParams,
          body: goalUpdate,
          response: { 200: created },
        },
      },
      async (req) => updateGoal(contextOf(deps, req), req.params.id, req.params.goalId, req.body),
    );
    app.post(
      '/:id/actions',
      {
        ...write,
        schema: {
          tags,
          summary: 'Actie toevoegen met een verantwoordelijke uit het team en een uiterste datum (wordt een taak in "Mijn werk")',
          params: idParams,
          body: actionInput,
          response: { 201: created },
        },
      },
      async (req, reply) => reply.code(201).send(await createAction(contextOf(deps, req), req.params.id, req.body)),
    );
    app.patch(
      '/:id/actions/:actionId',
      {
        ...write,
        schema: {
          tags,
          summary: 'Actie afronden of annuleren (de taak van de verantwoordelijke gaat mee)',
          params: actionParams,
          body: actionUpdate,
          response: { 200: actionView },
        },
      },
      async (req) => updateAction(contextOf(deps, req), req.params.id, req.params.actionId, req.body),
    );

    // ---- daytime activities ---------------------------------------------------------------------------------
    app.get(
      '/:id/daytime-activities',
      { ...read, schema: { tags, summary: 'Dagbesteding: lopende en eerdere', params: idParams, response: { 200: daytimeList } } },
      async (req) => listDaytime(contextOf(deps, req), req.params.id),
    );
    app.post(
      '/:id/daytime-activities',
      {
        ...write,
        schema: {
          tags,
          summary: 'Dagbesteding vastleggen (school, opleiding, sportclub, baan, stage, vrijwilligerswerk)',
          params: idParams,
          body: daytimeInput,
          response: { 201: created },
        },
      },
      async (req, reply) => reply.code(201).send(await createDaytime(contextOf(deps, req), req.params.id, req.body)),
    );
    app.patch(
      '/:id/daytime-activities/:activityId',
      {
        ...write,
        schema: { tags, summary: 'Dagbesteding wijzigen of beëindigen', params: activityParams, body: daytimeUpdate, response: { 200: daytimeView } },
      },
      async (req) => updateDaytime(contextOf(deps, req), req.params.id, req.params.activityId, req.body),
    );
  };
}
