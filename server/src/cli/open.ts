import { loadConfig, type Config } from '../config.js';
import { openDatabase, pgliteDirFor, type DatabaseHandle } from '../kernel/db.js';

/** Opens the configured database for a command-line tool (same configuration as the server). */
export async function openConfigured(): Promise<{ config: Config; database: DatabaseHandle }> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.databaseUrl ? undefined : pgliteDirFor(config.dataDir) });
  return { config, database };
}
