import { describe, expect, it } from 'vitest';
import { flattenErrors } from './flattenErrors';

const e = (message: string) => ({ type: 'x', message, ref: { name: 'ignored' } });

describe('flattenErrors', () => {
  it('lists nested field errors with their dotted paths, in order', () => {
    expect(
      flattenErrors({
        title: e('必填'),
        parties: [undefined, { idNumber: e('校验码不正确'), name: e('必填') }],
      }),
    ).toEqual([
      { path: 'title', key: 'title', message: '必填' },
      { path: 'parties.1.idNumber', key: 'parties.1.idNumber', message: '校验码不正确' },
      { path: 'parties.1.name', key: 'parties.1.name', message: '必填' },
    ]);
  });

  it('gives list-level errors the list’s path and form-level ones the empty path', () => {
    expect(
      flattenErrors({
        parties: { root: e('至少 2 项') },
        root: { server: e('案件已关闭') },
      }),
    ).toEqual([
      { path: 'parties', key: 'parties.root', message: '至少 2 项' },
      { path: '', key: 'root.server', message: '案件已关闭' },
    ]);
  });

  it('skips errors without a message and the element references', () => {
    expect(flattenErrors({ a: { type: 'required' }, b: e('') })).toEqual([]);
  });
});
