import { parseArgs } from 'node:util';
import { migrateToLatest } from '../kernel/db.js';
import { scales, seedVolume, type Scale } from '../db/seed/volume.js';
import { openConfigured } from './open.js';

/** `npm run seed -- --scale small|utrecht|x10`: deterministic synthetic volume for benchmarks. */
const { values } = parseArgs({ options: { scale: { type: 'string', default: 'small' } } });
const scale = values.scale;
if (!(scale in scales)) {
  process.stderr.write(`Onbekende schaal "${scale}". Kies uit: ${Object.keys(scales).join(', ')}.\n`);
  process.exit(2);
}
const { config, database } = await openConfigured();
try {
  await migrateToLatest(database.db);
  const report = await seedVolume(database.db, config.secrets.pseudonymKey, scale as Scale, (line) => process.stdout.write(`  ${line}\n`));
  process.stdout.write(
    `Schaal ${scale}: ${report.users} gebruikers, ${report.tasks} taken, ${report.auditEvents} auditregels, ${report.processingLines} verwerkingsregels in ${report.ms} ms.\n`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
