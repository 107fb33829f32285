import { existsSync } from 'node:fs';
import { playwright } from '@vitest/browser-playwright';

/** Where the Chromium for browser tests lives; `scripts/bootstrap.mjs` installs Debian's. */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? '/usr/bin/chromium';
}

/** Flags that keep Chromium quiet on a closed network (see ../shared/TOOLCHAIN.md). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * How long one browser test may take. Vitest's browser default (15 s) is too short for a
 * file's first test on CI, where every project runs at once on 2 cores and the first test
 * also pays for loading the page and its modules (seen: 7 s idle, over 15 s loaded).
 */
export const BROWSER_TEST_TIMEOUT = 60_000;

/**
 * Browser options for one vitest project. Built fresh per project: vitest must not
 * share one options object between two projects.
 */
export function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
  };
}
