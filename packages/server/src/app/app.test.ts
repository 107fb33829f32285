import { describe, expect, it } from 'vitest';
import { createHarness } from '../testing/harness';

describe('the app edge', () => {
  it('answers unknown paths with request.notFound in the one error shape', async () => {
    const h = await createHarness();
    const res = await h.request('/nope', { as: 'admin' });
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body).toMatchObject({ code: 'request.notFound', details: {} });
    expect(typeof body.message).toBe('string');
    expect(typeof body.hint).toBe('string');
    expect(body.stack).toBeUndefined();
  });

  it('speaks zh-CN by default and English on request', async () => {
    const h = await createHarness();
    const zh = await (await h.request('/nope')).json();
    const en = await (
      await h.request('/nope', { headers: { 'accept-language': 'en-US,en;q=0.8' } })
    ).json();
    expect(zh.message).toBe('没有这个地址');
    expect(en.message).toBe('No such address');
  });

  it('sets secure headers with a CSP, no-store and a request id', async () => {
    const h = await createHarness();
    const res = await h.request('/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('allows only configured CORS origins', async () => {
    const h = await createHarness({ corsOrigins: ['https://county.example'] });
    const ok = await h.request('/me', {
      method: 'OPTIONS',
      headers: { origin: 'https://county.example', 'access-control-request-method': 'GET' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://county.example');
    const evil = await h.request('/me', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('shows stacks only in development mode', async () => {
    const dev = await createHarness({ devMode: true });
    expect((await (await dev.request('/nope')).json()).stack).toEqual(expect.any(String));
  });
});
