import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const secret = 'ab'.repeat(32);
const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'dwb-config-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('has working defaults for the embedded set-up and generates secrets once', () => {
    const dir = tempDir();
    const a = loadConfig({ DATA_DIR: dir });
    expect(a).toMatchObject({ port: 3000, databaseUrl: undefined, demo: true, production: false, dataDir: dir });
    const stored = JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')) as Record<string, string>;
    expect(stored['SESSION_SECRET']).toMatch(/^[0-9a-f]{64}$/);
    const b = loadConfig({ DATA_DIR: dir });
    expect(b.secrets.sessionSecret.equals(a.secrets.sessionSecret)).toBe(true);
  });

  it.each([
    [{ PORT: 'http' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ BODY_LIMIT: '-1' }, 'BODY_LIMIT'],
  ])('names the variable when %o is wrong', (env, variable) => {
    const error = errorOf(() => loadConfig({ DATA_DIR: tempDir(), ...env }));
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
  });

  it('requires the secrets in production, naming the first missing one', () => {
    const error = errorOf(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y', SESSION_SECRET: secret }));
    expect(error.variable).toBe('ENCRYPTION_KEY');
  });

  it('refuses demo mode in production', () => {
    const env = { NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y', SESSION_SECRET: secret, ENCRYPTION_KEY: secret, PSEUDONYM_KEY: secret };
    expect(loadConfig(env).demo).toBe(false);
    expect(errorOf(() => loadConfig({ ...env, DEMO: 'true' })).variable).toBe('DEMO');
  });

  it('refuses switching the audit trail off in production', () => {
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://x/y',
      SESSION_SECRET: secret,
      ENCRYPTION_KEY: secret,
      PSEUDONYM_KEY: secret,
      AUDIT_ENABLED: 'false',
    };
    expect(errorOf(() => loadConfig(env)).variable).toBe('AUDIT_ENABLED');
  });
});
