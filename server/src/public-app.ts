import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config.js';
import type { DatabaseHandle } from './kernel/db.js';
import type { AppDeps } from './kernel/deps.js';
import type { FileStore } from './kernel/files.js';
import { installErrorHandling, problem, requestRateLimit, securityHeaders, sendProblem } from './kernel/http.js';
import { healthModule } from './modules/health/index.js';
import { publicSiteModule } from './modules/public-site/index.js';
import { signalsPublicPages, type SignalsPublicDeps } from './modules/signals/public/index.js';

z.config(z.locales.nl());

/** The project folder (with package.json), from server/src and from dist/server/src alike; not imported from app.ts, which pulls in every staff module. */
function findProjectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the server code');
    dir = parent;
  }
  return dir;
}
const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

export interface BuildPublicAppOptions {
  config: Config;
  database: DatabaseHandle;
  files: FileStore;
  /** Pino logger options; `false` silences logs (tests). */
  logger?: boolean | Record<string, unknown>;
  /** For tests: other abuse limits or map settings of the reporting pages. */
  pages?: Pick<SignalsPublicDeps, 'limits' | 'mapTileUrl' | 'mapTileAttribution'>;
}

/**
 * The public process (ADR 0011): only what the public may reach, that is the public information page,
 * the deadline calculator, the reporting form with its follow-up page, their style sheets and scripts,
 * and /health and /ready. No staff API, no sessions or cookies, no audit sealer (the staff process seals
 * the audit rows this process adds). On PostgreSQL it connects as a role that can insert reports and read
 * their coarse status, nothing more (README, "Production on PostgreSQL").
 */
export async function buildPublicApp(options: BuildPublicAppOptions): Promise<FastifyInstance> {
  const { config, database, files } = options;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            serializers: {
              // Method and route pattern only: never the address, the headers or the query.
              req: (req: { method: string; routeOptions?: { url?: string }; url: string }) => ({
                method: req.method,
                route: req.routeOptions?.url ?? req.url.split('?')[0],
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            ...(typeof options.logger === 'object' ? options.logger : {}),
          },
    // A request id of our own: an incoming X-Request-Id is a value chosen by the client.
    genReqId: () => randomUUID(),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);

  await app.register(helmet, securityHeaders(config));
  // Counted in this process's memory only, like every limit here.
  await app.register(rateLimit, requestRateLimit(config));
  await app.register(multipart, { limits: { fileSize: config.uploadLimit, files: 1, fields: 10 } });

  const deps: AppDeps = { db: database.db, database, config, files };
  const webDist = join(projectRoot, 'web', 'dist');
  await app.register(healthModule(deps));
  await app.register(publicSiteModule({ ...deps, webDist }));
  await app.register(signalsPublicPages({ ...deps, webDist, ...options.pages }));
  // The public pages use the built staff app's style sheets (appStyleSheets); serve those, and nothing else of the app.
  if (existsSync(join(webDist, 'assets'))) {
    await app.register(fastifyStatic, {
      root: join(webDist, 'assets'),
      prefix: '/app/assets/',
      decorateReply: false,
      index: false,
      allowedPath: (path) => /\.(css|woff2?|svg|png)$/.test(path),
    });
  }

  app.setNotFoundHandler((req, reply) => sendProblem(reply, problem(req, 'NOT_FOUND', 'Deze pagina of dit adres bestaat niet.')));
  return app;
}
