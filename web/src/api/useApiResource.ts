import { useCallback, useEffect, useState, type DependencyList } from 'react';

interface ResourceState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
}

export interface ApiResource<T> extends ResourceState<T> {
  /** Load again, e.g. after a filter is submitted or an action changed the data. */
  reload: () => void;
  /** Replace the loaded data locally, e.g. with an updated row returned by an action. */
  setData: (update: (current: T | undefined) => T | undefined) => void;
}

/**
 * Load data from the API when the component mounts and whenever `deps` change.
 * Earlier requests are aborted, so a slow old answer never overwrites a newer one.
 */
export function useApiResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): ApiResource<T> {
  const [state, setState] = useState<ResourceState<T>>({ data: undefined, error: null, loading: true });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((current) => ({ ...current, error: null, loading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) {
          setState({ data, error: null, loading: false });
        }
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState((current) => ({ data: current.data, error, loading: false }));
        }
      },
    );
    return () => controller.abort();
    // `load` is recreated on every render; `deps` says when it really changes.
  }, [...deps, version]);

  const reload = useCallback(() => setVersion((current) => current + 1), []);
  const setData = useCallback((update: (current: T | undefined) => T | undefined) => setState((current) => ({ ...current, data: update(current.data) })), []);
  return { ...state, reload, setData };
}
