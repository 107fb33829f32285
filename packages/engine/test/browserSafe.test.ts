import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');

/** Every module the main entry reaches through relative imports. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/from '(\.[^']+)'/g)) {
    const base = resolve(dirname(file), spec ?? '');
    const candidates = [`${base}.ts`, join(base, 'index.ts'), base];
    const next = candidates.find((c) => {
      try {
        return readFileSync(c) && c.endsWith('.ts');
      } catch {
        return false;
      }
    });
    if (next) reachable(next, seen);
  }
  return seen;
}

describe('the main entry', () => {
  it('imports no Node built-ins, so browsers (the UI) can import it', () => {
    const offenders = [...reachable(join(src, 'index.ts'))].filter((f) =>
      /from 'node:|from '(fs|path|os|child_process)'/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
