import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../kernel/db.js';
import type { AppDeps } from '../../kernel/deps.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { contextOf, requirePermission } from '../../kernel/guard.js';
import { cachedByTableVersion } from '../../kernel/versioned.js';
import { recordTrail } from '../../kernel/trail.js';
import { parseIso } from './calendar.js';
import { computeDeadline, isDeadlineError, TermCalendar, type Deadline, type DeadlineOptions } from './deadlines.js';

export { isIsoDate, normaliseDutchDate } from './calendar.js';
export { computeDeadline, isDeadlineError, TermCalendar, type Deadline, type DeadlineOptions, type EqualDay } from './deadlines.js';

/** The term calendar with the declared equal days from the database, rebuilt when they change (another process may have changed them). */
const calendarCache = cachedByTableVersion('legal_equal_days', 'updated_at', async (db) => {
  const rows = await db.selectFrom('legal_equal_days').select(['date', 'name']).execute();
  return new TermCalendar(rows);
});

export function termCalendar(db: Db): Promise<TermCalendar> {
  return calendarCache.get(db);
}

/** The one way modules compute a deadline: the engine with the current declared equal days. Throws a 400 naming the field. */
export async function deadlineFor(db: Db, from: string, period: string, options: DeadlineOptions = {}, pathPrefix = 'body'): Promise<Deadline> {
  const result = computeDeadline(await termCalendar(db), from, period, options);
  if (isDeadlineError(result)) {
    throw new AppError('VALIDATION_FAILED', result.message, { errors: [{ path: `${pathPrefix}.${result.field}`, message: result.message }] });
  }
  return result;
}

export const deadlineQuery = z.strictObject({
  from: z.string().describe('Dag van de gebeurtenis, bijvoorbeeld de bekendmaking: JJJJ-MM-DD'),
  period: z.string().describe('ISO 8601-duur: P6W, P14D, P3M, P1Y'),
  unit: z.enum(['calendar', 'working'], 'Kies calendar (kalenderdagen) of working (werkdagen).').default('calendar'),
  countFrom: z.enum(['next_day', 'same_day'], 'Kies next_day (de dag na de gebeurtenis, Awb 6:8) of same_day.').default('next_day'),
});

export const deadlineResult = z.object({
  from: z.string(),
  period: z.string(),
  start: z.string().describe('Eerste dag van de termijn'),
  nominalEnd: z.string().describe('Laatste dag zoals geteld, vóór verlenging'),
  end: z.string().describe('Laatste dag na verlenging volgens de Algemene termijnenwet'),
  days: z.number().int(),
  extended: z.boolean(),
  reasons: z.array(z.object({ rule: z.enum(['awb_6_8', 'atw_1', 'atw_2', 'working_days']), date: z.string(), text: z.string() })),
});

const equalDay = z.object({ date: z.string(), name: z.string(), source: z.string(), updatedAt: z.string().datetime() });

/** Legal terms: the deadline calculator (public) and the declared equal days (kept by the beheerder). */
export function legalModule(deps: AppDeps): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['legal'];
    const manage = { preHandler: requirePermission(deps, 'reference:manage') };

    app.get(
      '/deadline',
      {
        schema: {
          tags,
          summary: 'Termijn berekenen (Awb en Algemene termijnenwet); openbaar, zonder inloggen',
          querystring: deadlineQuery,
          response: { 200: deadlineResult },
        },
      },
      async (req) => deadlineFor(deps.db, req.query.from, req.query.period, { unit: req.query.unit, countFrom: req.query.countFrom }, 'query'),
    );

    app.get(
      '/equal-days',
      {
        schema: {
          tags,
          summary: 'Dagen gelijkgesteld aan algemeen erkende feestdagen (Atw art. 3 lid 3)',
          response: { 200: z.object({ items: z.array(equalDay) }) },
        },
      },
      async () => {
        const rows = await deps.db.selectFrom('legal_equal_days').selectAll().orderBy('date').execute();
        return { items: rows.map((r) => ({ date: r.date, name: r.name, source: r.source, updatedAt: r.updated_at.toISOString() })) };
      },
    );

    app.put(
      '/equal-days/:date',
      {
        ...manage,
        schema: {
          tags,
          summary: 'Gelijkgestelde dag vastleggen of wijzigen',
          params: z.strictObject({ date: z.string().refine((d) => parseIso(d) !== undefined, 'Geef een bestaande datum als JJJJ-MM-DD.') }),
          body: z.strictObject({
            name: z.string().trim().min(1, 'Geef een naam, bijvoorbeeld "Vrijdag na Hemelvaartsdag".').max(200),
            source: z.string().trim().min(1, 'Noem het Koninklijk Besluit waarin de dag is gelijkgesteld.').max(500),
          }),
          response: { 200: equalDay },
        },
      },
      async (req) => {
        const ctx = contextOf(deps, req);
        const row = await deps.db.transaction().execute(async (trx) => {
          const saved = await trx
            .insertInto('legal_equal_days')
            .values({ date: req.params.date, name: req.body.name, source: req.body.source, updated_by: ctx.actor.userId })
            .onConflict((oc) =>
              oc.column('date').doUpdateSet({ name: req.body.name, source: req.body.source, updated_by: ctx.actor.userId, updated_at: new Date() }),
            )
            .returningAll()
            .executeTakeFirstOrThrow();
          await recordTrail({ ...ctx, db: trx }, { action: 'update', objectType: 'legal_equal_day', objectId: req.params.date });
          return saved;
        });
        return { date: row.date, name: row.name, source: row.source, updatedAt: row.updated_at.toISOString() };
      },
    );

    app.delete(
      '/equal-days/:date',
      { ...manage, schema: { tags, summary: 'Gelijkgestelde dag verwijderen', params: z.strictObject({ date: z.string() }), response: { 204: z.null() } } },
      async (req, reply) => {
        const ctx = contextOf(deps, req);
        if (parseIso(req.params.date) === undefined) throw notFound('Deze dag');
        await deps.db.transaction().execute(async (trx) => {
          const deleted = await trx.deleteFrom('legal_equal_days').where('date', '=', req.params.date).executeTakeFirst();
          if (Number(deleted.numDeletedRows) === 0) throw notFound('Deze dag');
          await recordTrail({ ...ctx, db: trx }, { action: 'delete', objectType: 'legal_equal_day', objectId: req.params.date });
        });
        return reply.code(204).send(null);
      },
    );
  };
}

/**
 * The public calculator page (HTML, outside /api, so not in the plugin above with its /api/v1/legal
 * prefix): the public-site module mounts it in its page frame.
 */
export { deadlineCalculatorPages } from './page.js';
