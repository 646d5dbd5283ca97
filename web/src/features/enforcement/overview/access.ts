import { PERMISSIONS } from '../../../domain/vocabulary';

/** What the landing page may show, from the session's permissions. */
export function overviewAccess(permissions: readonly string[]): { cases: boolean; figures: boolean; policy: boolean } {
  const cases = permissions.includes(PERMISSIONS.readRecords);
  return {
    cases,
    // Someone with records:read gets figures over the cases they may see; aggregates:read over all cases.
    figures: cases || permissions.includes(PERMISSIONS.readAggregates),
    policy: permissions.includes(PERMISSIONS.manageEnforcement),
  };
}
