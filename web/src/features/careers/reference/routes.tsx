import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../../../app/guards';
import { paths } from '../../../app/paths';
import { PERMISSIONS } from '../../../domain/vocabulary';
import { CareerPolicyPage } from './pages/CareerPolicyPage';

/** Routes of the youth approach reference data (beheer, reference:manage). */
export const careerPolicyRoutes: RouteObject[] = [
  {
    path: paths.careerPolicy,
    element: (
      <RequirePermission permission={PERMISSIONS.manageReference}>
        <CareerPolicyPage />
      </RequirePermission>
    ),
  },
];
