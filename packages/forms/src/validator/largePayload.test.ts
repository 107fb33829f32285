import { describe, expect, it } from 'vitest';
import { publishGate } from '../gate';
import type { FormDefinition } from '../types';
import { createValidator } from './createValidator';

/**
 * A form at the publish gate's limits, built to make validation work hard: 200 parties of
 * long texts, formats, a 300-value enum and uniqueItems over objects, plus 50 long notes that
 * each run an RE2 pattern over 2,000 characters.
 */
const heavyForm: FormDefinition = {
  id: 'heavy',
  title: { 'zh-CN': '压力测试', en: 'Stress test' },
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['parties'],
    properties: {
      notes: {
        type: 'array',
        maxItems: 50,
        items: { type: 'string', maxLength: 2000, pattern: '^[^<>]*$' },
      },
      parties: {
        type: 'array',
        maxItems: 200,
        uniqueItems: true,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'idNumber', 'statement'],
          properties: {
            name: { type: 'string', minLength: 2, maxLength: 50, 'x-pii': 'name' },
            idNumber: { type: 'string', format: 'cn-idcard', maxLength: 18, 'x-pii': 'idcard' },
            mobile: { type: 'string', format: 'cn-mobile', maxLength: 11 },
            village: { type: 'string', enum: Array.from({ length: 300 }, (_, i) => `村${i}`) },
            age: { type: 'integer', minimum: 0, maximum: 150 },
            statement: { type: 'string', maxLength: 2000 },
            address: { type: 'string', maxLength: 2000, 'x-pii': 'address' },
          },
        },
      },
    },
  },
};

const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
const MiB = 1024 * 1024;

function validPayload() {
  return {
    notes: Array.from({ length: 50 }, (_, i) => `${i}`.padEnd(2000, '记')),
    parties: Array.from({ length: 200 }, (_, i) => ({
      name: '张三丰',
      idNumber: '11010519491231002X',
      mobile: '13800138000',
      village: `村${i % 300}`,
      age: 40,
      statement: `${i}`.padEnd(1000, '陈述'),
      address: `${i}`.padEnd(300, '地址'),
    })),
  };
}

function invalidPayload() {
  return {
    notes: Array.from({ length: 50 }, (_, i) => `${i}`.padEnd(1999, 'a').concat('<')),
    parties: Array.from({ length: 200 }, (_, i) => ({
      name: '张',
      idNumber: '110105194912310021',
      mobile: '23800138000',
      village: `镇${i}`,
      age: -1,
      statement: `${i}`.padEnd(2001, 'a'),
      address: `${i}`.padEnd(800, '址'),
    })),
  };
}

/**
 * Median CPU time of five runs after a warm-up run (compiling happens at publish, not here).
 * CPU time, not wall time: on a CI machine shared by parallel test workers, wall time measures
 * the neighbours. On an idle server the two agree; both are printed.
 */
function timeValidation(data: unknown) {
  const compiled = createValidator().compile(heavyForm);
  const result = compiled.validate(data);
  const runs = Array.from({ length: 5 }, () => {
    const wallStart = performance.now();
    const cpuStart = process.cpuUsage();
    compiled.validate(data);
    const cpu = process.cpuUsage(cpuStart);
    return { cpu: (cpu.user + cpu.system) / 1000, wall: performance.now() - wallStart };
  });
  const median = (values: number[]) => values.sort((a, b) => a - b)[2]!;
  return { result, cpu: median(runs.map((r) => r.cpu)), wall: median(runs.map((r) => r.wall)) };
}

describe('validating about 1 MiB against a published form', () => {
  it('uses a form that passes the publish gate', () => {
    expect(publishGate(heavyForm.schema).findings).toEqual([]);
  });

  it.each([
    ['a valid payload', validPayload],
    ['a payload wrong in every field', invalidPayload],
  ])('%s stays under 100 ms', (label, build) => {
    const data = build();
    const bytes = jsonBytes(data);
    expect(bytes).toBeGreaterThan(0.9 * MiB);
    expect(bytes).toBeLessThan(1.5 * MiB);
    const { result, cpu, wall } = timeValidation(data);
    console.info(
      `validate ${label} (${(bytes / MiB).toFixed(2)} MiB): ${cpu.toFixed(1)} ms CPU, ${wall.toFixed(1)} ms wall`,
    );
    expect(result.ok).toBe(build === validPayload);
    expect(cpu).toBeLessThan(100);
  });

  it.each([
    ['1 MiB of extra entries', () => ({ parties: Array.from({ length: 150_000 }, () => 1) })],
    ['one 1 MiB string', () => ({ notes: ['a'.repeat(MiB)], parties: [] })],
    [
      '1 MiB of nesting',
      () => {
        let deep: unknown = 1;
        for (let i = 0; i < 500_000; i++) deep = [deep];
        return { parties: [{ name: deep }] };
      },
    ],
  ])('%s is refused under 100 ms', (label, build) => {
    const data = build();
    const { result, cpu, wall } = timeValidation(data);
    console.info(`refuse ${label}: ${cpu.toFixed(1)} ms CPU, ${wall.toFixed(1)} ms wall`);
    expect(result.ok).toBe(false);
    expect(cpu).toBeLessThan(100);
  });
});
