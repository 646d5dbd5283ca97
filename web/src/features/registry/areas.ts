import type { AreaView } from './api';

const KIND_ORDER = { gemeente: 0, wijk: 1, buurt: 2 } as const;

/**
 * Areas in reading order: each municipality, then each of its wijken followed by its buurten, by
 * code. Areas whose parent is unknown come last, by kind and code.
 */
export function sortAreas(areas: readonly AreaView[]): AreaView[] {
  const byCode = (a: AreaView, b: AreaView) => a.code.localeCompare(b.code);
  const children = new Map<string, AreaView[]>();
  const codes = new Set(areas.map((area) => area.code));
  const roots: AreaView[] = [];
  for (const area of areas) {
    if (area.parentCode && codes.has(area.parentCode)) {
      const list = children.get(area.parentCode) ?? [];
      list.push(area);
      children.set(area.parentCode, list);
    } else {
      roots.push(area);
    }
  }
  const result: AreaView[] = [];
  const visit = (area: AreaView) => {
    result.push(area);
    for (const child of (children.get(area.code) ?? []).sort(byCode)) {
      visit(child);
    }
  };
  roots.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byCode(a, b)).forEach(visit);
  return result;
}
