import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../../../app/guards';
import { paths } from '../../../app/paths';
import { PERMISSIONS } from '../../../domain/vocabulary';
import { LetterTemplatePage } from './pages/LetterTemplatePage';
import { LetterTemplatesPage } from './pages/LetterTemplatesPage';

/** Letter templates (enforcement:manage: no case content). The letters themselves live on the case pages (LettersPanel). */
export const letterRoutes: RouteObject[] = [
  {
    path: paths.letterTemplates,
    element: (
      <RequirePermission permission={PERMISSIONS.manageEnforcement}>
        <LetterTemplatesPage />
      </RequirePermission>
    ),
  },
  {
    path: '/enforcement/policy/letter-templates/:templateId',
    element: (
      <RequirePermission permission={PERMISSIONS.manageEnforcement}>
        <LetterTemplatePage />
      </RequirePermission>
    ),
  },
];
