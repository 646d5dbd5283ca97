import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUEUE_FILTERS,
  firstPageFilters,
  nextPageFilters,
  queueApiQuery,
  queueFiltersFromParams,
  queueFiltersToParams,
  queueSearch,
  QUEUE_PAGE_SIZE,
} from './queueQuery';

describe('queue filters in the URL', () => {
  it('reads an empty URL as the open signals of everyone, first page', () => {
    expect(queueFiltersFromParams(new URLSearchParams(''))).toEqual(DEFAULT_QUEUE_FILTERS);
  });

  it('reads every filter', () => {
    const filters = queueFiltersFromParams(new URLSearchParams('status=in_progress&category=drug_lab&wijk=WK034403&assigned=me&overdue=true&after=abc%3D%3D'));
    expect(filters).toEqual({ status: 'in_progress', category: 'drug_lab', wijk: 'WK034403', assigned: 'me', overdue: true, after: 'abc==' });
  });

  it('falls back to the defaults for unknown values', () => {
    const filters = queueFiltersFromParams(new URLSearchParams('status=gone&assigned=everyone&overdue=yes'));
    expect(filters.status).toBe('open');
    expect(filters.assigned).toBe('any');
    expect(filters.overdue).toBe(false);
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(queueFiltersToParams(DEFAULT_QUEUE_FILTERS)).toEqual({});
    const filters = { ...DEFAULT_QUEUE_FILTERS, status: 'all' as const, wijk: ' WK034401 ', assigned: 'unassigned' as const, overdue: true };
    const params = queueFiltersToParams(filters);
    expect(params).toEqual({ status: 'all', wijk: 'WK034401', assigned: 'unassigned', overdue: 'true' });
    expect(queueFiltersFromParams(new URLSearchParams(params))).toEqual({ ...filters, wijk: 'WK034401' });
  });

  it('builds a search string for links, empty for the defaults', () => {
    expect(queueSearch(DEFAULT_QUEUE_FILTERS)).toBe('');
    expect(queueSearch({ ...DEFAULT_QUEUE_FILTERS, category: 'dealing', after: 'c/1+2' })).toBe('?category=dealing&after=c%2F1%2B2');
  });
});

describe('paging', () => {
  it('keeps the filters on the next page and drops the cursor for new filters', () => {
    const filters = { ...DEFAULT_QUEUE_FILTERS, assigned: 'me' as const };
    const next = nextPageFilters(filters, 'cursor-2');
    expect(next).toEqual({ ...filters, after: 'cursor-2' });
    expect(firstPageFilters(next)).toEqual(filters);
  });
});

describe('the API query', () => {
  it('always sends status, assigned and the page size; other filters only when set', () => {
    expect(queueApiQuery(DEFAULT_QUEUE_FILTERS)).toEqual({
      status: 'open',
      category: undefined,
      wijk: undefined,
      assigned: 'any',
      overdue: undefined,
      after: undefined,
      limit: QUEUE_PAGE_SIZE,
    });
    expect(queueApiQuery({ status: 'closed', category: 'other', wijk: 'WK034410', assigned: 'unassigned', overdue: true, after: 'x' })).toEqual({
      status: 'closed',
      category: 'other',
      wijk: 'WK034410',
      assigned: 'unassigned',
      overdue: 'true',
      after: 'x',
      limit: 50,
    });
  });
});
