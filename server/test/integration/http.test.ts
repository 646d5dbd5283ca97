import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Signed, type TestApp } from '../harness.js';

let t: TestApp;
let admin: Signed;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn(await t.createUser({ role: 'admin' }));
});
afterAll(() => t.close());

function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = res.json() as Record<string, unknown>;
  expect(body).toMatchObject({ status, code });
  expect(typeof body['title']).toBe('string');
  expect(typeof body['detail']).toBe('string');
  expect(body['requestId']).toBe(res.headers['x-request-id']);
  return body;
}

const validUser = { username: 'nieuw.account', displayName: 'Nieuw Account', email: 'n@example.org', role: 'inspector', maxConfidentiality: 'intern' };

describe('anonymous access', () => {
  it.each(['/api/v1/admin/users', '/api/v1/tasks/mine', '/api/v1/does-not-exist', '/api/v2/anything', '/api/v1/audit/events'])(
    'answers 401 problem+json on %s',
    async (url) => {
      const res = await t.app.inject({ url });
      expectProblem(res, 401, 'UNAUTHENTICATED');
    },
  );

  it('also refuses writes anonymously with 401', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/admin/users', payload: validUser });
    expectProblem(res, 401, 'UNAUTHENTICATED');
  });

  it('serves health, readiness, the OpenAPI document and public reference data without login', async () => {
    expect((await t.app.inject({ url: '/health' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready' });
    const areas = await t.app.inject({ url: '/api/v1/public/areas?kind=wijk' });
    expect(areas.statusCode).toBe(200);
    expect((areas.json() as { items: unknown[] }).items).toHaveLength(10);
  });
});

describe('OpenAPI', () => {
  it('is OpenAPI 3.1 generated from the route schemas', async () => {
    const res = await t.app.inject({ url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/admin/users', '/api/v1/tasks/mine', '/api/v1/audit/events']));
    expect(JSON.stringify(doc.paths['/api/v1/admin/users']!['post']!.requestBody)).toContain('maxConfidentiality');
  });

  it('has browsable docs', async () => {
    const res = await t.app.inject({ url: '/api/v1/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});

describe('bad input', () => {
  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await t.as(admin, { method: 'POST', url: '/api/v1/admin/users', payload: '{"username": ', headers: { 'content-type': 'application/json' } });
    expectProblem(res, 400, 'MALFORMED_JSON');
  });

  it('answers an empty JSON body with 400', async () => {
    const res = await t.as(admin, { method: 'POST', url: '/api/v1/admin/users', payload: '', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
  });

  it('answers invalid UTF-8 with 400 INVALID_UTF8', async () => {
    const bytes = Buffer.concat([Buffer.from('{"username":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: bytes,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
    });
    expectProblem(res, 400, 'INVALID_UTF8');
  });

  it('names each wrong field with its path', async () => {
    const res = await t.as(admin, {
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: { ...validUser, email: 'geen-mail', role: 'koning', organisationId: 42 },
    });
    const body = expectProblem(res, 400, 'VALIDATION_FAILED');
    const paths = (body['errors'] as { path: string; message: string }[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.role', 'body.organisationId']));
    expect((body['errors'] as { message: string }[]).every((e) => e.message.length > 0)).toBe(true);
  });

  it('refuses unknown fields', async () => {
    const res = await t.as(admin, {
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: { ...validUser, organisationId: '00000000-0000-4000-8000-000000000000', isAdmin: true },
    });
    const body = expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(body['errors']).toEqual([{ path: 'body.isAdmin', message: 'Onbekend veld.' }]);
  });

  it('refuses prototype pollution in JSON', async () => {
    const res = await t.as(admin, {
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: '{"__proto__": {"x": 1}}',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(res, 400, 'MALFORMED_JSON');
  });

  it('answers an oversized body with 413', async () => {
    const res = await t.as(admin, {
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: JSON.stringify({ displayName: 'x'.repeat(t.config.bodyLimit + 10) }),
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers a wrong content type with 415', async () => {
    const res = await t.as(admin, {
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: 'username=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a bad query parameter with 400 and a query path', async () => {
    const res = await t.as(admin, { method: 'GET', url: '/api/v1/admin/users?role=koning' });
    const body = expectProblem(res, 400, 'VALIDATION_FAILED');
    expect((body['errors'] as { path: string }[])[0]!.path).toBe('query.role');
  });

  it('answers a malformed id with 400 and an unknown id with 404', async () => {
    expectProblem(await t.as(admin, { method: 'GET', url: '/api/v1/admin/users/not-a-uuid' }), 400, 'VALIDATION_FAILED');
    expectProblem(await t.as(admin, { method: 'GET', url: '/api/v1/admin/users/00000000-0000-4000-8000-000000000000' }), 404, 'NOT_FOUND');
  });

  it('answers unknown routes of a signed-in user with 404 problem+json', async () => {
    expectProblem(await t.as(admin, { method: 'GET', url: '/api/v1/nothing-here' }), 404, 'NOT_FOUND');
    expectProblem(await t.app.inject({ url: '/no-such-page' }), 404, 'NOT_FOUND');
  });
});

describe('headers', () => {
  it('sets a request id, strict CSP and the other security headers', async () => {
    const res = await t.app.inject({ url: '/health' });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('keeps a well-formed incoming request id and replaces a malformed one', async () => {
    expect((await t.app.inject({ url: '/health', headers: { 'x-request-id': 'caller-trace-12345' } })).headers['x-request-id']).toBe('caller-trace-12345');
    expect((await t.app.inject({ url: '/health', headers: { 'x-request-id': 'bad id <script>' } })).headers['x-request-id']).not.toContain('<');
  });

  it('marks API responses as not cacheable', async () => {
    const res = await t.as(admin, { method: 'GET', url: '/api/v1/tasks/mine' });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('public page', () => {
  it('renders the information page without JavaScript, in Dutch and English', async () => {
    const nl = await t.app.inject({ url: '/' });
    expect(nl.statusCode).toBe(200);
    expect(nl.body).toContain('<html lang="nl"');
    expect(nl.body).toContain('Doorbreken van criminele carrières');
    expect(nl.body).toContain('14 030');
    expect(nl.body).not.toContain('<script');
    const en = await t.app.inject({ url: '/en' });
    expect(en.body).toContain('<html lang="en"');
    expect(en.body).toContain('Breaking criminal careers');
  });
});

describe('rate limit', () => {
  it('also counts anonymous requests that are refused', async () => {
    const limited = await createTestApp({ rateLimitPerMinute: 5 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await limited.app.inject({ url: '/api/v1/tasks/mine', remoteAddress: '10.9.9.9' })).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
      const res = await limited.app.inject({ url: '/api/v1/tasks/mine', remoteAddress: '10.9.9.9' });
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS', status: 429 });
      expect((await limited.app.inject({ url: '/api/v1/tasks/mine', remoteAddress: '10.9.9.10' })).statusCode).toBe(401);
    } finally {
      await limited.close();
    }
  });
});
