import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, buildUrl, normaliseErrorPath, setCsrfToken, setUnauthorizedHandler } from './client';

function problem(status: number, body: Record<string, unknown>): Response {
  return new Response(JSON.stringify({ type: 'about:blank', status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

describe('normaliseErrorPath', () => {
  it('strips the body prefix in dotted, slashed and array form', () => {
    expect(normaliseErrorPath('body.newPassword')).toBe('newPassword');
    expect(normaliseErrorPath('/body/newPassword')).toBe('newPassword');
    expect(normaliseErrorPath(['body', 'organisationId'])).toBe('organisationId');
  });

  it('keeps other prefixes and nested paths', () => {
    expect(normaliseErrorPath('query.from')).toBe('query.from');
    expect(normaliseErrorPath('body.items.0.name')).toBe('items.0.name');
    expect(normaliseErrorPath(undefined)).toBe('');
  });
});

describe('buildUrl', () => {
  it('leaves out empty and missing query values', () => {
    expect(buildUrl('/admin/users', { query: 'an', role: '', active: undefined, before: 12 })).toBe('/api/v1/admin/users?query=an&before=12');
    expect(buildUrl('/tasks/mine')).toBe('/api/v1/tasks/mine');
  });
});

describe('apiRequest', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('csrf-123');
  });

  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  const sentHeaders = (): Record<string, string> => (fetchMock.mock.calls[0]?.[1]?.headers ?? {}) as Record<string, string>;

  it('sends the CSRF token and the cookie on writes, not the token on reads', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ ok: true }), { status: 200 }));
    await apiRequest('POST', '/tasks/1/complete');
    expect(sentHeaders()['X-CSRF-Token']).toBe('csrf-123');
    expect(fetchMock.mock.calls[0]?.[1]?.credentials).toBe('same-origin');
    expect(sentHeaders()['Content-Type']).toBeUndefined();

    fetchMock.mockReset();
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ items: [] }), { status: 200 }));
    await apiRequest('GET', '/tasks/mine');
    expect(sentHeaders()['X-CSRF-Token']).toBeUndefined();
  });

  it('sends JSON bodies with a content type', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await expect(apiRequest('PATCH', '/admin/users/1', { body: { role: 'lawyer' } })).resolves.toBeUndefined();
    expect(sentHeaders()['Content-Type']).toBe('application/json');
    expect(fetchMock.mock.calls[0]?.[1]?.body).toBe('{"role":"lawyer"}');
  });

  it('sends a FormData body as it is, with the CSRF token and without a JSON content type', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ id: '1' }), { status: 202 }));
    const form = new FormData();
    form.set('kind', 'organisations');
    await apiRequest('POST', '/registry/imports', { body: form });
    expect(sentHeaders()['Content-Type']).toBeUndefined();
    expect(sentHeaders()['X-CSRF-Token']).toBe('csrf-123');
    expect(fetchMock.mock.calls[0]?.[1]?.body).toBe(form);
  });

  it('turns problem+json into an ApiError with field errors keyed by body field', async () => {
    fetchMock.mockResolvedValueOnce(
      problem(400, {
        title: 'Ongeldige invoer',
        detail: 'Een of meer velden zijn niet goed ingevuld.',
        code: 'VALIDATION_FAILED',
        requestId: 'req-1',
        errors: [{ path: 'body.email', message: 'Vul een geldig e-mailadres in.' }],
      }),
    );
    const error = await apiRequest('POST', '/admin/users', { body: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', detail: 'Een of meer velden zijn niet goed ingevuld.', requestId: 'req-1' });
    expect(apiError.fieldMessage('email')).toBe('Vul een geldig e-mailadres in.');
  });

  it('reports a 401 from a non-auth call, but not from the login flow', async () => {
    const onUnauthorized = vi.fn();
    const unregister = setUnauthorizedHandler(onUnauthorized);
    fetchMock.mockResolvedValueOnce(problem(401, { code: 'INVALID_CREDENTIALS', detail: 'Onjuist.' }));
    await expect(apiRequest('POST', '/auth/login', { body: {} })).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).not.toHaveBeenCalled();

    fetchMock.mockResolvedValueOnce(problem(401, { code: 'UNAUTHENTICATED', detail: 'Niet ingelogd.' }));
    await expect(apiRequest('GET', '/tasks/mine')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    unregister();
  });

  it('maps network failures and non-JSON errors to client error codes', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(apiRequest('GET', '/tasks/mine')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });

    fetchMock.mockResolvedValueOnce(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(apiRequest('GET', '/tasks/mine')).rejects.toMatchObject({ status: 502, code: 'UNEXPECTED_RESPONSE' });
  });
});
