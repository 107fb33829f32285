import { afterEach, describe, expect, it } from 'vitest';
import type { Harness } from '../testing/harness';
import { COUNTY, from, json, PNG, photo, publicHarness, report, submit } from './publicTestKit';

let h: Harness;
afterEach(async () => h?.close());

const code = async (res: Response) => ((await res.json()) as { code: string }).code;
const upload = (ip: string, init: RequestInit) => from(h, ip, `/public/${COUNTY}/uploads`, init);

describe('rate limits on the citizen channel', () => {
  it('answer 429 public.rateLimited with Retry-After per client address', async () => {
    h = await publicHarness({ reportsPerAddress: { capacity: 2, perSecond: 1 / 600 } });
    expect((await submit(h, report({ summary: '第一件事情' }), '203.0.113.5')).res.status).toBe(
      201,
    );
    expect((await submit(h, report({ summary: '第二件事情' }), '203.0.113.5')).res.status).toBe(
      201,
    );
    const third = await submit(h, report({ summary: '第三件事情' }), '203.0.113.5');
    expect([third.res.status, third.body.code]).toEqual([429, 'public.rateLimited']);
    expect(Number(third.res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await submit(h, report({ summary: '另一个人反映' }), '203.0.113.6')).res.status).toBe(
      201,
    );
  });

  it('answer 429 per county, from every address together', async () => {
    h = await publicHarness({ reportsPerCounty: { capacity: 2, perSecond: 1 / 600 } });
    await submit(h, report({ summary: '第一件事情' }), '203.0.113.1');
    await submit(h, report({ summary: '第二件事情' }), '203.0.113.2');
    const third = await submit(h, report({ summary: '第三件事情' }), '203.0.113.3');
    expect([third.res.status, third.body.code]).toEqual([429, 'public.rateLimited']);
    expect(third.res.headers.get('retry-after')).toBeTruthy();
  });

  it('ignore X-Forwarded-For unless the peer is a trusted proxy', async () => {
    const limit = { capacity: 1, perSecond: 1 / 600 };
    h = await publicHarness({ reportsPerAddress: limit });
    const spoof = (ip: string, fwd: string, summary: string) =>
      from(
        h,
        ip,
        `/public/${COUNTY}/reports`,
        json(report({ summary }), { 'x-forwarded-for': fwd }),
      );
    expect((await spoof('203.0.113.9', '192.0.2.1', '第一件事情')).status).toBe(201);
    expect((await spoof('203.0.113.9', '192.0.2.2', '第二件事情')).status).toBe(429);
    await h.close();

    h = await publicHarness({ reportsPerAddress: limit, trustedProxies: ['10.0.0.2'] });
    expect((await spoof('10.0.0.2', '192.0.2.1', '第一件事情')).status).toBe(201);
    expect((await spoof('10.0.0.2', '192.0.2.2, 10.0.0.2', '第二件事情')).status).toBe(201);
    expect((await spoof('10.0.0.2', '192.0.2.1', '第三件事情')).status).toBe(429);
  });
});

describe('photos from citizens', () => {
  it('are held until a report claims them, then become the case’s attachments', async () => {
    h = await publicHarness();
    const res = await upload('198.51.100.1', photo(PNG));
    expect(res.status).toBe(201);
    const held = (await res.json()) as { uploadId: string; size: number; contentType: string };
    expect(held).toMatchObject({ size: PNG.byteLength, contentType: 'image/png' });
    const { res: sent } = await submit(h, { ...report(), uploads: [held.uploadId] });
    expect(sent.status).toBe(201);
    const [row] = (await h.store.listCases({ countyId: COUNTY })).items;
    const attachments = await h.store.listAttachments(COUNTY, row?.id ?? '');
    expect(attachments.map((a) => [a.name, a.size, a.userId])).toEqual([
      ['现场.png', PNG.byteLength, 'citizen'],
    ]);
    const reuse = await submit(h, {
      ...report({ summary: '又一件事情' }),
      uploads: [held.uploadId],
    });
    expect(reuse.body.code).toBe('public.uploadUnknown');
  });

  it('are refused when too large or not an image (by type or by bytes)', async () => {
    h = await publicHarness({ photoBytes: 1024 });
    const big = await upload('198.51.100.1', photo(new Uint8Array(2048).fill(0x89)));
    expect([big.status, await code(big)]).toEqual([413, 'public.uploadTooLarge']);
    const huge = await upload('198.51.100.1', photo(new Uint8Array(200_000)));
    expect([huge.status, await code(huge)]).toEqual([413, 'public.uploadTooLarge']);
    const text = await upload(
      '198.51.100.1',
      photo(new TextEncoder().encode('hi'), 'text/plain', 'a.txt'),
    );
    expect([text.status, await code(text)]).toEqual([415, 'public.uploadTypeNotAllowed']);
    const fake = await upload(
      '198.51.100.1',
      photo(new TextEncoder().encode('<script>'), 'image/jpeg'),
    );
    expect([fake.status, await code(fake)]).toEqual([415, 'public.uploadTypeNotAllowed']);
    const raw = await upload('198.51.100.1', {
      method: 'POST',
      headers: { 'content-type': 'image/png' },
      body: PNG,
    });
    expect([raw.status, await code(raw)]).toEqual([415, 'public.uploadTypeNotAllowed']);
  });

  it('expire when no report claims them within the hour', async () => {
    h = await publicHarness();
    const held = (await (await upload('198.51.100.1', photo(PNG))).json()) as { uploadId: string };
    h.clock.advance(3600_000 + 1);
    const late = await submit(h, { ...report(), uploads: [held.uploadId] });
    expect([late.res.status, late.body.code]).toEqual([422, 'public.uploadUnknown']);
  });

  it('are limited per report', async () => {
    h = await publicHarness({ photosPerReport: 1 });
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const held = (await (await upload('198.51.100.1', photo(PNG))).json()) as {
        uploadId: string;
      };
      ids.push(held.uploadId);
    }
    const many = await submit(h, { ...report(), uploads: ids });
    expect([many.res.status, many.body.code]).toEqual([422, 'public.tooManyPhotos']);
  });
});
