import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../src/kernel/db.js';

/** Folder shared by the global setup and the test files. */
export const testTmpDir = join(import.meta.dirname, '../../.test-tmp');
export const pgliteTemplateFile = join(testTmpDir, 'pglite-template.tar.gz');
export const pgTemplateName = 'dwarsboom_test_template';

/** PostgreSQL server for the suite, or undefined for PGlite. `DATABASE_URL` selects it, as for the app. */
export function testServerUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

export function urlWithDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database for one test file: a clone of the template made by the global
 * setup (PGlite: loaded from a data-folder dump; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export async function cloneTestDatabase(): Promise<DatabaseHandle & { url: string | undefined }> {
  const serverUrl = testServerUrl();
  if (!serverUrl) {
    const dump = new Blob([readFileSync(pgliteTemplateFile)]);
    const handle = await openDatabase({ loadDataDir: dump });
    return { ...handle, url: undefined };
  }
  const name = `dwarsboom_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name} template ${pgTemplateName}`);
  const url = urlWithDatabase(serverUrl, name);
  const handle = await openDatabase({ databaseUrl: url, poolSize: 5 });
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
