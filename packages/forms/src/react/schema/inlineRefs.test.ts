import { describe, expect, it } from 'vitest';
import { inlineRefs } from './inlineRefs';

const party = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string' }, address: { $ref: '#/$defs/address' } },
};
const schema = {
  type: 'object',
  $defs: { party, address: { type: 'string', maxLength: 200 } },
  properties: {
    parties: { type: 'array', items: { $ref: '#/$defs/party' } },
    reporter: { $ref: '#/$defs/party', title: '报告人' },
  },
};

describe('inlineRefs', () => {
  it('replaces local references, nested ones too, and drops $defs', () => {
    const inlined = inlineRefs(schema) as typeof schema;
    expect(inlined.properties.parties.items).toEqual({
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string' }, address: { type: 'string', maxLength: 200 } },
    });
    expect(inlined).not.toHaveProperty('$defs');
  });

  it('lets keywords next to a $ref win', () => {
    const inlined = inlineRefs(schema) as typeof schema;
    expect((inlined.properties.reporter as { title: string }).title).toBe('报告人');
  });

  it('turns recursive and unknown references into empty schemas', () => {
    const tree = {
      $defs: { node: { type: 'object', properties: { child: { $ref: '#/$defs/node' } } } },
      properties: { root: { $ref: '#/$defs/node' }, other: { $ref: 'https://example.com/x' } },
    };
    const inlined = inlineRefs(tree) as {
      properties: { root: { properties: { child: unknown } }; other: unknown };
    };
    expect(inlined.properties.root.properties.child).toEqual({});
    expect(inlined.properties.other).toEqual({});
  });

  it('leaves the input unchanged and returns the same copy for the same schema', () => {
    const before = JSON.stringify(schema);
    expect(inlineRefs(schema)).toBe(inlineRefs(schema));
    expect(JSON.stringify(schema)).toBe(before);
  });
});
