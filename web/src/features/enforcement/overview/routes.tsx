import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../../../app/guards';
import { ForbiddenPage } from '../../../app/pages/ForbiddenPage';
import { paths } from '../../../app/paths';
import { useSession } from '../../../app/session';
import { PERMISSIONS } from '../../../domain/vocabulary';
import { overviewAccess } from './access';
import { EnforcementPage } from './pages/EnforcementPage';
import { EnforcementPolicyPage } from './pages/EnforcementPolicyPage';

/** The landing page is open to case workers (records:read) and to those who see figures only (aggregates:read). */
function RequireOverviewAccess({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const access = overviewAccess(session?.permissions ?? []);
  return access.cases || access.figures ? children : <ForbiddenPage />;
}

/** The section's landing page (/enforcement) and the policy landing page (/enforcement/policy). */
export const overviewRoutes: RouteObject[] = [
  {
    path: paths.enforcement,
    element: (
      <RequireOverviewAccess>
        <EnforcementPage />
      </RequireOverviewAccess>
    ),
  },
  {
    path: paths.enforcementPolicy,
    element: (
      <RequirePermission permission={PERMISSIONS.manageEnforcement}>
        <EnforcementPolicyPage />
      </RequirePermission>
    ),
  },
];
