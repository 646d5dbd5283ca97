import { migrateToLatest } from '../server/src/kernel/db.js';
import { loadConfig } from '../server/src/config.js';
import { DEMO_PASSWORD, demoAccounts, seedDemo } from '../server/src/db/seed/demo.js';
import { seedRegistryDemo } from '../server/src/db/seed/registry-demo.js';
import { seedCareersDemo } from '../server/src/db/seed/careers-demo.js';
import { seedEnforcementDemo } from '../server/src/db/seed/enforcement-demo.js';
import { seedSignalsDemo } from '../server/src/db/seed/signals-demo.js';
import { buildApp } from '../server/src/app.js';
import { MemoryFileStore } from '../server/src/kernel/files.js';
import { cloneTestDatabase } from '../server/test/database.js';
import { totpAt } from '../server/test/totp.js';

export interface TestServer {
  url: string;
  close(): Promise<void>;
  /** A TOTP code for a secret that the server has not seen yet (see below). */
  totp(secret: string): string;
  demo: { users: { username: string; password: string; totpSecret: string }[] };
}

/**
 * Starts the real application in demo mode on a fresh database (PGlite in memory, or a clone on the
 * PostgreSQL server in DATABASE_URL) on a free port, serving the built web app.
 */
export async function startTestServer(): Promise<TestServer> {
  const database = await cloneTestDatabase();
  const config = loadConfig(
    { NODE_ENV: 'test', DATA_DIR: '/nonexistent-e2e-data', LOG_LEVEL: 'silent', DEMO: 'true', PORT: '0' },
    { inMemory: true, databaseUrl: database.url },
  );
  await migrateToLatest(database.db);
  await seedDemo(database.db, config.secrets.encryptionKey);
  await seedRegistryDemo(database.db, config);
  await seedSignalsDemo(database.db, config);
  const files = new MemoryFileStore();
  await seedEnforcementDemo(database.db, config, files);
  await seedCareersDemo(database.db, config);
  const app = await buildApp({ config, database, files, logger: false });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  // The server refuses a code whose time step it has already accepted (replay protection) and
  // accepts one step of drift either way. Hand out each step once per secret: the current step,
  // then the next; when both are used, wait for the clock to move on.
  const lastStep = new Map<string, number>();
  const totp = (secret: string): string => {
    for (;;) {
      const now = Math.floor(Date.now() / 1000 / 30);
      const step = Math.max(now, (lastStep.get(secret) ?? -1) + 1);
      if (step <= now + 1) {
        lastStep.set(secret, step);
        return totpAt(secret, step);
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  };
  return {
    url,
    totp,
    demo: { users: demoAccounts.map((a) => ({ username: a.username, password: DEMO_PASSWORD, totpSecret: a.totpSecret })) },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
