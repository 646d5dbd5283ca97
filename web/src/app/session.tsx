import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setUnauthorizedHandler } from '../api/client';
import type { Permission } from '../domain/vocabulary';
import * as authApi from '../features/auth/api';
import type { AuthStage, Session } from '../features/auth/api';

/** Why the user is looking at the login page; shown there as a notice. */
export type SignOutReason = 'loggedOut' | 'loggedOutEverywhere' | 'sessionExpired';

type SessionStatus = 'loading' | 'ready' | 'error';

interface SessionContextValue {
  status: SessionStatus;
  session: Session | null;
  /** Error of the initial session check, when status is 'error'. */
  loadError: unknown;
  /** The login step the server asked for last, while the login flow is in progress. */
  pendingStage: AuthStage | null;
  signOutReason: SignOutReason | null;
  setPendingStage: (stage: AuthStage | null) => void;
  signIn: (session: Session) => void;
  /** Log out on the server (this browser or everywhere) and forget the session. */
  signOut: (everywhere: boolean) => Promise<void>;
  /** Forget the session after the server said it is gone (401). */
  expire: () => void;
  hasPermission: (permission: Permission) => boolean;
  retry: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [session, setSession] = useState<Session | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [pendingStage, setPendingStage] = useState<AuthStage | null>(null);
  const [signOutReason, setSignOutReason] = useState<SignOutReason | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    authApi.fetchSession().then(
      (current) => {
        if (!cancelled) {
          setSession(current);
          setStatus('ready');
        }
      },
      (error: unknown) => {
        if (!cancelled) {
          setLoadError(error);
          setStatus('error');
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const expire = useCallback(() => {
    setSession(null);
    setPendingStage(null);
    setSignOutReason('sessionExpired');
  }, []);

  useEffect(() => setUnauthorizedHandler(expire), [expire]);

  const signIn = useCallback((next: Session) => {
    setSession(next);
    setPendingStage(null);
    setSignOutReason(null);
  }, []);

  const signOut = useCallback(async (everywhere: boolean) => {
    await (everywhere ? authApi.logoutEverywhere() : authApi.logout());
    setSession(null);
    setPendingStage(null);
    setSignOutReason(everywhere ? 'loggedOutEverywhere' : 'loggedOut');
  }, []);

  const updatePendingStage = useCallback((stage: AuthStage | null) => {
    setPendingStage(stage);
    if (stage) {
      setSignOutReason(null);
    }
  }, []);

  const value = useMemo<SessionContextValue>(
    () => ({
      status,
      session,
      loadError,
      pendingStage,
      signOutReason,
      setPendingStage: updatePendingStage,
      signIn,
      signOut,
      expire,
      hasPermission: (permission) => session?.permissions.includes(permission) ?? false,
      retry: () => {
        setStatus('loading');
        setAttempt((current) => current + 1);
      },
    }),
    [status, session, loadError, pendingStage, signOutReason, updatePendingStage, signIn, signOut, expire],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) {
    throw new Error('useSession must be used inside <SessionProvider>');
  }
  return value;
}
