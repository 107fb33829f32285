import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CountyServer, loadConfig, startCountyServer } from '@gridcase/example-county-server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { inject } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium';

/** Where screenshots go: `examples/artifacts/` (git-ignored). */
export const ARTIFACTS = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'artifacts',
);

/** One test file's world: its own server on a copy of the seed, and a Chromium. */
export interface E2e {
  server: CountyServer;
  browser: Browser;
  /** A new signed-in tab (its own browser context) for a demo user, on the worklist. */
  signIn(username: string, options?: TabOptions): Promise<Page>;
  /** A new tab with nobody signed in (a citizen), at `path`. */
  visit(path: string, options?: TabOptions): Promise<Page>;
  /** Saves a full-page screenshot as `examples/artifacts/<name>.png`. */
  shot(page: Page, name: string): Promise<void>;
  /** Calls the API as a demo user (development sign-in), JSON in and out. */
  api(username: string, method: string, path: string, body?: unknown): Promise<ApiAnswer>;
  /** Moves the server's test clock and fires what fell due; resolves to how many fired. */
  advanceClock(ms: number): Promise<number>;
  close(): Promise<void>;
}

export interface TabOptions {
  locale?: 'zh-CN' | 'en';
  /** A phone: 360 × 740 CSS px, touch, the mobile viewport (what grid members and citizens hold). */
  phone?: boolean;
}

/** The phone every mobile test uses: a common small Android screen. */
export const PHONE = { width: 360, height: 740 };

export interface ApiAnswer {
  status: number;
  body: Record<string, unknown> & { case?: { id: string; version: number; stages: string[] } };
}

const quiet = { info() {}, warn() {}, error() {} };

/**
 * Starts the example server on a copy of the seeded data (test clock on) and launches Chromium.
 *
 * @example
 * ```ts
 * const e2e = await startE2e();
 * const page = await e2e.signIn('lh-grid-wh1');
 * ```
 */
export async function startE2e(): Promise<E2e> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gridcase-e2e-data-'));
  cpSync(inject('e2eSeedDir'), dataDir, { recursive: true });
  const server = await startCountyServer(
    loadConfig({
      GRIDCASE_DATA_DIR: dataDir,
      GRIDCASE_PORT: '0',
      GRIDCASE_WEB_DIST: inject('e2eWebDist'),
      GRIDCASE_TEST_CLOCK: '1',
    }),
    { logger: quiet },
  );
  server.testClock?.set(inject('e2eSeedNow'));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const contexts: BrowserContext[] = [];
  const tokens = new Map<string, string>();
  mkdirSync(ARTIFACTS, { recursive: true });

  const newTab = async (options: TabOptions) => {
    const context = await browser.newContext({
      viewport: options.phone ? PHONE : { width: 1366, height: 900 },
      ...(options.phone ? { isMobile: true, hasTouch: true } : {}),
      locale: options.locale ?? 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    contexts.push(context);
    if (options.locale) {
      await context.addInitScript((locale) => {
        window.localStorage.setItem('gridcase.locale', locale);
      }, options.locale);
    }
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    return page;
  };

  const e2e: E2e = {
    server,
    browser,
    async signIn(username, options = {}) {
      const page = await newTab(options);
      await page.goto(`${server.url}/login`);
      await page.getByRole('tab').first().waitFor();
      // the sign-in page shows one county's users at a time
      const button = page.locator(`button[data-username="${username}"]`);
      for (const tab of await page.getByRole('tab').all()) {
        await tab.click();
        if ((await button.count()) > 0) break;
      }
      await button.click();
      await page.getByTestId('current-user').waitFor();
      return page;
    },
    async visit(path, options = {}) {
      const page = await newTab(options);
      await page.goto(`${server.url}${path}`);
      return page;
    },
    async shot(page, name) {
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    },
    async api(username, method, path, body) {
      let token = tokens.get(username);
      if (!token) {
        const res = await fetch(`${server.url}/api/auth/dev-login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username }),
        });
        token = ((await res.json()) as { token: string }).token;
        tokens.set(username, token);
      }
      const res = await fetch(`${server.url}/api${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'accept-language': 'zh-CN',
          'idempotency-key': crypto.randomUUID(),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : {} };
    },
    async advanceClock(ms) {
      const res = await fetch(`${server.url}/example/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advanceMs: ms }),
      });
      return ((await res.json()) as { fired: number }).fired;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return e2e;
}
