import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import type { Permission } from '../domain/vocabulary';
import type { AuthStage } from '../features/auth/api';
import { returnTo } from '../features/auth/returnTo';
import { ForbiddenPage } from './pages/ForbiddenPage';
import { paths, stagePath } from './paths';
import { useSession } from './session';

/** Location state the login flow uses to return the user where they wanted to go. */
export interface ReturnToState {
  from?: string;
}

/** Routes below this need a completed login; others are sent to the login page. */
export function RequireAuth() {
  const { session } = useSession();
  const location = useLocation();
  if (!session) {
    const state: ReturnToState = { from: `${location.pathname}${location.search}` };
    return <Navigate to={paths.login} replace state={state} />;
  }
  return <Outlet />;
}

/** Shows the page only with the given permission; otherwise explains there is no access. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { hasPermission } = useSession();
  return hasPermission(permission) ? children : <ForbiddenPage />;
}

/**
 * A login step page is only reachable while the server asked for that step. When the flow has
 * moved on (another stage, or a full session), send the user to where it continues.
 */
export function RequireStage({ stage, children }: { stage: AuthStage; children: ReactNode }) {
  const { session, pendingStage } = useSession();
  const location = useLocation();
  if (session) {
    return <Navigate to={returnTo(location)} replace />;
  }
  if (pendingStage !== stage) {
    const target = pendingStage ? stagePath(pendingStage) : paths.login;
    return <Navigate to={target} replace state={location.state as unknown} />;
  }
  return children;
}
