import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import type { Confidentiality, Role } from '../src/kernel/access.js';
import type { Db } from '../src/kernel/db.js';
import { MemoryFileStore } from '../src/kernel/files.js';
import { hashPassword } from '../src/kernel/passwords.js';
import { createSession, sessionCookieName } from '../src/kernel/session.js';
import { cloneTestDatabase } from './database.js';

export const TEST_PASSWORD = 'Correct-Horse-Battery-42';
let cachedHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  username: string;
  role: Role;
}

export interface Signed {
  cookie: string;
  csrf: string;
  user: TestUser;
}

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  config: Config;
  files: MemoryFileStore;
  close(): Promise<void>;
  /** Creates a user (TOTP not enrolled unless a secret is given) in the municipality or a named organisation. */
  createUser(options: {
    role: Role;
    username?: string;
    maxConfidentiality?: Confidentiality;
    organisationCode?: string;
    mustChangePassword?: boolean;
  }): Promise<TestUser>;
  /** An active session for a user without going through the login flow (the flow has its own tests). */
  signIn(user: TestUser): Promise<Signed>;
  /** Inject with a signed-in session: cookie and, for writes, the CSRF header. */
  as(
    signed: Signed,
    options: { method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; url: string; payload?: unknown; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent-test-data', LOG_LEVEL: 'silent', DEMO: 'false' }, { inMemory: true, ...overrides });
}

/** A fresh app on a fresh clone of the migrated template database. */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await cloneTestDatabase();
  const config = testConfig({ databaseUrl: database.url, ...overrides });
  const files = new MemoryFileStore();
  const app = await buildApp({ config, database, files, logger: false });
  await app.ready();
  const db = database.db;
  const cookieName = sessionCookieName(config);

  const createUser: TestApp['createUser'] = async (options) => {
    cachedHash ??= hashPassword(TEST_PASSWORD);
    const org = await db
      .selectFrom('organisations')
      .select('id')
      .where('code', '=', options.organisationCode ?? 'gemeente-utrecht')
      .executeTakeFirstOrThrow();
    const username = options.username ?? `${options.role}-${randomBytes(4).toString('hex')}`;
    const row = await db
      .insertInto('users')
      .values({
        username,
        display_name: `Test ${username}`,
        email: `${username}@test.invalid`,
        role: options.role,
        organisation_id: org.id,
        max_confidentiality: options.maxConfidentiality ?? 'vertrouwelijk',
        password_hash: await cachedHash,
        must_change_password: options.mustChangePassword ?? false,
        totp_secret_enc: null,
        totp_enrolled_at: null,
        totp_last_step: null,
        active: true,
        locked_until: null,
        last_login_at: null,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, username, role: options.role };
  };

  const signIn: TestApp['signIn'] = async (user) => {
    const session = await createSession(db, config, user.id, 'active');
    return { cookie: `${cookieName}=${session.token}`, csrf: session.csrfToken, user };
  };

  const as: TestApp['as'] = (signed, options) =>
    app.inject({
      method: options.method,
      url: options.url,
      ...(options.payload !== undefined ? { payload: options.payload as string } : {}),
      headers: {
        cookie: signed.cookie,
        ...(options.method === 'GET' ? {} : { 'x-csrf-token': signed.csrf }),
        ...options.headers,
      },
    });

  return {
    app,
    db,
    config,
    files,
    createUser,
    signIn,
    as,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** The session cookie a response sets, as a `name=value` pair for the next request. */
export function cookieFrom(response: LightMyRequestResponse, name: string): string {
  const set = response.cookies.find((c) => c.name === name);
  if (!set) throw new Error(`response sets no cookie ${name}`);
  return `${set.name}=${set.value}`;
}
