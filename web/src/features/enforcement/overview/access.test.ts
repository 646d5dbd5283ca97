import { describe, expect, it } from 'vitest';
import { overviewAccess } from './access';

describe('overviewAccess', () => {
  it('gives case lists to records:read, figures also to aggregates:read, and the policy link to enforcement:manage', () => {
    expect(overviewAccess(['records:read', 'aggregates:read', 'records:read_all'])).toEqual({ cases: true, figures: true, policy: false });
    expect(overviewAccess(['records:read', 'enforcement:manage'])).toEqual({ cases: true, figures: true, policy: true });
    expect(overviewAccess(['aggregates:read', 'tasks:use'])).toEqual({ cases: false, figures: true, policy: false });
    expect(overviewAccess(['users:manage', 'enforcement:manage'])).toEqual({ cases: false, figures: false, policy: true });
  });
});
