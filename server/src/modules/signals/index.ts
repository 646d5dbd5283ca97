import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isConfidentiality, registerRecordType } from '../../kernel/access.js';
import type { AppDeps } from '../../kernel/deps.js';
import { contextOf, requirePermission } from '../../kernel/guard.js';
import { recordTrail } from '../../kernel/trail.js';
import { createCategory, getSettings, listCategories, listDestructions, updateCategory, updateSettings } from './admin.service.js';
import { SIGNAL_RECORD_TYPE } from './intake.js';
import { DailyJobScheduler } from '../../kernel/daily-job.js';
import { claimDailyRun, runRetention } from './retention.js';
import {
  assignee,
  assignInput,
  categoryCreate,
  categoryInput,
  categoryView,
  created,
  destructionView,
  followUpInput,
  idParams,
  linkAddressInput,
  linkInput,
  linkParams,
  mergeInput,
  noteInput,
  photoParams,
  queuePage,
  queueQuery,
  retentionResult,
  settingsInput,
  settingsView,
  signalDetail,
  signalInput,
  transitionInput,
} from './signals.schemas.js';
import {
  addLink,
  addNote,
  assignSignal,
  createStaffSignal,
  getSignal,
  linkAddress,
  listAssignees,
  listQueue,
  mergeSignal,
  proposeFollowUp,
  readPhoto,
  removeLink,
  transitionSignal,
} from './signals.service.js';

export { SIGNAL_RECORD_TYPE } from './intake.js';
export { runRetention } from './retention.js';
export { defaultPhotoLimits, processPhoto, tooLargeMessage, type PhotoResult } from './photos.js';
export { demoSignalFollowCode, seedSignal } from './seed.js';
export { listQueue, type QueueFilter } from './signals.service.js';

/** Triage services for seeding demo data through the same rules as the API. */
export const signalServices = { transitionSignal, assignSignal, addNote };

/** Signals (meldingen): triage for staff, partner reports, categories and retention (ADR 0011). */
export function signalsModule(deps: AppDeps): FastifyPluginAsync {
  registerRecordType(SIGNAL_RECORD_TYPE, async (db, id) => {
    if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
    const row = await db.selectFrom('signals').select(['number', 'confidentiality']).where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    return { confidentiality: isConfidentiality(row.confidentiality) ? row.confidentiality : 'zeer_geheim', label: row.number };
  });

  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['signals'];
    const read = { preHandler: requirePermission(deps, 'records:read') };
    const write = { preHandler: requirePermission(deps, 'records:write') };
    const report = { preHandler: requirePermission(deps, 'signals:report') };
    const manage = { preHandler: requirePermission(deps, 'reference:manage') };

    // The daily retention run: every process checks each hour, one of them wins the day's claim.
    const scheduler = new DailyJobScheduler(
      () => runRetention({ db: deps.db, config: deps.config, files: deps.files, actor: null, requestId: null }),
      () => claimDailyRun(deps.db),
      (error) => app.log.error({ err: error }, 'signal retention run failed; retried within the hour'),
    );
    scheduler.start();
    app.addHook('onClose', () => scheduler.stop());

    app.get(
      '/categories',
      {
        schema: {
          tags,
          summary: 'Categorieën van meldingen met hun vragen en servicetermijnen',
          response: { 200: z.object({ items: z.array(categoryView) }) },
        },
      },
      async () => ({ items: await listCategories(deps) }),
    );
    app.post(
      '/categories',
      { ...manage, schema: { tags, summary: 'Categorie toevoegen', body: categoryCreate, response: { 201: categoryView } } },
      async (req, reply) => {
        const { code, ...input } = req.body;
        return reply.code(201).send(await createCategory(contextOf(deps, req), code, input));
      },
    );
    app.put(
      '/categories/:code',
      {
        ...manage,
        schema: {
          tags,
          summary: 'Categorie wijzigen (vragen, servicetermijn, vertrouwelijkheid)',
          params: z.strictObject({ code: z.string().max(40) }),
          body: categoryInput,
          response: { 200: categoryView },
        },
      },
      async (req) => updateCategory(contextOf(deps, req), req.params.code, req.body),
    );

    app.get(
      '/settings',
      { ...manage, schema: { tags, summary: 'Bewaartermijn en venster voor dubbele meldingen', response: { 200: settingsView } } },
      async () => getSettings(deps),
    );
    app.put(
      '/settings',
      {
        ...manage,
        schema: { tags, summary: 'Bewaartermijn en venster voor dubbele meldingen wijzigen', body: settingsInput, response: { 200: settingsView } },
      },
      async (req) => updateSettings(contextOf(deps, req), req.body),
    );
    app.post(
      '/retention/run',
      { ...manage, schema: { tags, summary: 'Bewaartermijn nu toepassen: meldingen zonder opvolging vernietigen', response: { 200: retentionResult } } },
      async (req) => {
        const ctx = contextOf(deps, req);
        const result = await runRetention({ db: deps.db, config: deps.config, files: deps.files, actor: ctx.actor, requestId: ctx.requestId });
        await recordTrail(ctx, { action: 'retention_run', objectType: 'signal_retention', objectId: null, reason: `destroyed ${result.destroyed}` });
        return { destroyed: result.destroyed, ranAt: result.ranAt.toISOString(), cutoff: result.cutoff.toISOString() };
      },
    );
    app.get(
      '/destructions',
      {
        ...manage,
        schema: { tags, summary: 'Vernietigde meldingen (alleen dat zij bestonden)', response: { 200: z.object({ items: z.array(destructionView) }) } },
      },
      async () => ({ items: await listDestructions(deps) }),
    );

    app.get(
      '/queue',
      { ...read, schema: { tags, summary: 'Werkvoorraad: meldingen op volgorde van servicetermijn', querystring: queueQuery, response: { 200: queuePage } } },
      async (req) => listQueue(contextOf(deps, req), req.query),
    );
    app.get(
      '/assignees',
      {
        ...read,
        schema: { tags, summary: 'Medewerkers aan wie een melding kan worden toegewezen', response: { 200: z.object({ items: z.array(assignee) }) } },
      },
      async (req) => ({ items: await listAssignees(contextOf(deps, req)) }),
    );
    app.post(
      '/',
      {
        ...report,
        schema: {
          tags,
          summary: 'Melding vastleggen (eigen waarneming, bestuurlijke rapportage, hennepinformatiebericht)',
          body: signalInput,
          response: { 201: created },
        },
      },
      async (req, reply) => reply.code(201).send(await createStaffSignal(contextOf(deps, req), deps.files, req.body)),
    );
    app.get('/:id', { ...read, schema: { tags, summary: 'Melding', params: idParams, response: { 200: signalDetail } } }, async (req) =>
      getSignal(contextOf(deps, req), req.params.id),
    );
    app.post(
      '/:id/transitions',
      { ...write, schema: { tags, summary: 'Status wijzigen', params: idParams, body: transitionInput, response: { 200: signalDetail } } },
      async (req) => transitionSignal(contextOf(deps, req), req.params.id, req.body),
    );
    app.post(
      '/:id/assign',
      { ...write, schema: { tags, summary: 'Toewijzen (maakt een taak)', params: idParams, body: assignInput, response: { 200: signalDetail } } },
      async (req) => assignSignal(contextOf(deps, req), req.params.id, req.body.userId),
    );
    app.post(
      '/:id/notes',
      { ...write, schema: { tags, summary: 'Interne notitie toevoegen', params: idParams, body: noteInput, response: { 200: signalDetail } } },
      async (req) => addNote(contextOf(deps, req), req.params.id, req.body.body),
    );
    app.post(
      '/:id/links',
      { ...write, schema: { tags, summary: 'Subject uit het register koppelen', params: idParams, body: linkInput, response: { 200: signalDetail } } },
      async (req) => addLink(contextOf(deps, req), req.params.id, req.body.subjectId, req.body.role),
    );
    app.post(
      '/:id/links/address',
      {
        ...write,
        schema: {
          tags,
          summary: 'Adres van de melding vastleggen in het register en koppelen',
          params: idParams,
          body: linkAddressInput,
          response: { 200: signalDetail },
        },
      },
      async (req) => linkAddress(contextOf(deps, req), req.params.id, req.body.premisesType),
    );
    app.delete(
      '/:id/links/:subjectId',
      { ...write, schema: { tags, summary: 'Koppeling met een subject verwijderen', params: linkParams, response: { 200: signalDetail } } },
      async (req) => removeLink(contextOf(deps, req), req.params.id, req.params.subjectId),
    );
    app.post(
      '/:id/merge',
      {
        ...write,
        schema: {
          tags,
          summary: 'Samenvoegen met een andere melding (deze wordt afgesloten als dubbel)',
          params: idParams,
          body: mergeInput,
          response: { 200: signalDetail },
        },
      },
      async (req) => mergeSignal(contextOf(deps, req), req.params.id, req.body.intoId, req.body.note),
    );
    app.post(
      '/:id/follow-ups',
      { ...write, schema: { tags, summary: 'Opvolging voorstellen (maakt een taak)', params: idParams, body: followUpInput, response: { 200: signalDetail } } },
      async (req) => proposeFollowUp(contextOf(deps, req), req.params.id, req.body),
    );
    app.get(
      '/:id/photos/:photoId',
      { ...read, schema: { tags, summary: 'Foto bij een melding (zonder metadata opgeslagen)', params: photoParams } },
      async (req, reply) => {
        const photo = await readPhoto(contextOf(deps, req), deps.files, req.params.id, req.params.photoId);
        return reply.type(photo.contentType).header('content-disposition', 'inline').header('x-content-type-options', 'nosniff').send(photo.content);
      },
    );
  };
}
