import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../../../app/guards';
import { paths } from '../../../app/paths';
import { PERMISSIONS } from '../../../domain/vocabulary';
import { BibobListPage } from './pages/BibobListPage';
import { BibobScreeningPage } from './pages/BibobScreeningPage';
import { NewBibobPage } from './pages/NewBibobPage';

/** Bibob screenings of permit applications. */
export const bibobRoutes: RouteObject[] = [
  {
    path: paths.bibob,
    element: (
      <RequirePermission permission={PERMISSIONS.readRecords}>
        <BibobListPage />
      </RequirePermission>
    ),
  },
  {
    path: paths.bibobNew,
    element: (
      <RequirePermission permission={PERMISSIONS.writeRecords}>
        <NewBibobPage />
      </RequirePermission>
    ),
  },
  {
    path: '/enforcement/bibob/:id',
    element: (
      <RequirePermission permission={PERMISSIONS.readRecords}>
        <BibobScreeningPage />
      </RequirePermission>
    ),
  },
];
