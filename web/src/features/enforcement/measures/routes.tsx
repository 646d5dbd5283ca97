import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../../../app/guards';
import { paths } from '../../../app/paths';
import { PERMISSIONS } from '../../../domain/vocabulary';
import { EscalationMatrixPage } from './pages/EscalationMatrixPage';
import { LegalBasesPage } from './pages/LegalBasesPage';
import { MeasurePage } from './pages/MeasurePage';
import { MeasuresPage } from './pages/MeasuresPage';
import { NewMeasurePage } from './pages/NewMeasurePage';

/** Measures (case work: records:read / records:write) and their policy pages (enforcement:manage). */
export const measureRoutes: RouteObject[] = [
  {
    path: paths.measures,
    element: (
      <RequirePermission permission={PERMISSIONS.readRecords}>
        <MeasuresPage />
      </RequirePermission>
    ),
  },
  {
    path: paths.measureNew,
    element: (
      <RequirePermission permission={PERMISSIONS.writeRecords}>
        <NewMeasurePage />
      </RequirePermission>
    ),
  },
  {
    path: '/enforcement/measures/:measureId',
    element: (
      <RequirePermission permission={PERMISSIONS.readRecords}>
        <MeasurePage />
      </RequirePermission>
    ),
  },
  {
    path: paths.legalBases,
    element: (
      <RequirePermission permission={PERMISSIONS.manageEnforcement}>
        <LegalBasesPage />
      </RequirePermission>
    ),
  },
  {
    path: paths.escalationMatrix,
    element: (
      <RequirePermission permission={PERMISSIONS.manageEnforcement}>
        <EscalationMatrixPage />
      </RequirePermission>
    ),
  },
];
