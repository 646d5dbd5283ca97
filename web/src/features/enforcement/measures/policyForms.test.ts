import { describe, expect, it } from 'vitest';
import type { LegalBasisView, MatrixRowView } from './api';
import {
  EMPTY_MATRIX_ROW,
  groupMatrix,
  legalBasisValues,
  matrixRowValues,
  parseWhole,
  toLegalBasisUpdate,
  toMatrixRowInput,
  validateLegalBasis,
  validateMatrixRow,
} from './policyForms';

const t = (key: string) => key.replace(/^measures\.\w+\.errors\./, '');

const basis: LegalBasisView = {
  code: 'opiumwet_13b_woning',
  measureKind: 'closure',
  name: { nl: 'Sluiting woning (Opiumwet 13b)', en: 'Closure of a home' },
  article: 'Opiumwet art. 13b lid 1',
  authority: 'burgemeester',
  premisesTypes: ['woning', 'erf'],
  isClosure: true,
  requiresOpinion: true,
  opinionDays: 14,
  graceDays: null,
  maxDurationMonths: 12,
  explanation: { nl: 'Toelichting', en: 'Explanation' },
  active: true,
  sortOrder: 10,
  updatedBy: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const row = (overrides: Partial<MatrixRowView>): MatrixRowView => ({
  id: '00000000-0000-4000-8000-000000000001',
  premisesType: 'woning',
  drugClass: 'list_i',
  quantityBand: 'trade',
  offenceNumber: 1,
  lookbackMonths: 36,
  legalBasisCode: 'opiumwet_13b_woning',
  legalBasisName: 'Sluiting woning',
  measureKind: 'closure',
  durationMonths: 3,
  explanation: { nl: '', en: '' },
  active: true,
  sortOrder: 0,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

describe('parseWhole', () => {
  it('reads whole numbers in range, empty as null', () => {
    expect(parseWhole('', 0, 5)).toBeNull();
    expect(parseWhole(' 3 ', 0, 5)).toBe(3);
    expect(parseWhole('6', 0, 5)).toBeUndefined();
    expect(parseWhole('-1', 0, 5)).toBeUndefined();
    expect(parseWhole('1e2', 0, 500)).toBeUndefined();
  });
});

describe('the legal basis form', () => {
  it('round-trips a legal basis unchanged', () => {
    const values = legalBasisValues(basis);
    expect(validateLegalBasis(t, values)).toEqual({});
    expect(toLegalBasisUpdate(values)).toEqual({
      nameNl: basis.name.nl,
      nameEn: basis.name.en,
      article: basis.article,
      authority: 'burgemeester',
      premisesTypes: ['woning', 'erf'],
      requiresOpinion: true,
      opinionDays: 14,
      graceDays: null,
      maxDurationMonths: 12,
      explanationNl: 'Toelichting',
      explanationEn: 'Explanation',
      active: true,
      sortOrder: 10,
    });
  });

  it('explains empty names, days out of range and durations that are not months', () => {
    const values = { ...legalBasisValues(basis), nameNl: ' ', article: '', opinionDays: '', graceDays: '400', maxDurationMonths: '0', sortOrder: 'x' };
    expect(validateLegalBasis(t, values)).toEqual({
      nameNl: 'required',
      article: 'required',
      opinionDays: 'days',
      graceDays: 'days',
      maxDurationMonths: 'months',
      sortOrder: 'sortOrder',
    });
  });

  it('keeps the premises types in the vocabulary’s order', () => {
    expect(toLegalBasisUpdate({ ...legalBasisValues(basis), premisesTypes: ['erf', 'woning', 'lokaal'] }).premisesTypes).toEqual(['woning', 'lokaal', 'erf']);
  });
});

describe('the matrix row form', () => {
  it('wants the three keys, a legal basis and numbers in range', () => {
    expect(validateMatrixRow(t, EMPTY_MATRIX_ROW)).toEqual({
      premisesType: 'required',
      drugClass: 'required',
      quantityBand: 'required',
      legalBasisCode: 'required',
    });
    const values = { ...matrixRowValues(row({})), offenceNumber: '10', lookbackMonths: '', durationMonths: '121' };
    expect(validateMatrixRow(t, values)).toEqual({ offenceNumber: 'offenceNumber', lookbackMonths: 'lookbackMonths', durationMonths: 'durationMonths' });
  });

  it('round-trips a row, an empty duration meaning none', () => {
    const values = matrixRowValues(row({ durationMonths: null }));
    expect(values.durationMonths).toBe('');
    expect(toMatrixRowInput(values)).toEqual({
      premisesType: 'woning',
      drugClass: 'list_i',
      quantityBand: 'trade',
      offenceNumber: 1,
      lookbackMonths: 36,
      legalBasisCode: 'opiumwet_13b_woning',
      durationMonths: null,
      explanationNl: '',
      explanationEn: '',
      active: true,
      sortOrder: 0,
    });
  });
});

describe('groupMatrix', () => {
  it('groups by premises type and drug class in the vocabulary’s order, rows by quantity and offence', () => {
    const rows = [
      row({ id: 'a', premisesType: 'lokaal', drugClass: 'list_ii', offenceNumber: 1 }),
      row({ id: 'b', premisesType: 'woning', drugClass: 'list_ii', quantityBand: 'trade', offenceNumber: 2 }),
      row({ id: 'c', premisesType: 'woning', drugClass: 'list_i', offenceNumber: 2 }),
      row({ id: 'd', premisesType: 'woning', drugClass: 'list_ii', quantityBand: 'personal_use', offenceNumber: 1 }),
      row({ id: 'e', premisesType: 'woning', drugClass: 'list_i', offenceNumber: 1 }),
    ];
    const groups = groupMatrix(rows);
    expect(groups.map((group) => `${group.premisesType}/${group.drugClass}`)).toEqual(['woning/list_i', 'woning/list_ii', 'lokaal/list_ii']);
    expect(groups.map((group) => group.rows.map((r) => r.id))).toEqual([['e', 'c'], ['d', 'b'], ['a']]);
  });
});
