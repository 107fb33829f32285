import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../types';
import { maliciousSchemas } from './maliciousSchemas';
import { publishGate } from './publishGate';

// The form designer runs the gate in the browser for live feedback: same corpus, same codes.
describe('the publish gate in Chromium', () => {
  it.each(maliciousSchemas.map((c) => [c.name, c] as const))(
    'rejects %s',
    (_name, { schema, codes }) => {
      const result = publishGate(schema as JsonSchema);
      expect(result.ok).toBe(false);
      expect(result.findings.map((f) => f.code)).toEqual(expect.arrayContaining(codes));
    },
  );
});
