import { describe, expect, it } from 'vitest';
import { addDays, countOf, daysBetween, SMALL_NUMBER } from './overview.service.js';

describe('countOf', () => {
  it('suppresses 1 to 4 for aggregates only, and gives 0 and 5 or more as they are', () => {
    expect(SMALL_NUMBER).toBe(5);
    expect(countOf(0, true)).toEqual({ value: 0, suppressed: false });
    for (const n of [1, 2, 3, 4]) expect(countOf(n, true)).toEqual({ value: null, suppressed: true });
    expect(countOf(5, true)).toEqual({ value: 5, suppressed: false });
    expect(countOf(1234, true)).toEqual({ value: 1234, suppressed: false });
    for (const n of [0, 1, 4, 5]) expect(countOf(n, false)).toEqual({ value: n, suppressed: false });
  });
});

describe('daysBetween and addDays', () => {
  it('count calendar days across months, years and the change to summer time', () => {
    expect(daysBetween('2026-12-02', '2026-12-16')).toBe(14);
    expect(daysBetween('2026-12-02', '2026-11-29')).toBe(-3);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });
});
