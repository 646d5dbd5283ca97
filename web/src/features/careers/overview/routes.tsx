import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../../../app/guards';
import { paths } from '../../../app/paths';
import { PERMISSIONS } from '../../../domain/vocabulary';
import { CareersOverviewPage } from './pages/CareersOverviewPage';
import './overview.css';

/** Routes of the youth approach figures: aggregates:read only. */
export const careersOverviewRoutes: RouteObject[] = [
  {
    path: paths.careersOverview,
    element: (
      <RequirePermission permission={PERMISSIONS.readAggregates}>
        <CareersOverviewPage />
      </RequirePermission>
    ),
  },
];
