import { describe, expect, it } from 'vitest';
import { deadlineApiQuery, deadlineFiltersFromParams, deadlineFiltersToParams } from './deadlineFilters';

describe('deadline filters', () => {
  it('read known values from the URL and fall back to 14 days and all kinds', () => {
    expect(deadlineFiltersFromParams(new URLSearchParams('days=30&kind=objection'))).toEqual({ days: 30, kind: 'objection' });
    expect(deadlineFiltersFromParams(new URLSearchParams('days=13&kind=nonsense'))).toEqual({ days: 14, kind: '' });
    expect(deadlineFiltersFromParams(new URLSearchParams(''))).toEqual({ days: 14, kind: '' });
  });

  it('leave defaults out of the URL and the API query', () => {
    expect(deadlineFiltersToParams({ days: 14, kind: '' }).toString()).toBe('');
    expect(deadlineFiltersToParams({ days: 7, kind: 'opinion' }).toString()).toBe('days=7&kind=opinion');
    expect(deadlineApiQuery({ days: 14, kind: '' })).toEqual({ days: 14 });
    expect(deadlineApiQuery({ days: 60, kind: 'grace' })).toEqual({ days: 60, kind: 'grace' });
  });
});
