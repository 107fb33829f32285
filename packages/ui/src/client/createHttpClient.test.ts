import { describe, expect, it } from 'vitest';
import { createHttpClient } from './createHttpClient';
import { GridcaseApiError } from './GridcaseApiError';

/** A recording stand-in for the server: answers each request with `reply(request)`. */
function recorder(reply: (req: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    requests.push(req.clone());
    return reply(req);
  };
  return { requests, fetch: fetch as typeof globalThis.fetch };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('createHttpClient', () => {
  it('sends the token, the locale and the query, without empty filters', async () => {
    const server = recorder(() => json({ items: [], total: 0 }));
    const client = createHttpClient({
      baseUrl: 'http://county.test/api/',
      token: async () => 'tok-1',
      locale: 'zh-CN',
      fetch: server.fetch,
    });
    await expect(
      client.listCases({ stage: 'triage', overdue: true, q: '', offset: 20 }),
    ).resolves.toEqual({ items: [], total: 0 });
    const req = server.requests[0]!;
    expect(req.method).toBe('GET');
    expect(req.url).toBe('http://county.test/api/cases?stage=triage&overdue=true&offset=20');
    expect(req.headers.get('Authorization')).toBe('Bearer tok-1');
    expect(req.headers.get('Accept-Language')).toBe('zh-CN');
  });

  it('asks the worklist for a scope', async () => {
    const server = recorder(() => json({ items: [], total: 0 }));
    await createHttpClient({ baseUrl: 'http://x/api', fetch: server.fetch }).worklist('area', {
      limit: 5,
    });
    expect(server.requests[0]!.url.replace('http://x/api/worklist', '')).toBe(
      '?limit=5&scope=area',
    );
  });

  it('sends commands with an idempotency key and If-Match', async () => {
    const server = recorder(() => json({ case: { id: 'c/1' } }));
    const client = createHttpClient({ baseUrl: 'http://x', fetch: server.fetch });
    await client.runCommand('c/1', { type: 'ASSIGN', data: { to: 'u1' } }, { ifMatch: 3 });
    await client.runCommand('c/1', { type: 'ASSIGN' });
    const [first, second] = server.requests;
    expect(first!.url).toBe('http://x/cases/c%2F1/commands');
    expect(first!.headers.get('If-Match')).toBe('"3"');
    expect(first!.headers.get('Content-Type')).toBe('application/json');
    expect(await first!.json()).toEqual({ type: 'ASSIGN', data: { to: 'u1' } });
    const key = first!.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second!.headers.get('Idempotency-Key')).not.toBe(key);
    expect(second!.headers.has('If-Match')).toBe(false);
  });

  it('turns a 422 into a GridcaseApiError with the field issues', async () => {
    const issues = [{ path: 'idNumber', code: 'format', message: '身份证号码校验位不正确' }];
    const server = recorder(() =>
      json(
        { code: 'validation.failed', message: '表单有误', hint: '按提示修改', details: { issues } },
        422,
      ),
    );
    const client = createHttpClient({ baseUrl: 'http://x', fetch: server.fetch });
    const err = await client.runCommand('c1', { type: 'X' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GridcaseApiError);
    const apiErr = err as GridcaseApiError;
    expect([apiErr.status, apiErr.code, apiErr.message, apiErr.hint]).toEqual([
      422,
      'validation.failed',
      '表单有误',
      '按提示修改',
    ]);
    expect(apiErr.issues).toEqual(issues);
  });

  it('survives an error body that is not JSON', async () => {
    const server = recorder(() => new Response('<html>bad gateway</html>', { status: 502 }));
    const err = (await createHttpClient({ baseUrl: 'http://x', fetch: server.fetch })
      .getCase('c1')
      .catch((e: unknown) => e)) as GridcaseApiError;
    expect(err.code).toBe('http.502');
    expect(err.issues).toEqual([]);
  });

  it('uploads an attachment as a raw body named in the query', async () => {
    const server = recorder(() => json({ id: 'a1', name: '现场照片.jpg' }, 201));
    const client = createHttpClient({ baseUrl: 'http://x', fetch: server.fetch });
    const file = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' });
    await expect(client.uploadAttachment('c1', file, '现场照片.jpg')).resolves.toMatchObject({
      id: 'a1',
    });
    const req = server.requests[0]!;
    expect(new URL(req.url).searchParams.get('name')).toBe('现场照片.jpg');
    expect(req.headers.get('Content-Type')).toBe('image/jpeg');
    expect(new Uint8Array(await req.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('saves a draft and returns the lint findings', async () => {
    const findings = [{ code: 'lint.x', pointer: '/machine', message: 'm' }];
    const server = recorder(() => json({ draft: { version: 0 }, findings }));
    const client = createHttpClient({ baseUrl: 'http://x', fetch: server.fetch });
    const res = await client.saveDraft('d1', { id: 'd1' } as never);
    expect(res.findings).toEqual(findings);
    expect(server.requests[0]!.method).toBe('PUT');
    expect(server.requests[0]!.url).toBe('http://x/definitions/d1/draft');
  });
});
