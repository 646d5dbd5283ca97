import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from './config.js';
import { buildApp } from './app.js';
import { DEMO_PASSWORD, demoAccounts, isEmpty, seedDemo } from './db/seed/demo.js';
import { seedRegistryDemo } from './db/seed/registry-demo.js';
import { seedCareersDemo } from './db/seed/careers-demo.js';
import { seedEnforcementDemo } from './db/seed/enforcement-demo.js';
import { seedSignalsDemo } from './db/seed/signals-demo.js';
import { seedReferenceData } from './db/seed/reference.js';
import { migrateToLatest, openDatabase, pgliteDirFor, type DatabaseHandle } from './kernel/db.js';
import { LocalFileStore, MemoryFileStore } from './kernel/files.js';

export interface RunningServer {
  app: FastifyInstance;
  config: Config;
  database: DatabaseHandle;
  url: string;
  close(): Promise<void>;
}

/**
 * Opens the database, migrates, seeds (demo data on an empty database in demo mode; reference data
 * always), builds the app and listens.
 */
export async function startServer(config: Config, options: { logger?: boolean; loadDataDir?: Blob } = {}): Promise<RunningServer> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: config.databaseUrl || config.inMemory ? undefined : pgliteDirFor(config.dataDir),
    loadDataDir: options.loadDataDir,
  });
  const files = config.inMemory ? new MemoryFileStore() : new LocalFileStore(join(config.dataDir, 'files'));
  try {
    if (config.migrateOnStart) {
      await migrateToLatest(database.db);
      if (config.demo && (await isEmpty(database.db))) {
        await seedDemo(database.db, config.secrets.encryptionKey);
      } else {
        await seedReferenceData(database.db);
      }
      if (config.demo) {
        await seedRegistryDemo(database.db, config);
        await seedSignalsDemo(database.db, config);
        await seedEnforcementDemo(database.db, config, files);
        await seedCareersDemo(database.db, config);
      }
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  const app = await buildApp({ config, database, files, logger: options.logger ?? true });
  const address = await app.listen({ port: config.port, host: config.host });
  return {
    app,
    config,
    database,
    url: address,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export function demoBanner(config: Config, url: string): string {
  const lines = [
    '',
    `Dwarsboom draait op ${url}  (medewerkers: ${url}/app/, API-documentatie: ${url}/api/v1/docs)`,
    `Database: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${pgliteDirFor(config.dataDir)}`}`,
  ];
  if (config.demo) {
    lines.push(
      '',
      'DEMOMODUS: onderstaande accounts hebben een gepubliceerd wachtwoord en TOTP-geheim. Nooit in productie gebruiken.',
      `Wachtwoord voor alle demo-accounts: ${DEMO_PASSWORD}`,
      ...demoAccounts.map((a) => `  ${a.username.padEnd(11)} ${a.role.padEnd(16)} TOTP-geheim ${a.totpSecret}`),
      'Een code maken zonder telefoon: npm run totp -- <TOTP-geheim>',
      '',
    );
  }
  return lines.join('\n');
}

/** Entry point of `npm start`: configuration from the environment. */
export async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const started = performance.now();
  const server = await startServer(config);
  server.app.log.info({ startupMs: Math.round(performance.now() - started) }, 'ready');
  process.stdout.write(`${demoBanner(config, server.url)}\n`);
  const stop = (signal: string): void => {
    server.app.log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
