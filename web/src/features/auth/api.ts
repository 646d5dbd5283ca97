import { api, isApiError, setCsrfToken } from '../../api/client';

/** Where the login flow continues after a step. */
export type AuthStage = 'password_change' | 'enrol' | 'totp';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: string;
  organisation: { id: string; name: string };
  maxConfidentiality: string;
}

export interface Session {
  user: SessionUser;
  permissions: string[];
  csrfToken: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
}

interface StageResponse {
  stage: AuthStage;
  csrfToken: string;
}

export interface Enrolment {
  secret: string;
  otpauthUrl: string;
  qrDataUrl: string;
}

export interface EnrolmentResult {
  recoveryCodes: string[];
  session: Session;
}

function rememberStage(response: StageResponse): AuthStage {
  setCsrfToken(response.csrfToken);
  return response.stage;
}

function rememberSession(session: Session): Session {
  setCsrfToken(session.csrfToken);
  return session;
}

export async function login(username: string, password: string): Promise<AuthStage> {
  return rememberStage(await api.post<StageResponse>('/auth/login', { username, password }));
}

export async function changePassword(newPassword: string): Promise<AuthStage> {
  return rememberStage(await api.post<StageResponse>('/auth/password-change', { newPassword }));
}

export function getEnrolment(signal?: AbortSignal): Promise<Enrolment> {
  return api.get<Enrolment>('/auth/enrolment', { signal });
}

export async function completeEnrolment(code: string): Promise<EnrolmentResult> {
  const result = await api.post<EnrolmentResult>('/auth/enrolment', { code });
  rememberSession(result.session);
  return result;
}

export async function verifyTotp(code: string): Promise<Session> {
  return rememberSession(await api.post<Session>('/auth/totp', { code }));
}

/** The current session, or null when there is none (401). */
export async function fetchSession(): Promise<Session | null> {
  try {
    return rememberSession(await api.get<Session>('/auth/session'));
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function logout(): Promise<void> {
  await api.post<void>('/auth/logout');
  setCsrfToken(null);
}

export async function logoutEverywhere(): Promise<void> {
  await api.post<void>('/auth/logout-everywhere');
  setCsrfToken(null);
}
