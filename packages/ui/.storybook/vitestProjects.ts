import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { BROWSER_TEST_TIMEOUT, chromiumBrowser } from '../../../scripts/chromium';
import { uiAlias } from './main';

/** Dependencies the components and stories load in the browser. */
export const browserDeps = [
  '@xyflow/react',
  'elkjs/lib/elk.bundled.js',
  'echarts/core',
  'echarts/charts',
  'echarts/components',
  'echarts/renderers',
  'react',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'react-dom/client',
  'axe-core',
  '@gridcase/forms > react-hook-form',
  '@gridcase/forms > ajv/dist/2020',
  '@gridcase/forms > ajv-formats/dist/formats',
  '@gridcase/forms > re2js',
  '@gridcase/forms > @noble/hashes/sha2.js',
  '@gridcase/forms > @noble/hashes/utils.js',
];

const uiDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * The `storybook` vitest project: every story of `@gridcase/ui` rendered in real Chromium,
 * its `play` function run and axe run on it (a11y violations fail). The root
 * `vitest.config.ts` lists it; it lives here because `@storybook/addon-vitest` is a
 * dependency of this package, not of the root.
 */
export function storybookProject() {
  return {
    plugins: [storybookTest({ configDir: fileURLToPath(new URL('.', import.meta.url)) })],
    root: uiDir,
    resolve: { alias: uiAlias },
    // Found up front, so a cold cache does not reload the page mid-run (a failed test file).
    optimizeDeps: { include: [...browserDeps] },
    test: {
      name: 'storybook',
      browser: chromiumBrowser(),
      testTimeout: BROWSER_TEST_TIMEOUT,
    },
  };
}

/**
 * The `ui:chromium` vitest project: `src/**\/*.browser.test.tsx` in real Chromium, resolving
 * as Storybook does.
 */
export function uiBrowserProject() {
  return {
    plugins: [react()],
    root: uiDir,
    resolve: { alias: uiAlias },
    optimizeDeps: { include: [...browserDeps] },
    test: {
      name: 'ui:chromium',
      include: ['src/**/*.browser.test.{ts,tsx}'],
      browser: chromiumBrowser(),
      testTimeout: BROWSER_TEST_TIMEOUT,
    },
  };
}
