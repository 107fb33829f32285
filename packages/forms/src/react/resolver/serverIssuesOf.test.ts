import { describe, expect, it } from 'vitest';
import { serverIssuesOf } from './serverIssuesOf';

describe('serverIssuesOf', () => {
  it('takes the field issues of a 422 body', () => {
    const body = {
      code: 'validation.failed',
      message: '提交的数据未通过校验',
      hint: '请按 details.issues 修改对应字段。',
      details: {
        issues: [
          { path: 'parties.0.idNumber', code: 'format.cn-idcard', message: '身份证号校验位不正确' },
          { path: 'broken' },
        ],
      },
    };
    expect(serverIssuesOf(body)).toEqual([
      { path: 'parties.0.idNumber', code: 'format.cn-idcard', message: '身份证号校验位不正确' },
    ]);
  });

  it('turns any other error body into one issue on the whole form', () => {
    const body = {
      code: 'case.versionConflict',
      message: '案件已被他人修改',
      hint: '',
      details: {},
    };
    expect(serverIssuesOf(body)).toEqual([
      { path: '', code: 'case.versionConflict', message: '案件已被他人修改' },
    ]);
  });

  it('gives nothing for bodies that are not gridcase errors', () => {
    expect(serverIssuesOf(null)).toEqual([]);
    expect(serverIssuesOf('Bad Gateway')).toEqual([]);
    expect(serverIssuesOf({ error: 'x' })).toEqual([]);
  });
});
