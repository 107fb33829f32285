import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ACTION_CATALOG,
  checkPlan,
  disputeMediation,
  GUARD_CATALOG,
  LINT_CODES,
  lintDefinition,
  PLAN_CODES,
} from '../src';
import { disputeMediationV2 } from '../src/testing';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (file: string) => readFileSync(join(root, 'docs', file), 'utf8');
const blocks = (markdown: string, lang: string) =>
  [...markdown.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map(
    (m) => m[1] ?? '',
  );

const tmp = mkdtempSync(join(tmpdir(), 'gridcase-docs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes a doc's ts blocks as modules (imports of our packages point at their source). */
function writeBlocks(doc: string): string[] {
  const sources = {
    '@gridcase/engine': join(root, 'packages', 'engine', 'src', 'index.ts'),
    '@gridcase/forms': join(root, 'packages', 'forms', 'src', 'index.ts'),
    '@gridcase/engine/testing': join(root, 'packages', 'engine', 'src', 'testing', 'index.ts'),
  };
  return blocks(read(doc), 'ts').map((code, i) => {
    let source = code.replace(/from '\.\/engine\.md#(\d+)'/g, (_, n) => `from './block${n}.ts'`);
    for (const [name, file] of Object.entries(sources))
      source = source.replaceAll(`'${name}'`, `'${file}'`);
    const file = join(tmp, `block${i + 1}.ts`);
    writeFileSync(file, source);
    return file;
  });
}

describe('docs/engine.md', () => {
  const files = writeBlocks('engine.md');

  it('has runnable examples', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files.map((file, i) => ({ file, n: i + 1 })))(
    'example $n runs (its asserts hold)',
    async ({ file }) => {
      await import(file);
    },
  );

  it('documents every guard, action and lint code', () => {
    const doc = read('engine.md');
    for (const name of [...Object.keys(GUARD_CATALOG), ...Object.keys(ACTION_CATALOG)]) {
      expect(doc, name).toContain(`\`${name}\``);
    }
    for (const code of Object.keys(LINT_CODES)) expect(doc, code).toContain(`\`${code}\``);
  });
});

describe.each(['admin-guide.zh-CN.md', 'admin-guide.en.md'])('docs/%s', (doc) => {
  it('shows a complete definition that lints clean', () => {
    const [definition] = blocks(read(doc), 'json').filter((b) => b.includes('"machine"'));
    expect(definition).toBeDefined();
    expect(lintDefinition(JSON.parse(definition ?? ''))).toEqual([]);
  });

  it('names every lint code an admin may meet', () => {
    const text = read(doc);
    for (const code of Object.keys(LINT_CODES)) expect(text, code).toContain(code);
  });

  it('shows a migration plan that passes checkPlan, and names every plan code', () => {
    const [plan] = blocks(read(doc), 'json').filter((b) => b.includes('"fromVersion"'));
    expect(plan).toBeDefined();
    expect(checkPlan(disputeMediation, disputeMediationV2(), JSON.parse(plan ?? ''))).toEqual([]);
    for (const code of Object.keys(PLAN_CODES)) expect(read(doc), code).toContain(`\`${code}\``);
  });
});
