import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const guide = readFileSync(join(here, '../../../docs/forms.md'), 'utf8');
const samples = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const workdir = mkdtempSync(join(tmpdir(), 'gridcase-forms-guide-'));

afterAll(() => {
  rmSync(workdir, { recursive: true, force: true });
});

/** The sample with the package's public names pointing at this package's source. */
function againstSource(sample: string): string {
  return sample
    .replaceAll("'@gridcase/forms/i18n'", `'${join(here, 'i18n/index.ts')}'`)
    .replaceAll("'@gridcase/forms'", `'${join(here, 'index.ts')}'`);
}

describe('docs/forms.md', () => {
  it('has code samples', () => {
    expect(samples.length).toBeGreaterThanOrEqual(7);
  });

  it.each(samples.map((sample, index) => [index + 1, sample] as const))(
    'sample %i runs',
    async (index, sample) => {
      const file = join(workdir, `sample${index}.ts`);
      writeFileSync(file, againstSource(sample));
      await expect(import(/* @vite-ignore */ file)).resolves.toBeDefined();
    },
  );
});
