import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { can, type Actor, type Permission } from './access.js';
import { safeEqual } from './crypto.js';
import type { Db } from './db.js';
import { AppError, forbidden } from './errors.js';
import { newTrace, type ServiceContext } from './context.js';
import { loadSession, sessionCookieName } from './session.js';
import { recordTrail } from './trail.js';

/** Paths reachable without a signed-in session. Everything else under /api needs one. */
export function isOpenPath(path: string): boolean {
  if (!path.startsWith('/api/')) return true; // web app, public pages, static files, health checks
  return (
    path === '/api/v1/openapi.json' ||
    path === '/api/v1/docs' ||
    path.startsWith('/api/v1/docs/') ||
    path.startsWith('/api/v1/public/') ||
    path === '/api/v1/legal/deadline' ||
    path.startsWith('/api/v1/auth/')
  );
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Starting a login needs no CSRF token: there is no session yet, and SameSite=Strict plus JSON-only bodies guard it. */
const CSRF_EXEMPT = new Set(['/api/v1/auth/login']);

export const CSRF_HEADER = 'x-csrf-token';

/**
 * One hook at the door of every request (preParsing): reads the session cookie, sets `req.actor` for a fully
 * signed-in session, refuses anonymous API calls with 401 and cookie-authenticated writes without
 * the right CSRF header with 403.
 */
export function installGuard(app: FastifyInstance, deps: { db: Db; config: Config }): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('sessionStage', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('trace', undefined as never);

  const cookieName = sessionCookieName(deps.config);
  // preParsing: after the per-route rate limit (an onRequest hook), so refused and anonymous calls
  // count towards it too, and before the body is parsed or validated.
  app.addHook('preParsing', async (req) => {
    req.trace = newTrace(typeof req.headers.traceparent === 'string' ? req.headers.traceparent : undefined);
    // Decide on the route that will handle the request (its pattern), not on the raw URL, so no
    // spelling of a URL reaches a protected handler as if it were open. Unmatched paths (404) use the URL.
    const path = req.routeOptions.url ?? req.url.split('?')[0] ?? '/';
    const isApi = path.startsWith('/api/');
    const token = isApi ? req.cookies[cookieName] : undefined;
    if (token) {
      const session = await loadSession(deps.db, deps.config, token);
      if (session) {
        req.sessionId = session.id;
        req.sessionStage = session.stage;
        req.csrfToken = session.csrfToken;
        if (session.stage === 'active') req.actor = session.actor;
      }
    }
    if (!isOpenPath(path) && !req.actor) {
      throw new AppError('UNAUTHENTICATED', 'U bent niet ingelogd of uw sessie is verlopen. Log opnieuw in.');
    }
    if (isApi && req.sessionId && !SAFE_METHODS.has(req.method) && !CSRF_EXEMPT.has(path)) {
      const header = req.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !req.csrfToken || !safeEqual(header, req.csrfToken)) {
        throw new AppError('CSRF_FAILED', `De beveiligingscode (header X-CSRF-Token) ontbreekt of klopt niet. Vernieuw de pagina.`);
      }
    }
  });
}

/** The signed-in actor; throws 401 when there is none (routes behind the guard always have one). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED', 'U bent niet ingelogd of uw sessie is verlopen. Log opnieuw in.');
  return req.actor;
}

/** Route-level permission check: 403 for a signed-in user whose role lacks the permission; the denial is logged. */
export function requirePermission(deps: { db: Db; config: Config }, permission: Permission) {
  return async (req: FastifyRequest): Promise<void> => {
    const actor = actorOf(req);
    if (!can(actor, permission)) {
      await recordTrail(
        { db: deps.db, config: deps.config, actor, requestId: req.id, trace: req.trace },
        {
          action: 'deny',
          objectType: 'route',
          objectId: `${req.method} ${req.routeOptions.url ?? ''}`,
          outcome: 'denied',
          reason: `missing permission ${permission}`,
        },
      );
      throw forbidden('Uw rol geeft geen toegang tot deze functie.');
    }
  };
}

/** The service context of a signed-in request. */
export function contextOf(deps: { db: Db; config: Config }, req: FastifyRequest): ServiceContext {
  return { db: deps.db, config: deps.config, actor: actorOf(req), requestId: req.id, trace: req.trace };
}
