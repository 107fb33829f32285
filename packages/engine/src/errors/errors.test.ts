import { describe, expect, it } from 'vitest';
import {
  ERROR_CATALOG,
  errorStatus,
  GridcaseError,
  gridcaseError,
  isErrorCode,
  isGridcaseError,
  toGridcaseError,
} from './index';

describe('the error catalog', () => {
  it('gives every code an HTTP status and a zh-CN and en message and hint', () => {
    for (const [code, spec] of Object.entries(ERROR_CATALOG)) {
      expect(code).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(spec.status).toBeGreaterThanOrEqual(400);
      expect(spec.status).toBeLessThan(600);
      for (const text of [spec.message, spec.hint]) {
        expect(text['zh-CN'], code).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en, code).toMatch(/^[\x20-\x7e’]+$/);
      }
    }
  });

  it('holds the codes the server relies on', () => {
    for (const code of [
      'auth.required',
      'request.invalid',
      'case.notFound',
      'case.versionConflict',
      'idempotency.keyReused',
      'store.locked',
      'rate.limited',
      'definition.invalid',
      'form.invalid',
      'pii.forbidden',
    ]) {
      expect(isErrorCode(code), code).toBe(true);
    }
    expect(isErrorCode('case.nope')).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
  });
});

describe('gridcaseError', () => {
  it('speaks zh-CN by default and fills placeholders from details', () => {
    const err = gridcaseError('case.versionConflict', { currentVersion: 7 });
    expect(err).toBeInstanceOf(GridcaseError);
    expect(err.status).toBe(409);
    expect(err.message).toBe('案件已被他人更新');
    expect(err.hint).toBe('请刷新案件（当前版本 7）后重新操作。');
    expect(err.toJSON()).toEqual({
      code: 'case.versionConflict',
      message: '案件已被他人更新',
      hint: '请刷新案件（当前版本 7）后重新操作。',
      details: { currentVersion: 7 },
    });
  });

  it('speaks en on request and joins lists the locale’s way', () => {
    const details = { action: 'approve', available: ['triage', 'withdraw'] };
    const en = gridcaseError('case.actionUnavailable', details, 'en');
    expect(en.message).toBe('The action "approve" is not available now');
    expect(en.hint).toBe('You can take these actions now: triage, withdraw.');
    const zh = en.inLocale('zh-CN');
    expect(zh.hint).toBe('您现在可以执行：triage、withdraw。');
    expect(gridcaseError('case.actionUnavailable', { action: 'x', available: [] }).hint).toBe(
      '您现在可以执行：无。',
    );
  });

  it('maps codes to statuses', () => {
    expect(errorStatus('case.notFound')).toBe(404);
    expect(errorStatus('rate.limited')).toBe(429);
    expect(errorStatus('form.invalid')).toBe(422);
  });
});

describe('toGridcaseError', () => {
  it('passes catalog errors through, re-localized', () => {
    const err = gridcaseError('case.closed');
    expect(toGridcaseError(err)).toBe(err);
    expect(toGridcaseError(err, { locale: 'en' }).message).toBe('The case is closed');
  });

  it('revives a wire shape with a catalog code', () => {
    const err = toGridcaseError({ code: 'store.locked', message: 'whatever' }, { locale: 'en' });
    expect(err.code).toBe('store.locked');
    expect(err.status).toBe(503);
    expect(err.message).toBe('Another process holds the data directory');
  });

  it('hides anything else behind internal.unexpected unless asked to expose the cause', () => {
    const hidden = toGridcaseError(new TypeError('x is undefined'));
    expect(hidden.code).toBe('internal.unexpected');
    expect(hidden.details).toBeUndefined();
    expect(toGridcaseError('boom', { exposeCause: true }).details).toEqual({ cause: 'boom' });
    expect(toGridcaseError({ code: 'not.a.code' }).code).toBe('internal.unexpected');
  });

  it('recognises catalog errors', () => {
    expect(isGridcaseError(gridcaseError('auth.required'))).toBe(true);
    expect(isGridcaseError(new Error('x'))).toBe(false);
    expect(isGridcaseError({ code: 'auth.required' })).toBe(false);
  });
});
