import { parseArgs } from 'node:util';
import { migrateToLatest } from '../kernel/db.js';
import { seedRegistryVolume } from '../db/seed/registry-volume.js';
import { seedSignalsVolume } from '../db/seed/signals-volume.js';
import { scales, seedVolume, type Scale } from '../db/seed/volume.js';
import { openConfigured } from './open.js';

/**
 * `npm run seed -- --scale small|utrecht|x10 [--only platform|registry|signals]`: deterministic synthetic
 * volume for benchmarks (platform: users, tasks, audit trail; registry: subjects and relations; signals).
 */
const { values } = parseArgs({ options: { scale: { type: 'string', default: 'small' }, only: { type: 'string' } } });
const scale = values.scale;
if (!(scale in scales)) {
  process.stderr.write(`Onbekende schaal "${scale}". Kies uit: ${Object.keys(scales).join(', ')}.\n`);
  process.exit(2);
}
if (values.only !== undefined && !['platform', 'registry', 'signals'].includes(values.only)) {
  process.stderr.write(`Onbekend onderdeel "${values.only}". Kies uit: platform, registry, signals.\n`);
  process.exit(2);
}
const { config, database } = await openConfigured();
try {
  await migrateToLatest(database.db);
  const log = (line: string) => process.stdout.write(`  ${line}\n`);
  if (values.only === undefined || values.only === 'platform') {
    const report = await seedVolume(database.db, config.secrets.pseudonymKey, scale as Scale, log);
    process.stdout.write(
      `Schaal ${scale}: ${report.users} gebruikers, ${report.tasks} taken, ${report.auditEvents} auditregels, ${report.processingLines} verwerkingsregels in ${report.ms} ms.\n`,
    );
  }
  if (values.only === undefined || values.only === 'signals') {
    const signals = await seedSignalsVolume(database.db, scale as Scale, log);
    process.stdout.write(`Meldingen ${scale}: ${signals.signals} meldingen in ${signals.ms} ms.\n`);
  }
  if (values.only === undefined || values.only === 'registry') {
    const registry = await seedRegistryVolume(database.db, scale as Scale, log);
    process.stdout.write(`Register ${scale}: ${registry.subjects} subjecten, ${registry.relations} relaties in ${registry.ms} ms.\n`);
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
