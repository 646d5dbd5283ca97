import { createHmac } from 'node:crypto';
import { migrateToLatest } from '../server/src/kernel/db.js';
import { loadConfig } from '../server/src/config.js';
import { DEMO_PASSWORD, demoAccounts, seedDemo } from '../server/src/db/seed/demo.js';
import { buildApp } from '../server/src/app.js';
import { MemoryFileStore } from '../server/src/kernel/files.js';
import { cloneTestDatabase } from '../server/test/database.js';

export interface TestServer {
  url: string;
  close(): Promise<void>;
  /** A TOTP code for a secret that the server has not seen yet (see below). */
  totp(secret: string): string;
  demo: { users: { username: string; password: string; totpSecret: string }[] };
}

function base32Decode(input: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of input.replace(/=+$/, '').toUpperCase()) {
    const idx = alphabet.indexOf(ch);
    if (idx < 0) throw new Error(`not base32: ${ch}`);
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 6238 code (SHA-1, 6 digits, 30 s) for one time step. */
export function totpAt(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  const code = (digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return code.toString().padStart(6, '0');
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
  const app = await buildApp({ config, database, files: new MemoryFileStore(), logger: false });
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
