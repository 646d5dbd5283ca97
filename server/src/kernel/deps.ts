import type { Config } from '../config.js';
import type { DatabaseHandle, Db } from './db.js';
import type { FileStore } from './files.js';

/** What every module gets at registration: explicit dependencies, no globals. */
export interface AppDeps {
  db: Db;
  database: DatabaseHandle;
  config: Config;
  files: FileStore;
}
