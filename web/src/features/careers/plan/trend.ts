import type { AssessmentView, DomainInfo, TrendPoint, VisibleScore } from './api';

/** Pure helpers behind the life-domain table and the trend charts (unit tested in trend.test.ts). */

export type LatestRow =
  | { domain: DomainInfo; restricted: false; latest: (VisibleScore & { assessedOn: string }) | null }
  | { domain: DomainInfo; restricted: true; restrictedTo: string[] };

/**
 * Per domain (in the server's order) the most recent score, from assessments listed newest first. A domain this user
 * may not see gets a restricted row; a visible domain never assessed gets `latest: null`.
 */
export function latestPerDomain(domains: readonly DomainInfo[], assessments: readonly AssessmentView[]): LatestRow[] {
  return domains.map((domain): LatestRow => {
    if (!domain.visible) return { domain, restricted: true, restrictedTo: domain.restrictedTo };
    for (const assessment of assessments) {
      const score = assessment.scores.find((s): s is VisibleScore => s.domainCode === domain.code && !s.restricted);
      if (score) return { domain, restricted: false, latest: { ...score, assessedOn: assessment.assessedOn } };
    }
    return { domain, restricted: false, latest: null };
  });
}

/** "de gemeente en zorgpartners": who may see a restricted domain, the municipality always first. */
export function audience(restrictedTo: readonly string[], label: (kind: string) => string, and: string): string {
  const names = ['gemeente', ...restrictedTo.filter((k) => k !== 'gemeente')].map(label);
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]!}`;
}

export interface ChartBox {
  width: number;
  height: number;
  padding: number;
}

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/**
 * Screen coordinates of a 1–5 series: x by date (time-proportional over `range`, or over the points' own dates),
 * y with 5 at the top and 1 at the bottom. One point (or one date) sits in the middle.
 */
export function chartPoints(points: readonly TrendPoint[], box: ChartBox, range?: { from: string; to: string }): { x: number; y: number }[] {
  if (points.length === 0) return [];
  const days = points.map((p) => dayNumber(p.date));
  const from = range ? dayNumber(range.from) : Math.min(...days);
  const to = range ? dayNumber(range.to) : Math.max(...days);
  const innerW = box.width - 2 * box.padding;
  const innerH = box.height - 2 * box.padding;
  return points.map((p, i) => {
    const x = to === from ? box.width / 2 : box.padding + ((days[i]! - from) / (to - from)) * innerW;
    const clamped = Math.min(5, Math.max(1, p.value));
    const y = box.padding + ((5 - clamped) / 4) * innerH;
    return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
}

/** The polyline `points` attribute for coordinates. */
export function polyline(coords: readonly { x: number; y: number }[]): string {
  return coords.map((c) => `${c.x},${c.y}`).join(' ');
}

/** The earliest and latest date over several series, or null when they hold no points. */
export function dateRange(series: readonly (readonly TrendPoint[])[]): { from: string; to: string } | null {
  const dates = series.flatMap((s) => s.map((p) => p.date)).sort();
  return dates.length === 0 ? null : { from: dates[0]!, to: dates[dates.length - 1]! };
}

/**
 * A table of several series: the distinct dates (oldest first) as columns and per series the value on each date
 * (the last one when a series has two on the same date), or null.
 */
export function seriesTable(series: readonly { key: string; points: readonly TrendPoint[] }[]): {
  dates: string[];
  rows: { key: string; values: (number | null)[] }[];
} {
  const dates = [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort();
  return {
    dates,
    rows: series.map((s) => {
      const byDate = new Map(s.points.map((p) => [p.date, p.value]));
      return { key: s.key, values: dates.map((d) => byDate.get(d) ?? null) };
    }),
  };
}
