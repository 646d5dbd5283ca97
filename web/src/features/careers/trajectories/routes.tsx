import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../../../app/guards';
import { paths } from '../../../app/paths';
import { PERMISSIONS } from '../../../domain/vocabulary';
import { CaseloadPage } from './pages/CaseloadPage';
import { NewReferralPage } from './pages/NewReferralPage';
import { TrajectoryPage } from './pages/TrajectoryPage';

/** Routes of referrals, caseload and trajectories. */
export const trajectoryRoutes: RouteObject[] = [
  {
    path: paths.careers,
    element: (
      <RequirePermission permission={PERMISSIONS.readRecords}>
        <CaseloadPage />
      </RequirePermission>
    ),
  },
  {
    path: paths.referralNew,
    element: (
      <RequirePermission permission={PERMISSIONS.referCareers}>
        <NewReferralPage />
      </RequirePermission>
    ),
  },
  {
    path: '/careers/trajectories/:id',
    element: (
      <RequirePermission permission={PERMISSIONS.readRecords}>
        <TrajectoryPage />
      </RequirePermission>
    ),
  },
];
