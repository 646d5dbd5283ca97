import type { FieldErrors } from '../../../components/fieldErrors';
import type { nl } from './messages';

/* Pure helpers of the reference-data forms (tested in forms.test.ts). */

type Translate = (key: `careerPolicy.errors.${keyof typeof nl.errors}`) => string;

export const CODE_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;

/** "3, 6, 12" → [3, 6, 12]; undefined when a part is not a whole number. */
export function parseMonths(value: string): number[] | undefined {
  const parts = value
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.some((p) => !/^\d+$/.test(p))) {
    return undefined;
  }
  return parts.map(Number);
}

export function formatMonths(months: readonly number[]): string {
  return months.join(', ');
}

/** A whole number from a text field, or undefined. */
export function parseWhole(value: string): number | undefined {
  return /^\s*\d+\s*$/.test(value) ? Number(value.trim()) : undefined;
}

export interface SettingsValues {
  reviewIntervalMonths: string;
  followUpMonths: string;
  retentionYears: string;
  notAcceptedRetentionMonths: string;
}

export function validateSettings(t: Translate, values: SettingsValues): FieldErrors {
  const interval = parseWhole(values.reviewIntervalMonths);
  const months = parseMonths(values.followUpMonths);
  let followUp: string | undefined;
  if (months === undefined) followUp = t('careerPolicy.errors.monthsWhole');
  else if (months.length === 0) followUp = t('careerPolicy.errors.monthsMissing');
  else if (months.some((m) => m < 1 || m > 36)) followUp = t('careerPolicy.errors.monthsRange');
  else if (months.some((m, i) => i > 0 && m <= months[i - 1]!)) followUp = t('careerPolicy.errors.monthsAscending');
  const years = parseWhole(values.retentionYears);
  const notAccepted = parseWhole(values.notAcceptedRetentionMonths);
  return {
    reviewIntervalMonths: interval === undefined || interval < 1 || interval > 12 ? t('careerPolicy.errors.interval') : undefined,
    followUpMonths: followUp,
    retentionYears: years === undefined || years < 1 || years > 20 ? t('careerPolicy.errors.retentionYears') : undefined,
    notAcceptedRetentionMonths:
      notAccepted === undefined || notAccepted < 1 || notAccepted > 60 ? t('careerPolicy.errors.notAcceptedRetentionMonths') : undefined,
  };
}

export function validateCode(t: Translate, code: string): string | undefined {
  return CODE_PATTERN.test(code.trim()) ? undefined : t('careerPolicy.errors.code');
}

/** A code for a new row: the server's pattern, and not one of the codes that exist already. */
export function validateNewCode(t: Translate, code: string, existing: readonly string[]): string | undefined {
  return validateCode(t, code) ?? (existing.includes(code.trim()) ? t('careerPolicy.errors.codeTaken') : undefined);
}

export function validateSortOrder(t: Translate, value: string): string | undefined {
  const n = parseWhole(value);
  return n === undefined || n > 10000 ? t('careerPolicy.errors.sortOrder') : undefined;
}

export function required(t: Translate, value: string): string | undefined {
  return value.trim() === '' ? t('careerPolicy.errors.required') : undefined;
}

/** Server errors on list elements (`followUpMonths.1`, `restrictedTo.0`) shown on the list's field. */
export function collapseIndexedErrors(errors: FieldErrors): FieldErrors {
  const result: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path.replace(/\.\d+$/, '');
    if (message && result[field] === undefined) {
      result[field] = message;
    }
  }
  return result;
}

/** Adds or removes a value, keeping the list sorted and without doubles. */
export function toggle(list: readonly string[], value: string, checked: boolean): string[] {
  const rest = list.filter((v) => v !== value);
  return (checked ? [...rest, value] : rest).sort();
}
