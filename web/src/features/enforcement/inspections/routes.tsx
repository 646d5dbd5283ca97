import type { RouteObject } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { RequirePermission } from '../../../app/guards';
import { PERMISSIONS } from '../../../domain/vocabulary';
import { ChecklistsPage } from './pages/ChecklistsPage';
import { InspectionPage } from './pages/InspectionPage';
import { InspectionsPage } from './pages/InspectionsPage';
import { NewInspectionPage } from './pages/NewInspectionPage';

/** Inspections (integrale controles) and the checklist editor. */
export const inspectionRoutes: RouteObject[] = [
  {
    path: paths.inspections,
    element: (
      <RequirePermission permission={PERMISSIONS.readRecords}>
        <InspectionsPage />
      </RequirePermission>
    ),
  },
  {
    path: paths.inspectionNew,
    element: (
      <RequirePermission permission={PERMISSIONS.writeRecords}>
        <NewInspectionPage />
      </RequirePermission>
    ),
  },
  {
    path: '/enforcement/inspections/:id',
    element: (
      <RequirePermission permission={PERMISSIONS.readRecords}>
        <InspectionPage />
      </RequirePermission>
    ),
  },
  {
    path: paths.checklists,
    element: (
      <RequirePermission permission={PERMISSIONS.manageEnforcement}>
        <ChecklistsPage />
      </RequirePermission>
    ),
  },
];
