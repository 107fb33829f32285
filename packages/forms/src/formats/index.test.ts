import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, formatChecks } from './index';

describe('the format registry', () => {
  it('lists every format it checks, Chinese ones first', () => {
    expect([...FORMAT_NAMES].sort()).toEqual(Object.keys(formatChecks).sort());
    expect(FORMAT_NAMES.slice(0, 4)).toEqual(['cn-idcard', 'cn-mobile', 'cn-uscc', 'cn-landline']);
  });

  it('rejects a 1 MiB string in every format without reading it', () => {
    const huge = '1'.repeat(1 << 20);
    for (const name of FORMAT_NAMES) expect(formatChecks[name]!(huge), name).toBe(false);
  });
});
