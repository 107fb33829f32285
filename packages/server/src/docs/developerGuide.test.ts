import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const GUIDE = fileURLToPath(new URL('../../../../docs/developer-guide.md', import.meta.url));
/** Inside the package, so `@gridcase/server` and its dependencies resolve as for a host. */
const DIR = fileURLToPath(new URL(`../../.docsamples-${process.pid}/`, import.meta.url));

const guide = await readFile(GUIDE, 'utf8');
const samples = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

afterAll(async () => {
  await rm(DIR, { recursive: true, force: true });
});

describe('docs/developer-guide.md', () => {
  it('has samples', () => {
    expect(samples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(samples.map((code, i) => [i + 1, code] as const))(
    'sample %i runs and its assertions hold',
    async (n, code) => {
      await mkdir(DIR, { recursive: true });
      const file = `${DIR}sample${n}.ts`;
      await writeFile(file, `${code}\nexport {};\n`);
      await expect(import(/* @vite-ignore */ file)).resolves.toBeDefined();
    },
    20_000,
  );
});
