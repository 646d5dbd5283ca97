import type { FieldErrors } from '../../components/fieldErrors';
import { isExistingDate } from './format';
import type { PartnerReport } from './api';
import { FIND_KINDS, FIND_UNITS, isOneOf, PERSON_ROLES, type FindKind, type FindUnit, type PersonRole } from './vocabulary';

/**
 * The structured fields of a bestuurlijke rapportage or hennepinformatiebericht, as the form holds
 * them (repeatable rows of text) and as the API wants them. Field names are the server's error paths
 * (`partnerReport.finds.0.quantity`), so server errors land at the right row.
 */

export interface FindRow {
  /** Local id for React keys and focus; not sent. */
  rowId: string;
  kind: FindKind | '';
  description: string;
  quantity: string;
  unit: FindUnit | '';
}

export interface PersonRow {
  rowId: string;
  name: string;
  dateOfBirth: string;
  role: PersonRole | '';
}

export interface PartnerReportValues {
  reference: string;
  searchDate: string;
  finds: FindRow[];
  persons: PersonRow[];
  electricityTheft: boolean;
  dangerousSituation: boolean;
  reportingOfficer: string;
}

export const PARTNER_PREFIX = 'partnerReport';

export function partnerField(name: keyof Omit<PartnerReportValues, 'finds' | 'persons'>): string {
  return `${PARTNER_PREFIX}.${name}`;
}

export function findField(index: number, name: keyof Omit<FindRow, 'rowId'>): string {
  return `${PARTNER_PREFIX}.finds.${index}.${name}`;
}

export function personField(index: number, name: keyof Omit<PersonRow, 'rowId'>): string {
  return `${PARTNER_PREFIX}.persons.${index}.${name}`;
}

let rowCounter = 0;
function nextRowId(prefix: string): string {
  rowCounter += 1;
  return `${prefix}${rowCounter}`;
}

export function emptyFind(): FindRow {
  return { rowId: nextRowId('find'), kind: '', description: '', quantity: '', unit: '' };
}

export function emptyPerson(): PersonRow {
  return { rowId: nextRowId('person'), name: '', dateOfBirth: '', role: '' };
}

export const EMPTY_PARTNER_REPORT: PartnerReportValues = {
  reference: '',
  searchDate: '',
  finds: [],
  persons: [],
  electricityTheft: false,
  dangerousSituation: false,
  reportingOfficer: '',
};

/** "12", "1,5" or "1.5" → a number (no thousands separators); anything else → null. */
export function parseQuantity(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+([.,]\d+)?$/.test(trimmed)) {
    return null;
  }
  return Number(trimmed.replace(',', '.'));
}

/**
 * The body. Rows are sent as they are, in order, so error paths match the rows on screen. The form
 * checks the rows first ({@link validatePartnerReport}); should an unchecked row get through, a kind,
 * unit or role not chosen is sent empty and a quantity that is not a number as -1, which the server refuses.
 */
export function toPartnerReport(values: PartnerReportValues): PartnerReport {
  return {
    reference: values.reference.trim(),
    searchDate: values.searchDate.trim(),
    finds: values.finds.map((row) => ({
      kind: row.kind as FindKind,
      description: row.description.trim(),
      quantity: parseQuantity(row.quantity) ?? -1,
      unit: row.unit as FindUnit,
    })),
    persons: values.persons.map((row) => ({
      name: row.name.trim(),
      dateOfBirth: row.dateOfBirth.trim() || null,
      role: row.role as PersonRole,
    })),
    electricityTheft: values.electricityTheft,
    dangerousSituation: values.dangerousSituation,
    reportingOfficer: values.reportingOfficer.trim(),
  };
}

export interface PartnerReportMessages {
  referenceRequired: string;
  searchDateInvalid: string;
  kindRequired: string;
  quantityInvalid: string;
  unitRequired: string;
  nameRequired: string;
  dateOfBirthInvalid: string;
  roleRequired: string;
}

/** Client-side checks, keyed by the server's error paths. */
export function validatePartnerReport(values: PartnerReportValues, messages: PartnerReportMessages): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.reference.trim()) {
    errors[partnerField('reference')] = messages.referenceRequired;
  }
  if (!isExistingDate(values.searchDate.trim())) {
    errors[partnerField('searchDate')] = messages.searchDateInvalid;
  }
  values.finds.forEach((row, index) => {
    if (!isOneOf(FIND_KINDS, row.kind)) {
      errors[findField(index, 'kind')] = messages.kindRequired;
    }
    if (parseQuantity(row.quantity) === null) {
      errors[findField(index, 'quantity')] = messages.quantityInvalid;
    }
    if (!isOneOf(FIND_UNITS, row.unit)) {
      errors[findField(index, 'unit')] = messages.unitRequired;
    }
  });
  values.persons.forEach((row, index) => {
    if (!row.name.trim()) {
      errors[personField(index, 'name')] = messages.nameRequired;
    }
    if (row.dateOfBirth.trim() && !isExistingDate(row.dateOfBirth.trim())) {
      errors[personField(index, 'dateOfBirth')] = messages.dateOfBirthInvalid;
    }
    if (!isOneOf(PERSON_ROLES, row.role)) {
      errors[personField(index, 'role')] = messages.roleRequired;
    }
  });
  return errors;
}

/** Rows without the one at `index`. */
export function removeRow<T>(rows: readonly T[], index: number): T[] {
  return rows.filter((_, i) => i !== index);
}

/** Replace one field of the row at `index`. */
export function updateRow<T extends object, K extends keyof T>(rows: readonly T[], index: number, name: K, value: T[K]): T[] {
  return rows.map((row, i) => (i === index ? { ...row, [name]: value } : row));
}
