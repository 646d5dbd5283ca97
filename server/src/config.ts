import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** A configuration error names the environment variable that is wrong. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Configuratie ongeldig: ${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

const secretSchema = z.string().regex(/^[0-9a-f]{64}$/i, 'moet 64 hexadecimale tekens zijn (32 bytes), bijvoorbeeld uit `openssl rand -hex 32`');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'moet een postgres://-URL zijn')
    .optional(),
  SESSION_SECRET: secretSchema.optional(),
  ENCRYPTION_KEY: secretSchema.optional(),
  PSEUDONYM_KEY: secretSchema.optional(),
  DEMO: z.enum(['true', 'false']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  AUDIT_ENABLED: z.enum(['true', 'false']).default('true'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  UPLOAD_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(200 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  MIGRATE_ON_START: z.enum(['true', 'false']).default('true'),
  PUBLIC_REPORTS_PER_HOUR: z.coerce.number().int().min(1).default(30),
  MAP_TILE_URL: z.string().max(500).optional(),
  MAP_TILE_ATTRIBUTION: z.string().max(200).optional(),
});

export interface Secrets {
  /** Key for HMAC of session and CSRF tokens. */
  sessionSecret: Buffer;
  /** AES-256-GCM key for encrypted fields (TOTP secrets, later BSN). */
  encryptionKey: Buffer;
  /** HMAC key that pseudonymises data-subject ids in the processing log. */
  pseudonymKey: Buffer;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  production: boolean;
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL URL; when absent the embedded PGlite database in `dataDir/pg` is used. */
  databaseUrl: string | undefined;
  /** In-memory PGlite (tests only). */
  inMemory: boolean;
  secrets: Secrets;
  /** Demo mode seeds demo accounts with published passwords; refused in production. */
  demo: boolean;
  logLevel: string;
  auditEnabled: boolean;
  trustProxy: boolean;
  bodyLimit: number;
  uploadLimit: number;
  rateLimitPerMinute: number;
  /** Run pending migrations at start (default). Off when a separate owner role migrates (see README). */
  migrateOnStart: boolean;
  /** Public reports per client (hashed address) per hour per process; more answers 429 (ADR 0011). */
  publicReportsPerHour: number;
  /** Tile URL template ({z}/{x}/{y}) of the map on the public form; none: a map without background tiles. */
  mapTileUrl: string | undefined;
  mapTileAttribution: string | undefined;
}

function formatIssue(issue: z.core.$ZodIssue): ConfigError {
  const variable = String(issue.path[0] ?? 'onbekend');
  return new ConfigError(variable, issue.message);
}

/**
 * Reads and validates the configuration. Fails with a {@link ConfigError} naming the variable.
 * Secrets missing in development are generated once into `DATA_DIR/secrets.json`;
 * in production they are required.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw formatIssue(parsed.error.issues[0]!);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const demo = e.DEMO === undefined ? !production : e.DEMO === 'true';
  if (production && demo) {
    throw new ConfigError('DEMO', 'demomodus (met gepubliceerde wachtwoorden) is niet toegestaan in productie');
  }
  if (production && e.AUDIT_ENABLED === 'false') {
    throw new ConfigError('AUDIT_ENABLED', 'de audittrail mag in productie niet uit (alleen voor benchmarks)');
  }
  const dataDir = resolve(e.DATA_DIR);
  const secrets = overrides.secrets ?? resolveSecrets(e, dataDir, production, overrides.inMemory ?? false);
  return {
    env: e.NODE_ENV,
    production,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    inMemory: false,
    secrets,
    demo,
    logLevel: e.LOG_LEVEL,
    auditEnabled: e.AUDIT_ENABLED === 'true',
    trustProxy: e.TRUST_PROXY === 'true',
    bodyLimit: e.BODY_LIMIT,
    uploadLimit: e.UPLOAD_LIMIT,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    migrateOnStart: e.MIGRATE_ON_START === 'true',
    publicReportsPerHour: e.PUBLIC_REPORTS_PER_HOUR,
    mapTileUrl: e.MAP_TILE_URL,
    mapTileAttribution: e.MAP_TILE_ATTRIBUTION,
    ...overrides,
  };
}

type SecretVar = 'SESSION_SECRET' | 'ENCRYPTION_KEY' | 'PSEUDONYM_KEY';
const secretVars: SecretVar[] = ['SESSION_SECRET', 'ENCRYPTION_KEY', 'PSEUDONYM_KEY'];

function resolveSecrets(e: z.infer<typeof envSchema>, dataDir: string, production: boolean, inMemory: boolean): Secrets {
  const values: Partial<Record<SecretVar, string>> = {};
  for (const v of secretVars) {
    const value = e[v];
    if (value) values[v] = value;
  }
  const missing = secretVars.filter((v) => !values[v]);
  if (missing.length > 0) {
    if (production) {
      throw new ConfigError(missing[0]!, 'verplicht in productie (NODE_ENV=production)');
    }
    if (inMemory) {
      for (const v of missing) values[v] = randomBytes(32).toString('hex');
    } else {
      const stored = readOrCreateSecretsFile(dataDir);
      for (const v of missing) values[v] = stored[v];
    }
  }
  return {
    sessionSecret: Buffer.from(values.SESSION_SECRET!, 'hex'),
    encryptionKey: Buffer.from(values.ENCRYPTION_KEY!, 'hex'),
    pseudonymKey: Buffer.from(values.PSEUDONYM_KEY!, 'hex'),
  };
}

function readOrCreateSecretsFile(dataDir: string): Record<SecretVar, string> {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const schema = z.object({ SESSION_SECRET: secretSchema, ENCRYPTION_KEY: secretSchema, PSEUDONYM_KEY: secretSchema });
    const result = schema.safeParse(raw);
    if (!result.success) {
      throw new ConfigError('DATA_DIR', `${file} is beschadigd: ${result.error.issues[0]?.message ?? ''}`);
    }
    return result.data;
  }
  mkdirSync(dataDir, { recursive: true });
  const created = {
    SESSION_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    PSEUDONYM_KEY: randomBytes(32).toString('hex'),
  };
  writeFileSync(file, JSON.stringify(created, null, 2), { mode: 0o600 });
  return created;
}
