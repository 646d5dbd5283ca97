import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../kernel/deps.js';
import { contextOf, requirePermission } from '../../kernel/guard.js';
import { completeFollowUp } from './followups.service.js';
import { addTeamMember, assignRegisseur, listTeamCandidates, removeTeamMember } from './team.service.js';
import {
  candidate,
  candidatesQuery,
  detail,
  familyInput,
  followUpCompleteInput,
  followUpParams,
  idParams,
  intakeDecisionInput,
  intakeInput,
  listQuery,
  listResult,
  memberParams,
  reentryInput,
  referralInput,
  regisseurInput,
  reviewInput,
  teamInput,
  transitionInput,
} from './trajectories.schemas.js';
import {
  addFamilyDecision,
  createReferral,
  decideIntake,
  getTrajectory,
  listTrajectories,
  reEnter,
  recordReview,
  saveIntake,
  transition,
} from './trajectories.service.js';

/** Trajectories of the person-centred approach under /api/v1/careers/trajectories (ADR 0014). */
export function trajectoryRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['careers'];
    const refer = { preHandler: requirePermission(deps, 'careers:refer') };
    const read = { preHandler: requirePermission(deps, 'records:read') };
    const write = { preHandler: requirePermission(deps, 'records:write') };
    const ok = { 200: detail };

    app.post(
      '/',
      { ...refer, schema: { tags, summary: 'Jongere aanmelden (met reden en grondslag)', body: referralInput, response: { 201: detail } } },
      async (req, reply) => reply.code(201).send(await createReferral(contextOf(deps, req), req.body)),
    );

    app.get(
      '/',
      {
        ...read,
        schema: {
          tags,
          summary: 'Caseload: mijn trajecten als regisseur (mine), de intakewachtrij (queue) of alle trajecten waarin ik in het team zit (team)',
          querystring: listQuery,
          response: { 200: listResult },
        },
      },
      async (req) => listTrajectories(contextOf(deps, req), req.query),
    );

    app.get(
      '/team-candidates',
      {
        ...write,
        schema: {
          tags,
          summary: 'Wie in een casusteam kan (actieve medewerkers met leesrecht)',
          querystring: candidatesQuery,
          response: { 200: z.object({ items: z.array(candidate) }) },
        },
      },
      async (req) => ({ items: await listTeamCandidates(contextOf(deps, req), req.query.q, req.query.regisseurs === 'true') }),
    );

    app.get('/:id', { ...read, schema: { tags, summary: 'Traject met team, fasen, toetsen en nazorg', params: idParams, response: ok } }, async (req) =>
      getTrajectory(contextOf(deps, req), req.params.id),
    );

    app.post(
      '/:id/regisseur',
      {
        ...write,
        schema: {
          tags,
          summary: 'Regisseur toewijzen (uit de wachtrij) of overdragen (met reden)',
          params: idParams,
          body: regisseurInput,
          response: { 200: z.object({ id: z.string().uuid(), phase: z.string(), regisseur: z.object({ id: z.string().uuid(), name: z.string() }) }) },
        },
      },
      async (req) => assignRegisseur(contextOf(deps, req), req.params.id, req.body.userId, req.body.reason),
    );

    app.put(
      '/:id/intake',
      {
        ...write,
        schema: { tags, summary: 'Intake vastleggen: doelgroep, criteria, geïnformeerd, grondslag', params: idParams, body: intakeInput, response: ok },
      },
      async (req) => saveIntake(contextOf(deps, req), req.params.id, req.body),
    );

    app.post(
      '/:id/intake-decision',
      { ...write, schema: { tags, summary: 'Intakebesluit: aannemen, doorverwijzen of afwijzen', params: idParams, body: intakeDecisionInput, response: ok } },
      async (req) => decideIntake(contextOf(deps, req), req.params.id, req.body),
    );

    app.post(
      '/:id/transitions',
      {
        ...write,
        schema: { tags, summary: 'Naar een volgende fase (met uitstroomreden bij nazorg of uitstroom)', params: idParams, body: transitionInput, response: ok },
      },
      async (req) => transition(contextOf(deps, req), req.params.id, req.body),
    );

    app.post(
      '/:id/reviews',
      {
        ...write,
        schema: { tags, summary: 'Evenredigheidstoets of voortgangsbespreking vastleggen (met besluit)', params: idParams, body: reviewInput, response: ok },
      },
      async (req) => recordReview(contextOf(deps, req), req.params.id, req.body),
    );

    app.post(
      '/:id/re-entry',
      { ...write, schema: { tags, summary: 'Opnieuw instromen in één stap (uit nazorg of uitstroom)', params: idParams, body: reentryInput, response: ok } },
      async (req) => reEnter(contextOf(deps, req), req.params.id, req.body.reason),
    );

    app.post(
      '/:id/team',
      { ...write, schema: { tags, summary: 'Iemand aan het casusteam toevoegen', params: idParams, body: teamInput, response: ok } },
      async (req) => {
        const ctx = contextOf(deps, req);
        await addTeamMember(ctx, req.params.id, req.body.userId, req.body.teamRole);
        return getTrajectory(ctx, req.params.id);
      },
    );

    app.delete(
      '/:id/team/:userId',
      { ...write, schema: { tags, summary: 'Iemand uit het casusteam halen', params: memberParams, response: ok } },
      async (req) => {
        const ctx = contextOf(deps, req);
        await removeTeamMember(ctx, req.params.id, req.params.userId);
        return getTrajectory(ctx, req.params.id);
      },
    );

    app.post(
      '/:id/family',
      {
        ...write,
        schema: { tags, summary: 'Gezinslid betrekken (alleen met een gemotiveerd besluit)', params: idParams, body: familyInput, response: { 201: detail } },
      },
      async (req, reply) => reply.code(201).send(await addFamilyDecision(contextOf(deps, req), req.params.id, req.body)),
    );

    app.post(
      '/:id/follow-ups/:followUpId/complete',
      {
        ...write,
        schema: { tags, summary: 'Nazorgcontact vastleggen (rondt ook de taak af)', params: followUpParams, body: followUpCompleteInput, response: ok },
      },
      async (req) => {
        const ctx = contextOf(deps, req);
        await completeFollowUp(ctx, req.params.id, req.params.followUpId, req.body.note);
        return getTrajectory(ctx, req.params.id);
      },
    );
  };
}
