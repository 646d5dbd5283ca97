import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../kernel/deps.js';
import { contextOf, requirePermission } from '../../kernel/guard.js';
import {
  actionCreate,
  attendanceInput,
  conferenceCreate,
  conferenceDetail,
  conferenceParams,
  conferenceQuery,
  conferenceSummary,
  decisionCreate,
  itemCreate,
  itemParams,
  itemUpdate,
  trajectoryConference,
  trajectoryParams,
} from './conferences.schemas.js';
import {
  addAction,
  addDecision,
  addItem,
  createConference,
  getConference,
  inviteTeams,
  listConferences,
  markHeld,
  minutesOf,
  removeItem,
  setAttendance,
  trajectoryConferences,
  updateItem,
} from './conferences.service.js';
import { minutesFileName, renderMinutesPdf } from './minutes.pdf.js';

/**
 * Case conferences (casusoverleg), mounted at /api/v1/careers/case-conferences. Every viewer sees only the agenda
 * items of trajectories whose case team they are on: in the list (counts), the detail and the minutes PDF.
 */
export function conferenceRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['careers'];
    const read = { preHandler: requirePermission(deps, 'records:read') };
    const write = { preHandler: requirePermission(deps, 'records:write') };

    app.get(
      '/',
      {
        ...read,
        schema: {
          tags,
          summary: 'Casusoverleggen die je mag zien, met het aantal agendapunten dat je mag zien',
          querystring: conferenceQuery,
          response: { 200: z.object({ conferences: z.array(conferenceSummary) }) },
        },
      },
      async (req) => ({ conferences: await listConferences(contextOf(deps, req), req.query.status) }),
    );
    app.post(
      '/',
      { ...write, schema: { tags, summary: 'Casusoverleg plannen (jij bent voorzitter)', body: conferenceCreate, response: { 201: conferenceDetail } } },
      async (req, reply) => reply.code(201).send(await createConference(contextOf(deps, req), req.body)),
    );
    app.get(
      '/trajectories/:trajectoryId',
      {
        ...read,
        schema: {
          tags,
          summary: 'Casusoverleggen, besluiten en acties van één traject',
          params: trajectoryParams,
          response: { 200: z.object({ conferences: z.array(trajectoryConference) }) },
        },
      },
      async (req) => ({ conferences: await trajectoryConferences(contextOf(deps, req), req.params.trajectoryId) }),
    );
    app.get(
      '/:id',
      { ...read, schema: { tags, summary: 'Casusoverleg met de agendapunten die je mag zien', params: conferenceParams, response: { 200: conferenceDetail } } },
      async (req) => getConference(contextOf(deps, req), req.params.id),
    );
    app.get(
      '/:id/minutes.pdf',
      { ...read, schema: { tags, summary: 'Notulen (PDF) met alleen de agendapunten die je mag zien', params: conferenceParams } },
      async (req, reply) => {
        const ctx = contextOf(deps, req);
        const detail = await minutesOf(ctx, req.params.id);
        const viewer = await ctx.db.selectFrom('users').select('display_name').where('id', '=', ctx.actor.userId).executeTakeFirst();
        const pdf = await renderMinutesPdf({
          number: detail.number,
          title: detail.title,
          heldOn: detail.heldOn,
          startsAt: detail.startsAt,
          location: detail.location,
          status: detail.status,
          chair: detail.chair.name,
          attendees: detail.attendees,
          items: detail.items.map((item) => ({
            trajectoryNumber: item.trajectory.number,
            trajectoryName: item.trajectory.name,
            question: item.question,
            discussion: item.discussion,
            decisions: item.decisions.map((d) => d.text),
            actions: item.actions.map((a) => ({ description: a.description, responsible: a.responsible.name, dueDate: a.dueDate })),
          })),
          viewer: viewer?.display_name ?? ctx.actor.username,
          createdAt: new Date(),
        });
        const fileName = minutesFileName(detail.number);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
          .header('cache-control', 'no-store')
          .header('x-content-type-options', 'nosniff')
          .send(pdf);
      },
    );
    app.post(
      '/:id/items',
      {
        ...write,
        schema: {
          tags,
          summary: 'Traject op de agenda zetten (alleen als je in het team zit)',
          params: conferenceParams,
          body: itemCreate,
          response: { 200: conferenceDetail },
        },
      },
      async (req) => addItem(contextOf(deps, req), req.params.id, req.body),
    );
    app.delete(
      '/:id/items/:itemId',
      {
        ...write,
        schema: { tags, summary: 'Agendapunt verwijderen (zolang het overleg gepland is)', params: itemParams, response: { 200: conferenceDetail } },
      },
      async (req) => removeItem(contextOf(deps, req), req.params.id, req.params.itemId),
    );
    app.patch(
      '/:id/items/:itemId',
      {
        ...write,
        schema: {
          tags,
          summary: 'Vraag of bespreking van een agendapunt vastleggen',
          params: itemParams,
          body: itemUpdate,
          response: { 200: conferenceDetail },
        },
      },
      async (req) => updateItem(contextOf(deps, req), req.params.id, req.params.itemId, req.body),
    );
    app.post(
      '/:id/items/:itemId/decisions',
      {
        ...write,
        schema: { tags, summary: 'Besluit bij een agendapunt vastleggen', params: itemParams, body: decisionCreate, response: { 200: conferenceDetail } },
      },
      async (req) => addDecision(contextOf(deps, req), req.params.id, req.params.itemId, req.body),
    );
    app.post(
      '/:id/items/:itemId/actions',
      {
        ...write,
        schema: {
          tags,
          summary: 'Actie bij een agendapunt afspreken (wordt een taak voor de verantwoordelijke)',
          params: itemParams,
          body: actionCreate,
          response: { 200: conferenceDetail },
        },
      },
      async (req) => addAction(contextOf(deps, req), req.params.id, req.params.itemId, req.body),
    );
    app.put(
      '/:id/attendance',
      {
        ...write,
        schema: {
          tags,
          summary: 'Deelnemers en aanwezigheid vastleggen',
          params: conferenceParams,
          body: attendanceInput,
          response: { 200: conferenceDetail },
        },
      },
      async (req) => setAttendance(contextOf(deps, req), req.params.id, req.body),
    );
    app.post(
      '/:id/attendance/invite-team',
      { ...write, schema: { tags, summary: 'Teamleden van de agendapunten uitnodigen', params: conferenceParams, response: { 200: conferenceDetail } } },
      async (req) => inviteTeams(contextOf(deps, req), req.params.id),
    );
    app.post(
      '/:id/hold',
      { ...write, schema: { tags, summary: 'Overleg als gehouden markeren', params: conferenceParams, response: { 200: conferenceDetail } } },
      async (req) => markHeld(contextOf(deps, req), req.params.id),
    );
  };
}
