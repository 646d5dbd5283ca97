import type { Config } from '../../config.js';
import type { Db } from '../../kernel/db.js';
import { seedConferencesDemo, seedPlanDemo, seedPreventionDemo, seedTrajectoriesDemo } from '../../modules/careers/index.js';

/**
 * Fictitious young people for the demo of the person-centred approach: trajectories in every phase (one waiting in the
 * intake queue, one with an overdue proportionality review, one in nazorg with its follow-up tasks), their
 * assessments, plans and daytime activities, a held and a planned case conference, and prevention activities. Each
 * area stores its own through its services and does nothing when it has data already.
 */
export async function seedCareersDemo(db: Db, config: Config): Promise<void> {
  await seedTrajectoriesDemo(db, config);
  await seedPlanDemo(db, config);
  await seedConferencesDemo(db, config);
  await seedPreventionDemo(db, config);
}
