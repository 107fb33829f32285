import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

/** Stories import `@gridcase/ui` like a host app does; this points the name at the source. */
export const uiAlias = {
  '@gridcase/ui': fileURLToPath(new URL('../src/index.ts', import.meta.url)),
};

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen' },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      resolve: { alias: uiAlias },
      build: { chunkSizeWarningLimit: 4096 },
    });
  },
};

export default config;
