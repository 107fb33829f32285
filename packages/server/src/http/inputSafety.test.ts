import { describe, expect, it } from 'vitest';
import { createHarness } from '../testing/harness';
import { jsonTextDepth } from './jsonGuard';

const post = (json: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: json,
});

describe('input safety on JSON bodies', () => {
  it('refuses a body over 1 MiB by Content-Length with request.tooLarge', async () => {
    const h = await createHarness({ devMode: true });
    const big = JSON.stringify({ username: 'x'.repeat(1024 * 1024) });
    const res = await h.request(
      '/auth/dev-login',
      post(big, { 'content-length': String(big.length) }),
    );
    expect(res.status).toBe(413);
    expect((await res.json()).code).toBe('request.tooLarge');
  });

  it('refuses a chunked body over 1 MiB', async () => {
    const h = await createHarness({ devMode: true });
    const chunk = new TextEncoder().encode('x'.repeat(256 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 6) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await h.app.request('/auth/dev-login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).code).toBe('request.tooLarge');
  });

  it('refuses JSON nested deeper than 32 before parsing it, and the next request works', async () => {
    const h = await createHarness({ devMode: true });
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const res = await h.request('/auth/dev-login', post(`{"username":"admin","x":${deep}}`));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'request.jsonTooDeep', details: { limit: 32 } });
    const next = await h.request('/auth/dev-login', post('{"username":"admin"}'));
    expect(next.status).toBe(200);
  });

  it('counts depth without being fooled by brackets inside strings', () => {
    expect(jsonTextDepth('{"a":"[[[[{{{{","b":[1,[2]]}')).toBe(3);
    expect(jsonTextDepth('"\\"[["')).toBe(0);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere', async (key) => {
    const h = await createHarness({ devMode: true });
    const res = await h.request(
      '/auth/dev-login',
      post(`{"username":"admin","nested":{"${key}":{"polluted":1}}}`),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'request.forbiddenKey', details: { key } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses oversized strings and arrays with request.jsonTooLarge', async () => {
    const h = await createHarness({ devMode: true, limits: { jsonArray: 10 } });
    const res = await h.request(
      '/auth/dev-login',
      post(JSON.stringify({ username: 'admin', list: Array(11).fill(1) })),
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'request.jsonTooLarge',
      details: { path: 'list' },
    });
  });

  it('refuses malformed JSON with request.invalid', async () => {
    const h = await createHarness({ devMode: true });
    const res = await h.request('/auth/dev-login', post('{"username":'));
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('request.invalid');
  });

  it('refuses a body that is not valid UTF-8 with request.invalid, never storing U+FFFD', async () => {
    const h = await createHarness({ devMode: true });
    const body = new Uint8Array([
      ...new TextEncoder().encode('{"username":"adm'),
      0xff,
      ...new TextEncoder().encode('in"}'),
    ]);
    const res = await h.request('/auth/dev-login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('request.invalid');
  });

  it('refuses a non-JSON content type with request.unsupportedMediaType', async () => {
    const h = await createHarness({ devMode: true });
    const res = await h.request('/auth/dev-login', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'username=admin',
    });
    expect(res.status).toBe(415);
    expect((await res.json()).code).toBe('request.unsupportedMediaType');
  });

  it('refuses unknown fields with request.invalid and field issues', async () => {
    const h = await createHarness({ devMode: true });
    const res = await h.request('/auth/dev-login', post('{"username":"admin","isAdmin":true}'));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe('request.invalid');
    expect(body.details.issues).toContainEqual(
      expect.objectContaining({ path: 'isAdmin', code: 'additionalProperties' }),
    );
  });
});
