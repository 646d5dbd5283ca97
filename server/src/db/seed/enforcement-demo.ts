import type { Config } from '../../config.js';
import type { Db } from '../../kernel/db.js';
import type { FileStore } from '../../kernel/files.js';
import { seedBibobDemo, seedInspectionsDemo, seedLettersDemo, seedMeasuresDemo } from '../../modules/enforcement/index.js';

/**
 * Fictitious enforcement cases for the demo: inspections, measures at several stages of their procedure,
 * a Bibob screening and the letters that go with them. Each area stores its own through its services and
 * does nothing when it has cases already. Runs after the registry and signals demo, whose addresses it uses.
 */
export async function seedEnforcementDemo(db: Db, config: Config, files: FileStore): Promise<void> {
  await seedInspectionsDemo(db, config);
  await seedMeasuresDemo(db, config);
  await seedBibobDemo(db, config);
  await seedLettersDemo(db, config, files);
}
