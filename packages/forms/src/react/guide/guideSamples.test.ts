import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const guide = readFileSync(`${root}docs/forms-react.md`, 'utf8');
const SAMPLE = /<!-- sample: (\S+) -->\n```tsx\n([\s\S]*?)```/g;
const samples = [...guide.matchAll(SAMPLE)].map(([, path, code]) => ({ path: path!, code: code! }));

describe('docs/forms-react.md', () => {
  it('shows the samples that guide.browser.test.tsx runs', () => {
    expect(samples.map((s) => s.path)).toEqual([
      'packages/forms/src/react/guide/QuickStart.tsx',
      'packages/forms/src/react/guide/ActionFormWithServer.tsx',
      'packages/forms/src/react/guide/HandLaidForm.tsx',
    ]);
  });

  it.each(samples)('shows $path exactly as the file is', ({ path, code }) => {
    expect(code, `copy ${path} into docs/forms-react.md`).toBe(
      readFileSync(`${root}${path}`, 'utf8'),
    );
  });

  it('names every public export of @gridcase/forms/react', () => {
    const index = readFileSync(fileURLToPath(new URL('../index.ts', import.meta.url)), 'utf8');
    const lists = [...index.matchAll(/export (?:type )?\{([^}]*)\}/g)].map(([, list]) => list!);
    const names = lists.flatMap((list) =>
      list
        .split(',')
        .map((entry) => entry.trim().replace(/^type /, ''))
        .filter(Boolean),
    );
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(guide).toContain(name);
  });
});
