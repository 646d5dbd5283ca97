import { randomUUID } from 'node:crypto';
import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import secureJson from 'secure-json-parse';
import { AppError, errorCodes, type ErrorCode, type FieldError } from './errors.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Accepts a caller's X-Request-Id when it is well-formed; otherwise makes one. */
export function genRequestId(req: { headers: Record<string, string | string[] | undefined> }): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * The security headers of every process (staff and public): a strict Content-Security-Policy ('self' only,
 * no framing), no Referer, HSTS in production. One definition, so the two processes cannot drift apart.
 */
export function securityHeaders(config: Pick<Config, 'production'>): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    hsts: config.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  };
}

/** The general request limit per client address and process (health checks exempt), answered as problem+json. */
export function requestRateLimit(config: Pick<Config, 'rateLimitPerMinute'>): RateLimitPluginOptions {
  return {
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    allowList: (req) => req.url === '/health' || req.url === '/ready',
    errorResponseBuilder: (req, context) => ({
      ...problem(req, 'TOO_MANY_REQUESTS', `Te veel verzoeken. Probeer het over ${Math.ceil(context.ttl / 1000)} seconden opnieuw.`),
      statusCode: 429,
    }),
  };
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance: string;
  requestId: string;
  errors?: FieldError[];
}

export function problem(req: FastifyRequest, code: ErrorCode, detail: string, errors?: FieldError[]): Problem {
  const { status, title } = errorCodes[code];
  return {
    type: `urn:dwarsboom:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title,
    status,
    detail,
    code,
    // The route pattern, not the raw URL: a URL can carry personal data in its query.
    instance: req.routeOptions.url ?? req.url.split('?')[0] ?? '/',
    requestId: req.id,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, p: Problem, headers?: Record<string, string>): FastifyReply {
  if (headers) void reply.headers(headers);
  return reply.code(p.status).type('application/problem+json; charset=utf-8').send(p);
}

const contextNames: Record<string, string> = { body: 'body', querystring: 'query', params: 'params', headers: 'headers' };

function fieldErrorsOf(
  error: FastifyError & { validation: { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }[] },
): FieldError[] {
  const context = contextNames[error.validationContext ?? 'body'] ?? 'body';
  const out: FieldError[] = [];
  for (const v of error.validation) {
    const base = [context, ...v.instancePath.split('/').filter(Boolean)].join('.');
    const keys = v.params['keys'];
    if (v.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      for (const key of keys) out.push({ path: `${base}.${String(key)}`, message: 'Onbekend veld.' });
    } else {
      out.push({ path: base, message: v.message ?? 'Ongeldige waarde.' });
    }
  }
  return out;
}

const DB_DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

/** Whether an error means the database is unreachable (answer 503, not 500). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && DB_DOWN_CODES.has(code)) return true;
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|PGlite is closed|Client has encountered a connection error/i.test(
    error.message,
  );
}

/** Maps any error to RFC 9457 problem+json. The only place errors become responses. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AppError) {
      if (error.status >= 500) req.log.error({ err: error }, error.message);
      return sendProblem(reply, problem(req, error.code, error.userMessage, error.errors), error.headers);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(reply, problem(req, 'VALIDATION_FAILED', 'Een of meer velden zijn niet goed ingevuld.', fieldErrorsOf(error)));
    }
    if (isResponseSerializationError(error)) {
      req.log.error({ issues: error.cause.issues.map((i) => ({ path: i.path.join('.'), code: i.code })) }, 'response does not match its schema');
      return sendProblem(reply, problem(req, 'INTERNAL', 'Er ging iets mis. Probeer het later opnieuw.'));
    }
    if (isDatabaseUnavailable(error)) {
      req.log.warn({ code: (error as { code?: unknown }).code }, 'database unavailable');
      return sendProblem(reply, problem(req, 'SERVICE_UNAVAILABLE', 'De database is tijdelijk niet bereikbaar. Probeer het zo opnieuw.'), {
        'Retry-After': '5',
      });
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, problem(req, 'PAYLOAD_TOO_LARGE', 'Het verzoek is groter dan is toegestaan.'));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(reply, problem(req, 'UNSUPPORTED_MEDIA_TYPE', 'Dit type inhoud wordt hier niet geaccepteerd. Stuur JSON.'));
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendProblem(reply, problem(req, 'MALFORMED_JSON', 'De inhoud is geen geldige JSON.'));
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendProblem(reply, problem(req, 'VALIDATION_FAILED', 'De Content-Length klopt niet met de inhoud.'));
      case 'FST_ERR_VALIDATION':
        return sendProblem(reply, problem(req, 'VALIDATION_FAILED', 'Een of meer velden zijn niet goed ingevuld.'));
      default:
        break;
    }
    if (error.statusCode === 429) {
      return sendProblem(reply, problem(req, 'TOO_MANY_REQUESTS', 'Te veel verzoeken. Wacht even en probeer het opnieuw.'));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      req.log.info({ code: error.code, statusCode: error.statusCode }, 'client error');
      const code: ErrorCode = error.statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : error.statusCode === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'VALIDATION_FAILED';
      return sendProblem(reply, problem(req, code, 'Het verzoek is niet geldig.'));
    }
    req.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, problem(req, 'INTERNAL', 'Er ging iets mis. Probeer het later opnieuw.'));
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** JSON body parser that refuses invalid UTF-8 (instead of silently replacing bytes) and prototype pollution. */
export function installJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(['application/json', 'application/problem+json'], { parseAs: 'buffer' }, (_req, body: Buffer, done) => {
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      done(new AppError('INVALID_UTF8', 'De inhoud is geen geldige UTF-8-tekst.'), undefined);
      return;
    }
    if (text.trim() === '') {
      done(new AppError('MALFORMED_JSON', 'De inhoud is leeg; stuur een JSON-object.'), undefined);
      return;
    }
    try {
      done(null, secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }));
    } catch {
      done(new AppError('MALFORMED_JSON', 'De inhoud is geen geldige JSON.'), undefined);
    }
  });
}
