import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLowdbStore } from '@gridcase/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photoPng } from '../src/seed/photoPng';
import { seedStore } from '../src/seed/seedStore';
import { loadConfig } from '../src/server/loadConfig';
import { type CountyServer, startCountyServer } from '../src/server/startCountyServer';

const quiet = { info() {}, warn() {}, error() {} };
const root = mkdtempSync(join(tmpdir(), 'gridcase-example-'));
const webDist = join(root, 'web');
let server: CountyServer;

async function login(username: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

beforeAll(async () => {
  mkdirSync(join(webDist, 'assets'), { recursive: true });
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>gridcase</title>');
  writeFileSync(join(webDist, 'assets', 'app.js'), 'console.log(1)');
  // a small seed first, so the server finds its counties and does not seed the full set
  const dataDir = join(root, 'data');
  const store = createLowdbStore({ dir: dataDir });
  await store.open();
  await seedStore(store, { storyLimit: 4 });
  await store.close();
  server = await startCountyServer(
    loadConfig({
      GRIDCASE_DATA_DIR: dataDir,
      GRIDCASE_PORT: '0',
      GRIDCASE_WEB_DIST: webDist,
      GRIDCASE_TEST_CLOCK: '1',
    }),
    { logger: quiet },
  );
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the example county server', () => {
  it('serves the API at /api with the development sign-in', async () => {
    const token = await login('fy-grid-cd1');
    const me = await fetch(`${server.url}/api/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await me.json()).toMatchObject({ user: { name: '王丽' }, county: { id: 'fengyuan' } });
    expect(server.seeded).toBe(false);
  });

  it('lists the demo logins of both counties with role and area names', async () => {
    const res = await fetch(`${server.url}/example/demo-users`);
    const { counties } = (await res.json()) as { counties: { id: string; users: unknown[] }[] };
    expect(counties.map((c) => c.id).sort()).toEqual(['fengyuan', 'linhu']);
    expect(counties[0]!.users[0]).toMatchObject({
      roles: [{ title: { 'zh-CN': expect.any(String) }, areaName: { en: expect.any(String) } }],
    });
  });

  it('serves the web app on the same origin, index.html for client routes', async () => {
    const page = await fetch(`${server.url}/cases/20261120-ABC`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>gridcase</title>');
    expect(page.headers.get('content-security-policy')).toContain(
      "script-src 'self' 'unsafe-eval'",
    );
    const asset = await fetch(`${server.url}/assets/app.js`);
    expect(await asset.text()).toBe('console.log(1)');
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
  });

  it('moves the test clock on request and fires what fell due', async () => {
    const before = (await (await fetch(`${server.url}/example/clock`)).json()) as { now: string };
    const res = await fetch(`${server.url}/example/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: 40 * 86_400_000 }),
    });
    const moved = (await res.json()) as { now: string; fired: number };
    expect(Date.parse(moved.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(40 * 86_400_000);
    expect(moved.fired).toBeGreaterThan(0);
    // the token still works: sign-in tokens age in real time, not test time
    const token = await login('lh-admin');
    const me = await fetch(`${server.url}/api/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.status).toBe(200);
  });
});

describe('photos chosen before their case exists', () => {
  const upload = (token: string | undefined, body: Uint8Array, type = 'image/png') =>
    fetch(`${server.url}/example/uploads?name=${encodeURIComponent('现场照片.png')}`, {
      method: 'POST',
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: new Uint8Array(body),
    });
  const openHazard = async (token: string, photoId: string) => {
    const res = await fetch(`${server.url}/api/cases`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': crypto.randomUUID(),
      },
      body: JSON.stringify({
        definitionId: 'hazard-rectification',
        areaId: 'lh-hb-wh-g1',
        data: {
          title: '楼道堆放杂物',
          category: 'fire',
          location: { address: '望湖路88号' },
          photos: [{ id: photoId, name: '现场照片.png' }],
        },
      }),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { case: { id: string } }).case.id;
  };
  const attachments = async (token: string, caseId: string) => {
    const res = await fetch(`${server.url}/api/cases/${caseId}/attachments`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return (await res.json()) as { id: string; contentType: string }[];
  };

  it('are refused without sign-in, and when they are not images', async () => {
    expect((await upload(undefined, photoPng('#336699'))).status).toBe(401);
    const token = await login('lh-grid-wh1');
    const text = new TextEncoder().encode('not a photo');
    expect((await upload(token, text, 'text/plain')).status).toBe(400);
  });

  it('become attachments of the case their uploader opens naming them', async () => {
    const token = await login('lh-grid-wh1');
    const res = await upload(token, photoPng('#336699'));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const caseId = await openHazard(token, id);
    await expect
      .poll(async () => attachments(token, caseId))
      .toEqual([expect.objectContaining({ id, contentType: 'image/png' })]);
  });

  it('are attached only to a case their uploader opens, not someone else’s', async () => {
    const owner = await login('lh-grid-wh1');
    const { id } = (await (await upload(owner, photoPng('#993366'))).json()) as { id: string };
    const other = await login('lh-twp-hb');
    const othersCase = await openHazard(other, id);
    const ownersCase = await openHazard(owner, id);
    // still staged after the other's case: the owner's case gets it
    await expect
      .poll(async () => (await attachments(owner, ownersCase)).map((a) => a.id))
      .toEqual([id]);
    expect(await attachments(other, othersCase)).toEqual([]);
  });
});

describe('loadConfig', () => {
  it('keeps the test clock off unless GRIDCASE_TEST_CLOCK=1, and never in production', () => {
    expect(loadConfig({}).testClock).toBe(false);
    expect(() => loadConfig({ GRIDCASE_TEST_CLOCK: '1', NODE_ENV: 'production' })).toThrow(
      /production/,
    );
  });

  it('refuses a port that is not one', () => {
    expect(() => loadConfig({ GRIDCASE_PORT: 'http' })).toThrow(/GRIDCASE_PORT/);
  });
});
