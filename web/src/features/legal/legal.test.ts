import { describe, expect, it } from 'vitest';
import { withEqualDay, type EqualDay } from './api';
import { formatDayWithWeekday } from './format';

const day = (date: string, name = 'Vrijdag na Hemelvaartsdag'): EqualDay => ({ date, name, source: 'KB', updatedAt: '2026-01-01T00:00:00.000Z' });

describe('withEqualDay', () => {
  it('adds a day in date order', () => {
    expect(withEqualDay([day('2025-05-30'), day('2027-05-07')], day('2026-05-15')).map((d) => d.date)).toEqual(['2025-05-30', '2026-05-15', '2027-05-07']);
  });

  it('replaces a day with the same date', () => {
    const result = withEqualDay([day('2025-05-30'), day('2026-05-15')], day('2025-05-30', 'Brugdag'));
    expect(result.map((d) => [d.date, d.name])).toEqual([
      ['2025-05-30', 'Brugdag'],
      ['2026-05-15', 'Vrijdag na Hemelvaartsdag'],
    ]);
  });
});

describe('formatDayWithWeekday', () => {
  it('writes the date out with its weekday', () => {
    expect(formatDayWithWeekday('2028-05-26', 'nl')).toBe('vrijdag 26 mei 2028');
    expect(formatDayWithWeekday('2028-05-26', 'en')).toMatch(/^Friday,? 26 May 2028$/);
  });

  it('leaves anything else as it is', () => {
    expect(formatDayWithWeekday('26-05-2028', 'nl')).toBe('26-05-2028');
  });
});
