import { seedReferenceData } from '../db/seed/reference.js';
import { migrateToLatest } from '../kernel/db.js';
import { openConfigured } from './open.js';

const { database } = await openConfigured();
try {
  const result = await migrateToLatest(database.db);
  await seedReferenceData(database.db);
  const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
  process.stdout.write(applied.length ? `Toegepast: ${applied.join(', ')}\n` : 'Database is al actueel.\n');
} finally {
  await database.close();
}
