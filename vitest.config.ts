import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { storybookProject, uiBrowserProject } from './packages/ui/.storybook/vitestProjects';
import { BROWSER_TEST_TIMEOUT, chromiumBrowser } from './scripts/chromium';

/**
 * One vitest run across every package. Convention:
 * - `*.test.ts(x)` runs in Node;
 * - `*.browser.test.ts(x)` runs in real Chromium.
 * Vitest ignores `projects` nested in a package's own config, so all are listed here.
 */
const nodeProject = (name: string, dir: string, skip: string[] = []) => ({
  test: {
    name,
    root: dir,
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: ['**/*.browser.test.*', '**/node_modules/**', ...skip],
    environment: 'node' as const,
    // vitest's 5 s default is too short for a test that imports a module graph cold while
    // every project runs at once on a 2-core CI machine (docs samples timed out so)
    testTimeout: 30_000,
  },
});

/** Server tests that need PostgreSQL; `server:postgres` runs them on a throwaway cluster. */
const POSTGRES_TESTS = ['src/store/postgres/**/*.test.ts', 'src/migrateStore/**/*.test.ts'];

const postgresProject = () => ({
  test: {
    name: 'server:postgres',
    root: 'packages/server',
    include: POSTGRES_TESTS,
    environment: 'node' as const,
    globalSetup: ['../../scripts/pgGlobalSetup.ts'],
  },
});

const browserProject = (name: string, dir: string) => ({
  plugins: [react()],
  root: dir,
  test: {
    name,
    include: ['src/**/*.browser.test.{ts,tsx}', 'test/**/*.browser.test.{ts,tsx}'],
    browser: chromiumBrowser(),
    testTimeout: BROWSER_TEST_TIMEOUT,
  },
});

export default defineConfig({
  test: {
    reporters: ['default', './scripts/ciSummaryReporter.ts'],
    projects: [
      nodeProject('engine', 'packages/engine'),
      nodeProject('bench', 'bench'),
      nodeProject('forms', 'packages/forms'),
      browserProject('forms:chromium', 'packages/forms'),
      nodeProject('server', 'packages/server', POSTGRES_TESTS),
      postgresProject(),
      nodeProject('ui', 'packages/ui'),
      uiBrowserProject(),
      storybookProject(),
      nodeProject('example-county-server', 'examples/county-server'),
      {
        // the example end to end: a real server and real Chromium driven by playwright
        test: {
          name: 'example-web:e2e',
          root: 'examples/web',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node' as const,
          globalSetup: ['test/e2e/globalSetup.ts'],
          // generous limits: CI runs every project at once on 2 cores
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
