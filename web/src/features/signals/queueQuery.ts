import type { QueryValue } from '../../api/client';
import { isOneOf, QUEUE_ASSIGNED_FILTERS, QUEUE_STATUS_FILTERS, type QueueAssignedFilter, type QueueStatusFilter } from './vocabulary';

/**
 * The queue's filters as they live in the URL (GET-style, shareable) and as the API wants them.
 * Defaults stay out of the URL: `/signals` is the open signals of everyone.
 */
export interface QueueFilters {
  status: QueueStatusFilter;
  /** Category code, or '' for all. */
  category: string;
  /** Wijk code, or '' for all. */
  wijk: string;
  assigned: QueueAssignedFilter;
  overdue: boolean;
  /** Opaque cursor of the page to show, or '' for the first page. */
  after: string;
}

export const DEFAULT_QUEUE_FILTERS: QueueFilters = { status: 'open', category: '', wijk: '', assigned: 'any', overdue: false, after: '' };

export const QUEUE_PAGE_SIZE = 50;

/** The filters in the URL's search params; unknown values fall back to the defaults. */
export function queueFiltersFromParams(params: URLSearchParams): QueueFilters {
  const status = params.get('status');
  const assigned = params.get('assigned');
  return {
    status: isOneOf(QUEUE_STATUS_FILTERS, status) ? status : DEFAULT_QUEUE_FILTERS.status,
    category: (params.get('category') ?? '').trim(),
    wijk: (params.get('wijk') ?? '').trim(),
    assigned: isOneOf(QUEUE_ASSIGNED_FILTERS, assigned) ? assigned : DEFAULT_QUEUE_FILTERS.assigned,
    overdue: params.get('overdue') === 'true',
    after: params.get('after') ?? '',
  };
}

/** The filters as search params, leaving out the defaults so URLs stay short. */
export function queueFiltersToParams(filters: QueueFilters): Record<string, string> {
  const result: Record<string, string> = {};
  if (filters.status !== DEFAULT_QUEUE_FILTERS.status) {
    result.status = filters.status;
  }
  if (filters.category.trim()) {
    result.category = filters.category.trim();
  }
  if (filters.wijk.trim()) {
    result.wijk = filters.wijk.trim();
  }
  if (filters.assigned !== DEFAULT_QUEUE_FILTERS.assigned) {
    result.assigned = filters.assigned;
  }
  if (filters.overdue) {
    result.overdue = 'true';
  }
  if (filters.after) {
    result.after = filters.after;
  }
  return result;
}

/** The query string of GET /signals/queue for these filters. */
export function queueApiQuery(filters: QueueFilters): Record<string, QueryValue> {
  return {
    status: filters.status,
    category: filters.category.trim() || undefined,
    wijk: filters.wijk.trim() || undefined,
    assigned: filters.assigned,
    overdue: filters.overdue ? 'true' : undefined,
    after: filters.after || undefined,
    limit: QUEUE_PAGE_SIZE,
  };
}

/** A URL search string (`?…`) for these filters, e.g. for a link. */
export function queueSearch(filters: QueueFilters): string {
  const search = new URLSearchParams(queueFiltersToParams(filters)).toString();
  return search ? `?${search}` : '';
}

/** The same filters on the page after `cursor`. */
export function nextPageFilters(filters: QueueFilters, cursor: string): QueueFilters {
  return { ...filters, after: cursor };
}

/** New filters from the filter form always start at the first page. */
export function firstPageFilters(filters: QueueFilters): QueueFilters {
  return { ...filters, after: '' };
}
