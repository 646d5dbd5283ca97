import type { Config } from '../../config.js';
import type { Db } from '../../kernel/db.js';

// SKELETON: replaced by the helper that owns this file. Fictitious demo cases, stored through the area's own services; runs once.
export async function seedBibobDemo(_db: Db, _config: Config): Promise<void> {}
