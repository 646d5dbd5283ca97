import type { Db } from '../../kernel/db.js';

// SKELETON: replaced by the helper that owns this file. Inserts missing reference rows; leaves existing ones.
export async function seedMeasureReference(_db: Db): Promise<void> {}
