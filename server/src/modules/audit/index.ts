import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pseudonymise, verifyAuditChain } from '../../kernel/audit.js';
import type { AppDeps } from '../../kernel/deps.js';
import { contextOf, requirePermission } from '../../kernel/guard.js';
import { recordTrail } from '../../kernel/trail.js';

const tags = ['audit'];
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Gebruik de vorm JJJJ-MM-DD.');
const PAGE = 100;

const auditEvent = z.object({
  id: z.number().int(),
  at: z.string().datetime(),
  actorUserId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  outcome: z.string(),
  requestId: z.string().nullable(),
  reason: z.string().nullable(),
});

const processingEntry = z.object({
  id: z.number().int(),
  traceId: z.string(),
  operationId: z.string(),
  foreignTraceId: z.string().nullable(),
  name: z.string(),
  activityCode: z.string(),
  activityName: z.string(),
  dataSubjectRef: z.string(),
  dataSubjectType: z.string(),
  status: z.string(),
  startedAt: z.string().datetime(),
  endedAt: z.string().datetime(),
});

const activity = z.object({ code: z.string(), name: z.string(), purpose: z.string(), legalBasis: z.string(), retention: z.string(), controller: z.string() });

/** Dates are days in Europe/Amsterdam; the bounds become instants at local midnight. */
function amsterdamMidnight(day: string, plusDays = 0): Date {
  const base = new Date(`${day}T00:00:00Z`);
  base.setUTCDate(base.getUTCDate() + plusDays);
  const offsetMinutes = amsterdamOffsetMinutes(base);
  return new Date(base.getTime() - offsetMinutes * 60000);
}

function amsterdamOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'shortOffset' }).formatToParts(at);
  const tz = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+1';
  const m = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(tz);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** Viewers for the privacy officer: audit trail, processing log, register of processing activities. */
export function auditModule(deps: AppDeps): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const read = { preHandler: requirePermission(deps, 'audit:read') };

    app.get(
      '/events',
      {
        ...read,
        schema: {
          tags,
          summary: 'Audittrail doorzoeken (nieuwste eerst)',
          querystring: z.strictObject({
            actor: z.string().trim().max(100).optional().describe('Gebruikersnaam of gebruikers-id'),
            objectType: z.string().trim().max(50).optional(),
            objectId: z.string().trim().max(100).optional(),
            from: isoDate.optional(),
            to: isoDate.optional(),
            before: z.coerce.number().int().positive().optional().describe('Volgende pagina: id van de laatste regel'),
          }),
          response: { 200: z.object({ items: z.array(auditEvent), nextBefore: z.number().int().nullable() }) },
        },
      },
      async (req) => {
        const q = req.query;
        const isUuid = q.actor !== undefined && /^[0-9a-f-]{36}$/i.test(q.actor);
        const rows = await deps.db
          .selectFrom('audit_events')
          .selectAll()
          .$if(q.actor !== undefined && q.actor !== '', (qb) =>
            isUuid ? qb.where('actor_user_id', '=', q.actor!) : qb.where((eb) => eb(eb.fn('lower', ['actor_username']), '=', q.actor!.toLowerCase())),
          )
          .$if(q.objectType !== undefined && q.objectType !== '', (qb) => qb.where('object_type', '=', q.objectType!))
          .$if(q.objectId !== undefined && q.objectId !== '', (qb) => qb.where('object_id', '=', q.objectId!))
          .$if(q.from !== undefined, (qb) => qb.where('at', '>=', amsterdamMidnight(q.from!)))
          .$if(q.to !== undefined, (qb) => qb.where('at', '<', amsterdamMidnight(q.to!, 1)))
          .$if(q.before !== undefined, (qb) => qb.where('id', '<', q.before!))
          .orderBy('id', 'desc')
          .limit(PAGE + 1)
          .execute();
        const page = rows.slice(0, PAGE);
        await recordTrail(contextOf(deps, req), { action: 'search', objectType: 'audit_event', objectId: null, reason: `${page.length} results` });
        return {
          items: page.map((r) => ({
            id: Number(r.id),
            at: r.at.toISOString(),
            actorUserId: r.actor_user_id,
            actorUsername: r.actor_username,
            actorRole: r.actor_role,
            action: r.action,
            objectType: r.object_type,
            objectId: r.object_id,
            outcome: r.outcome,
            requestId: r.request_id,
            reason: r.reason,
          })),
          nextBefore: rows.length > PAGE ? Number(page[page.length - 1]!.id) : null,
        };
      },
    );

    app.get(
      '/verify',
      {
        ...read,
        schema: {
          tags,
          summary: 'Hash-keten van de audittrail controleren',
          response: {
            200: z.object({ ok: z.boolean(), checked: z.number().int(), firstBrokenId: z.number().int().nullable(), problem: z.string().nullable() }),
          },
        },
      },
      async (req) => {
        const result = await verifyAuditChain(deps.db);
        await recordTrail(contextOf(deps, req), {
          action: 'verify',
          objectType: 'audit_event',
          objectId: null,
          outcome: result.ok ? 'success' : 'failure',
          reason: result.ok ? `${result.checked} rows intact` : `broken at ${result.firstBrokenId}`,
        });
        return result;
      },
    );

    app.get(
      '/processing',
      {
        ...read,
        schema: {
          tags,
          summary: 'Verwerkingenlogboek doorzoeken, per betrokkene of verwerkingsactiviteit',
          querystring: z.strictObject({
            subject: z.string().trim().max(100).optional().describe('Identificatie van de betrokkene (wordt gepseudonimiseerd voor het zoeken)'),
            subjectType: z.string().trim().max(30).default('user'),
            activity: z.string().trim().max(100).optional(),
            from: isoDate.optional(),
            to: isoDate.optional(),
          }),
          response: { 200: z.object({ items: z.array(processingEntry) }) },
        },
      },
      async (req) => {
        const q = req.query;
        const ref = q.subject ? pseudonymise(deps.config.secrets.pseudonymKey, q.subjectType, q.subject) : undefined;
        const rows = await deps.db
          .selectFrom('processing_log as p')
          .innerJoin('processing_activities as a', 'a.code', 'p.activity_code')
          .select([
            'p.id',
            'p.trace_id',
            'p.operation_id',
            'p.foreign_trace_id',
            'p.name',
            'p.activity_code',
            'a.name as activity_name',
            'p.data_subject_ref',
            'p.data_subject_type',
            'p.status',
            'p.started_at',
            'p.ended_at',
          ])
          .$if(ref !== undefined, (qb) => qb.where('p.data_subject_ref', '=', ref!))
          .$if(q.activity !== undefined && q.activity !== '', (qb) => qb.where('p.activity_code', '=', q.activity!))
          .$if(q.from !== undefined, (qb) => qb.where('p.started_at', '>=', amsterdamMidnight(q.from!)))
          .$if(q.to !== undefined, (qb) => qb.where('p.started_at', '<', amsterdamMidnight(q.to!, 1)))
          .orderBy('p.id', 'desc')
          .limit(200)
          .execute();
        await recordTrail(contextOf(deps, req), { action: 'search', objectType: 'processing_log', objectId: null, reason: `${rows.length} results` });
        return {
          items: rows.map((r) => ({
            id: Number(r.id),
            traceId: r.trace_id,
            operationId: r.operation_id,
            foreignTraceId: r.foreign_trace_id,
            name: r.name,
            activityCode: r.activity_code,
            activityName: r.activity_name,
            dataSubjectRef: r.data_subject_ref,
            dataSubjectType: r.data_subject_type,
            status: r.status,
            startedAt: r.started_at.toISOString(),
            endedAt: r.ended_at.toISOString(),
          })),
        };
      },
    );

    app.get(
      '/activities',
      { ...read, schema: { tags, summary: 'Register van verwerkingsactiviteiten (AVG art. 30)', response: { 200: z.object({ items: z.array(activity) }) } } },
      async () => {
        const rows = await deps.db.selectFrom('processing_activities').selectAll().orderBy('name').execute();
        return {
          items: rows.map((r) => ({
            code: r.code,
            name: r.name,
            purpose: r.purpose,
            legalBasis: r.legal_basis,
            retention: r.retention,
            controller: r.controller,
          })),
        };
      },
    );
  };
}
