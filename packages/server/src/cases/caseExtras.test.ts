import { describe, expect, it } from 'vitest';
import { fixtureReport } from '../testing/fixtureDefinition';
import { createHarness } from '../testing/harness';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

async function withCase() {
  const h = await createHarness({ limits: { attachmentBytes: 64 * 1024 } });
  await h.publish();
  const opened = await h.open({ data: fixtureReport });
  return { h, id: opened.id };
}

describe('comments', () => {
  it('adds and lists comments, masking ID and mobile numbers typed into them', async () => {
    const { h, id } = await withCase();
    const res = await h.request(`/cases/${id}/comments`, {
      method: 'POST',
      as: 'police-e1',
      json: { text: '已联系当事人 13812345678' },
    });
    expect(res.status).toBe(201);
    const list = await (await h.request(`/cases/${id}/comments`, { as: 'grid-e1a' })).json();
    expect(list).toHaveLength(1);
    expect(list[0].text).toBe('已联系当事人 138****5678');
  });

  it('makes a retried comment with the same Idempotency-Key land once', async () => {
    const { h, id } = await withCase();
    const init = {
      method: 'POST',
      as: 'police-e1',
      headers: { 'idempotency-key': 'comment-01' },
      json: { text: '一次' },
    };
    const a = await (await h.request(`/cases/${id}/comments`, init)).json();
    const b = await (await h.request(`/cases/${id}/comments`, init)).json();
    expect(b.id).toBe(a.id);
    expect(
      await (await h.request(`/cases/${id}/comments`, { as: 'police-e1' })).json(),
    ).toHaveLength(1);
  });
});

describe('attachments', () => {
  const upload = (
    h: Awaited<ReturnType<typeof withCase>>['h'],
    id: string,
    name: string,
    type: string,
    body: BodyInit,
  ) =>
    h.request(`/cases/${id}/attachments?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      as: 'grid-e1a',
      headers: { 'content-type': type },
      body,
    });

  it('stores a file and serves it back as a download under a server-made id', async () => {
    const { h, id } = await withCase();
    const res = await upload(h, id, '现场照片.png', 'image/png', PNG);
    expect(res.status).toBe(201);
    const meta = await res.json();
    expect(meta).toMatchObject({
      name: '现场照片.png',
      contentType: 'image/png',
      size: PNG.length,
    });
    expect(meta.id).toMatch(/^att_[0-9a-f]{32}$/);
    const file = await h.request(`/cases/${id}/attachments/${meta.id}`, { as: 'police-e1' });
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''%E7%8E%B0");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PNG);
    expect(
      await (await h.request(`/cases/${id}/attachments`, { as: 'police-e1' })).json(),
    ).toHaveLength(1);
  });

  it.each(['../../etc/passwd', 'a/b.png', 'a\\b.png', '..', 'x\u0000.png'])(
    'refuses the name %j: attachment.nameInvalid',
    async (name) => {
      const { h, id } = await withCase();
      const res = await upload(h, id, name, 'image/png', PNG);
      expect([res.status, (await res.json()).code]).toEqual([400, 'attachment.nameInvalid']);
    },
  );

  it('refuses types outside the list and bytes that do not match the type: attachment.typeNotAllowed', async () => {
    const { h, id } = await withCase();
    const html = await upload(h, id, 'x.html', 'text/html', '<script>alert(1)</script>');
    expect([html.status, (await html.json()).code]).toEqual([415, 'attachment.typeNotAllowed']);
    const fake = await upload(h, id, 'x.png', 'image/png', '<script>alert(1)</script>');
    expect([fake.status, (await fake.json()).code]).toEqual([415, 'attachment.typeNotAllowed']);
  });

  it('refuses files over the limit: attachment.tooLarge', async () => {
    const { h, id } = await withCase();
    const res = await upload(h, id, 'big.txt', 'text/plain', 'x'.repeat(64 * 1024 + 1));
    expect([res.status, (await res.json()).code]).toEqual([413, 'attachment.tooLarge']);
  });

  it('answers an unknown attachment with attachment.notFound', async () => {
    const { h, id } = await withCase();
    const res = await h.request(`/cases/${id}/attachments/att_nope`, { as: 'grid-e1a' });
    expect([res.status, (await res.json()).code]).toEqual([404, 'attachment.notFound']);
  });
});

describe('personal-data reveal', () => {
  it('shows unmasked values to those who work the case, audited with the purpose', async () => {
    const { h, id } = await withCase();
    const res = await h.request(`/cases/${id}/pii/reveal`, {
      method: 'POST',
      as: 'police-e1',
      json: { purpose: '电话联系当事人', fields: ['parties.0.phone'] },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await res.json()).values).toEqual({ 'parties.0.phone': '13912345678' });
    const audit = await h.store.readAudit();
    const entry = audit.find((e) => e.action === 'pii.reveal');
    expect(entry).toMatchObject({
      caseId: id,
      actor: { userId: 'police-e1' },
      detail: { purpose: '电话联系当事人', fields: ['parties.0.phone'] },
    });
    const withoutHashes = audit.map(({ hash: _h, prevHash: _p, ...rest }) => rest);
    expect(JSON.stringify(withoutHashes)).not.toMatch(/\d{17}[\dXx]/);
  });

  it('refuses those who only see the case: pii.forbidden', async () => {
    const { h, id } = await withCase();
    const res = await h.request(`/cases/${id}/pii/reveal`, {
      method: 'POST',
      as: 'lead-east',
      json: { purpose: '查看' },
    });
    expect([res.status, (await res.json()).code]).toEqual([403, 'pii.forbidden']);
  });

  it('needs a purpose: pii.reasonRequired', async () => {
    const { h, id } = await withCase();
    const res = await h.request(`/cases/${id}/pii/reveal`, {
      method: 'POST',
      as: 'police-e1',
      json: { purpose: ' ' },
    });
    expect([res.status, (await res.json()).code]).toEqual([422, 'pii.reasonRequired']);
  });

  it('is rate-limited per user', async () => {
    const h = await createHarness({ limits: { reveals: { capacity: 2, perSecond: 1 / 3600 } } });
    await h.publish();
    const { id } = await h.open({ data: fixtureReport });
    const reveal = () =>
      h.request(`/cases/${id}/pii/reveal`, {
        method: 'POST',
        as: 'police-e1',
        json: { purpose: '核实身份' },
      });
    expect((await reveal()).status).toBe(200);
    expect((await reveal()).status).toBe(200);
    const third = await reveal();
    expect([third.status, (await third.json()).code]).toEqual([429, 'rate.limited']);
  });
});
