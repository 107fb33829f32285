import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as i18n from './i18n';
import * as forms from './index';

const here = dirname(fileURLToPath(import.meta.url));

/** Every module reachable from `entry` through relative imports, with its bare imports. */
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (graph.has(file)) continue;
    const source = readFileSync(file, 'utf8');
    const specifiers = [...source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
      (m) => m[1]!,
    );
    graph.set(
      file,
      specifiers.filter((s) => !s.startsWith('.')),
    );
    for (const specifier of specifiers.filter((s) => s.startsWith('.'))) {
      const base = resolve(dirname(file), specifier);
      const candidates = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
      const found = candidates.find((candidate) => {
        try {
          readFileSync(candidate);
          return true;
        } catch {
          return false;
        }
      });
      if (found) pending.push(found);
    }
  }
  return graph;
}

describe('@gridcase/forms entry points', () => {
  it('exports a short, curated set of values from the root', () => {
    expect(Object.keys(forms).sort()).toEqual(
      [
        'DEFAULT_LOCALE',
        'FORMAT_NAMES',
        'GATE_LIMITS',
        'LOCALES',
        'PII_KINDS',
        'WIDGET_NAMES',
        'checkFormForPublish',
        'cnIdcardCheckDigit',
        'cnIdcardProblem',
        'cnUsccCheckChar',
        'createTranslator',
        'createValidator',
        'defineMessages',
        'formValidator',
        'isCnIdcard',
        'isCnLandline',
        'isCnMobile',
        'isCnUscc',
        'isLocale',
        'isVisible',
        'localize',
        'maskData',
        'maskPii',
        'piiFields',
        'publishGate',
        'schemaHash',
        'stripHidden',
        'validateForm',
      ].sort(),
    );
  });

  it('re-exports the translator from the root and from ./i18n', () => {
    expect(forms.createTranslator).toBe(i18n.createTranslator);
    expect(Object.keys(i18n).sort()).toEqual(
      [
        'DEFAULT_LOCALE',
        'LOCALES',
        'createTranslator',
        'defineMessages',
        'isLocale',
        'localize',
      ].sort(),
    );
  });

  it('keeps React and react-hook-form out of the root entry (they belong to ./react)', () => {
    const graph = importGraph(join(here, 'index.ts'));
    const bare = new Set([...graph.values()].flat());
    expect(
      [...bare].filter((s) => s === 'react' || s.startsWith('react-') || s.startsWith('react/')),
    ).toEqual([]);
    expect([...graph.keys()].filter((file) => file.includes('/react/'))).toEqual([]);
    expect([...bare].sort()).toEqual(
      [
        '@noble/hashes/sha2.js',
        '@noble/hashes/utils.js',
        'ajv',
        'ajv-formats/dist/formats',
        'ajv/dist/2020',
        'ajv/dist/types',
        're2js',
      ].sort(),
    );
  });

  it('uses no Node-only module in code that runs in browsers', () => {
    const graph = importGraph(join(here, 'index.ts'));
    const bare = [...graph.values()].flat();
    expect(
      bare.filter((s) => s.startsWith('node:') || ['fs', 'path', 'crypto', 'os'].includes(s)),
    ).toEqual([]);
  });
});
