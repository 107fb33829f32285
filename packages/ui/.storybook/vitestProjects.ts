import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumBrowser } from '../../../scripts/chromium';
import { uiAlias } from './main';

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
    test: {
      name: 'storybook',
      browser: chromiumBrowser(),
    },
  };
}
