import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../kernel/deps.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { checkFileContent, newStorageKey } from '../../kernel/files.js';
import { contextOf, requirePermission } from '../../kernel/guard.js';
import { requireRecord } from '../../kernel/record-access.js';
import { recordTrail } from '../../kernel/trail.js';

const recordRef = z.strictObject({
  recordType: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .regex(/^[a-z_]+$/, 'Alleen kleine letters en liggend streepje.'),
  recordId: z.string().trim().min(1).max(100),
});

const storedFile = z.object({
  id: z.string().uuid(),
  recordType: z.string(),
  recordId: z.string(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string().datetime(),
});

function safeFilename(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\\/\0-\x1f\x7f"<>|:*?]/g, '_')
    .trim();
  return (cleaned || 'bestand').slice(0, 200);
}

/** Stored files attached to a record; access follows the owning record's policy. */
export function filesModule(deps: AppDeps): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const use = { preHandler: requirePermission(deps, 'files:use') };
    const tags = ['files'];

    app.post(
      '/',
      {
        ...use,
        schema: {
          tags,
          summary: 'Bestand uploaden bij een dossier (multipart/form-data, veld "file")',
          querystring: recordRef,
          consumes: ['multipart/form-data'],
          response: { 201: storedFile },
        },
      },
      async (req, reply) => {
        const ctx = contextOf(deps, req);
        const record = await requireRecord(ctx, req.query.recordType, req.query.recordId, 'write');
        if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Stuur het bestand als multipart/form-data in het veld "file".');
        const part = await req.file();
        if (!part || part.fieldname !== 'file') {
          throw new AppError('VALIDATION_FAILED', 'Er is geen bestand meegestuurd.', { errors: [{ path: 'body.file', message: 'Verplicht.' }] });
        }
        let content: Buffer;
        try {
          content = await part.toBuffer();
        } catch (error) {
          if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
            throw new AppError('PAYLOAD_TOO_LARGE', `Het bestand is groter dan ${Math.floor(deps.config.uploadLimit / 1024 / 1024)} MB.`);
          }
          throw error;
        }
        const checked = await checkFileContent(content, deps.config.uploadLimit);
        const key = newStorageKey();
        await deps.files.put(key, content);
        try {
          const row = await deps.db.transaction().execute(async (trx) => {
            const inserted = await trx
              .insertInto('stored_files')
              .values({
                record_type: record.recordType,
                record_id: record.recordId,
                filename: safeFilename(part.filename),
                content_type: checked.contentType,
                size_bytes: checked.size,
                sha256: checked.sha256,
                storage_key: key,
                uploaded_by: ctx.actor.userId,
              })
              .returningAll()
              .executeTakeFirstOrThrow();
            await recordTrail(
              { ...ctx, db: trx },
              { action: 'create', objectType: 'file', objectId: inserted.id, reason: `attached to ${record.recordType} ${record.recordId}` },
            );
            return inserted;
          });
          return reply.code(201).send({
            id: row.id,
            recordType: row.record_type,
            recordId: row.record_id,
            filename: row.filename,
            contentType: row.content_type,
            sizeBytes: Number(row.size_bytes),
            sha256: row.sha256,
            createdAt: row.created_at.toISOString(),
          });
        } catch (error) {
          // Nothing half-written: without its database row the stored bytes go too.
          await deps.files.remove(key);
          throw error;
        }
      },
    );

    app.get(
      '/',
      { ...use, schema: { tags, summary: 'Bestanden bij een dossier', querystring: recordRef, response: { 200: z.object({ items: z.array(storedFile) }) } } },
      async (req) => {
        const ctx = contextOf(deps, req);
        const record = await requireRecord(ctx, req.query.recordType, req.query.recordId, 'read');
        const rows = await deps.db
          .selectFrom('stored_files')
          .selectAll()
          .where('record_type', '=', record.recordType)
          .where('record_id', '=', record.recordId)
          .orderBy('created_at')
          .execute();
        return {
          items: rows.map((row) => ({
            id: row.id,
            recordType: row.record_type,
            recordId: row.record_id,
            filename: row.filename,
            contentType: row.content_type,
            sizeBytes: Number(row.size_bytes),
            sha256: row.sha256,
            createdAt: row.created_at.toISOString(),
          })),
        };
      },
    );

    app.get(
      '/:id',
      { ...use, schema: { tags, summary: 'Bestand downloaden', params: z.strictObject({ id: z.string().uuid('Geen geldige id.') }) } },
      async (req, reply) => {
        const ctx = contextOf(deps, req);
        const row = await deps.db.selectFrom('stored_files').selectAll().where('id', '=', req.params.id).executeTakeFirst();
        if (!row) throw notFound('Dit bestand');
        await requireRecord(ctx, row.record_type, row.record_id, 'read');
        const content = await deps.files.get(row.storage_key);
        await recordTrail(ctx, { action: 'read', objectType: 'file', objectId: row.id });
        return reply
          .header('content-type', row.content_type)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.filename)}`)
          .header('x-content-type-options', 'nosniff')
          .send(content);
      },
    );
  };
}
