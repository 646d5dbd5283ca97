import type { QueryValue } from '../../../api/client';
import { isOneOf, MEASURE_KINDS, PROCEDURE_STATUSES, REMEDY_STATUSES, type MeasureKind, type ProcedureStatus, type RemedyStatus } from './vocabulary';

/**
 * The measures list's filters as they live in the URL (GET-style, shareable) and as the API wants them.
 * Defaults stay out of the URL: `/enforcement/measures` is every measure in progress.
 */
export type StatusFilter = 'open' | 'all' | ProcedureStatus;

export interface MeasureFilters {
  status: StatusFilter;
  remedyStatus: RemedyStatus | '';
  kind: MeasureKind | '';
  wijk: string;
  mine: boolean;
  after: string;
}

export const DEFAULT_MEASURE_FILTERS: MeasureFilters = { status: 'open', remedyStatus: '', kind: '', wijk: '', mine: false, after: '' };

export const MEASURE_PAGE_SIZE = 50;

const STATUS_FILTERS: readonly StatusFilter[] = ['open', 'all', ...PROCEDURE_STATUSES];

export function isStatusFilter(value: unknown): value is StatusFilter {
  return isOneOf(STATUS_FILTERS, value);
}

/** The filters in the URL's search params; unknown values fall back to the defaults. */
export function measureFiltersFromParams(params: URLSearchParams): MeasureFilters {
  const status = params.get('status');
  const remedy = params.get('remedyStatus');
  const kind = params.get('kind');
  return {
    status: isStatusFilter(status) ? status : DEFAULT_MEASURE_FILTERS.status,
    remedyStatus: isOneOf(REMEDY_STATUSES, remedy) ? remedy : '',
    kind: isOneOf(MEASURE_KINDS, kind) ? kind : '',
    wijk: (params.get('wijk') ?? '').trim(),
    mine: params.get('mine') === 'true',
    after: params.get('after') ?? '',
  };
}

/** The filters as search params, leaving out the defaults so URLs stay short. */
export function measureFiltersToParams(filters: MeasureFilters): Record<string, string> {
  const result: Record<string, string> = {};
  if (filters.status !== DEFAULT_MEASURE_FILTERS.status) result.status = filters.status;
  if (filters.remedyStatus) result.remedyStatus = filters.remedyStatus;
  if (filters.kind) result.kind = filters.kind;
  if (filters.wijk.trim()) result.wijk = filters.wijk.trim();
  if (filters.mine) result.mine = 'true';
  if (filters.after) result.after = filters.after;
  return result;
}

/** The query string of GET /enforcement/measures for these filters. */
export function measureApiQuery(filters: MeasureFilters): Record<string, QueryValue> {
  return {
    status: filters.status,
    remedyStatus: filters.remedyStatus || undefined,
    kind: filters.kind || undefined,
    wijk: filters.wijk.trim() || undefined,
    mine: filters.mine ? 'true' : undefined,
    after: filters.after || undefined,
    limit: MEASURE_PAGE_SIZE,
  };
}

/** A URL search string (`?…`) for these filters, e.g. for a link. */
export function measureSearch(filters: MeasureFilters): string {
  const search = new URLSearchParams(measureFiltersToParams(filters)).toString();
  return search ? `?${search}` : '';
}

/** Whether a deadline (YYYY-MM-DD) has passed on `today` (YYYY-MM-DD): the last day itself is still on time. */
export function isOverdue(dueOn: string, today: string): boolean {
  return dueOn < today;
}

/** Today in Amsterdam as YYYY-MM-DD, the day the legal deadlines count in. */
export function amsterdamToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
