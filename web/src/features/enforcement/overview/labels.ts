import type { TFunction } from 'i18next';

/* Labels of the codes the overviews show; unknown codes are shown as they are. */

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
export const REMEDY_STATUSES = ['none', 'objection_period', 'objection', 'objection_decided', 'court', 'final'] as const;
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
const PERMIT_TYPES = ['exploitatievergunning', 'alcoholwet', 'omgevingsvergunning', 'huisvestingsvergunning', 'other'] as const;
export const INSPECTION_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
const INSPECTION_OUTCOMES = ['nothing_found', 'warning', 'measure_proposed'] as const;
export const BIBOB_STATUSES = ['questionnaire', 'own_investigation', 'lbb_requested', 'lbb_advised', 'decision', 'closed'] as const;

export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

export function measureKindLabel(t: TFunction, kind: string): string {
  return isOneOf(MEASURE_KINDS, kind) ? t(`enforcement.kinds.${kind}`) : kind;
}

export function procedureStatusLabel(t: TFunction, status: string): string {
  return isOneOf(PROCEDURE_STATUSES, status) ? t(`enforcement.statuses.${status}`) : status;
}

export function remedyStatusLabel(t: TFunction, status: string): string {
  return isOneOf(REMEDY_STATUSES, status) ? t(`enforcement.remedies.${status}`) : status;
}

export function deadlineKindLabel(t: TFunction, kind: string): string {
  return isOneOf(DEADLINE_KINDS, kind) ? t(`enforcement.deadlineKinds.${kind}`) : kind;
}

export function permitTypeLabel(t: TFunction, permit: string): string {
  return isOneOf(PERMIT_TYPES, permit) ? t(`enforcement.permits.${permit}`) : permit;
}

export function inspectionStatusLabel(t: TFunction, status: string): string {
  return isOneOf(INSPECTION_STATUSES, status) ? t(`enforcement.inspectionStatuses.${status}`) : status;
}

export function inspectionOutcomeLabel(t: TFunction, outcome: string): string {
  return isOneOf(INSPECTION_OUTCOMES, outcome) ? t(`enforcement.inspectionOutcomes.${outcome}`) : outcome;
}

export function bibobStatusLabel(t: TFunction, status: string): string {
  return isOneOf(BIBOB_STATUSES, status) ? t(`enforcement.bibobStatuses.${status}`) : status;
}

/** A count as text: the number, or "< 5" when it is suppressed. */
export function countText(t: TFunction, count: { value: number | null; suppressed: boolean }): string {
  return count.suppressed || count.value === null ? t('enforcement.summary.small') : String(count.value);
}

/** The kinds and steps that occur in the summary, in the order of the vocabulary (unknown codes last). */
export function orderedCodes(order: readonly string[], codes: Iterable<string>): string[] {
  const unique = [...new Set(codes)];
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return unique.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Rows in the order of the vocabulary of one of their codes (unknown codes last, stable otherwise). */
export function sortBy<T>(rows: readonly T[], order: readonly string[], code: (row: T) => string): T[] {
  const rank = (row: T) => (order.includes(code(row)) ? order.indexOf(code(row)) : order.length);
  return [...rows].sort((a, b) => rank(a) - rank(b));
}
