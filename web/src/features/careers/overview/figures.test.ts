import { describe, expect, it } from 'vitest';
import { anySuppressed, countText, percentText, periodFromParams } from './figures';

describe('countText', () => {
  it('shows suppressed counts as "< 5" and others as numbers, 0 included', () => {
    expect(countText({ value: null, suppressed: true }, 5, 'nl-NL')).toBe('< 5');
    expect(countText({ value: 0, suppressed: false }, 5, 'nl-NL')).toBe('0');
    expect(countText({ value: 5, suppressed: false }, 5, 'nl-NL')).toBe('5');
    expect(countText({ value: 12345, suppressed: false }, 5, 'nl-NL')).toBe('12.345');
    expect(countText({ value: 12345, suppressed: false }, 5, 'en-GB')).toBe('12,345');
  });
});

describe('percentText', () => {
  it('rounds to whole percentages and gives null without a rate', () => {
    expect(percentText(0.545, 'en-GB')).toBe('55%');
    expect(percentText(1, 'en-GB')).toBe('100%');
    expect(percentText(0, 'en-GB')).toBe('0%');
    expect(percentText(null, 'en-GB')).toBeNull();
  });
});

describe('anySuppressed', () => {
  it('finds a suppressed count', () => {
    expect(anySuppressed([{ value: 1, suppressed: false }])).toBe(false);
    expect(
      anySuppressed([
        { value: 7, suppressed: false },
        { value: null, suppressed: true },
      ]),
    ).toBe(true);
    expect(anySuppressed([])).toBe(false);
  });
});

describe('periodFromParams', () => {
  it('keeps well-formed dates in order and drops the rest', () => {
    expect(periodFromParams(new URLSearchParams('from=2026-01-01&to=2026-06-30'))).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(periodFromParams(new URLSearchParams('from=2026-07-01&to=2026-06-30'))).toEqual({ from: '2026-07-01', to: '' });
    expect(periodFromParams(new URLSearchParams('from=1-1-2026'))).toEqual({ from: '', to: '' });
    expect(periodFromParams(new URLSearchParams(''))).toEqual({ from: '', to: '' });
  });
});
