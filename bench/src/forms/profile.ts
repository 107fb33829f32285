// Where a variant's time goes: `pnpm exec tsx bench/src/forms/profile.ts schemaform [load|keys]`.
// Builds the pages unminified (names survive), records a Chromium CPU profile of the page load
// or of the steady keystrokes (keys 2-20) and prints the functions with the most self time.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium';
import { buildPages } from './build';
import { servePages } from './serve';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const variant = process.argv[2] ?? 'schemaform';
const phase = process.argv[3] === 'keys' ? 'keys' : 'load';
const dir = await mkdtemp(join(tmpdir(), 'gridcase-forms-profile-'));
await buildPages(dir, { minify: false });
const server = await servePages(dir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  if (phase === 'load') await cdp.send('Profiler.start');
  await page.goto(`${server.origin}/${variant}.html`);
  await page.evaluate(
    () => (window as unknown as { __bench: { ready: Promise<void> } }).__bench.ready,
  );
  if (phase === 'keys') {
    const field = await page.evaluate(
      () => (window as unknown as { __bench: { keyField: string } }).__bench.keyField,
    );
    await page.click(field);
    await page.keyboard.press('a');
    await new Promise((r) => setTimeout(r, 200));
    await cdp.send('Profiler.start');
    for (const key of 'bcdefghijklmnopqrst') {
      await page.keyboard.press(key);
      await page.evaluate(() => new Promise(requestAnimationFrame));
    }
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] };
  };
  const perSample = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
  const self = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const t = (node.hitCount ?? 0) * perSample;
    if (!t) continue;
    const file = url.split('/').pop() || '(native)';
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + t);
    byFile.set(file, (byFile.get(file) ?? 0) + t);
  }
  // Inclusive time: each sample counts once for every function on its stack.
  const parent = new Map<number, ProfileNode>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node);
  const total = new Map<string, number>();
  for (const id of profile.samples) {
    const seen = new Set<string>();
    for (let node = byId.get(id); node; node = parent.get(node.id)) {
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName && url)
        seen.add(`${functionName} ${url.split('/').pop()}:${lineNumber + 1}`);
    }
    for (const key of seen) total.set(key, (total.get(key) ?? 0) + perSample);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`);
  process.stdout.write(
    [
      `${variant} ${phase}: self time`,
      ...top(self, 25),
      '',
      'inclusive',
      ...top(total, 45),
      '',
      'by file',
      ...top(byFile, 10),
      '',
    ].join('\n'),
  );
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
