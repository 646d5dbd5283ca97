import type { FastifyPluginAsync } from 'fastify';
import { DailyJobScheduler } from '../../kernel/daily-job.js';
import type { AppDeps } from '../../kernel/deps.js';
import './access.js';
import './task-hooks.js';
import { conferenceRoutes } from './conferences.routes.js';
import { overviewRoutes } from './overview.routes.js';
import { planRoutes } from './plan.routes.js';
import { preventionRoutes } from './prevention.routes.js';
import { referenceRoutes } from './reference.routes.js';
import { claimCareersRetention, runCareersRetention } from './retention.js';
import { retentionRoutes } from './retention.routes.js';
import { trajectoryRoutes } from './trajectories.routes.js';

export * from './vocabulary.js';
export { seedCareerReference } from './reference.seed.js';
export { runCareersRetention } from './retention.js';
export { seedConferencesDemo } from './conferences.demo.js';
export { seedPlanDemo } from './plan.demo.js';
export { seedPreventionDemo } from './prevention.demo.js';
export { seedTrajectoriesDemo } from './trajectories.demo.js';

/**
 * Person-centred approach (persoonsgerichte aanpak, "doorbreken van criminele carrières", ADR 0014): referral and
 * intake, trajectories with one fixed regisseur and a case team, assessments, plans, reviews, case conferences,
 * follow-up after exit, group-level prevention and overviews.
 */
export function careersModule(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    // The daily retention run: every process checks each hour, one of them wins the day's claim.
    const scheduler = new DailyJobScheduler(
      () => runCareersRetention({ db: deps.db, config: deps.config, files: deps.files, actor: null, requestId: null }),
      () => claimCareersRetention(deps.db),
      (error) => app.log.error({ err: error }, 'careers retention run failed; retried within the hour'),
    );
    scheduler.start();
    app.addHook('onClose', () => scheduler.stop());

    await app.register(referenceRoutes(deps), { prefix: '/reference' });
    await app.register(retentionRoutes(deps), { prefix: '/retention' });
    await app.register(trajectoryRoutes(deps), { prefix: '/trajectories' });
    await app.register(planRoutes(deps), { prefix: '/trajectories' });
    await app.register(conferenceRoutes(deps), { prefix: '/case-conferences' });
    await app.register(preventionRoutes(deps), { prefix: '/prevention-activities' });
    await app.register(overviewRoutes(deps), { prefix: '/overview' });
  };
}
