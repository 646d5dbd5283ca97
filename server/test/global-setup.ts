import { mkdirSync, writeFileSync } from 'node:fs';
import { migrateToLatest, openDatabase } from '../src/kernel/db.js';
import { seedReferenceData } from '../src/db/seed/reference.js';
import { adminQuery, pgliteTemplateFile, pgTemplateName, testServerUrl, testTmpDir, urlWithDatabase } from './database.js';

/** Migrates one template database; every test file clones it instead of migrating again. */
export default async function setup(): Promise<void> {
  mkdirSync(testTmpDir, { recursive: true });
  const serverUrl = testServerUrl();
  if (!serverUrl) {
    const handle = await openDatabase({});
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    const dump = await handle.pglite!.dumpDataDir('gzip');
    writeFileSync(pgliteTemplateFile, Buffer.from(await dump.arrayBuffer()));
    await handle.close();
    return;
  }
  await adminQuery(serverUrl, `drop database if exists ${pgTemplateName} with (force)`);
  await adminQuery(serverUrl, `create database ${pgTemplateName}`);
  const handle = await openDatabase({ databaseUrl: urlWithDatabase(serverUrl, pgTemplateName) });
  await migrateToLatest(handle.db);
  await seedReferenceData(handle.db);
  await handle.close();
}
