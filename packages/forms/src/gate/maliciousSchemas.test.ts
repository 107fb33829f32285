import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../types';
import { maliciousSchemas } from './maliciousSchemas';
import { publishGate } from './publishGate';

describe('the publish gate on the malicious-schema corpus', () => {
  it.each(maliciousSchemas.map((c) => [c.name, c] as const))(
    'rejects %s with coded findings',
    (_name, { schema, codes }) => {
      const result = publishGate(schema as JsonSchema);
      expect(result.ok).toBe(false);
      expect(result.findings.map((f) => f.code)).toEqual(expect.arrayContaining(codes));
      for (const finding of result.findings) {
        expect(finding.pointer === '' || finding.pointer.startsWith('/')).toBe(true);
        expect(finding.message).not.toBe(finding.code);
        expect(finding.hint).not.toBe(`${finding.code}.hint`);
      }
    },
  );

  it('answers a schema over 64 KiB with schema.tooLarge alone, not a finding per field', () => {
    for (const name of ['3,000 properties', 'enum of 100,000 values']) {
      const { schema } = maliciousSchemas.find((c) => c.name === name)!;
      expect(publishGate(schema as JsonSchema).findings.map((f) => f.code)).toEqual([
        'schema.tooLarge',
      ]);
    }
  });

  it('gates the whole corpus in under a second (the issue’s bound)', () => {
    publishGate({ type: 'null' });
    const wallStart = performance.now();
    const cpuStart = process.cpuUsage();
    for (const { schema } of maliciousSchemas) publishGate(schema as JsonSchema);
    const used = process.cpuUsage(cpuStart);
    const cpu = (used.user + used.system) / 1000;
    const wall = performance.now() - wallStart;
    console.info(
      `publish gate: ${maliciousSchemas.length} malicious schemas in ${cpu.toFixed(1)} ms CPU, ${wall.toFixed(1)} ms wall`,
    );
    // CPU time: parallel test workers on a shared CI machine inflate wall time, not our work.
    expect(cpu).toBeLessThan(1000);
  });

  it('never lets the corpus reach Ajv’s console output', () => {
    const logged: unknown[] = [];
    const original = { error: console.error, warn: console.warn, log: console.log };
    console.error = console.warn = console.log = (...args: unknown[]) => logged.push(args);
    try {
      for (const { schema } of maliciousSchemas) publishGate(schema as JsonSchema);
    } finally {
      Object.assign(console, original);
    }
    expect(logged).toEqual([]);
  });
});
