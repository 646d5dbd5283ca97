import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { BIBOB_STATUSES, countText, measureKindLabel, orderedCodes, PROCEDURE_STATUSES, sortBy } from './labels';

const t = ((key: string) => `[${key}]`) as unknown as TFunction;

describe('overview labels', () => {
  it('show a suppressed count as "< 5" and others as the number', () => {
    expect(countText(t, { value: null, suppressed: true })).toBe('[enforcement.summary.small]');
    expect(countText(t, { value: 0, suppressed: false })).toBe('0');
    expect(countText(t, { value: 12, suppressed: false })).toBe('12');
  });

  it('label known codes and show unknown ones as they are', () => {
    expect(measureKindLabel(t, 'closure')).toBe('[enforcement.kinds.closure]');
    expect(measureKindLabel(t, 'something_new')).toBe('something_new');
  });

  it('order codes and rows by the vocabulary, unknown ones last', () => {
    expect(orderedCodes(PROCEDURE_STATUSES, ['closed', 'intake', 'zzz', 'execution', 'intake'])).toEqual(['intake', 'execution', 'closed', 'zzz']);
    const rows = [{ status: 'closed' }, { status: 'questionnaire' }, { status: 'lbb_requested' }];
    expect(sortBy(rows, BIBOB_STATUSES, (r) => r.status).map((r) => r.status)).toEqual(['questionnaire', 'lbb_requested', 'closed']);
  });
});
