import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium';
import { buildPages } from './build';
import { measureLoad } from './drive';
import { servePages } from './serve';

await buildPages('/tmp/bf-dist');
const server = await servePages('/tmp/bf-dist');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const v of (process.argv[2] ?? 'schemaform,rhf').split(','))
  for (let i = 0; i < 3; i++) {
    const l = await measureLoad(browser, `${server.origin}/${v}.html`, 'abcdefghijklmnopqrst');
    console.log(v, l.keys.map((k) => k.inputJs.toFixed(2)).join(' '));
  }
await browser.close();
await server.close();
