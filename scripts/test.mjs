#!/usr/bin/env node
// `npm test`: unit and integration tests (Vitest, app.inject on PGlite or, with DATABASE_URL, PostgreSQL),
// then the browser tier (Chromium through playwright-core, axe-core). Without a browser the browser tier is
// skipped loudly; with CI=true a missing browser fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, '.test-tmp');
mkdirSync(tmp, { recursive: true });
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ci = process.env.CI === 'true' || process.env.CI === '1';
const database = process.env.DATABASE_URL ? `PostgreSQL (${new URL(process.env.DATABASE_URL).host})` : 'PGlite (in memory)';
const extra = process.argv.slice(2);

const totals = { passed: 0, failed: 0, skipped: 0 };
let failed = false;

function vitest(config, report) {
  const out = join(tmp, report);
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...extra],
    { stdio: 'inherit', cwd: root, env: process.env },
  );
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
  }
  if (result.status !== 0) failed = true;
}

console.log(`\n=== Unit and integration tests on ${database} ===\n`);
vitest('server/vitest.config.ts', 'server-results.json');

console.log('\n=== Web unit tests ===\n');
vitest('web/vite.config.ts', 'web-results.json');

if (existsSync(chromium)) {
  console.log(`\n=== Browser tests (Chromium ${chromium}) on ${database} ===\n`);
  const build = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
    cwd: root,
  });
  if (build.status !== 0) {
    console.error('The web app did not build; browser tests not run.');
    failed = true;
  } else {
    vitest('e2e/vitest.config.ts', 'e2e-results.json');
  }
} else {
  const banner = '!'.repeat(78);
  console.error(`\n${banner}\n!! BROWSER TESTS SKIPPED: no Chromium at ${chromium}.`);
  console.error('!! Install it with `apt-get install -y chromium` or set CHROMIUM_PATH.');
  if (ci) console.error('!! CI=true: a missing browser is a failure.');
  console.error(`${banner}\n`);
  if (ci) failed = true;
}

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failed || totals.failed > 0 ? 1 : 0);
