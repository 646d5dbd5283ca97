/**
 * The header search hands its query to the results page in the router's location state, never in
 * the URL: a BSN or IBAN typed there must not end up in the address bar, the history or a log.
 */
export interface RegistrySearchState {
  q: string;
}

/** The query passed in the location state, or ''. */
export function queryFromState(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'q' in state) {
    const q = state.q;
    return typeof q === 'string' ? q : '';
  }
  return '';
}

/** What the create form passes to the profile it opens. */
export interface CreatedSubjectState {
  created: boolean;
  possibleDuplicates: { id: string; ref: string; label: string; detail: string }[];
}

export function createdFromState(state: unknown): CreatedSubjectState | null {
  if (typeof state !== 'object' || state === null || !('created' in state)) {
    return null;
  }
  const value = state as { created: unknown; possibleDuplicates?: unknown };
  if (typeof value.created !== 'boolean') {
    return null;
  }
  const duplicates = Array.isArray(value.possibleDuplicates) ? (value.possibleDuplicates as CreatedSubjectState['possibleDuplicates']) : [];
  return { created: value.created, possibleDuplicates: duplicates };
}
