import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../../../app/guards';
import { paths } from '../../../app/paths';
import { PERMISSIONS } from '../../../domain/vocabulary';
import { ConferencePage } from './pages/ConferencePage';
import { ConferencesPage } from './pages/ConferencesPage';
import { NewConferencePage } from './pages/NewConferencePage';

/** Routes of case conferences: reading needs records:read (team members), planning records:write. */
export const conferenceRoutes: RouteObject[] = [
  {
    path: paths.caseConferences,
    element: (
      <RequirePermission permission={PERMISSIONS.readRecords}>
        <ConferencesPage />
      </RequirePermission>
    ),
  },
  {
    path: paths.caseConferenceNew,
    element: (
      <RequirePermission permission={PERMISSIONS.writeRecords}>
        <NewConferencePage />
      </RequirePermission>
    ),
  },
  {
    path: '/careers/case-conferences/:conferenceId',
    element: (
      <RequirePermission permission={PERMISSIONS.readRecords}>
        <ConferencePage />
      </RequirePermission>
    ),
  },
];
