import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { compressAssets } from './scripts/build/compress-assets';
import { maplibrePlacement } from './scripts/build/maplibre-placement';

const serverPort = Number(process.env.PORT ?? 8080);
const backend = `http://127.0.0.1:${serverPort}`;

export default defineConfig({
  root: 'client',
  publicDir: false,
  plugins: [react(), maplibrePlacement(), compressAssets()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    manifest: true, // .vite/manifest.json: which chunks a page loads (scripts/bench/bundle-size.ts)
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': backend,
      '/data': backend,
      '/socket.io': { target: backend, ws: true },
    },
  },
  test: {
    root: '.',
    // CI also writes a JSON report so that .ci/run can print one closing line of totals.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'var/test-report.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: '.',
          include: ['core/**/*.test.ts', 'client/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          exclude: ['scripts/bench/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          root: '.',
          include: ['server/test/**/*.test.ts'],
          exclude: ['server/test/**/*.fuzz.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'fuzz',
          root: '.',
          include: ['server/test/**/*.fuzz.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // Ten thousand hostile payloads load both cores: after everything else, alone.
          sequence: { groupOrder: 3 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: '.',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Browser tests time what a user sees: they run after the other projects, not beside them.
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          root: '.',
          include: ['scripts/bench/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          // The benchmarks' smoke loads the machine (servers, sockets, Chromium): it runs last, alone.
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
