import { describe, expect, it } from 'vitest';
import { canonicalJson, schemaHash } from './schemaHash';

describe('schemaHash', () => {
  it('ignores key order at every level', () => {
    const a = {
      type: 'object',
      properties: { b: { type: 'string', maxLength: 3 }, a: { type: 'integer' } },
    };
    const b = {
      properties: { a: { type: 'integer' }, b: { maxLength: 3, type: 'string' } },
      type: 'object',
    };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(schemaHash(a)).toBe(schemaHash(b));
  });

  it('keeps array order and distinguishes values', () => {
    expect(schemaHash({ enum: ['a', 'b'] })).not.toBe(schemaHash({ enum: ['b', 'a'] }));
    expect(schemaHash({ maxLength: 3 })).not.toBe(schemaHash({ maxLength: 4 }));
  });

  it('is the sha256 of the canonical JSON', () => {
    // sha256('{"type":"string"}'), computed independently with `printf '%s' ... | sha256sum`
    expect(schemaHash({ type: 'string' })).toBe(
      '00404e686415370f1711c4d7acfa2905444d3cf23cef2e10c47d445ebe690f96',
    );
  });

  it('keeps a __proto__ key as data', () => {
    const withProto = JSON.parse('{"properties":{"__proto__":{"type":"string"}}}');
    expect(canonicalJson(withProto)).toBe('{"properties":{"__proto__":{"type":"string"}}}');
  });
});
