#!/usr/bin/env node
// `npm start`: builds the web app and compiles the server when they are missing or older than their
// sources, then runs the server. The first start on an empty DATA_DIR migrates and seeds the demo set.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function buildIfStale(label, output, sources, command) {
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  if (built >= Math.max(...sources.map((s) => newest(join(root, s))))) return;
  console.log(`Building ${label}…`);
  const result = spawnSync(process.execPath, command, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

buildIfStale(
  'the web app',
  join(root, 'web/dist/index.html'),
  ['web/src', 'web/index.html', 'web/vite.config.ts', 'package-lock.json'],
  [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
);
buildIfStale(
  'the server',
  join(root, 'dist/server/src/main.js'),
  ['server/src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
);

const server = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/server/src/main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
