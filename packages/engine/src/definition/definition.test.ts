import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../types';
import schemaFile from './definition.schema.json';
import { buildDefinitionSchema, canonicalJson, hashDefinition, validateDefinition } from './index';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const minimal: WorkflowDefinition = {
  id: 'mini',
  version: 1,
  caseType: 'dispute',
  title: t('小流程', 'Mini'),
  roles: { gridMember: { title: t('网格员', 'Grid member') } },
  forms: {},
  machine: {
    id: 'mini',
    initial: 'open',
    states: {
      open: {
        meta: { title: t('办理', 'Open'), actors: [{ role: 'gridMember', scope: 'grid' }] },
        on: {
          close: {
            target: 'closed',
            guard: { type: 'fieldEquals', params: { field: 'ok', value: true } },
            actions: [{ type: 'setOutcome', params: { outcome: 'resolved' } }],
            meta: { title: t('办结', 'Close') },
          },
        },
      },
      closed: { type: 'final', meta: { title: t('已办结', 'Closed'), outcome: 'resolved' } },
    },
  },
};

describe('definition.schema.json', () => {
  it('is the schema built from the catalog (run `pnpm --filter @gridcase/engine gen` after catalog changes)', () => {
    expect(schemaFile).toEqual(JSON.parse(JSON.stringify(buildDefinitionSchema())));
  });

  it('is exported by the package', async () => {
    const pkg = await import('../../package.json');
    expect(pkg.exports['./definition.schema.json']).toBe('./src/definition/definition.schema.json');
  });
});

describe('validateDefinition', () => {
  it('accepts a well-formed definition', () => {
    expect(validateDefinition(minimal)).toEqual({ ok: true, definition: minimal });
  });

  it('reports structural problems with JSON pointers, codes and messages', () => {
    const bad = structuredClone(minimal) as unknown as { machine: Record<string, unknown> };
    const open = (bad.machine.states as Record<string, Record<string, unknown>>).open!;
    open.after = { 1000: 'closed' };
    (open.on as Record<string, Record<string, unknown>>).close!.guard = {
      type: 'fieldEquals',
      params: { field: 'ok' },
    };
    const result = validateDefinition(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings).toContainEqual({
      pointer: '/machine/states/open/after',
      code: 'schema.additionalProperties',
      message: '不认识的属性“after”',
    });
    expect(result.findings).toContainEqual({
      pointer: '/machine/states/open/on/close/guard/params',
      code: 'schema.required',
      message: '缺少必填项“value”',
    });
  });

  it('speaks en on request and reports unknown catalog names', () => {
    const bad = structuredClone(minimal);
    const close = bad.machine.states?.open?.on?.close as { actions: unknown[] };
    close.actions = [{ type: 'sendEmail' }];
    const result = validateDefinition(bad, 'en');
    expect(result.ok || result.findings).toContainEqual(
      expect.objectContaining({
        pointer: '/machine/states/open/on/close/actions/0/type',
        code: 'schema.enum',
        message: expect.stringMatching(/^Must be one of: storeData, assign/),
      }),
    );
  });

  it('refuses what is not an object', () => {
    const result = validateDefinition([]);
    expect(result.ok).toBe(false);
  });
});

describe('hashDefinition', () => {
  it('does not depend on key order and changes with content', () => {
    const reordered = JSON.parse(JSON.stringify(minimal, Object.keys(minimal).reverse()));
    const copy = { ...structuredClone(minimal), title: minimal.title };
    expect(hashDefinition(copy)).toBe(hashDefinition(minimal));
    expect(hashDefinition(reordered)).not.toBe(''); // stringify with a key list drops nested keys
    const flipped = Object.fromEntries(Object.entries(minimal).reverse());
    expect(hashDefinition(flipped)).toBe(hashDefinition(minimal));
    expect(hashDefinition({ ...minimal, version: 2 })).not.toBe(hashDefinition(minimal));
    expect(hashDefinition(minimal)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is sha256 of the canonical JSON', async () => {
    const { createHash } = await import('node:crypto');
    const expected = createHash('sha256').update(canonicalJson(minimal)).digest('hex');
    expect(hashDefinition(minimal)).toBe(expected);
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: undefined }] })).toBe('{"a":[2,{"d":3}],"b":1}');
  });
});
