import type { Count } from './api';

/** A count as text: the number in the language's grouping, or "< 5" (the smallest shown number) when suppressed. */
export function countText(count: Count, smallNumber: number, locale: string): string {
  return count.suppressed || count.value === null ? `< ${smallNumber}` : count.value.toLocaleString(locale);
}

/** A rate (0–1) as a whole percentage, or null when there is none (a part or whole was suppressed, or none). */
export function percentText(rate: number | null, locale: string): string | null {
  return rate === null ? null : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** Whether any count in the overview is suppressed, so the page can say so next to the tables. */
export function anySuppressed(counts: Iterable<Count>): boolean {
  for (const c of counts) if (c.suppressed) return true;
  return false;
}

/** Period from the URL: only well-formed dates, `to` dropped when it lies before `from`. */
export function periodFromParams(params: URLSearchParams): { from: string; to: string } {
  const date = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');
  const from = date(params.get('from'));
  const to = date(params.get('to'));
  return { from, to: from && to && to < from ? '' : to };
}
