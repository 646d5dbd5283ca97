import { join } from 'node:path';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './kernel/db.js';
import { LocalFileStore } from './kernel/files.js';
import { buildPublicApp } from './public-app.js';

/**
 * Entry point of the public process (`npm run start:public`, ADR 0011): the reporting form and the other
 * public pages, on their own port, with their own database role. It never migrates or seeds: the staff
 * process or `npm run db:migrate` does that, as the schema owner.
 *
 * Environment: as the staff process (the same ENCRYPTION_KEY and PSEUDONYM_KEY, the same DATA_DIR or
 * shared storage for the photos), plus
 * - PUBLIC_PORT (default 3001),
 * - PUBLIC_DATABASE_URL, the public role's connection; falls back to DATABASE_URL. One of them is
 *   required: PGlite cannot be shared between processes.
 */

/** The configuration of the public process, from the environment. Throws a ConfigError naming the variable. */
export function loadPublicConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PUBLIC_PORT ?? '3001';
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) throw new ConfigError('PUBLIC_PORT', 'moet een poortnummer zijn (0–65535)');
  const databaseUrl = env.PUBLIC_DATABASE_URL || env.DATABASE_URL;
  if (!databaseUrl) {
    throw new ConfigError(
      'PUBLIC_DATABASE_URL',
      'verplicht (of DATABASE_URL): het publieke proces gebruikt PostgreSQL, want de ingebouwde database (PGlite) kan maar door één proces worden gebruikt',
    );
  }
  try {
    return loadConfig({ ...env, PORT: port, DATABASE_URL: databaseUrl, MIGRATE_ON_START: 'false', DEMO: 'false' });
  } catch (error) {
    // Name the variable as the operator set it.
    if (error instanceof ConfigError && error.variable === 'DATABASE_URL' && env.PUBLIC_DATABASE_URL) {
      throw new ConfigError('PUBLIC_DATABASE_URL', error.message.replace(/^Configuratie ongeldig: DATABASE_URL: /, ''));
    }
    throw error;
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadPublicConfig();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl });
  const files = new LocalFileStore(join(config.dataDir, 'files'));
  const app = await buildPublicApp({ config, database, files, logger: true });
  const url = await app.listen({ port: config.port, host: config.host });
  process.stdout.write(`Dwarsboom, publiek deel (melden), draait op ${url}/melden\n`);
  const stop = (signal: string): void => {
    app.log.info({ signal }, 'shutting down');
    app
      .close()
      .then(() => database.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

await main();
