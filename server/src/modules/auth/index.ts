import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../kernel/deps.js';
import { AppError } from '../../kernel/errors.js';
import { actorOf } from '../../kernel/guard.js';
import { sessionCookieName, type CreatedSession } from '../../kernel/session.js';
import { enrolmentResponse, enrolmentResult, loginBody, passwordChangeBody, sessionResponse, stageResponse, totpBody } from './auth.schemas.js';
import {
  changeInitialPassword,
  confirmEnrolment,
  describeSession,
  getEnrolment,
  login,
  logout,
  logoutEverywhere,
  verifySecondFactor,
  type RequestInfo,
} from './auth.service.js';

const tags = ['auth'];
const csrfSecurity = [{ session: [], csrf: [] }];

/** Login flow: password → (password change) → (TOTP enrolment) → TOTP → active session. */
export function authModule(deps: AppDeps): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const cookieName = sessionCookieName(deps.config);
    const info = (req: FastifyRequest): RequestInfo => ({ requestId: req.id, trace: req.trace, ip: req.ip });
    const setCookie = (reply: FastifyReply, session: CreatedSession): void => {
      void reply.setCookie(cookieName, session.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: deps.config.production,
        path: '/',
      });
    };
    const partial = (req: FastifyRequest) => ({ id: req.sessionId, stage: req.sessionStage });
    const needPartial = (req: FastifyRequest): void => {
      if (!req.sessionId) throw new AppError('UNAUTHENTICATED', 'Uw inlogpoging is verlopen. Begin opnieuw met inloggen.');
    };

    app.post(
      '/login',
      {
        schema: {
          tags,
          summary: 'Inloggen met gebruikersnaam en wachtwoord (stap 1)',
          security: [],
          body: loginBody,
          response: { 200: stageResponse },
        },
      },
      async (req, reply) => {
        const result = await login(deps, req.body, info(req));
        setCookie(reply, result.session);
        return { stage: result.stage, csrfToken: result.session.csrfToken };
      },
    );

    app.post(
      '/password-change',
      {
        schema: {
          tags,
          summary: 'Nieuw wachtwoord kiezen bij eerste of herstelde login',
          security: csrfSecurity,
          body: passwordChangeBody,
          response: { 200: stageResponse },
        },
      },
      async (req) => {
        needPartial(req);
        const result = await changeInitialPassword(deps, partial(req), req.body, info(req));
        return { stage: result.stage, csrfToken: req.csrfToken! };
      },
    );

    app.get(
      '/enrolment',
      { schema: { tags, summary: 'Tweestapsverificatie instellen: geheim en QR-code', security: [{ session: [] }], response: { 200: enrolmentResponse } } },
      async (req) => {
        needPartial(req);
        return getEnrolment(deps, partial(req));
      },
    );

    app.post(
      '/enrolment',
      { schema: { tags, summary: 'Tweestapsverificatie bevestigen met een code', security: csrfSecurity, body: totpBody, response: { 200: enrolmentResult } } },
      async (req, reply) => {
        needPartial(req);
        const result = await confirmEnrolment(deps, partial(req), req.body, info(req));
        setCookie(reply, result.session);
        return {
          recoveryCodes: result.recoveryCodes,
          session: await describeSession(deps, result.userId, {
            csrfToken: result.session.csrfToken,
            lastSeenAt: new Date(),
            expiresAt: result.session.expiresAt,
          }),
        };
      },
    );

    app.post(
      '/totp',
      {
        schema: {
          tags,
          summary: 'Tweede stap: code uit de authenticator-app of een herstelcode',
          security: csrfSecurity,
          body: totpBody,
          response: { 200: sessionResponse },
        },
      },
      async (req, reply) => {
        needPartial(req);
        const result = await verifySecondFactor(deps, partial(req), req.body, info(req));
        setCookie(reply, result.session);
        return describeSession(deps, result.userId, { csrfToken: result.session.csrfToken, lastSeenAt: new Date(), expiresAt: result.session.expiresAt });
      },
    );

    app.get(
      '/session',
      { schema: { tags, summary: 'De huidige sessie, met het CSRF-token', security: [{ session: [] }], response: { 200: sessionResponse } } },
      async (req) => {
        const actor = actorOf(req);
        const row = await deps.db
          .selectFrom('sessions')
          .select(['csrf_token', 'last_seen_at', 'expires_at'])
          .where('id', '=', actor.sessionId)
          .executeTakeFirstOrThrow();
        return describeSession(deps, actor.userId, { csrfToken: row.csrf_token, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at });
      },
    );

    app.post('/logout', { schema: { tags, summary: 'Uitloggen (deze sessie)', security: csrfSecurity, response: { 204: z.null() } } }, async (req, reply) => {
      if (req.sessionId) await logout(deps, req.sessionId, req.actor, info(req));
      void reply.clearCookie(cookieName, { path: '/' });
      return reply.code(204).send(null);
    });

    app.post(
      '/logout-everywhere',
      { schema: { tags, summary: 'Overal uitloggen: beëindigt alle sessies van deze gebruiker', security: csrfSecurity, response: { 204: z.null() } } },
      async (req, reply) => {
        await logoutEverywhere(deps, actorOf(req), info(req));
        void reply.clearCookie(cookieName, { path: '/' });
        return reply.code(204).send(null);
      },
    );
  };
}
