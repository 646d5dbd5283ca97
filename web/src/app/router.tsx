import { createBrowserRouter } from 'react-router-dom';
import { PERMISSIONS } from '../domain/vocabulary';
import { UserDetailPage } from '../features/admin/pages/UserDetailPage';
import { UsersPage } from '../features/admin/pages/UsersPage';
import { AuditTrailPage } from '../features/audit/pages/AuditTrailPage';
import { ProcessingActivitiesPage } from '../features/audit/pages/ProcessingActivitiesPage';
import { ProcessingLogPage } from '../features/audit/pages/ProcessingLogPage';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { PasswordChangePage } from '../features/auth/pages/PasswordChangePage';
import { TotpEnrolmentPage } from '../features/auth/pages/TotpEnrolmentPage';
import { TotpPage } from '../features/auth/pages/TotpPage';
import { AreasPage } from '../features/registry/pages/AreasPage';
import { DuplicatesPage } from '../features/registry/pages/DuplicatesPage';
import { ImportDetailPage } from '../features/registry/pages/ImportDetailPage';
import { EqualDaysPage } from '../features/legal/pages/EqualDaysPage';
import { ImportsPage } from '../features/registry/pages/ImportsPage';
import { NewSubjectPage } from '../features/registry/pages/NewSubjectPage';
import { RegistryPage } from '../features/registry/pages/RegistryPage';
import { SbiCodesPage } from '../features/registry/pages/SbiCodesPage';
import { SubjectProfilePage } from '../features/registry/pages/SubjectProfilePage';
import { NewSignalPage } from '../features/signals/pages/NewSignalPage';
import { SignalCategoriesPage } from '../features/signals/pages/SignalCategoriesPage';
import { NewSignalCategoryPage, SignalCategoryPage } from '../features/signals/pages/SignalCategoryPage';
import { SignalDetailPage } from '../features/signals/pages/SignalDetailPage';
import { SignalsQueuePage } from '../features/signals/pages/SignalsQueuePage';
import { conferenceRoutes } from '../features/careers/conferences/routes';
import { careersOverviewRoutes } from '../features/careers/overview/routes';
import { planRoutes } from '../features/careers/plan/routes';
import { preventionRoutes } from '../features/careers/prevention/routes';
import { careerPolicyRoutes } from '../features/careers/reference/routes';
import { trajectoryRoutes } from '../features/careers/trajectories/routes';
import { bibobRoutes } from '../features/enforcement/bibob/routes';
import { inspectionRoutes } from '../features/enforcement/inspections/routes';
import { letterRoutes } from '../features/enforcement/letters/routes';
import { measureRoutes } from '../features/enforcement/measures/routes';
import { overviewRoutes } from '../features/enforcement/overview/routes';
import { MyWorkPage } from '../features/work/pages/MyWorkPage';
import { RequireAuth, RequirePermission, RequireStage } from './guards';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './pages/NotFoundPage';
import { paths } from './paths';

/** The server serves this app under /app/ with an SPA fallback. */
export const BASENAME = '/app';

export const router = createBrowserRouter(
  [
    {
      element: <AppLayout />,
      children: [
        { path: paths.login, element: <LoginPage /> },
        {
          path: paths.passwordChange,
          element: (
            <RequireStage stage="password_change">
              <PasswordChangePage />
            </RequireStage>
          ),
        },
        {
          path: paths.enrolment,
          element: (
            <RequireStage stage="enrol">
              <TotpEnrolmentPage />
            </RequireStage>
          ),
        },
        {
          path: paths.totp,
          element: (
            <RequireStage stage="totp">
              <TotpPage />
            </RequireStage>
          ),
        },
        {
          element: <RequireAuth />,
          children: [
            { path: paths.myWork, element: <MyWorkPage /> },
            {
              path: paths.users,
              element: (
                <RequirePermission permission={PERMISSIONS.manageUsers}>
                  <UsersPage />
                </RequirePermission>
              ),
            },
            {
              path: '/users/:userId',
              element: (
                <RequirePermission permission={PERMISSIONS.manageUsers}>
                  <UserDetailPage />
                </RequirePermission>
              ),
            },
            {
              path: paths.auditTrail,
              element: (
                <RequirePermission permission={PERMISSIONS.readAudit}>
                  <AuditTrailPage />
                </RequirePermission>
              ),
            },
            {
              path: paths.processingLog,
              element: (
                <RequirePermission permission={PERMISSIONS.readAudit}>
                  <ProcessingLogPage />
                </RequirePermission>
              ),
            },
            {
              path: paths.processingActivities,
              element: (
                <RequirePermission permission={PERMISSIONS.readAudit}>
                  <ProcessingActivitiesPage />
                </RequirePermission>
              ),
            },
            {
              path: paths.registry,
              element: (
                <RequirePermission permission={PERMISSIONS.readRecords}>
                  <RegistryPage />
                </RequirePermission>
              ),
            },
            {
              path: paths.registryNew,
              element: (
                <RequirePermission permission={PERMISSIONS.writeRecords}>
                  <NewSubjectPage />
                </RequirePermission>
              ),
            },
            {
              path: '/registry/subjects/:subjectId',
              element: (
                <RequirePermission permission={PERMISSIONS.readRecords}>
                  <SubjectProfilePage />
                </RequirePermission>
              ),
            },
            {
              path: paths.duplicates,
              element: (
                <RequirePermission permission={PERMISSIONS.writeRecords}>
                  <DuplicatesPage />
                </RequirePermission>
              ),
            },
            {
              path: paths.imports,
              element: (
                <RequirePermission permission={PERMISSIONS.writeRecords}>
                  <ImportsPage />
                </RequirePermission>
              ),
            },
            {
              path: '/registry/imports/:importId',
              element: (
                <RequirePermission permission={PERMISSIONS.writeRecords}>
                  <ImportDetailPage />
                </RequirePermission>
              ),
            },
            {
              path: paths.areas,
              element: (
                <RequirePermission permission={PERMISSIONS.manageReference}>
                  <AreasPage />
                </RequirePermission>
              ),
            },
            {
              path: paths.sbiCodes,
              element: (
                <RequirePermission permission={PERMISSIONS.manageReference}>
                  <SbiCodesPage />
                </RequirePermission>
              ),
            },
            {
              path: paths.legalDays,
              element: (
                <RequirePermission permission={PERMISSIONS.manageReference}>
                  <EqualDaysPage />
                </RequirePermission>
              ),
            },
            {
              path: paths.signals,
              element: (
                <RequirePermission permission={PERMISSIONS.readRecords}>
                  <SignalsQueuePage />
                </RequirePermission>
              ),
            },
            {
              path: paths.signalNew,
              element: (
                <RequirePermission permission={PERMISSIONS.reportSignals}>
                  <NewSignalPage />
                </RequirePermission>
              ),
            },
            {
              path: '/signals/:signalId',
              element: (
                <RequirePermission permission={PERMISSIONS.readRecords}>
                  <SignalDetailPage />
                </RequirePermission>
              ),
            },
            {
              path: paths.signalCategories,
              element: (
                <RequirePermission permission={PERMISSIONS.manageReference}>
                  <SignalCategoriesPage />
                </RequirePermission>
              ),
            },
            {
              path: paths.signalCategoryNew,
              element: (
                <RequirePermission permission={PERMISSIONS.manageReference}>
                  <NewSignalCategoryPage />
                </RequirePermission>
              ),
            },
            {
              path: '/admin/signal-categories/:code',
              element: (
                <RequirePermission permission={PERMISSIONS.manageReference}>
                  <SignalCategoryPage />
                </RequirePermission>
              ),
            },
            ...overviewRoutes,
            ...inspectionRoutes,
            ...measureRoutes,
            ...bibobRoutes,
            ...letterRoutes,
            ...trajectoryRoutes,
            ...planRoutes,
            ...conferenceRoutes,
            ...preventionRoutes,
            ...careersOverviewRoutes,
            ...careerPolicyRoutes,
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: BASENAME },
);
