import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isConfidentiality, registerRecordType } from '../../kernel/access.js';
import type { AppDeps } from '../../kernel/deps.js';
import { AppError } from '../../kernel/errors.js';
import { contextOf, requirePermission } from '../../kernel/guard.js';
import {
  cancelInput,
  checklistInput,
  checklistParams,
  checklistView,
  completeInput,
  created,
  findingInput,
  findingParams,
  idParams,
  inspectionDetail,
  inspectionInput,
  leadOption,
  listItem,
  listQuery,
  photoView,
} from './inspections.schemas.js';
import {
  addFindingPhoto,
  cancelInspection,
  completeInspection,
  createInspection,
  getInspection,
  listChecklists,
  listInspections,
  listLeads,
  recordFinding,
  startInspection,
  updateChecklist,
} from './inspections.service.js';
import { INSPECTION_RECORD_TYPE } from './vocabulary.js';

/** The record type `inspection` for files, tasks and other modules' access checks: the number as label. */
function registerInspectionRecordType(): void {
  registerRecordType(INSPECTION_RECORD_TYPE, async (db, id) => {
    if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
    const row = await db.selectFrom('inspections').select(['number', 'confidentiality']).where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    return { confidentiality: isConfidentiality(row.confidentiality) ? row.confidentiality : 'zeer_geheim', label: row.number };
  });
}
// Also on import: the demo seed runs other areas' services (a measure from the demo inspection) before the app is built.
registerInspectionRecordType();

/** Inspections (integrale controles) under /api/v1/enforcement/inspections (ADR 0013). */
export function inspectionRoutes(deps: AppDeps): FastifyPluginAsync {
  registerInspectionRecordType();

  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['enforcement'];
    const read = { preHandler: requirePermission(deps, 'records:read') };
    const write = { preHandler: requirePermission(deps, 'records:write') };
    const manage = { preHandler: requirePermission(deps, 'enforcement:manage') };
    const detail = { 200: inspectionDetail };

    app.get(
      '/checklists',
      { ...read, schema: { tags, summary: 'Checklists per soort object', response: { 200: z.object({ items: z.array(checklistView) }) } } },
      async (req) => ({ items: await listChecklists(contextOf(deps, req)) }),
    );
    // The policy editor (enforcement:manage, e.g. a beheerder without records:read) reads the checklists here.
    app.get(
      '/checklists/manage',
      { ...manage, schema: { tags, summary: 'Checklists om te beheren', response: { 200: z.object({ items: z.array(checklistView) }) } } },
      async (req) => ({ items: await listChecklists(contextOf(deps, req)) }),
    );
    app.put(
      '/checklists/:objectType',
      {
        ...manage,
        schema: {
          tags,
          summary: 'Checklist wijzigen (naam, controlepunten toevoegen, verwijderen, volgorde)',
          params: checklistParams,
          body: checklistInput,
          response: { 200: checklistView },
        },
      },
      async (req) => updateChecklist(contextOf(deps, req), req.params.objectType, req.body),
    );
    app.get(
      '/leads',
      { ...write, schema: { tags, summary: 'Wie een controle kan leiden', response: { 200: z.object({ items: z.array(leadOption) }) } } },
      async (req) => ({ items: await listLeads(contextOf(deps, req)) }),
    );

    app.get(
      '/',
      { ...read, schema: { tags, summary: 'Controles, op geplande datum', querystring: listQuery, response: { 200: z.object({ items: z.array(listItem) }) } } },
      async (req) => listInspections(contextOf(deps, req), req.query),
    );
    app.post(
      '/',
      { ...write, schema: { tags, summary: 'Controle plannen (maakt een taak voor de leider)', body: inspectionInput, response: { 201: created } } },
      async (req, reply) => reply.code(201).send(await createInspection(contextOf(deps, req), req.body)),
    );
    app.get('/:id', { ...read, schema: { tags, summary: 'Controle', params: idParams, response: detail } }, async (req) =>
      getInspection(contextOf(deps, req), req.params.id),
    );
    app.post(
      '/:id/start',
      { ...write, schema: { tags, summary: 'Controle starten (gepland → in uitvoering)', params: idParams, response: detail } },
      async (req) => {
        const ctx = contextOf(deps, req);
        await startInspection(ctx, req.params.id);
        return getInspection(ctx, req.params.id);
      },
    );
    app.put(
      '/:id/findings/:itemCode',
      { ...write, schema: { tags, summary: 'Bevinding bij een controlepunt vastleggen', params: findingParams, body: findingInput, response: detail } },
      async (req) => {
        const ctx = contextOf(deps, req);
        await recordFinding(ctx, req.params.id, req.params.itemCode, req.body);
        return getInspection(ctx, req.params.id);
      },
    );
    app.post(
      '/:id/findings/:itemCode/photos',
      {
        ...write,
        schema: {
          tags,
          summary: 'Foto bij een bevinding (multipart/form-data, veld "file"; metadata wordt verwijderd)',
          params: findingParams,
          consumes: ['multipart/form-data'],
          response: { 201: photoView },
        },
      },
      async (req, reply) => {
        const ctx = contextOf(deps, req);
        if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Stuur de foto als multipart/form-data in het veld "file".');
        const part = await req.file();
        if (!part || part.fieldname !== 'file') {
          throw new AppError('VALIDATION_FAILED', 'Er is geen foto meegestuurd.', { errors: [{ path: 'body.file', message: 'Kies een foto.' }] });
        }
        let content: Buffer;
        try {
          content = await part.toBuffer();
        } catch (error) {
          if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
            throw new AppError('PAYLOAD_TOO_LARGE', `De foto is groter dan ${Math.floor(deps.config.uploadLimit / 1024 / 1024)} MB.`);
          }
          throw error;
        }
        const photo = await addFindingPhoto(ctx, deps.files, req.params.id, req.params.itemCode, { filename: part.filename, content });
        return reply.code(201).send(photo);
      },
    );
    app.post(
      '/:id/complete',
      { ...write, schema: { tags, summary: 'Controle afronden met een uitkomst', params: idParams, body: completeInput, response: detail } },
      async (req) => {
        const ctx = contextOf(deps, req);
        await completeInspection(ctx, req.params.id, req.body);
        return getInspection(ctx, req.params.id);
      },
    );
    app.post(
      '/:id/cancel',
      { ...write, schema: { tags, summary: 'Controle annuleren met reden', params: idParams, body: cancelInput, response: detail } },
      async (req) => {
        const ctx = contextOf(deps, req);
        await cancelInspection(ctx, req.params.id, req.body.reason);
        return getInspection(ctx, req.params.id);
      },
    );
  };
}
