import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../templates';
import { LINT_CODES, lintDefinition } from './index';

const dir = join(import.meta.dirname, 'fixtures');
const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'clean.json')
  .map(
    (f) =>
      ({ file: f, ...read(f) }) as {
        file: string;
        note: string;
        expect: { code: string; pointer: string }[];
        definition: unknown;
      },
  );

describe('the lint fixture corpus', () => {
  it('has one fixture per lint code', () => {
    // compile.failed is the safety net for whatever xstate rejects that the checks above do not
    // model; no definition is known that passes every check and still fails to compile.
    const codes = Object.keys(LINT_CODES).filter((c) => c !== 'compile.failed');
    expect(fixtures.map((f) => f.file.replace(/\.json$/, '')).sort()).toEqual(codes.sort());
  });

  it('starts from a clean definition', () => {
    expect(lintDefinition(read('clean.json'))).toEqual([]);
  });

  it.each(fixtures)('$file: finds the planted defect with its code and pointer ($note)', (f) => {
    const findings = lintDefinition(f.definition);
    expect(findings.map(({ code, pointer }) => ({ code, pointer }))).toEqual(f.expect);
  });
});

describe('lint findings', () => {
  it('carry a severity, a message and a fix hint in zh-CN or en', () => {
    const broken = read('guard.unknown.json').definition;
    const [zh] = lintDefinition(broken);
    expect(zh).toMatchObject({ severity: 'error', message: '未知的条件“isFullMoon”' });
    expect(zh?.hint).toMatch(/^使用条件目录中的名称：dataMatches、actorHasRole/);
    const [en] = lintDefinition(broken, { locale: 'en' });
    expect(en?.message).toBe('Unknown guard "isFullMoon"');
  });

  it('run the forms publish gate on dataMatches schemas (a catastrophic pattern)', () => {
    const definition = read('clean.json');
    definition.machine.states.open.on.finish.guard = {
      type: 'dataMatches',
      params: {
        schema: {
          type: 'object',
          properties: { x: { type: 'string', maxLength: 10, pattern: '^(a+)+$' } },
        },
      },
    };
    expect(lintDefinition(definition).map(({ code, pointer }) => ({ code, pointer }))).toEqual([
      {
        code: 'guard.badParams',
        pointer: '/machine/states/open/on/finish/guard/params/schema/properties/x/pattern',
      },
    ]);
  });

  it('tolerate input that is not a definition at all', () => {
    expect(lintDefinition(42)).toEqual([
      expect.objectContaining({ code: 'schema.invalid', pointer: '' }),
    ]);
    expect(lintDefinition({}).map((f) => f.code)).toContain('schema.invalid');
  });
});

describe('the templates', () => {
  it.each(Object.values(TEMPLATES))('$id lints clean', (definition) => {
    expect(lintDefinition(definition)).toEqual([]);
  });
});
