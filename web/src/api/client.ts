/**
 * Thin fetch wrapper for the Dwarsboom API (same origin, cookie session).
 *
 * - Sends the CSRF token (kept in memory only) on state-changing requests.
 * - Turns RFC 9457 problem+json bodies into a typed {@link ApiError}.
 * - Reports a 401 from a non-auth endpoint to the registered handler, which
 *   sends the user back to the login page.
 */

const API_BASE = '/api/v1';
const AUTH_PREFIX = '/auth/';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface FieldError {
  /** Field path relative to the request body, dot separated (e.g. `newPassword`). */
  path: string;
  message: string;
}

/** Codes produced by the client itself, next to the server's error codes. */
export const CLIENT_ERROR_CODES = {
  network: 'NETWORK_ERROR',
  unexpected: 'UNEXPECTED_RESPONSE',
} as const;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string | null;
  readonly detail: string | null;
  readonly errors: FieldError[];
  readonly requestId: string | null;

  constructor(init: { status: number; code: string; title?: string | null; detail?: string | null; errors?: FieldError[]; requestId?: string | null }) {
    super(init.detail ?? init.title ?? init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title ?? null;
    this.detail = init.detail ?? null;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId ?? null;
  }

  /** The message for one body field, if the server reported one. */
  fieldMessage(path: string): string | undefined {
    return this.errors.find((error) => error.path === path)?.message;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;
let languageProvider: () => string = () => 'nl';

/** Remember the CSRF token from the latest login or session response. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Register what happens when a non-auth call answers 401 (session gone). Returns an unregister function. */
export function setUnauthorizedHandler(handler: () => void): () => void {
  unauthorizedHandler = handler;
  return () => {
    if (unauthorizedHandler === handler) {
      unauthorizedHandler = null;
    }
  };
}

/** Tell the client which UI language to ask the server for (Accept-Language). */
export function setLanguageProvider(provider: () => string): void {
  languageProvider = provider;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

/** Build `/api/v1/path?a=b`, leaving out empty query values. */
export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') {
      continue;
    }
    params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

/** Normalise a problem+json error path (`/body/newPassword`, `["body","x"]`, `body.x`) to `x`. */
export function normaliseErrorPath(path: unknown): string {
  const segments = Array.isArray(path) ? path.map(String) : typeof path === 'string' ? path.split(/[./]/) : [];
  const cleaned = segments.filter((segment) => segment !== '');
  if (cleaned[0] === 'body') {
    cleaned.shift();
  }
  return cleaned.join('.');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.filter(isRecord).map((item) => ({
    path: normaliseErrorPath(item.path),
    message: stringOrNull(item.message) ?? '',
  }));
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!isRecord(body)) {
    return new ApiError({
      status: response.status,
      code: CLIENT_ERROR_CODES.unexpected,
      title: response.statusText || null,
    });
  }
  return new ApiError({
    status: response.status,
    code: stringOrNull(body.code) ?? CLIENT_ERROR_CODES.unexpected,
    title: stringOrNull(body.title),
    detail: stringOrNull(body.detail),
    errors: parseFieldErrors(body.errors),
    requestId: stringOrNull(body.requestId) ?? response.headers.get('x-request-id'),
  });
}

/** Perform one API request and return the parsed JSON body (undefined for 204). */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': languageProvider(),
  };
  // A FormData body (file upload) is sent as multipart/form-data; fetch sets the boundary itself.
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !isForm) {
    headers['Content-Type'] = 'application/json';
  }
  if (UNSAFE_METHODS.has(method) && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') {
      throw cause;
    }
    throw new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !path.startsWith(AUTH_PREFIX)) {
      unauthorizedHandler?.();
    }
    throw error;
  }
  if (response.status === 204) {
    return undefined as T;
  }
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError({ status: response.status, code: CLIENT_ERROR_CODES.unexpected });
  }
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('DELETE', path, options),
};
