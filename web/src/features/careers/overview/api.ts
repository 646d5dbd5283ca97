import { api } from '../../../api/client';

/* Wire types of GET /api/v1/careers/overview, after server/src/modules/careers/overview.schemas.ts. */

/** A count; `suppressed` (value null) for small numbers, shown as "< 5". */
export interface Count {
  value: number | null;
  suppressed: boolean;
}

export interface Share {
  part: Count;
  whole: Count;
  /** part / whole (0–1), only when both are shown. */
  rate: number | null;
}

export interface CareersOverview {
  today: string;
  from: string;
  to: string;
  smallNumber: number;
  active: Count;
  reviewsOverdue: Count;
  caseload: { regisseur: { id: string; name: string }; active: Count; reviewsOverdue: Count }[];
  byPhase: { targetGroups: string[]; rows: { phase: string; cells: Count[]; total: Count }[] };
  goals: Share;
  daytime: Share;
  exits: { rows: { reason: string; count: Count }[]; total: Count };
  byWijk: { wijkCode: string | null; wijkName: string | null; active: Count; preventionActivities: Count; preventionReach: Count }[];
  prevention: { activities: Count; reach: Count; bySetting: { setting: string; activities: Count; reach: Count }[] };
}

export function fetchCareersOverview(period: { from?: string; to?: string }, signal?: AbortSignal): Promise<CareersOverview> {
  return api.get<CareersOverview>('/careers/overview', { query: { from: period.from || undefined, to: period.to || undefined }, signal });
}
