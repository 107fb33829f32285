import { GridcaseProvider } from '@gridcase/ui';
import type { Preview } from '@storybook/react-vite';
import { configure } from 'storybook/test';

// Play functions run on a shared 2-core machine next to every other test project: layout
// (React Flow, elkjs) can take well over testing-library's default 1 s to settle there.
// A longer wait changes no assertion; each must still come true.
configure({ asyncUtilTimeout: 10_000 });

/** Stories run at a fixed time so due and overdue badges do not drift. */
export const STORY_NOW = new Date('2026-11-23T02:00:00.000Z');
const now = () => STORY_NOW;

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // axe runs on every story; a violation fails its test
    a11y: { test: 'error' },
    layout: 'padded',
  },
  globalTypes: {
    locale: {
      description: '界面语言 / UI language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '简体中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN' },
  decorators: [
    (Story, context) => (
      <GridcaseProvider locale={context.globals.locale === 'en' ? 'en' : 'zh-CN'} now={now}>
        <Story />
      </GridcaseProvider>
    ),
  ],
};

export default preview;
