import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isErrorCode } from '@gridcase/engine';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));
/** Folders owned by the storage helper: their codes are tested by the store contract suite. */
const NOT_HTTP = ['store/', 'audit/'];
/** Codes raised only for a server bug (an inconsistent commit), never by a request. */
const BUGS_ONLY = new Set(['store.invalidCommit']);

const files = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !NOT_HTTP.some((d) => f.startsWith(d)))
  .map((f) => ({ name: f, text: readFileSync(join(SRC, f), 'utf8') }));

describe('every error code the HTTP layer raises', () => {
  const raised = new Set<string>();
  for (const file of files.filter((f) => !f.name.endsWith('.test.ts'))) {
    for (const match of file.text.matchAll(/gridcaseError\(\s*'([\w.]+)'/g)) raised.add(match[1]!);
  }
  const tests = files
    .filter((f) => f.name.endsWith('.test.ts') && !f.name.endsWith('codeCoverage.test.ts'))
    .map((f) => f.text)
    .join('\n');

  it('comes from the engine’s one catalog', () => {
    expect([...raised].filter((code) => !isErrorCode(code))).toEqual([]);
  });

  it('has a test that expects it', () => {
    const untested = [...raised].filter(
      (code) => !BUGS_ONLY.has(code) && !tests.includes(`'${code}'`),
    );
    expect(untested).toEqual([]);
    expect(raised.size).toBeGreaterThan(30);
  });
});
