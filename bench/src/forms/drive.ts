import type { Browser, CDPSession } from 'playwright';
import type { BenchProbe, KeyRecord } from './page/probe';

/** What one page load measured. */
export interface LoadResult {
  /** ms from navigation start. */
  entry: number;
  painted: number;
  /**
   * CDP ScriptDuration when the runner saw the paint, ms. Work scheduled right after the paint
   * (an idle callback) may or may not be in it: it runs while the runner's request is on its way.
   */
  scriptToPaint: number;
  /** CDP ScriptDuration half a second after the paint, just before typing: every bit of JS so far. */
  scriptToTyping: number;
  inputs: number;
  mountRenders: number;
  /** JS heap half a second after the form was painted, bytes (after a forced GC). */
  heapBeforeTyping: number;
  heapAfterTyping: number;
  keys: (KeyRecord & { cdpScript: number })[];
  /** What the field holds after typing (a sanity check). */
  typed: string;
  /** Whether the field showed its error after typing (a sanity check). */
  errorShown: boolean;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Loads `url` in a fresh browser context, waits for the form to be painted, reads the heap, then
 * types `text` into the page's key field one key at a time (trusted key events through CDP),
 * waiting for each key's frame before the next.
 *
 * @example
 * ```ts
 * const load = await measureLoad(browser, `${origin}/rjsf.html`, 'abcdefghijkl');
 * load.keys[1]?.inputJs; // ms of JS the second key's input event ran
 * ```
 */
export async function measureLoad(
  browser: Browser,
  url: string,
  text: string,
): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    await page.evaluate(() => window.__bench.ready);
    const scriptToPaint = (await scriptSeconds(cdp)) * 1000;
    const load = await page.evaluate(() => {
      const { entry, painted, inputs, mountRenders, keyField, keyError } = window.__bench;
      return { entry, painted, inputs, mountRenders, keyField, keyError };
    });
    // A person looks at the form before typing: let anything scheduled after paint run first.
    await pause(500);
    const scriptToTyping = (await scriptSeconds(cdp)) * 1000;
    const heapBeforeTyping = await heapAfterGc(cdp);
    await page.click(load.keyField);
    await pause(100);
    const keys: LoadResult['keys'] = [];
    for (const key of text) {
      const before = await scriptSeconds(cdp);
      await page.keyboard.press(key);
      const record = await page.evaluate(() => window.__bench.lastKey!);
      keys.push({ ...record, cdpScript: ((await scriptSeconds(cdp)) - before) * 1000 });
    }
    const typed = await page.inputValue(load.keyField);
    const errorShown = (await page.locator(load.keyError).count()) > 0;
    return {
      entry: load.entry,
      painted: load.painted,
      scriptToPaint,
      scriptToTyping,
      inputs: load.inputs,
      mountRenders: load.mountRenders,
      heapBeforeTyping,
      heapAfterTyping: await heapAfterGc(cdp),
      keys,
      typed,
      errorShown,
    };
  } finally {
    await context.close();
  }
}
