import type { Db } from '../../kernel/db.js';

export interface CareerReference {
  criteria: { code: string; textNl: string; textEn: string; active: boolean }[];
  domains: { code: string; nameNl: string; nameEn: string; restrictedTo: string[] }[];
  legalBases: { code: string; nameNl: string; nameEn: string; description: string; active: boolean }[];
  settings: { reviewIntervalMonths: number; followUpMonths: number[] };
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
  const row = await db.selectFrom('career_settings').select(['review_interval_months', 'follow_up_months']).executeTakeFirstOrThrow();
  const months = Array.isArray(row.follow_up_months) ? (row.follow_up_months as unknown[]).filter((m): m is number => typeof m === 'number') : [];
  return { reviewIntervalMonths: row.review_interval_months, followUpMonths: months };
}
