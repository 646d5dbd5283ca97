import { api } from '../../api/client';

/*
 * Wire types of /api/v1/legal (server/src/modules/legal/index.ts): the days declared equal to
 * algemeen erkende feestdagen by Royal Decree (Algemene termijnenwet art. 3 lid 3).
 */

export interface EqualDay {
  /** YYYY-MM-DD */
  date: string;
  name: string;
  /** The Royal Decree (Besluit) that declared the day, with where it was published. */
  source: string;
  updatedAt: string;
}

export interface EqualDayInput {
  name: string;
  source: string;
}

const BASE = '/legal/equal-days';

export async function fetchEqualDays(signal?: AbortSignal): Promise<EqualDay[]> {
  return (await api.get<{ items: EqualDay[] }>(BASE, { signal })).items;
}

/** Records the day, or changes its name and source when it exists. */
export function saveEqualDay(date: string, input: EqualDayInput): Promise<EqualDay> {
  return api.put<EqualDay>(`${BASE}/${encodeURIComponent(date)}`, input);
}

export function deleteEqualDay(date: string): Promise<void> {
  return api.delete<void>(`${BASE}/${encodeURIComponent(date)}`);
}

/** The days in date order, with one day replaced or added. */
export function withEqualDay(days: readonly EqualDay[], saved: EqualDay): EqualDay[] {
  return [...days.filter((day) => day.date !== saved.date), saved].sort((a, b) => a.date.localeCompare(b.date));
}
