import { join } from 'node:path';
import { LocalFileStore } from '../kernel/files.js';
import { runRetention } from '../modules/signals/index.js';
import { openConfigured } from './open.js';

/**
 * `npm run signals:retention`: applies the retention term of signals now (the server also does it
 * daily): destroys signals that led to nothing once closed for the configured number of months, and
 * prints how many. On the embedded database, stop the server first.
 */
const { config, database } = await openConfigured();
try {
  const result = await runRetention({
    db: database.db,
    config,
    files: new LocalFileStore(join(config.dataDir, 'files')),
    actor: null,
    requestId: 'cli-signals-retention',
  });
  process.stdout.write(`Bewaartermijn toegepast: ${result.destroyed} meldingen vernietigd (afgehandeld vóór ${result.cutoff.toISOString()}).\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
