import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';

/** Routes of this area; filled in by the area's owner. */
export function planRoutes(_deps: AppDeps): FastifyPluginAsync {
  return async () => {};
}
