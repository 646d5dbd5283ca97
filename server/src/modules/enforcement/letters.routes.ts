import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../kernel/deps.js';
import { contextOf, requirePermission } from '../../kernel/guard.js';
import {
  letterInput,
  letterParams,
  letterQuery,
  letterView,
  mergeFieldView,
  templateCreate,
  templateDetail,
  templateInput,
  templateParams,
  templateQuery,
  templateSummary,
  templateVersionParams,
  templateVersionView,
} from './letters.schemas.js';
import {
  createTemplate,
  generateLetter,
  getTemplate,
  getTemplateVersion,
  listLetters,
  listMergeFields,
  listTemplates,
  readLetterPdf,
  updateTemplate,
} from './letters.service.js';

/**
 * Letters (ADR 0013), mounted at /api/v1/enforcement/letters: templates a jurist edits (every change a version) under
 * /templates, and letters generated as PDF from them, stored on the case. Template editing holds no case content,
 * so it needs enforcement:manage (admin and lawyer); letters follow the case's need-to-know.
 */
export function letterRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['letters'];
    const read = { preHandler: requirePermission(deps, 'records:read') };
    const write = { preHandler: requirePermission(deps, 'records:write') };
    const manage = { preHandler: requirePermission(deps, 'enforcement:manage') };

    app.get(
      '/merge-fields',
      { schema: { tags, summary: 'Samenvoegvelden voor briefsjablonen, met hun betekenis', response: { 200: z.object({ fields: z.array(mergeFieldView) }) } } },
      async () => ({ fields: listMergeFields() }),
    );
    app.get(
      '/templates',
      { schema: { tags, summary: 'Briefsjablonen', querystring: templateQuery, response: { 200: z.object({ templates: z.array(templateSummary) }) } } },
      async (req) => ({ templates: await listTemplates(deps.db, req.query.recordType) }),
    );
    app.get(
      '/templates/:id',
      { schema: { tags, summary: 'Briefsjabloon met versiegeschiedenis', params: templateParams, response: { 200: templateDetail } } },
      async (req) => getTemplate(deps.db, req.params.id),
    );
    app.get(
      '/templates/:id/versions/:version',
      { schema: { tags, summary: 'Eén versie van een briefsjabloon', params: templateVersionParams, response: { 200: templateVersionView } } },
      async (req) => getTemplateVersion(deps.db, req.params.id, req.params.version),
    );
    app.put(
      '/templates/:id',
      {
        ...manage,
        schema: { tags, summary: 'Briefsjabloon wijzigen (nieuwe versie)', params: templateParams, body: templateInput, response: { 200: templateDetail } },
      },
      async (req) => updateTemplate(contextOf(deps, req), req.params.id, req.body),
    );
    app.post(
      '/templates',
      { ...manage, schema: { tags, summary: 'Briefsjabloon toevoegen', body: templateCreate, response: { 201: templateDetail } } },
      async (req, reply) => reply.code(201).send(await createTemplate(contextOf(deps, req), req.body)),
    );

    app.get(
      '/',
      {
        ...read,
        schema: { tags, summary: 'Brieven bij een zaak, met versies', querystring: letterQuery, response: { 200: z.object({ letters: z.array(letterView) }) } },
      },
      async (req) => ({ letters: await listLetters(contextOf(deps, req), req.query.recordType, req.query.recordId) }),
    );
    app.post(
      '/',
      { ...write, schema: { tags, summary: 'Brief maken uit een sjabloon (PDF, opgeslagen bij de zaak)', body: letterInput, response: { 201: letterView } } },
      async (req, reply) => reply.code(201).send(await generateLetter(contextOf(deps, req), deps.files, req.body)),
    );
    app.get('/:letterId/pdf', { ...read, schema: { tags, summary: 'PDF van een brief downloaden', params: letterParams } }, async (req, reply) => {
      const { fileName, content } = await readLetterPdf(contextOf(deps, req), deps.files, req.params.letterId);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(content);
    });
  };
}
