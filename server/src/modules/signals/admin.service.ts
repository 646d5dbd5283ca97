import type { Selectable } from 'kysely';
import type { SignalCategoryTable } from '../../db/schema.js';
import { isConfidentiality } from '../../kernel/access.js';
import type { ServiceContext } from '../../kernel/context.js';
import { conflict, notFound } from '../../kernel/errors.js';
import { recordTrail } from '../../kernel/trail.js';
import { question, type CategoryInput } from './categories.js';
import { RETENTION_JOB } from './retention.js';
import type { CategoryView } from './signals.schemas.js';

/** Categories, their questions and service levels, and the module's settings: kept by the beheerder. */

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export function toCategoryView(row: Selectable<SignalCategoryTable>): CategoryView {
  const questions = question.array().safeParse(row.questions);
  return {
    code: row.code,
    name: { nl: row.name_nl, en: row.name_en },
    help: { nl: row.help_nl, en: row.help_en },
    indicators: { nl: strings(row.indicators_nl), en: strings(row.indicators_en) },
    questions: questions.success ? questions.data : [],
    slaDays: row.sla_days,
    slaUnit: row.sla_unit === 'calendar' ? 'calendar' : 'working',
    urgency: row.urgency,
    confidentiality: isConfidentiality(row.confidentiality) ? row.confidentiality : 'vertrouwelijk',
    active: row.active,
    sortOrder: row.sort_order,
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function listCategories(ctx: Pick<ServiceContext, 'db'>): Promise<CategoryView[]> {
  const rows = await ctx.db.selectFrom('signal_categories').selectAll().orderBy('sort_order').orderBy('code').execute();
  return rows.map(toCategoryView);
}

function columnsOf(input: CategoryInput, userId: string) {
  return {
    name_nl: input.name.nl,
    name_en: input.name.en,
    help_nl: input.help.nl,
    help_en: input.help.en,
    indicators_nl: JSON.stringify(input.indicators.nl),
    indicators_en: JSON.stringify(input.indicators.en),
    questions: JSON.stringify(input.questions),
    sla_days: input.slaDays,
    sla_unit: input.slaUnit,
    urgency: input.urgency,
    confidentiality: input.confidentiality,
    active: input.active,
    sort_order: input.sortOrder,
    updated_by: userId,
    updated_at: new Date(),
  };
}

/**
 * Changes a category. New signals get the new questions, service level and confidentiality; signals
 * already received keep the deadline and level they were given, and their answers keep their keys.
 */
export async function updateCategory(ctx: ServiceContext, code: string, input: CategoryInput): Promise<CategoryView> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx.updateTable('signal_categories').set(columnsOf(input, ctx.actor.userId)).where('code', '=', code).returningAll().executeTakeFirst();
    if (!row) throw notFound('Deze categorie');
    await recordTrail({ ...ctx, db: trx }, { action: 'update', objectType: 'signal_category', objectId: code });
    return toCategoryView(row);
  });
}

export async function createCategory(ctx: ServiceContext, code: string, input: CategoryInput): Promise<CategoryView> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('signal_categories')
      .values({ code, ...columnsOf(input, ctx.actor.userId) })
      .onConflict((oc) => oc.column('code').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) throw conflict(`Er is al een categorie met de code "${code}".`);
    await recordTrail({ ...ctx, db: trx }, { action: 'create', objectType: 'signal_category', objectId: code });
    return toCategoryView(row);
  });
}

export async function getSettings(ctx: Pick<ServiceContext, 'db'>) {
  const [row, run] = await Promise.all([
    ctx.db.selectFrom('signal_settings').selectAll().executeTakeFirstOrThrow(),
    ctx.db.selectFrom('job_runs').selectAll().where('job', '=', RETENTION_JOB).executeTakeFirst(),
  ]);
  const result = run?.last_result as { destroyed?: unknown } | null | undefined;
  return {
    retentionMonths: row.retention_months,
    duplicateWindowDays: row.duplicate_window_days,
    updatedAt: row.updated_at.toISOString(),
    retention: {
      lastRunAt: run?.last_finished_at ? run.last_finished_at.toISOString() : null,
      lastDestroyed: typeof result?.destroyed === 'number' ? result.destroyed : null,
    },
  };
}

export async function updateSettings(ctx: ServiceContext, input: { retentionMonths: number; duplicateWindowDays: number }) {
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('signal_settings')
      .set({ retention_months: input.retentionMonths, duplicate_window_days: input.duplicateWindowDays, updated_by: ctx.actor.userId, updated_at: new Date() })
      .execute();
    await recordTrail(
      { ...ctx, db: trx },
      {
        action: 'update',
        objectType: 'signal_settings',
        objectId: null,
        reason: `retention ${input.retentionMonths} months, duplicate window ${input.duplicateWindowDays} days`,
      },
    );
  });
  return getSettings(ctx);
}

export async function listDestructions(ctx: Pick<ServiceContext, 'db'>, limit = 500) {
  const rows = await ctx.db.selectFrom('signal_destructions').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    signalNumber: r.signal_number,
    categoryCode: r.category_code,
    channel: r.channel,
    receivedOn: r.received_on,
    closedOn: r.closed_on,
    destroyedAt: r.destroyed_at.toISOString(),
    rule: r.rule,
  }));
}
