import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../types';
import { publishGate } from './publishGate';

const closed = (properties: Record<string, unknown>, extra: JsonSchema = {}): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  properties,
  ...extra,
});
const text = (maxLength = 50): JsonSchema => ({ type: 'string', maxLength });
const codes = (schema: unknown) =>
  publishGate(schema as JsonSchema).findings.map((f) => [f.pointer, f.code]);

describe('publishGate accepts', () => {
  it('a realistic dispute registration form', () => {
    const party = closed(
      {
        name: { ...text(), 'x-pii': 'name' },
        idNumber: { type: 'string', format: 'cn-idcard', maxLength: 18, 'x-pii': 'idcard' },
        mobile: { type: 'string', format: 'cn-mobile', maxLength: 11, 'x-pii': 'phone' },
        role: { type: 'string', enum: ['applicant', 'respondent'] },
      },
      { required: ['name', 'role'] },
    );
    const schema = closed(
      {
        summary: text(2000),
        category: { type: 'string', enum: ['neighbour', 'family', 'land', 'labour', 'consumer'] },
        occurredOn: { type: 'string', format: 'date', maxLength: 10 },
        amount: { type: 'number', minimum: 0 },
        caseNo: { type: 'string', pattern: '^[A-Z]{2}\\d{8}$', maxLength: 10 },
        parties: { type: 'array', minItems: 1, maxItems: 20, items: { $ref: '#/$defs/party' } },
        tags: { type: 'array', maxItems: 10, uniqueItems: true, items: text(20) },
        urgent: { type: 'boolean' },
      },
      {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $defs: { party },
        required: ['summary', 'parties'],
        if: { properties: { category: { const: 'labour' } } },
        // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword here
        then: { required: ['amount'] },
      },
    );
    expect(publishGate(schema)).toEqual({ ok: true, findings: [] });
  });

  it('uniqueItems on a bounded list of objects', () => {
    const schema = closed({
      visits: { type: 'array', maxItems: 50, uniqueItems: true, items: closed({ on: text(10) }) },
    });
    expect(publishGate(schema).ok).toBe(true);
  });
});

describe('publishGate rejects', () => {
  it('open objects, strings without maxLength and arrays without maxItems, with hints', () => {
    const result = publishGate(
      closed({ a: { type: 'string' }, b: { type: 'array', items: text() }, c: { type: 'object' } }),
    );
    expect(result.findings.map((f) => [f.pointer, f.code])).toEqual([
      ['/properties/a', 'string.maxLength'],
      ['/properties/b', 'array.maxItems'],
      ['/properties/c', 'object.additionalProperties'],
    ]);
    expect(result.findings[0]).toMatchObject({
      message: '文本字段须设置不超过 2000 的 maxLength',
      hint: '加上 maxLength，如姓名 50、事由 2000',
      params: { limit: 2000 },
    });
  });

  it('too generous limits', () => {
    expect(
      codes(closed({ a: text(2001), b: { type: 'array', maxItems: 201, items: text() } })),
    ).toEqual([
      ['/properties/a', 'string.maxLength'],
      ['/properties/b', 'array.maxItems'],
    ]);
  });

  it('fields that accept anything', () => {
    expect(codes(closed({ a: {}, b: true, c: { description: 'x' } }))).toEqual([
      ['/properties/a', 'schema.untyped'],
      ['/properties/b', 'schema.untyped'],
      ['/properties/c', 'schema.untyped'],
    ]);
  });

  it('unknown, unsupported and $data keywords at their pointers', () => {
    const schema = closed(
      {
        a: { type: 'string', maxLenght: 5, maxLength: 5 },
        b: { type: 'string', maxLength: 5, 'x-widget': 'big' },
        c: { type: 'integer', maximum: { $data: '1/d' } },
        d: { type: 'integer' },
      },
      { patternProperties: { '^x': text() } },
    );
    expect(codes(schema)).toEqual([
      ['/patternProperties', 'keyword.unsupported'],
      ['/properties/a/maxLenght', 'keyword.unknown'],
      ['/properties/b/x-widget', 'keyword.unknown'],
      ['/properties/c/maximum', 'keyword.$data'],
    ]);
  });

  it('patterns RE2 cannot run, and overlong ones', () => {
    const schema = closed({
      a: { ...text(), pattern: '^(\\w+)\\s\\1$' },
      b: { ...text(), pattern: '^(?!admin).*$' },
      c: { ...text(), pattern: `^${'a?'.repeat(300)}$` },
    });
    expect(codes(schema)).toEqual([
      ['/properties/a/pattern', 'pattern.unsafe'],
      ['/properties/b/pattern', 'pattern.unsafe'],
      ['/properties/c/pattern', 'pattern.tooLong'],
    ]);
  });

  it('formats gridcase does not ship, listing those it does', () => {
    const [finding] = publishGate(closed({ a: { ...text(), format: 'idcard' } })).findings;
    expect(finding).toMatchObject({ pointer: '/properties/a/format', code: 'format.unknown' });
    expect(finding?.hint).toContain('cn-idcard');
  });

  it('forbidden and invalid property names, escaping pointers', () => {
    const schema = JSON.parse(
      '{"type":"object","additionalProperties":false,"required":["constructor"],"properties":{"__proto__":{"type":"integer"},"prototype":{"type":"integer"},"a.b":{"type":"integer"},"x/y":{"type":"integer"},"":{"type":"integer"}}}',
    );
    expect(codes(schema)).toEqual([
      ['/required/0', 'property.forbiddenName'],
      ['/properties/__proto__', 'property.forbiddenName'],
      ['/properties/prototype', 'property.forbiddenName'],
      ['/properties/a.b', 'property.invalidName'],
      ['/properties/x~1y', 'property.invalidName'],
      ['/properties/', 'property.invalidName'],
    ]);
  });

  it('external, dangling and recursive references', () => {
    expect(
      codes(closed({ a: { $ref: 'https://example.com/s.json' }, b: { $ref: '#/$defs/none' } })),
    ).toEqual([
      ['/properties/a/$ref', 'ref.external'],
      ['/properties/b/$ref', 'ref.unresolved'],
    ]);
    expect(codes(closed({ child: { $ref: '#' } }))).toEqual([
      ['/properties/child/$ref', 'ref.recursive'],
    ]);
  });

  it('a schema in another dialect', () => {
    expect(codes({ ...closed({}), $schema: 'http://json-schema.org/draft-07/schema#' })).toEqual([
      ['/$schema', 'schema.dialect'],
    ]);
  });

  it('what only the meta-schema, a strict compile or required names catch', () => {
    expect(codes(closed({ a: { type: 'strin' } }))).toEqual([
      ['/properties/a/type', 'schema.invalid'],
    ]);
    expect(codes(closed({ a: { enum: ['x'], maxLength: 3 } }))).toEqual([
      ['/properties/a', 'schema.strictTypes'],
    ]);
    expect(codes(closed({}, { required: ['ghost'] }))).toEqual([
      ['/required/0', 'property.requiredUndefined'],
    ]);
  });

  it('schemas whose payloads could hold too many values', () => {
    const grid = {
      type: 'array',
      maxItems: 200,
      items: { type: 'array', maxItems: 200, items: { type: 'integer' } },
    };
    const [finding] = publishGate(closed({ grid })).findings;
    expect(finding).toMatchObject({
      pointer: '',
      code: 'schema.tooManyValues',
      params: { capacity: 40_202, limit: 20_000 },
    });
  });

  it('non-objects and values JSON cannot carry', () => {
    const cyclic: Record<string, unknown> = { type: 'object' };
    cyclic.self = cyclic;
    for (const schema of [null, 5, 'x', [], cyclic])
      expect(codes(schema)).toEqual([['', 'schema.notJson']]);
  });

  it('in English on request', () => {
    const [finding] = publishGate(closed({ a: { type: 'string' } }), { locale: 'en' }).findings;
    expect(finding).toMatchObject({
      message: 'Text fields need a maxLength of at most 2000',
      hint: 'Add maxLength, e.g. 50 for a name, 2000 for a description',
    });
  });

  it('lists at most 100 findings and counts the rest', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 150 }, (_, i) => [`f${i}`, { type: 'string' }]),
    );
    const { findings } = publishGate(closed(properties));
    expect(findings).toHaveLength(101);
    expect(findings.at(-1)).toMatchObject({ code: 'gate.truncated', params: { omitted: 50 } });
  });
});
