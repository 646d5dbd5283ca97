import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';

// SKELETON: replaced by the helper that owns this file.
export function overviewRoutes(_deps: AppDeps): FastifyPluginAsync {
  return async () => {};
}
