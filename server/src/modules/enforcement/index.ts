import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../kernel/deps.js';
import { bibobRoutes } from './bibob.routes.js';
import { inspectionRoutes } from './inspections.routes.js';
import { letterRoutes } from './letters.routes.js';
import { measureRoutes } from './measures.routes.js';
import { overviewRoutes } from './overview.routes.js';

export * from './vocabulary.js';
export { seedBibobDemo } from './bibob.demo.js';
export { seedInspectionsDemo } from './inspections.demo.js';
export { seedLettersDemo } from './letters.demo.js';
export { seedMeasuresDemo } from './measures.demo.js';
export { seedInspectionReference } from './inspections.seed.js';
export { seedLetterReference } from './letters.seed.js';
export { seedMeasureReference } from './measures.seed.js';

/**
 * Administrative enforcement (bestuurlijke handhaving, ADR 0013): inspections, measures with their legal
 * procedure and escalation matrix, Bibob screenings, letters and overviews. Deadlines come from the legal module.
 */
export function enforcementModule(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    await app.register(inspectionRoutes(deps), { prefix: '/inspections' });
    await app.register(measureRoutes(deps));
    await app.register(bibobRoutes(deps), { prefix: '/bibob' });
    await app.register(letterRoutes(deps), { prefix: '/letters' });
    await app.register(overviewRoutes(deps), { prefix: '/overview' });
  };
}
