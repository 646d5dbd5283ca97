import type { HistoryEntry } from './api';

/** Both tracks' history in one list, newest first (by time, then by the order it was written). */
export function historyNewestFirst(history: readonly HistoryEntry[]): HistoryEntry[] {
  return [...history].sort((a, b) => (a.changedAt === b.changedAt ? b.id - a.id : a.changedAt < b.changedAt ? 1 : -1));
}
