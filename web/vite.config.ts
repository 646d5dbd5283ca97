import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.DWARSBOOM_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: webRoot,
  base: '/app/',
  // Keep Vite's cache in the root node_modules instead of creating web/node_modules.
  cacheDir: '../node_modules/.vite-web',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Keep every asset a separate same-origin file (no data: URIs), which the strict CSP handles best.
    assetsInlineLimit: 0,
    // The server-rendered public pages link the app's style sheets by name from this manifest.
    manifest: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks, so an app change does not invalidate them in the browser cache.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/](react-router|react-router-dom)[\\/]/ },
            { name: 'utrecht', test: /node_modules[\\/]@utrecht[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': apiTarget,
      '/health': apiTarget,
      '/ready': apiTarget,
    },
  },
  test: {
    // Unit tests of pure client logic; the browser flows are covered by e2e/.
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
  },
});
