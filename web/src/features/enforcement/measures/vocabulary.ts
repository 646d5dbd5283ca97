/**
 * Codes of the measures API (server/src/modules/enforcement/vocabulary.ts and measures.schemas.ts).
 * Labels live in i18n under `measures.<list>.<code>`.
 */

export const MEASURE_KINDS = [
  'closure',
  'order_subject_to_penalty',
  'administrative_coercion',
  'administrative_fine',
  'permit_revocation',
  'permit_suspension',
  'bibob_refusal',
  'bibob_revocation',
  'warning',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const PREMISES_TYPES = ['woning', 'lokaal', 'horeca', 'bedrijfspand', 'erf'] as const;
export type PremisesType = (typeof PREMISES_TYPES)[number];

export const DRUG_CLASSES = ['list_i', 'list_ii', 'preparation'] as const;
export type DrugClass = (typeof DRUG_CLASSES)[number];

export const QUANTITY_BANDS = ['personal_use', 'trade', 'large_trade'] as const;
export type QuantityBand = (typeof QUANTITY_BANDS)[number];

export const MEASURE_ORIGINS = ['police_report', 'inspection', 'signal', 'other'] as const;
export type MeasureOrigin = (typeof MEASURE_ORIGINS)[number];

export const PROCEDURE_STATUSES = [
  'intake',
  'investigation',
  'intention',
  'opinion_period',
  'decision',
  'announced',
  'execution',
  'follow_up',
  'closed',
  'withdrawn',
] as const;
export type ProcedureStatus = (typeof PROCEDURE_STATUSES)[number];

export const REMEDY_STATUSES = ['none', 'objection_period', 'objection', 'objection_decided', 'court', 'final'] as const;
export type RemedyStatus = (typeof REMEDY_STATUSES)[number];

export const COURT_STEP_KINDS = ['provisional_relief', 'appeal', 'higher_appeal'] as const;
export type CourtStepKind = (typeof COURT_STEP_KINDS)[number];

export const DEADLINE_KINDS = [
  'opinion',
  'grace',
  'objection',
  'objection_decision',
  'execution_end',
  'follow_up_inspection',
  'bibob_lbb_advice',
  'bibob_decision',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const AUTHORITIES = ['burgemeester', 'college'] as const;
export type Authority = (typeof AUTHORITIES)[number];

export const ROLE_CODES = ['admin', 'analyst', 'pga_director', 'inspector', 'lawyer', 'partner', 'management', 'privacy_officer'] as const;

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
