import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { createHarness } from '../testing/harness';

describe('/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document generated from the route table', async () => {
    const h = await createHarness({ devMode: true });
    const res = await h.request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(doc));
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.warnings).toEqual([]);
    for (const route of h.app.gridcase.routes) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[route.method]?.operationId).toBe(route.operationId);
    }
  });

  it('names the mount prefix as its server when mounted under a host', async () => {
    const { Hono } = await import('hono');
    const h = await createHarness();
    const host = new Hono().route('/api', h.app);
    const doc = await (await host.request('/api/openapi.json')).json();
    expect(doc.servers).toEqual([{ url: '/api' }]);
  });
});

describe('/reference', () => {
  it('serves a self-contained page (no script) listing every operation', async () => {
    const h = await createHarness();
    const res = await h.request('/reference?lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).not.toContain('<script');
    expect(html).toContain('/openapi.json');
    expect(html).toContain('gridcase API reference');
  });

  it('offers the interactive Scalar page separately', async () => {
    const h = await createHarness();
    const res = await h.request('/reference/interactive');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('/openapi.json');
  });
});
