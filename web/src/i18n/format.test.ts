import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, isCalendarDate } from './format';

describe('date formatting in Europe/Amsterdam', () => {
  it('keeps a calendar date on its own day', () => {
    expect(formatDate('2026-03-29', 'nl')).toBe('29 maart 2026');
    expect(formatDate('2026-10-25', 'en')).toBe('25 October 2026');
  });

  it('shows instants in Amsterdam time, summer and winter', () => {
    expect(formatDateTime('2026-07-01T22:30:00Z', 'nl')).toMatch(/2 jul 2026.*00:30/);
    expect(formatDateTime('2026-01-15T12:00:00Z', 'en')).toMatch(/15 Jan 2026.*13:00/);
  });

  it('passes unparseable values through unchanged', () => {
    expect(formatDate('soon', 'nl')).toBe('soon');
    expect(formatDateTime('not a date', 'nl')).toBe('not a date');
  });

  it('recognises calendar dates', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-2-28')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
  });
});
