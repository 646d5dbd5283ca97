import { describe, expect, it } from 'vitest';
import { collapseIndexedErrors, formatMonths, parseMonths, toggle, validateCode, validateNewCode, validateSettings, validateSortOrder } from './forms';

const t = (key: string) => key;

describe('follow-up months', () => {
  it('parses a list of whole months', () => {
    expect(parseMonths('3, 6 ,12')).toEqual([3, 6, 12]);
    expect(parseMonths('3;6 12')).toEqual([3, 6, 12]);
    expect(parseMonths('3, zes')).toBeUndefined();
    expect(parseMonths('2.5')).toBeUndefined();
    expect(parseMonths('')).toEqual([]);
    expect(formatMonths([3, 6, 12])).toBe('3, 6, 12');
  });

  it('wants them ascending, 1 to 36, at least one; the interval 1 to 12', () => {
    const check = (reviewIntervalMonths: string, followUpMonths: string) =>
      validateSettings(t, { reviewIntervalMonths, followUpMonths, retentionYears: '5', notAcceptedRetentionMonths: '12' });
    expect(check('3', '3, 6, 12')).toEqual({
      reviewIntervalMonths: undefined,
      followUpMonths: undefined,
      retentionYears: undefined,
      notAcceptedRetentionMonths: undefined,
    });
    expect(check('3', '6, 3').followUpMonths).toBe('careerPolicy.errors.monthsAscending');
    expect(check('3', '3, 3').followUpMonths).toBe('careerPolicy.errors.monthsAscending');
    expect(check('3', '').followUpMonths).toBe('careerPolicy.errors.monthsMissing');
    expect(check('3', '0, 40').followUpMonths).toBe('careerPolicy.errors.monthsRange');
    expect(check('3', 'drie').followUpMonths).toBe('careerPolicy.errors.monthsWhole');
    expect(check('13', '3').reviewIntervalMonths).toBe('careerPolicy.errors.interval');
    expect(check('0', '3').reviewIntervalMonths).toBe('careerPolicy.errors.interval');
    expect(check('x', '3').reviewIntervalMonths).toBe('careerPolicy.errors.interval');
  });

  it('wants retention terms of 1 to 20 years and 1 to 60 months', () => {
    const check = (retentionYears: string, notAcceptedRetentionMonths: string) =>
      validateSettings(t, { reviewIntervalMonths: '3', followUpMonths: '3', retentionYears, notAcceptedRetentionMonths });
    expect(check('5', '12').retentionYears).toBeUndefined();
    expect(check('0', '12').retentionYears).toBe('careerPolicy.errors.retentionYears');
    expect(check('21', '12').retentionYears).toBe('careerPolicy.errors.retentionYears');
    expect(check('5', '61').notAcceptedRetentionMonths).toBe('careerPolicy.errors.notAcceptedRetentionMonths');
    expect(check('5', 'twaalf').notAcceptedRetentionMonths).toBe('careerPolicy.errors.notAcceptedRetentionMonths');
  });
});

describe('codes and order', () => {
  it('follows the server pattern', () => {
    expect(validateCode(t, 'school_dropout')).toBeUndefined();
    expect(validateCode(t, 'School')).toBe('careerPolicy.errors.code');
    expect(validateCode(t, 'a')).toBe('careerPolicy.errors.code');
    expect(validateSortOrder(t, '10')).toBeUndefined();
    expect(validateSortOrder(t, '-1')).toBe('careerPolicy.errors.sortOrder');
    expect(validateNewCode(t, 'school_dropout', ['age'])).toBeUndefined();
    expect(validateNewCode(t, 'age', ['age'])).toBe('careerPolicy.errors.codeTaken');
    expect(validateNewCode(t, 'Age', ['age'])).toBe('careerPolicy.errors.code');
  });
});

describe('helpers', () => {
  it('shows errors of list elements on the list field', () => {
    expect(collapseIndexedErrors({ 'followUpMonths.1': 'Oplopend', 'restrictedTo.0': 'Bestaat niet', nameNl: 'Vul in' })).toEqual({
      followUpMonths: 'Oplopend',
      restrictedTo: 'Bestaat niet',
      nameNl: 'Vul in',
    });
  });

  it('toggles a value in a sorted list', () => {
    expect(toggle(['zorg'], 'politie', true)).toEqual(['politie', 'zorg']);
    expect(toggle(['politie', 'zorg'], 'zorg', false)).toEqual(['politie']);
    expect(toggle(['zorg'], 'zorg', true)).toEqual(['zorg']);
  });
});
