import type { FieldErrors } from '../../../components/fieldErrors';
import type { LegalBasisUpdate, LegalBasisView, MatrixRowInput, MatrixRowView } from './api';
import { AUTHORITIES, DRUG_CLASSES, isOneOf, PREMISES_TYPES, QUANTITY_BANDS, type DrugClass, type PremisesType } from './vocabulary';

/* Forms of the policy pages: a legal basis, a row of the escalation matrix. Values as typed; parsed on submit. */

/** A whole number in [min, max], null for empty, undefined when it is not one. */
export function parseWhole(value: string, min: number, max: number): number | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  if (!/^\d+$/.test(text)) return undefined;
  const number = Number(text);
  return number >= min && number <= max ? number : undefined;
}

// ---- legal basis ---------------------------------------------------------------------------------

export interface LegalBasisValues {
  nameNl: string;
  nameEn: string;
  article: string;
  authority: string;
  premisesTypes: PremisesType[];
  requiresOpinion: boolean;
  opinionDays: string;
  graceDays: string;
  maxDurationMonths: string;
  explanationNl: string;
  explanationEn: string;
  active: boolean;
  sortOrder: string;
}

export function legalBasisValues(basis: LegalBasisView): LegalBasisValues {
  return {
    nameNl: basis.name.nl,
    nameEn: basis.name.en,
    article: basis.article,
    authority: basis.authority,
    premisesTypes: [...basis.premisesTypes],
    requiresOpinion: basis.requiresOpinion,
    opinionDays: String(basis.opinionDays),
    graceDays: basis.graceDays === null ? '' : String(basis.graceDays),
    maxDurationMonths: basis.maxDurationMonths === null ? '' : String(basis.maxDurationMonths),
    explanationNl: basis.explanation.nl,
    explanationEn: basis.explanation.en,
    active: basis.active,
    sortOrder: String(basis.sortOrder),
  };
}

export type LegalBasisErrorKey =
  'measures.legalBases.errors.required' | 'measures.legalBases.errors.days' | 'measures.legalBases.errors.months' | 'measures.legalBases.errors.sortOrder';

export function validateLegalBasis(t: (key: LegalBasisErrorKey) => string, values: LegalBasisValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of ['nameNl', 'nameEn', 'article'] as const) {
    if (!values[field].trim()) errors[field] = t('measures.legalBases.errors.required');
  }
  if (!isOneOf(AUTHORITIES, values.authority)) errors.authority = t('measures.legalBases.errors.required');
  const opinion = parseWhole(values.opinionDays, 0, 365);
  if (opinion === null || opinion === undefined) errors.opinionDays = t('measures.legalBases.errors.days');
  if (parseWhole(values.graceDays, 0, 365) === undefined) errors.graceDays = t('measures.legalBases.errors.days');
  if (parseWhole(values.maxDurationMonths, 1, 120) === undefined) errors.maxDurationMonths = t('measures.legalBases.errors.months');
  if (parseWhole(values.sortOrder, 0, 10000) === undefined) errors.sortOrder = t('measures.legalBases.errors.sortOrder');
  return errors;
}

export function toLegalBasisUpdate(values: LegalBasisValues): LegalBasisUpdate {
  if (!isOneOf(AUTHORITIES, values.authority)) {
    throw new Error('toLegalBasisUpdate needs an authority');
  }
  return {
    nameNl: values.nameNl.trim(),
    nameEn: values.nameEn.trim(),
    article: values.article.trim(),
    authority: values.authority,
    premisesTypes: PREMISES_TYPES.filter((type) => values.premisesTypes.includes(type)),
    requiresOpinion: values.requiresOpinion,
    opinionDays: parseWhole(values.opinionDays, 0, 365) ?? 0,
    graceDays: parseWhole(values.graceDays, 0, 365) ?? null,
    maxDurationMonths: parseWhole(values.maxDurationMonths, 1, 120) ?? null,
    explanationNl: values.explanationNl.trim(),
    explanationEn: values.explanationEn.trim(),
    active: values.active,
    sortOrder: parseWhole(values.sortOrder, 0, 10000) ?? 0,
  };
}

// ---- matrix row ----------------------------------------------------------------------------------

export interface MatrixRowValues {
  premisesType: string;
  drugClass: string;
  quantityBand: string;
  offenceNumber: string;
  lookbackMonths: string;
  legalBasisCode: string;
  durationMonths: string;
  explanationNl: string;
  explanationEn: string;
  active: boolean;
  sortOrder: string;
}

export const EMPTY_MATRIX_ROW: MatrixRowValues = {
  premisesType: '',
  drugClass: '',
  quantityBand: '',
  offenceNumber: '1',
  lookbackMonths: '36',
  legalBasisCode: '',
  durationMonths: '',
  explanationNl: '',
  explanationEn: '',
  active: true,
  sortOrder: '0',
};

export function matrixRowValues(row: MatrixRowView): MatrixRowValues {
  return {
    premisesType: row.premisesType,
    drugClass: row.drugClass,
    quantityBand: row.quantityBand,
    offenceNumber: String(row.offenceNumber),
    lookbackMonths: String(row.lookbackMonths),
    legalBasisCode: row.legalBasisCode,
    durationMonths: row.durationMonths === null ? '' : String(row.durationMonths),
    explanationNl: row.explanation.nl,
    explanationEn: row.explanation.en,
    active: row.active,
    sortOrder: String(row.sortOrder),
  };
}

export type MatrixRowErrorKey =
  | 'measures.matrix.errors.required'
  | 'measures.matrix.errors.offenceNumber'
  | 'measures.matrix.errors.lookbackMonths'
  | 'measures.matrix.errors.durationMonths'
  | 'measures.matrix.errors.sortOrder';

export function validateMatrixRow(t: (key: MatrixRowErrorKey) => string, values: MatrixRowValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!isOneOf(PREMISES_TYPES, values.premisesType)) errors.premisesType = t('measures.matrix.errors.required');
  if (!isOneOf(DRUG_CLASSES, values.drugClass)) errors.drugClass = t('measures.matrix.errors.required');
  if (!isOneOf(QUANTITY_BANDS, values.quantityBand)) errors.quantityBand = t('measures.matrix.errors.required');
  if (values.legalBasisCode === '') errors.legalBasisCode = t('measures.matrix.errors.required');
  const offence = parseWhole(values.offenceNumber, 1, 9);
  if (offence === null || offence === undefined) errors.offenceNumber = t('measures.matrix.errors.offenceNumber');
  const lookback = parseWhole(values.lookbackMonths, 1, 240);
  if (lookback === null || lookback === undefined) errors.lookbackMonths = t('measures.matrix.errors.lookbackMonths');
  if (parseWhole(values.durationMonths, 1, 120) === undefined) errors.durationMonths = t('measures.matrix.errors.durationMonths');
  if (parseWhole(values.sortOrder, 0, 10000) === undefined) errors.sortOrder = t('measures.matrix.errors.sortOrder');
  return errors;
}

export function toMatrixRowInput(values: MatrixRowValues): MatrixRowInput {
  const { premisesType, drugClass, quantityBand } = values;
  if (!isOneOf(PREMISES_TYPES, premisesType) || !isOneOf(DRUG_CLASSES, drugClass) || !isOneOf(QUANTITY_BANDS, quantityBand)) {
    throw new Error('toMatrixRowInput needs a premises type, drug class and quantity band');
  }
  return {
    premisesType,
    drugClass,
    quantityBand,
    offenceNumber: parseWhole(values.offenceNumber, 1, 9) ?? 1,
    lookbackMonths: parseWhole(values.lookbackMonths, 1, 240) ?? 1,
    legalBasisCode: values.legalBasisCode,
    durationMonths: parseWhole(values.durationMonths, 1, 120) ?? null,
    explanationNl: values.explanationNl.trim(),
    explanationEn: values.explanationEn.trim(),
    active: values.active,
    sortOrder: parseWhole(values.sortOrder, 0, 10000) ?? 0,
  };
}

export interface MatrixGroup {
  premisesType: PremisesType;
  drugClass: DrugClass;
  rows: MatrixRowView[];
}

/**
 * The matrix grouped by premises type and drug class (in the vocabulary's order), each group's rows by
 * quantity band and offence number. Rows with codes outside the vocabulary come last, in their own groups.
 */
export function groupMatrix(rows: readonly MatrixRowView[]): MatrixGroup[] {
  const groups = new Map<string, MatrixGroup>();
  const rank = (list: readonly string[], value: string) => {
    const index = list.indexOf(value);
    return index === -1 ? list.length : index;
  };
  const sorted = [...rows].sort(
    (a, b) =>
      rank(PREMISES_TYPES, a.premisesType) - rank(PREMISES_TYPES, b.premisesType) ||
      rank(DRUG_CLASSES, a.drugClass) - rank(DRUG_CLASSES, b.drugClass) ||
      rank(QUANTITY_BANDS, a.quantityBand) - rank(QUANTITY_BANDS, b.quantityBand) ||
      a.offenceNumber - b.offenceNumber,
  );
  for (const row of sorted) {
    const key = `${row.premisesType}|${row.drugClass}`;
    const group = groups.get(key) ?? { premisesType: row.premisesType, drugClass: row.drugClass, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}
