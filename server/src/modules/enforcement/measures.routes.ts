import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can, registerRecordType } from '../../kernel/access.js';
import { forbidden } from '../../kernel/errors.js';
import { recordTrail } from '../../kernel/trail.js';
import type { AppDeps } from '../../kernel/deps.js';
import { actorOf, contextOf, requirePermission } from '../../kernel/guard.js';
import type { FastifyRequest } from 'fastify';
import {
  codeParams,
  courtStepInput,
  courtStepParams,
  courtStepUpdate,
  executionExtensionInput,
  idParams,
  juristList,
  legalBasisList,
  legalBasisUpdate,
  legalBasisView,
  matrixRowInput,
  matrixRowView,
  matrixView,
  measureCreate,
  measureCreated,
  measureDetail,
  measureListPage,
  measureListQuery,
  objectionExtensionInput,
  ok,
  proportionalityInput,
  proposalRequest,
  proposalView,
  transitionInput,
} from './measures.schemas.js';
import {
  addCourtStep,
  createMeasure,
  extendExecution,
  extendObjectionDecision,
  getMeasure,
  listJurists,
  listMeasures,
  recordProportionality,
  resolveMeasure,
  transitionMeasure,
  updateCourtStep,
} from './measures.service.js';
import {
  createMatrixRow,
  deleteMatrixRow,
  listLegalBases,
  listMatrix,
  MATRIX_NOTICE,
  proposalFor,
  updateLegalBasis,
  updateMatrixRow,
} from './policy.service.js';
import { MEASURE_RECORD_TYPE } from './vocabulary.js';

/**
 * Measures, legal bases and the escalation matrix (mounted at /api/v1/enforcement without prefix).
 * Policy data needs enforcement:manage to change; case work records:read / records:write and need-to-know.
 */
export function measureRoutes(deps: AppDeps): FastifyPluginAsync {
  registerRecordType(MEASURE_RECORD_TYPE, resolveMeasure);

  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['enforcement'];
    const read = { preHandler: requirePermission(deps, 'records:read') };
    const write = { preHandler: requirePermission(deps, 'records:write') };
    const manage = { preHandler: requirePermission(deps, 'enforcement:manage') };
    // Policy data holds no case content: who works on cases and who keeps the policy may both read it.
    const readPolicy = {
      preHandler: async (req: FastifyRequest): Promise<void> => {
        const actor = actorOf(req);
        if (can(actor, 'records:read') || can(actor, 'enforcement:manage')) return;
        await recordTrail(contextOf(deps, req), {
          action: 'deny',
          objectType: 'route',
          objectId: `${req.method} ${req.routeOptions.url ?? ''}`,
          outcome: 'denied',
          reason: 'missing permission records:read or enforcement:manage',
        });
        throw forbidden('Uw rol geeft geen toegang tot deze functie.');
      },
    };

    // ---- legal bases -----------------------------------------------------------------------------
    app.get('/legal-bases', { ...readPolicy, schema: { tags, summary: 'Grondslagen van maatregelen', response: { 200: legalBasisList } } }, async () => ({
      items: await listLegalBases(deps.db),
    }));
    app.put(
      '/legal-bases/:code',
      {
        ...manage,
        schema: {
          tags,
          summary: 'Grondslag wijzigen (termijnen, duur, toelichting)',
          params: codeParams,
          body: legalBasisUpdate,
          response: { 200: legalBasisView },
        },
      },
      async (req) => updateLegalBasis(contextOf(deps, req), req.params.code, req.body),
    );

    // ---- escalation matrix --------------------------------------------------------------------------
    app.get('/matrix', { ...readPolicy, schema: { tags, summary: 'De handhavingsmatrix', response: { 200: matrixView } } }, async () => ({
      items: await listMatrix(deps.db),
      notice: MATRIX_NOTICE,
    }));
    app.post(
      '/matrix/rows',
      { ...manage, schema: { tags, summary: 'Rij aan de matrix toevoegen', body: matrixRowInput, response: { 201: matrixRowView } } },
      async (req, reply) => reply.code(201).send(await createMatrixRow(contextOf(deps, req), req.body)),
    );
    app.put(
      '/matrix/rows/:id',
      { ...manage, schema: { tags, summary: 'Rij van de matrix wijzigen', params: idParams, body: matrixRowInput, response: { 200: matrixRowView } } },
      async (req) => updateMatrixRow(contextOf(deps, req), req.params.id, req.body),
    );
    app.delete(
      '/matrix/rows/:id',
      { ...manage, schema: { tags, summary: 'Rij van de matrix verwijderen', params: idParams, response: { 200: ok } } },
      async (req) => {
        await deleteMatrixRow(contextOf(deps, req), req.params.id);
        return { ok: true as const };
      },
    );
    app.post(
      '/matrix/proposal',
      {
        ...read,
        schema: { tags, summary: 'Voorstel van de matrix berekenen (niets wordt opgeslagen)', body: proposalRequest, response: { 200: proposalView } },
      },
      async (req) => proposalFor(contextOf(deps, req), req.body),
    );

    // ---- measures -----------------------------------------------------------------------------------
    app.get(
      '/measures',
      {
        ...read,
        schema: { tags, summary: 'Maatregelen die je mag zien, laatst gewijzigd eerst', querystring: measureListQuery, response: { 200: measureListPage } },
      },
      async (req) => listMeasures(contextOf(deps, req), req.query),
    );
    app.get(
      '/measures/jurists',
      { ...read, schema: { tags, summary: 'Juristen die verantwoordelijk kunnen zijn voor een maatregel', response: { 200: juristList } } },
      async () => ({ items: await listJurists(deps.db) }),
    );
    app.post(
      '/measures',
      { ...write, schema: { tags, summary: 'Maatregel aanmaken', body: measureCreate, response: { 201: measureCreated } } },
      async (req, reply) => reply.code(201).send(await createMeasure(contextOf(deps, req), req.body)),
    );
    app.get(
      '/measures/:id',
      { ...read, schema: { tags, summary: 'Maatregel met procedure, termijnen en volgende stappen', params: idParams, response: { 200: measureDetail } } },
      async (req) => getMeasure(contextOf(deps, req), req.params.id),
    );
    app.post(
      '/measures/:id/transitions',
      {
        ...write,
        schema: {
          tags,
          summary: 'Volgende stap in de procedure of in bezwaar en beroep',
          params: idParams,
          body: transitionInput,
          response: { 200: measureDetail },
        },
      },
      async (req) => transitionMeasure(contextOf(deps, req), req.params.id, req.body),
    );
    app.put(
      '/measures/:id/proportionality',
      {
        ...write,
        schema: { tags, summary: 'Driestappentoets vastleggen (jurist)', params: idParams, body: proportionalityInput, response: { 200: measureDetail } },
      },
      async (req) => recordProportionality(contextOf(deps, req), req.params.id, req.body),
    );
    app.post(
      '/measures/:id/objection-extension',
      {
        ...write,
        schema: {
          tags,
          summary: 'Beslistermijn op bezwaar eenmaal verdagen (Awb 7:10 lid 3)',
          params: idParams,
          body: objectionExtensionInput,
          response: { 200: measureDetail },
        },
      },
      async (req) => extendObjectionDecision(contextOf(deps, req), req.params.id, req.body.motivation),
    );
    app.post(
      '/measures/:id/execution-extension',
      { ...write, schema: { tags, summary: 'Uitvoering verlengen', params: idParams, body: executionExtensionInput, response: { 200: measureDetail } } },
      async (req) => extendExecution(contextOf(deps, req), req.params.id, req.body),
    );
    app.post(
      '/measures/:id/court-steps',
      { ...write, schema: { tags, summary: 'Stap bij de rechter vastleggen', params: idParams, body: courtStepInput, response: { 200: measureDetail } } },
      async (req) => addCourtStep(contextOf(deps, req), req.params.id, req.body),
    );
    app.put(
      '/measures/:id/court-steps/:stepId',
      {
        ...write,
        schema: { tags, summary: 'Stap bij de rechter bijwerken', params: courtStepParams, body: courtStepUpdate, response: { 200: measureDetail } },
      },
      async (req) => updateCourtStep(contextOf(deps, req), req.params.id, req.params.stepId, req.body),
    );
  };
}
