import { DEADLINE_KINDS, isOneOf } from './labels';

/** The windows the landing page offers for upcoming deadlines, in days. */
export const DAY_OPTIONS = [7, 14, 30, 60] as const;
export const DEFAULT_DAYS = 14;

export interface DeadlineFilters {
  days: number;
  /** A deadline kind, or '' for all. */
  kind: string;
}

/** Filters from the page's URL; anything unknown falls back to the default. */
export function deadlineFiltersFromParams(params: URLSearchParams): DeadlineFilters {
  const days = Number(params.get('days'));
  const kind = params.get('kind') ?? '';
  return {
    days: (DAY_OPTIONS as readonly number[]).includes(days) ? days : DEFAULT_DAYS,
    kind: isOneOf(DEADLINE_KINDS, kind) ? kind : '',
  };
}

/** The URL parameters of the filters; defaults are left out, so the plain page has a plain URL. */
export function deadlineFiltersToParams(filters: DeadlineFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.days !== DEFAULT_DAYS) params.set('days', String(filters.days));
  if (filters.kind) params.set('kind', filters.kind);
  return params;
}

/** The API query for the filters. */
export function deadlineApiQuery(filters: DeadlineFilters): Record<string, string | number> {
  return filters.kind ? { days: filters.days, kind: filters.kind } : { days: filters.days };
}
