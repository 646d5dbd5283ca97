/** Read a filter object from URL search params; absent keys become ''. */
export function readFilters<K extends string>(params: URLSearchParams, keys: readonly K[]): Record<K, string> {
  const result = {} as Record<K, string>;
  for (const key of keys) {
    result[key] = params.get(key) ?? '';
  }
  return result;
}

/** Filters as search params, leaving out empty values so URLs stay short and shareable. */
export function writeFilters(filters: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value.trim() !== ''));
}
