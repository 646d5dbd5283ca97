import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import type { Actor } from './access.js';
import type { Db } from './db.js';

/** W3C Trace Context identifiers for this request (Logboek dataverwerkingen uses them). */
export interface Trace {
  traceId: string;
  operationId: string;
  /** From an incoming `traceparent` header: the caller's trace, recorded as foreign operation. */
  foreignTraceId: string | null;
  foreignOperationId: string | null;
}

/** What a service function gets besides its input: who asks, and the request's identifiers. */
export interface ServiceContext {
  db: Db;
  config: Config;
  actor: Actor;
  requestId: string;
  trace: Trace;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

export function newTrace(traceparent: string | undefined): Trace {
  const match = traceparent ? TRACEPARENT.exec(traceparent) : null;
  return {
    traceId: randomBytes(16).toString('hex'),
    operationId: randomBytes(8).toString('hex'),
    foreignTraceId: match?.[1] ?? null,
    foreignOperationId: match?.[2] ?? null,
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    trace: Trace;
    /** Session token id (HMAC) when the request carries a session cookie in any stage. */
    sessionId: string | null;
    sessionStage: string | null;
    csrfToken: string | null;
  }
}
