import type { ServiceContext } from '../../kernel/context.js';
import type { Db } from '../../kernel/db.js';
import { AppError } from '../../kernel/errors.js';
import { recordTrail } from '../../kernel/trail.js';

export interface CareerReference {
  criteria: { code: string; textNl: string; textEn: string; active: boolean }[];
  domains: { code: string; nameNl: string; nameEn: string; restrictedTo: string[] }[];
  legalBases: { code: string; nameNl: string; nameEn: string; description: string; active: boolean }[];
  settings: { reviewIntervalMonths: number; followUpMonths: number[]; retentionYears: number; notAcceptedRetentionMonths: number };
}

/** Criteria, life domains, legal bases and settings, in their sort order. */
export async function loadReference(db: Db): Promise<CareerReference> {
  const [criteria, domains, legalBases, settings] = await Promise.all([
    db.selectFrom('career_criteria').selectAll().orderBy('sort_order').orderBy('code').execute(),
    db.selectFrom('career_domains').selectAll().orderBy('sort_order').orderBy('code').execute(),
    db.selectFrom('career_legal_bases').selectAll().orderBy('sort_order').orderBy('code').execute(),
    loadSettings(db),
  ]);
  return {
    criteria: criteria.map((c) => ({ code: c.code, textNl: c.text_nl, textEn: c.text_en, active: c.active })),
    domains: domains.map((d) => ({
      code: d.code,
      nameNl: d.name_nl,
      nameEn: d.name_en,
      restrictedTo: Array.isArray(d.restricted_to) ? (d.restricted_to as string[]) : [],
    })),
    legalBases: legalBases.map((b) => ({ code: b.code, nameNl: b.name_nl, nameEn: b.name_en, description: b.description, active: b.active })),
    settings,
  };
}

/** The settings row (one row, created by the migration). */
export async function loadSettings(db: Db): Promise<CareerReference['settings']> {
  const row = await db
    .selectFrom('career_settings')
    .select(['review_interval_months', 'follow_up_months', 'retention_years', 'not_accepted_retention_months'])
    .executeTakeFirstOrThrow();
  const months = Array.isArray(row.follow_up_months) ? (row.follow_up_months as unknown[]).filter((m): m is number => typeof m === 'number') : [];
  return {
    reviewIntervalMonths: row.review_interval_months,
    followUpMonths: months,
    retentionYears: row.retention_years,
    notAcceptedRetentionMonths: row.not_accepted_retention_months,
  };
}

// ---- beheer (reference:manage) --------------------------------------------------------------------------

/** Object type of reference-data changes in the audit trail. */
export const REFERENCE_OBJECT = 'career_reference';

export interface CriterionInput {
  textNl: string;
  textEn: string;
  active: boolean;
  sortOrder: number;
}
export interface DomainInput {
  nameNl: string;
  nameEn: string;
  restrictedTo: string[];
  sortOrder: number;
}
export interface LegalBasisInput {
  nameNl: string;
  nameEn: string;
  description: string;
  active: boolean;
  sortOrder: number;
}
export interface SettingsInput {
  reviewIntervalMonths: number;
  followUpMonths: number[];
  /** Unchanged when left out. */
  retentionYears?: number | undefined;
  notAcceptedRetentionMonths?: number | undefined;
}

export interface ReferenceAdmin {
  criteria: (CareerReference['criteria'][number] & { sortOrder: number; updatedAt: string; updatedBy: string | null })[];
  domains: (CareerReference['domains'][number] & { sortOrder: number; updatedAt: string; updatedBy: string | null })[];
  legalBases: (CareerReference['legalBases'][number] & { sortOrder: number })[];
  settings: CareerReference['settings'] & { updatedAt: string; updatedBy: string | null };
  /** Organisation kinds that exist (besides the municipality, which always sees every domain). */
  organisationKinds: string[];
}

const referenceError = (path: string, message: string): AppError => new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

/** Organisation kinds of the organisations that exist, without the municipality (it sees every domain anyway). */
export async function organisationKinds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('organisations').select('kind').distinct().where('kind', '<>', 'gemeente').orderBy('kind').execute();
  return rows.map((r) => r.kind);
}

/** Every piece of reference data with its sort order and last change, for the beheer page. */
export async function loadReferenceAdmin(db: Db): Promise<ReferenceAdmin> {
  const [criteria, domains, legalBases, settings, kinds] = await Promise.all([
    db
      .selectFrom('career_criteria as c')
      .leftJoin('users as u', 'u.id', 'c.updated_by')
      .selectAll('c')
      .select('u.display_name as updated_by_name')
      .orderBy('c.sort_order')
      .orderBy('c.code')
      .execute(),
    db
      .selectFrom('career_domains as d')
      .leftJoin('users as u', 'u.id', 'd.updated_by')
      .selectAll('d')
      .select('u.display_name as updated_by_name')
      .orderBy('d.sort_order')
      .orderBy('d.code')
      .execute(),
    db.selectFrom('career_legal_bases').selectAll().orderBy('sort_order').orderBy('code').execute(),
    db
      .selectFrom('career_settings as s')
      .leftJoin('users as u', 'u.id', 's.updated_by')
      .select(['s.updated_at', 'u.display_name as updated_by_name'])
      .executeTakeFirstOrThrow(),
    organisationKinds(db),
  ]);
  return {
    criteria: criteria.map((c) => ({
      code: c.code,
      textNl: c.text_nl,
      textEn: c.text_en,
      active: c.active,
      sortOrder: c.sort_order,
      updatedAt: c.updated_at.toISOString(),
      updatedBy: c.updated_by_name,
    })),
    domains: domains.map((d) => ({
      code: d.code,
      nameNl: d.name_nl,
      nameEn: d.name_en,
      restrictedTo: Array.isArray(d.restricted_to) ? (d.restricted_to as string[]) : [],
      sortOrder: d.sort_order,
      updatedAt: d.updated_at.toISOString(),
      updatedBy: d.updated_by_name,
    })),
    legalBases: legalBases.map((b) => ({
      code: b.code,
      nameNl: b.name_nl,
      nameEn: b.name_en,
      description: b.description,
      active: b.active,
      sortOrder: b.sort_order,
    })),
    settings: { ...(await loadSettings(db)), updatedAt: settings.updated_at.toISOString(), updatedBy: settings.updated_by_name },
    organisationKinds: kinds,
  };
}

/** Creates or changes an intake criterion. Applies to intakes from now on; recorded checks keep their text. */
export async function saveCriterion(ctx: ServiceContext, code: string, input: CriterionInput): Promise<{ created: boolean }> {
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('career_criteria').select('code').where('code', '=', code).forUpdate().executeTakeFirst();
    const values = {
      text_nl: input.textNl,
      text_en: input.textEn,
      active: input.active,
      sort_order: input.sortOrder,
      updated_by: ctx.actor.userId,
      updated_at: new Date(),
    };
    if (existing) await trx.updateTable('career_criteria').set(values).where('code', '=', code).execute();
    else {
      await trx
        .insertInto('career_criteria')
        .values({ code, ...values })
        .execute();
    }
    await recordTrail({ ...ctx, db: trx }, { action: existing ? 'update' : 'create', objectType: REFERENCE_OBJECT, objectId: `criterion:${code}` });
    return { created: !existing };
  });
}

/** Creates or changes a life domain, including which organisation kinds may see its content (applies at once). */
export async function saveDomain(ctx: ServiceContext, code: string, input: DomainInput): Promise<{ created: boolean }> {
  const kinds = await organisationKinds(ctx.db);
  const seen = new Set<string>();
  for (const [index, kind] of input.restrictedTo.entries()) {
    if (kind === 'gemeente') throw referenceError(`body.restrictedTo.${index}`, 'De gemeente ziet alle leefgebieden; kies alleen andere organisatiesoorten.');
    if (!kinds.includes(kind)) throw referenceError(`body.restrictedTo.${index}`, `Organisatiesoort "${kind}" bestaat niet. Kies uit: ${kinds.join(', ')}.`);
    if (seen.has(kind)) throw referenceError(`body.restrictedTo.${index}`, `Organisatiesoort "${kind}" staat er twee keer in.`);
    seen.add(kind);
  }
  const restrictedTo = [...input.restrictedTo].sort();
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('career_domains').select('code').where('code', '=', code).forUpdate().executeTakeFirst();
    const values = {
      name_nl: input.nameNl,
      name_en: input.nameEn,
      restricted_to: JSON.stringify(restrictedTo),
      sort_order: input.sortOrder,
      updated_by: ctx.actor.userId,
      updated_at: new Date(),
    };
    if (existing) await trx.updateTable('career_domains').set(values).where('code', '=', code).execute();
    else {
      await trx
        .insertInto('career_domains')
        .values({ code, ...values })
        .execute();
    }
    await recordTrail(
      { ...ctx, db: trx },
      {
        action: existing ? 'update' : 'create',
        objectType: REFERENCE_OBJECT,
        objectId: `domain:${code}`,
        reason: `restricted to [${restrictedTo.join(', ')}]`,
      },
    );
    return { created: !existing };
  });
}

/** Creates or changes a legal basis. An inactive basis cannot be chosen for new referrals; existing ones keep it. */
export async function saveLegalBasis(ctx: ServiceContext, code: string, input: LegalBasisInput): Promise<{ created: boolean }> {
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('career_legal_bases').select('code').where('code', '=', code).forUpdate().executeTakeFirst();
    const values = { name_nl: input.nameNl, name_en: input.nameEn, description: input.description, active: input.active, sort_order: input.sortOrder };
    if (existing) await trx.updateTable('career_legal_bases').set(values).where('code', '=', code).execute();
    else {
      await trx
        .insertInto('career_legal_bases')
        .values({ code, ...values })
        .execute();
    }
    await recordTrail({ ...ctx, db: trx }, { action: existing ? 'update' : 'create', objectType: REFERENCE_OBJECT, objectId: `legal_basis:${code}` });
    return { created: !existing };
  });
}

/**
 * Changes the review interval, the follow-up months and the retention terms. The interval and follow-ups apply to
 * trajectories taken in (interval) and exited (follow-ups) from now on; running trajectories and planned follow-ups keep
 * theirs. The retention terms apply at the next daily retention run.
 */
export async function saveSettings(ctx: ServiceContext, input: SettingsInput): Promise<CareerReference['settings']> {
  const problem = followUpProblem(input.followUpMonths);
  if (problem) throw referenceError(problem.path, problem.message);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('career_settings')
      .set({
        review_interval_months: input.reviewIntervalMonths,
        follow_up_months: JSON.stringify(input.followUpMonths),
        ...(input.retentionYears === undefined ? {} : { retention_years: input.retentionYears }),
        ...(input.notAcceptedRetentionMonths === undefined ? {} : { not_accepted_retention_months: input.notAcceptedRetentionMonths }),
        updated_by: ctx.actor.userId,
        updated_at: new Date(),
      })
      .execute();
    await recordTrail(
      { ...ctx, db: trx },
      {
        action: 'update',
        objectType: REFERENCE_OBJECT,
        objectId: 'settings',
        reason:
          `review every ${input.reviewIntervalMonths} months; follow-ups at [${input.followUpMonths.join(', ')}]` +
          (input.retentionYears === undefined ? '' : `; kept ${input.retentionYears} years after exit`) +
          (input.notAcceptedRetentionMonths === undefined ? '' : `; not accepted kept ${input.notAcceptedRetentionMonths} months`),
      },
    );
  });
  return loadSettings(ctx.db);
}

/** The first problem with a list of follow-up months (whole months 1–36, strictly ascending, at least one). */
export function followUpProblem(months: number[]): { path: string; message: string } | undefined {
  if (months.length === 0) return { path: 'body.followUpMonths', message: 'Geef minstens één moment van nazorg.' };
  for (const [index, month] of months.entries()) {
    if (!Number.isInteger(month) || month < 1 || month > 36) {
      return { path: `body.followUpMonths.${index}`, message: 'Een moment van nazorg is een heel aantal maanden van 1 tot en met 36.' };
    }
    if (index > 0 && month <= months[index - 1]!) {
      return { path: `body.followUpMonths.${index}`, message: 'Zet de momenten van nazorg oplopend, zonder dubbele (bijvoorbeeld 3, 6, 12).' };
    }
  }
  return undefined;
}
