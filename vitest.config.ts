import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Fluent UI's context selector imports `scheduler` as a peer, which npm installed only under
// react-dom: point the pane's tests at that copy (webpack.config.js does the same).
const require = createRequire(import.meta.url);
const scheduler = path.dirname(
  require.resolve('scheduler/package.json', {
    paths: [path.dirname(require.resolve('react-dom/package.json'))],
  }),
);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          testTimeout: 120_000,
        },
      },
      {
        resolve: { alias: { scheduler } },
        test: {
          name: 'dom',
          environment: 'jsdom',
          server: { deps: { inline: [/@fluentui\//] } },
          include: ['tests/**/*.test.tsx'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // Builds the page and the CLI once, serves the page, starts one Chromium.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
