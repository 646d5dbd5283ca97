import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../../../app/guards';
import { ForbiddenPage } from '../../../app/pages/ForbiddenPage';
import { paths } from '../../../app/paths';
import { useSession } from '../../../app/session';
import { PERMISSIONS } from '../../../domain/vocabulary';
import { canSeePrevention } from './access';
import { NewPreventionPage, PreventionActivityPage } from './pages/PreventionFormPage';
import { PreventionListPage } from './pages/PreventionListPage';
import './prevention.css';

/** The list and the activities are open to prevention:write and aggregates:read; recording needs prevention:write. */
function RequirePreventionAccess({ children }: { children: ReactNode }) {
  const { session } = useSession();
  return canSeePrevention(session?.permissions ?? []) ? children : <ForbiddenPage />;
}

/** Routes of prevention activities. */
export const preventionRoutes: RouteObject[] = [
  {
    path: paths.prevention,
    element: (
      <RequirePreventionAccess>
        <PreventionListPage />
      </RequirePreventionAccess>
    ),
  },
  {
    path: paths.preventionNew,
    element: (
      <RequirePermission permission={PERMISSIONS.writePrevention}>
        <NewPreventionPage />
      </RequirePermission>
    ),
  },
  {
    path: '/careers/prevention/:id',
    element: (
      <RequirePreventionAccess>
        <PreventionActivityPage />
      </RequirePreventionAccess>
    ),
  },
];
