import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config.js';
import { AuditSealer } from './kernel/audit.js';
import type { DatabaseHandle } from './kernel/db.js';
import type { AppDeps } from './kernel/deps.js';
import type { FileStore } from './kernel/files.js';
import { installGuard } from './kernel/guard.js';
import { genRequestId, installErrorHandling, installJsonParser, problem, requestRateLimit, securityHeaders, sendProblem } from './kernel/http.js';
import { auditModule } from './modules/audit/index.js';
import { authModule } from './modules/auth/index.js';
import { careersModule } from './modules/careers/index.js';
import { enforcementModule } from './modules/enforcement/index.js';
import { filesModule } from './modules/files/index.js';
import { healthModule } from './modules/health/index.js';
import { publicSiteModule } from './modules/public-site/index.js';
import { referenceModule } from './modules/reference/index.js';
import { legalModule } from './modules/legal/index.js';
import { registryModule } from './modules/registry/index.js';
import { signalsModule } from './modules/signals/index.js';
import { signalsPublicPages } from './modules/signals/public/index.js';
import { tasksModule } from './modules/tasks/index.js';
import { usersModule } from './modules/users/index.js';

z.config(z.locales.nl());

/** The project folder (the one with package.json): the same from server/src and from the compiled dist/server/src. */
function findProjectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the server code');
    dir = parent;
  }
  return dir;
}
export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

export interface BuildAppOptions {
  config: Config;
  database: DatabaseHandle;
  files: FileStore;
  /** Pino logger options; `false` silences logs (tests). */
  logger?: boolean | Record<string, unknown>;
}

/** Paths and fields that must never reach a log line. */
const redactPaths = ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'];

/** Builds the application without listening, so tests can drive it through `inject`. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, database, files } = options;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: { paths: redactPaths, censor: '[redacted]' },
            serializers: {
              // Log the route pattern and method only: raw URLs may carry names or identifiers in their query.
              req: (req: { method: string; routeOptions?: { url?: string }; url: string }) => ({
                method: req.method,
                route: req.routeOptions?.url ?? req.url.split('?')[0],
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            ...(typeof options.logger === 'object' ? options.logger : {}),
          },
    genReqId: genRequestId,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installJsonParser(app);
  installErrorHandling(app);

  app.addHook('onSend', async (req, reply) => {
    void reply.header('x-request-id', req.id);
    if (req.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
  });

  await app.register(cookie);
  await app.register(helmet, securityHeaders(config));
  await app.register(rateLimit, requestRateLimit(config));
  await app.register(multipart, { limits: { fileSize: config.uploadLimit, files: 1, fields: 10 } });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Dwarsboom API',
        version: '1',
        description:
          'API van Dwarsboom, het platform voor de Utrechtse aanpak van drugscriminaliteit. Alle operaties behalve /api/v1/public/*, /api/v1/auth/*, dit document en de health checks vereisen een ingelogde sessie (cookie) en, voor schrijfacties, de header X-CSRF-Token.',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: config.production ? '__Host-dwb_session' : 'dwb_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/v1/docs', staticCSP: true, uiConfig: { docExpansion: 'list' } });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, () => app.swagger());

  const deps: AppDeps = { db: database.db, database, config, files };
  installGuard(app, deps);

  // Audit rows are chained into the hash chain by a sealer every second, in batches.
  const sealer = new AuditSealer(database.db, (error) => app.log.warn({ err: error }, 'audit sealing failed; retried on the next run'));
  sealer.start(1000);
  app.addHook('onClose', () => sealer.stop());

  await app.register(healthModule(deps));
  await app.register(authModule(deps), { prefix: '/api/v1/auth' });
  await app.register(usersModule(deps), { prefix: '/api/v1' });
  await app.register(auditModule(deps), { prefix: '/api/v1/audit' });
  await app.register(tasksModule(deps), { prefix: '/api/v1/tasks' });
  await app.register(filesModule(deps), { prefix: '/api/v1/files' });
  await app.register(referenceModule(deps), { prefix: '/api/v1' });
  await app.register(registryModule(deps), { prefix: '/api/v1/registry' });
  await app.register(legalModule(deps), { prefix: '/api/v1/legal' });
  await app.register(signalsModule(deps), { prefix: '/api/v1/signals' });
  await app.register(enforcementModule(deps), { prefix: '/api/v1/enforcement' });
  await app.register(careersModule(deps), { prefix: '/api/v1/careers' });
  const webDist = join(projectRoot, 'web', 'dist');
  await app.register(publicSiteModule({ ...deps, webDist }));
  // The public reporting form (/melden): served here in embedded mode; also runnable as its own process (public-main.ts).
  await app.register(signalsPublicPages({ ...deps, webDist }));

  if (existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, prefix: '/app/', decorateReply: true, wildcard: false, index: false });
    // Client-side routes of the single-page app fall back to its index.html.
    app.get('/app', { schema: { hide: true } }, (_req, reply) => reply.sendFile('index.html', webDist));
    app.get('/app/*', { schema: { hide: true } }, (_req, reply) => reply.sendFile('index.html', webDist));
  }

  app.setNotFoundHandler((req, reply) => sendProblem(reply, problem(req, 'NOT_FOUND', 'Deze pagina of dit adres bestaat niet.')));
  return app;
}
