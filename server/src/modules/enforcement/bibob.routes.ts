import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isConfidentiality, registerRecordType } from '../../kernel/access.js';
import type { AppDeps } from '../../kernel/deps.js';
import { contextOf, requirePermission } from '../../kernel/guard.js';
import {
  created,
  createInput,
  detail,
  extensionInput,
  findingsInput,
  idParams,
  listItem,
  listQuery,
  questionnaireInput,
  responsible,
  transitionInput,
} from './bibob.schemas.js';
import {
  createScreening,
  extendLbbTerm,
  getScreening,
  listResponsibles,
  listScreenings,
  saveFindings,
  saveQuestionnaire,
  transitionScreening,
} from './bibob.service.js';
import { BIBOB_RECORD_TYPE } from './vocabulary.js';

/** Bibob screenings of permit applications (/api/v1/enforcement/bibob). */
export function bibobRoutes(deps: AppDeps): FastifyPluginAsync {
  registerRecordType(BIBOB_RECORD_TYPE, async (db, id) => {
    if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
    const row = await db.selectFrom('bibob_screenings').select(['number', 'confidentiality']).where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    return { confidentiality: isConfidentiality(row.confidentiality) ? row.confidentiality : 'zeer_geheim', label: row.number };
  });

  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['enforcement'];
    const read = { preHandler: requirePermission(deps, 'records:read') };
    const write = { preHandler: requirePermission(deps, 'records:write') };

    app.get(
      '/',
      {
        ...read,
        schema: { tags, summary: 'Bibob-screeningen (need-to-know)', querystring: listQuery, response: { 200: z.object({ items: z.array(listItem) }) } },
      },
      async (req) => listScreenings(contextOf(deps, req), req.query),
    );
    app.get(
      '/responsibles',
      {
        ...write,
        schema: { tags, summary: 'Juristen en analisten die verantwoordelijk kunnen zijn', response: { 200: z.object({ items: z.array(responsible) }) } },
      },
      async (req) => ({ items: await listResponsibles(contextOf(deps, req)) }),
    );
    app.post(
      '/',
      {
        ...write,
        schema: { tags, summary: 'Bibob-screening van een vergunningaanvraag starten', body: createInput, response: { 201: created } },
      },
      async (req, reply) => reply.code(201).send(await createScreening(contextOf(deps, req), req.body)),
    );
    app.get('/:id', { ...read, schema: { tags, summary: 'Bibob-screening', params: idParams, response: { 200: detail } } }, async (req) =>
      getScreening(contextOf(deps, req), req.params.id),
    );
    app.put(
      '/:id/questionnaire',
      {
        ...write,
        schema: {
          tags,
          summary: 'Bibob-vragenlijst vastleggen (zonder BSN), of dat zij is geweigerd of onvolledig',
          params: idParams,
          body: questionnaireInput,
          response: { 200: detail },
        },
      },
      async (req) => saveQuestionnaire(contextOf(deps, req), req.params.id, req.body),
    );
    app.put(
      '/:id/findings',
      {
        ...write,
        schema: { tags, summary: 'Bevindingen van het eigen onderzoek', params: idParams, body: findingsInput, response: { 200: detail } },
      },
      async (req) => saveFindings(contextOf(deps, req), req.params.id, req.body.findings),
    );
    app.post(
      '/:id/transitions',
      {
        ...write,
        schema: {
          tags,
          summary: 'Volgende stap: eigen onderzoek, advies LBB vragen, advies vastleggen, besluit, afsluiten',
          params: idParams,
          body: transitionInput,
          response: { 200: detail },
        },
      },
      async (req) => transitionScreening(contextOf(deps, req), req.params.id, req.body),
    );
    app.post(
      '/:id/lbb-extension',
      {
        ...write,
        schema: {
          tags,
          summary: 'Adviestermijn van het LBB eenmaal met vier weken verlengen',
          params: idParams,
          body: extensionInput,
          response: { 200: detail },
        },
      },
      async (req) => extendLbbTerm(contextOf(deps, req), req.params.id, req.body.motivation),
    );
  };
}
