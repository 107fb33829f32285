import { expect, it } from 'vitest';
import type { AttachmentMeta, Comment, WebhookSubscription } from '../types';
import { type ContractContext, rejectionCode } from './contractContext';
import { audit, minute } from './fixtures';

const comment = (id: string, caseId = 'k1'): Comment => ({
  id,
  countyId: 'c1',
  caseId,
  at: minute(1),
  userId: 'u1',
  text: `意见 ${id}`,
});

const attachment = (id: string, caseId = 'k1'): AttachmentMeta => ({
  id,
  countyId: 'c1',
  caseId,
  name: '现场照片.jpg',
  contentType: 'image/jpeg',
  size: 3,
  sha256: 'abc',
  at: minute(1),
  userId: 'u1',
});

const webhook = (id: string, countyId = 'c1'): WebhookSubscription => ({
  id,
  countyId,
  url: `https://example.test/${id}`,
  secret: 's',
  events: ['case.updated'],
  createdAt: minute(0),
});

/** Comments, attachments and their bytes, webhooks. */
export function attachmentsContract(ctx: ContractContext): void {
  it('keeps comments and attachments per case, oldest first, and audits each', async () => {
    const store = ctx.store();
    await store.addComment(comment('m1'), audit('comment.add'));
    await store.addComment(comment('m2'), audit('comment.add'));
    await store.addComment(comment('m3', 'k2'), audit('comment.add'));
    await store.addAttachment(attachment('a1'), audit('attachment.add'));
    expect((await store.listComments('c1', 'k1')).map((c) => c.id)).toEqual(['m1', 'm2']);
    expect(await store.listComments('c2', 'k1')).toEqual([]);
    expect(await store.listAttachments('c1', 'k1')).toEqual([attachment('a1')]);
    expect(await store.listAttachments('c1', 'k2')).toEqual([]);
    expect((await store.readAudit()).map((e) => e.action)).toEqual([
      'comment.add',
      'comment.add',
      'comment.add',
      'attachment.add',
    ]);
  });

  it('stores blob bytes without aliasing, and refuses unsafe ids', async () => {
    const store = ctx.store();
    const bytes = new Uint8Array([1, 2, 3]);
    await store.putBlob('a1', bytes);
    bytes[0] = 9;
    const read = await store.getBlob('a1');
    expect(read && [...read]).toEqual([1, 2, 3]);
    read![1] = 9;
    expect([...((await store.getBlob('a1')) ?? [])]).toEqual([1, 2, 3]);
    expect(await store.getBlob('nope')).toBeUndefined();
    await store.putBlob('empty', new Uint8Array());
    expect((await store.getBlob('empty'))?.length).toBe(0);
    for (const id of ['../etc/passwd', '.hidden', 'a/b', '', 'x'.repeat(129)]) {
      expect(await rejectionCode(store.putBlob(id, bytes)), id).toBe('store.valueRejected');
    }
  });

  it('stores, lists and deletes webhooks per county', async () => {
    const store = ctx.store();
    await store.putWebhook(webhook('w1'));
    await store.putWebhook(webhook('w2'));
    await store.putWebhook(webhook('w1', 'c2'));
    await store.putWebhook({ ...webhook('w2'), events: ['case.closed'] });
    const listed = await store.listWebhooks('c1');
    expect(listed.map((w) => w.id).sort()).toEqual(['w1', 'w2']);
    expect(listed.find((w) => w.id === 'w2')?.events).toEqual(['case.closed']);
    await store.deleteWebhook('c1', 'w1');
    expect((await store.listWebhooks('c1')).map((w) => w.id)).toEqual(['w2']);
    expect(await store.listWebhooks('c2')).toHaveLength(1);
  });
}
