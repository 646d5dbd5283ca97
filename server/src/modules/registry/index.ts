import type { MultipartFile } from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { confidentialityLevels, isConfidentiality, registerRecordType } from '../../kernel/access.js';
import type { AppDeps } from '../../kernel/deps.js';
import { AppError } from '../../kernel/errors.js';
import { contextOf, requirePermission } from '../../kernel/guard.js';
import { recordTrail } from '../../kernel/trail.js';
import { importAreas, listAreas } from './areas.service.js';
import { dismissDuplicate, listDuplicates, mergeSubjects, scanDuplicates, undoMerge } from './duplicates.service.js';
import { getImport, ImportWorker, listImports, startImport } from './imports.service.js';
import { getProfile } from './profile.service.js';
import {
  areaImportResult,
  areaView,
  duplicatePair,
  importKinds,
  importView,
  mergeInput,
  mergeView,
  profile,
  relationInput,
  relationTypes,
  relationUpdate,
  relationView,
  sbiCode,
  searchHit,
  searchInput,
  subjectDetail,
  subjectInput,
  subjectKinds,
  subjectSummary,
} from './registry.schemas.js';
import { createRelation, deleteRelation, updateRelation } from './relations.service.js';
import { search } from './search.service.js';
import { createSubject, updateSubject } from './subjects.service.js';
import { SUBJECT_RECORD_TYPE } from './visibility.js';

export { linkRecordToSubject, unlinkRecordFromSubject, type SubjectLink } from './links.js';
export { relationInput, subjectInput, type SubjectSummary } from './registry.schemas.js';
export { createRelation } from './relations.service.js';
export { assignArea, importAreas } from './areas.service.js';
export { getProfile } from './profile.service.js';
export { search } from './search.service.js';
export { ImportWorker, startImport, toImportView } from './imports.service.js';
export { addToTeam, createSubject, loadVisibleSubject } from './subjects.service.js';

/** Import files may be larger than attachments: 100,000 KvK rows are about 15 MB. */
export const IMPORT_FILE_LIMIT = 100 * 1024 * 1024;

const idParams = z.strictObject({ id: z.string().uuid('Geen geldige id.') });

async function readUpload(req: FastifyRequest, limit: number): Promise<{ part: MultipartFile; content: Buffer }> {
  if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Stuur het bestand als multipart/form-data in het veld "file".');
  const part = await req.file({ limits: { fileSize: limit } });
  if (!part || part.fieldname !== 'file') {
    throw new AppError('VALIDATION_FAILED', 'Er is geen bestand meegestuurd.', { errors: [{ path: 'body.file', message: 'Kies een bestand.' }] });
  }
  try {
    const content = await part.toBuffer();
    if (content.length === 0) {
      throw new AppError('VALIDATION_FAILED', 'Het bestand is leeg.', { errors: [{ path: 'body.file', message: 'Het bestand is leeg.' }] });
    }
    return { part, content };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('PAYLOAD_TOO_LARGE', `Het bestand is groter dan ${Math.floor(limit / 1024 / 1024)} MB.`);
    }
    throw error;
  }
}

/** Text fields that came before the file in the multipart body. */
function fieldValue(part: MultipartFile, name: string): string | undefined {
  const field = part.fields[name];
  const one = Array.isArray(field) ? field[0] : field;
  return one && one.type === 'field' ? String(one.value) : undefined;
}

const importFields = z.strictObject({
  kind: z.enum(importKinds, 'Kies organisaties (KvK), adressen (CSV) of BAG-records.'),
  mode: z.enum(['all_or_nothing', 'valid_rows'], 'Kies "alles of niets" of "alleen geldige rijen".').default('all_or_nothing'),
  confidentiality: z.enum(confidentialityLevels).default('intern'),
});

/** Registry: subjects, relations, search, duplicates and merges, bulk import, areas and SBI codes. */
export function registryModule(deps: AppDeps): FastifyPluginAsync {
  registerRecordType(SUBJECT_RECORD_TYPE, async (db, id) => {
    if (!z.string().uuid().safeParse(id).success) return undefined;
    const row = await db.selectFrom('subjects').select(['confidentiality', 'label']).where('id', '=', id).executeTakeFirst();
    return row && isConfidentiality(row.confidentiality) ? { confidentiality: row.confidentiality, label: row.label } : undefined;
  });

  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const read = { preHandler: requirePermission(deps, 'records:read') };
    const write = { preHandler: requirePermission(deps, 'records:write') };
    const manage = { preHandler: requirePermission(deps, 'reference:manage') };
    const tags = ['registry'];

    const worker = new ImportWorker(deps.database, deps.config, (error) => fastify.log.error({ err: error }, 'registry import failed'));
    worker.start();
    fastify.addHook('onClose', () => worker.stop());

    app.post(
      '/search',
      {
        ...read,
        schema: {
          tags,
          summary: 'Zoeken in het register (POST, zodat een BSN of IBAN nooit in een URL of log staat)',
          body: searchInput,
          response: { 200: z.object({ items: z.array(searchHit) }) },
        },
      },
      async (req) => ({ items: await search(contextOf(deps, req), req.body) }),
    );

    app.post(
      '/subjects',
      {
        ...write,
        schema: {
          tags,
          summary: 'Subject vastleggen (persoon, organisatie, adres, voertuig, bankrekening)',
          body: subjectInput,
          response: {
            201: z.object({ subject: subjectDetail, created: z.literal(true), possibleDuplicates: z.array(subjectSummary) }),
            200: z.object({ subject: subjectDetail, created: z.literal(false), possibleDuplicates: z.array(subjectSummary) }),
          },
        },
      },
      async (req, reply) => {
        const result = await createSubject(contextOf(deps, req), req.body);
        return result.created ? reply.code(201).send({ ...result, created: true }) : reply.code(200).send({ ...result, created: false });
      },
    );

    app.get('/subjects/:id', { ...read, schema: { tags, summary: 'Profiel van een subject', params: idParams, response: { 200: profile } } }, async (req) =>
      getProfile(contextOf(deps, req), req.params.id),
    );

    app.put(
      '/subjects/:id',
      { ...write, schema: { tags, summary: 'Gegevens van een subject wijzigen', params: idParams, body: subjectInput, response: { 200: subjectDetail } } },
      async (req) => updateSubject(contextOf(deps, req), req.params.id, req.body),
    );

    app.get(
      '/relation-types',
      {
        ...read,
        schema: {
          tags,
          summary: 'Soorten relaties en de soorten subjecten aan beide kanten',
          response: {
            200: z.object({ items: z.array(z.object({ type: z.string(), from: z.array(z.enum(subjectKinds)), to: z.array(z.enum(subjectKinds)) })) }),
          },
        },
      },
      async () => ({ items: Object.entries(relationTypes).map(([type, ends]) => ({ type, from: [...ends.from], to: [...ends.to] })) }),
    );

    app.post(
      '/relations',
      { ...write, schema: { tags, summary: 'Relatie vastleggen', body: relationInput, response: { 201: relationView } } },
      async (req, reply) => reply.code(201).send(await createRelation(contextOf(deps, req), req.body)),
    );

    app.patch(
      '/relations/:id',
      { ...write, schema: { tags, summary: 'Relatie wijzigen of beëindigen', params: idParams, body: relationUpdate, response: { 200: relationView } } },
      async (req) => updateRelation(contextOf(deps, req), req.params.id, req.body),
    );

    app.delete(
      '/relations/:id',
      { ...write, schema: { tags, summary: 'Ten onrechte vastgelegde relatie verwijderen', params: idParams, response: { 204: z.null() } } },
      async (req, reply) => {
        await deleteRelation(contextOf(deps, req), req.params.id);
        return reply.code(204).send(null);
      },
    );

    const duplicateKind = z.strictObject({ kind: z.enum(['person', 'organisation'], 'Kies personen of organisaties.') });

    app.get(
      '/duplicates',
      {
        ...write,
        schema: { tags, summary: 'Open mogelijke dubbelen', querystring: duplicateKind, response: { 200: z.object({ items: z.array(duplicatePair) }) } },
      },
      async (req) => ({ items: await listDuplicates(contextOf(deps, req), req.query.kind) }),
    );

    app.post(
      '/duplicates/scan',
      {
        ...write,
        schema: {
          tags,
          summary: 'Het hele register doorzoeken op mogelijke dubbelen',
          body: duplicateKind,
          response: { 200: z.object({ found: z.number().int() }) },
        },
      },
      async (req) => ({ found: await scanDuplicates(contextOf(deps, req), req.body.kind) }),
    );

    app.post(
      '/duplicates/:id/dismiss',
      { ...write, schema: { tags, summary: 'Markeren als geen dubbel', params: idParams, response: { 200: duplicatePair } } },
      async (req) => dismissDuplicate(contextOf(deps, req), req.params.id),
    );

    app.post(
      '/subjects/:id/merge',
      { ...write, schema: { tags, summary: 'Een dubbel subject opnemen in dit subject', params: idParams, body: mergeInput, response: { 200: mergeView } } },
      async (req) => mergeSubjects(contextOf(deps, req), req.params.id, req.body.duplicateId, req.body.reason),
    );

    app.post(
      '/merges/:id/undo',
      { ...write, schema: { tags, summary: 'Samenvoeging ongedaan maken', params: idParams, response: { 200: mergeView } } },
      async (req) => undoMerge(contextOf(deps, req), req.params.id),
    );

    app.post(
      '/imports',
      {
        ...write,
        schema: {
          tags,
          summary: 'Bulkimport starten (multipart/form-data: velden kind, mode, confidentiality, dan het bestand in "file")',
          consumes: ['multipart/form-data'],
          response: { 202: importView },
        },
      },
      async (req, reply) => {
        const { part, content } = await readUpload(req, IMPORT_FILE_LIMIT);
        const fields = importFields.safeParse({
          kind: fieldValue(part, 'kind'),
          mode: fieldValue(part, 'mode'),
          confidentiality: fieldValue(part, 'confidentiality'),
        });
        if (!fields.success) {
          throw new AppError('VALIDATION_FAILED', 'Controleer de gegevens van de import.', {
            errors: fields.error.issues.map((i) => ({ path: `body.${i.path.join('.')}`, message: i.message })),
          });
        }
        const view = await startImport(contextOf(deps, req), { ...fields.data, filename: part.filename || 'import', content });
        worker.kick();
        return reply.code(202).send(view);
      },
    );

    app.get('/imports', { ...write, schema: { tags, summary: 'Mijn imports', response: { 200: z.object({ items: z.array(importView) }) } } }, async (req) => ({
      items: await listImports(contextOf(deps, req)),
    }));

    app.get(
      '/imports/:id',
      { ...write, schema: { tags, summary: 'Voortgang en verslag van een import', params: idParams, response: { 200: importView } } },
      async (req) => getImport(contextOf(deps, req), req.params.id),
    );

    app.get(
      '/sbi-codes',
      { schema: { tags, summary: 'SBI-codes met de markering risicobranche', response: { 200: z.object({ items: z.array(sbiCode) }) } } },
      async () => {
        const rows = await deps.db.selectFrom('sbi_codes').select(['code', 'description', 'risk_sector']).orderBy('code').execute();
        return { items: rows.map((r) => ({ code: r.code, description: r.description, riskSector: r.risk_sector })) };
      },
    );

    app.put(
      '/sbi-codes/:code',
      {
        ...manage,
        schema: {
          tags,
          summary: 'SBI-code vastleggen of de markering risicobranche wijzigen',
          params: z.strictObject({ code: z.string().regex(/^\d{2,5}$/, 'Een SBI-code heeft 2 tot 5 cijfers.') }),
          body: z.strictObject({ description: z.string().trim().min(1, 'Vul een omschrijving in.').max(300), riskSector: z.boolean() }),
          response: { 200: sbiCode },
        },
      },
      async (req) => {
        const ctx = contextOf(deps, req);
        const { code } = req.params;
        await deps.db.transaction().execute(async (trx) => {
          await trx
            .insertInto('sbi_codes')
            .values({ code, description: req.body.description, risk_sector: req.body.riskSector })
            .onConflict((oc) => oc.column('code').doUpdateSet({ description: req.body.description, risk_sector: req.body.riskSector, updated_at: new Date() }))
            .execute();
          // The flag is kept on the organisations too, so searches and lists show it without a join.
          await sql`
            update subjects s set risk_sector = exists (
              select 1 from subject_organisations o join sbi_codes c on o.sbi_code like c.code || '%' and c.risk_sector
              where o.subject_id = s.id)
            where s.kind = 'organisation' and s.id in (select subject_id from subject_organisations where sbi_code like ${code} || '%')`.execute(trx);
          await recordTrail({ ...ctx, db: trx }, { action: 'update', objectType: 'sbi_code', objectId: code, reason: `risk sector: ${req.body.riskSector}` });
        });
        return { code, description: req.body.description, riskSector: req.body.riskSector };
      },
    );

    app.get(
      '/areas',
      { schema: { tags, summary: 'Wijken en buurten, en of hun grens bekend is', response: { 200: z.object({ items: z.array(areaView) }) } } },
      async () => ({ items: await listAreas(deps.db) }),
    );

    app.post(
      '/areas/import',
      {
        ...manage,
        schema: {
          tags,
          summary: 'Wijk- en buurtgrenzen inlezen (CBS Wijk- en buurtkaart als GeoJSON; multipart: optioneel veld gemeenteCode, dan "file")',
          consumes: ['multipart/form-data'],
          response: { 200: areaImportResult },
        },
      },
      async (req) => {
        const { part, content } = await readUpload(req, IMPORT_FILE_LIMIT);
        const gemeenteCode = fieldValue(part, 'gemeenteCode')?.trim() || undefined;
        return importAreas(contextOf(deps, req), content, gemeenteCode);
      },
    );
  };
}
