import { useState } from 'react';
import { useApiResource } from '../../api/useApiResource';
import { fetchAuditEvents, type AuditEvent, type AuditFilters } from './api';

/** The first page of events for the filters, plus older pages loaded on request ("before" cursor). */
export function useAuditEvents(filters: AuditFilters) {
  const first = useApiResource(
    (signal) => fetchAuditEvents(filters, null, signal),
    [filters.actor, filters.objectType, filters.objectId, filters.from, filters.to],
  );
  const [older, setOlder] = useState<{ key: unknown; items: AuditEvent[]; nextBefore: number | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  // Older pages belong to one first page; a new first page (new filters) starts over.
  const olderPages = older && older.key === first.data ? older : null;
  const items = first.data ? [...first.data.items, ...(olderPages?.items ?? [])] : undefined;
  const nextBefore = olderPages ? olderPages.nextBefore : (first.data?.nextBefore ?? null);

  const loadMore = async () => {
    if (nextBefore === null || loadingMore) {
      return;
    }
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await fetchAuditEvents(filters, nextBefore);
      setOlder({ key: first.data, items: [...(olderPages?.items ?? []), ...page.items], nextBefore: page.nextBefore });
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  return { items, loading: first.loading, error: first.error, nextBefore, loadMore, loadingMore, moreError };
}
