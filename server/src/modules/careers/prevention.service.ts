import { sql } from 'kysely';
import { can } from '../../kernel/access.js';
import type { ServiceContext } from '../../kernel/context.js';
import { AppError, forbidden, notFound, type FieldError } from '../../kernel/errors.js';
import { recordTrail } from '../../kernel/trail.js';
import { isIsoDate } from '../legal/index.js';
import { freeTextFields, personalDataIn, type PreventionInput, type PreventionPage, type PreventionQuery, type PreventionView } from './prevention.schemas.js';
import { PREVENTION_RECORD_TYPE, preventionSettings, type PreventionSetting } from './vocabulary.js';

/**
 * Prevention activities (issue 6 part 8): programmes in schools, youth work and neighbourhoods, recorded per
 * activity at group level (a school or location, a wijk, dates and the number of participants) and never with
 * personal data: free text that looks like an e-mail address, a phone number, a BSN or a date of birth is refused.
 * Everyone with `prevention:write` or `aggregates:read` sees every activity; only the organisation that recorded an
 * activity may change it. Writes go to the audit trail without data subjects (there are none).
 */

function invalid(errors: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', errors.length === 1 ? errors[0]!.message : 'Controleer de gemarkeerde velden.', { errors });
}

/** Checks what zod cannot: real dates in order, an existing wijk, no personal data. Throws with every problem. */
async function checkInput(ctx: ServiceContext, input: PreventionInput): Promise<void> {
  const errors: FieldError[] = [];
  for (const field of freeTextFields) {
    const problem = personalDataIn(input[field]);
    if (problem) errors.push({ path: `body.${field}`, message: problem });
  }
  const startsOk = isIsoDate(input.startsOn);
  const endsOk = isIsoDate(input.endsOn);
  if (!startsOk) errors.push({ path: 'body.startsOn', message: 'Deze startdatum bestaat niet. Gebruik JJJJ-MM-DD.' });
  if (!endsOk) errors.push({ path: 'body.endsOn', message: 'Deze einddatum bestaat niet. Gebruik JJJJ-MM-DD.' });
  if (startsOk && endsOk && input.endsOn < input.startsOn) {
    errors.push({ path: 'body.endsOn', message: 'De einddatum ligt vóór de startdatum. Kies een einddatum op of na de startdatum.' });
  }
  const wijk = await ctx.db.selectFrom('areas').select('code').where('code', '=', input.wijkCode).where('kind', '=', 'wijk').executeTakeFirst();
  if (!wijk) errors.push({ path: 'body.wijkCode', message: 'Deze wijk kennen we niet. Kies een wijk uit de lijst.' });
  if (errors.length > 0) throw invalid(errors);
}

function baseQuery(ctx: ServiceContext) {
  return ctx.db
    .selectFrom('prevention_activities as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .innerJoin('users as u', 'u.id', 'p.created_by')
    .leftJoin('areas as w', (join) => join.onRef('w.code', '=', 'p.wijk_code').on('w.kind', '=', 'wijk'));
}

const columns = [
  'p.id',
  'p.title',
  'p.programme',
  'p.setting',
  'p.organisation_id',
  'o.code as organisation_code',
  'o.name as organisation_name',
  'p.institution',
  'p.wijk_code',
  'w.name as wijk_name',
  'p.starts_on',
  'p.ends_on',
  'p.reach',
  'p.description',
  'u.display_name as created_by_name',
  'p.created_at',
  'p.updated_at',
] as const;

type Row = Awaited<ReturnType<ReturnType<typeof selectRows>['executeTakeFirstOrThrow']>>;
function selectRows(ctx: ServiceContext) {
  return baseQuery(ctx).select(columns);
}

function view(ctx: ServiceContext, r: Row): PreventionView {
  return {
    id: r.id,
    title: r.title,
    programme: r.programme,
    setting: r.setting as PreventionSetting,
    organisation: { id: r.organisation_id, code: r.organisation_code, name: r.organisation_name },
    institution: r.institution,
    wijkCode: r.wijk_code,
    wijkName: r.wijk_name,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    reach: r.reach,
    description: r.description,
    createdBy: r.created_by_name,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    canEdit: can(ctx.actor, 'prevention:write') && r.organisation_id === ctx.actor.organisationId,
  };
}

/** Checks the period of a list or overview query: real dates, `to` not before `from`. */
export function checkPeriod(query: { from?: string | undefined; to?: string | undefined }): void {
  const errors: FieldError[] = [];
  if (query.from !== undefined && !isIsoDate(query.from)) errors.push({ path: 'query.from', message: 'Deze datum bestaat niet. Gebruik JJJJ-MM-DD.' });
  if (query.to !== undefined && !isIsoDate(query.to)) errors.push({ path: 'query.to', message: 'Deze datum bestaat niet. Gebruik JJJJ-MM-DD.' });
  if (errors.length === 0 && query.from !== undefined && query.to !== undefined && query.to < query.from) {
    errors.push({ path: 'query.to', message: 'Het einde van de periode ligt vóór het begin. Kies een einddatum op of na de begindatum.' });
  }
  if (errors.length > 0) throw invalid(errors);
}

/** Activities that match the filters (a wijk, a setting, overlapping a period), latest start first, with totals. */
export async function listPreventionActivities(ctx: ServiceContext, query: PreventionQuery): Promise<PreventionPage> {
  checkPeriod(query);
  let filtered = ctx.db.selectFrom('prevention_activities as p');
  if (query.wijk) filtered = filtered.where('p.wijk_code', '=', query.wijk);
  if (query.setting) filtered = filtered.where('p.setting', '=', query.setting);
  if (query.from) filtered = filtered.where('p.ends_on', '>=', query.from);
  if (query.to) filtered = filtered.where('p.starts_on', '<=', query.to);
  const ids = filtered.select('p.id');

  const [rows, sums] = await Promise.all([
    selectRows(ctx)
      .where('p.id', 'in', ids)
      .orderBy('p.starts_on', 'desc')
      .orderBy('p.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    filtered
      .select(['p.setting', sql<number>`count(*)::integer`.as('n'), sql<number>`coalesce(sum(p.reach), 0)::integer`.as('reach')])
      .groupBy('p.setting')
      .execute(),
  ]);
  const bySetting = preventionSettings.map((setting) => {
    const s = sums.find((r) => r.setting === setting);
    return { setting, activities: s?.n ?? 0, reach: s?.reach ?? 0 };
  });
  const activities = bySetting.reduce((a, s) => a + s.activities, 0);
  return {
    items: rows.map((r) => view(ctx, r)),
    total: activities,
    totals: { activities, reach: bySetting.reduce((a, s) => a + s.reach, 0), bySetting },
    page: query.page,
    pageSize: query.pageSize,
    canCreate: can(ctx.actor, 'prevention:write'),
  };
}

async function load(ctx: ServiceContext, id: string): Promise<Row> {
  const row = await selectRows(ctx).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('De preventieactiviteit');
  return row;
}

export async function getPreventionActivity(ctx: ServiceContext, id: string): Promise<PreventionView> {
  return view(ctx, await load(ctx, id));
}

/** Records an activity for the actor's organisation. */
export async function createPreventionActivity(ctx: ServiceContext, input: PreventionInput): Promise<PreventionView> {
  await checkInput(ctx, input);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const row = await trx
      .insertInto('prevention_activities')
      .values({
        title: input.title,
        programme: input.programme,
        setting: input.setting,
        organisation_id: ctx.actor.organisationId,
        institution: input.institution,
        wijk_code: input.wijkCode,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        reach: input.reach,
        description: input.description,
        created_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordTrail(tctx, {
      action: 'create',
      objectType: PREVENTION_RECORD_TYPE,
      objectId: row.id,
      reason: `${input.programme} ${input.setting} ${input.wijkCode} reach=${input.reach}`,
    });
    return row.id;
  });
  return getPreventionActivity(ctx, id);
}

/** Changes an activity; only the organisation that recorded it may (403 otherwise, logged). */
export async function updatePreventionActivity(ctx: ServiceContext, id: string, input: PreventionInput): Promise<PreventionView> {
  const current = await load(ctx, id);
  if (current.organisation_id !== ctx.actor.organisationId) {
    await recordTrail(ctx, {
      action: 'deny',
      objectType: PREVENTION_RECORD_TYPE,
      objectId: id,
      outcome: 'denied',
      reason: 'update: activity of another organisation',
    });
    throw forbidden('Alleen de organisatie die deze activiteit vastlegde, mag haar wijzigen.');
  }
  await checkInput(ctx, input);
  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    await trx
      .updateTable('prevention_activities')
      .set({
        title: input.title,
        programme: input.programme,
        setting: input.setting,
        institution: input.institution,
        wijk_code: input.wijkCode,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        reach: input.reach,
        description: input.description,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await recordTrail(tctx, {
      action: 'update',
      objectType: PREVENTION_RECORD_TYPE,
      objectId: id,
      reason: `${input.programme} ${input.setting} ${input.wijkCode} reach=${input.reach}`,
    });
  });
  return getPreventionActivity(ctx, id);
}
