import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CaseRecord, disputeMediation, type HistoryEntry } from '@gridcase/engine';
import { describe, expect, it } from 'vitest';
import { createLowdbStore } from '../store/lowdb';
import { createHarness } from '../testing/harness';
import { publicStatus } from './publicStatus';
import { openDispute, report, submit, track } from './publicTestKit';

const entry = (seq: number, action: string, from: string[], to: string[]): HistoryEntry => ({
  caseId: 'P-1',
  seq,
  at: `2026-03-0${seq}T01:00:00.000Z`,
  actor: { userId: 'police-e1', name: '陈民警' },
  action,
  title: { 'zh-CN': action, en: action },
  from,
  to,
  reason: '内部理由',
  changes: { facts: [null, '内部事实'] },
});

describe('publicStatus', () => {
  it('hides stages marked internal and every move inside them', () => {
    const definition = structuredClone(disputeMediation);
    const investigating = definition.machine.states?.investigating;
    if (investigating?.meta) investigating.meta.internal = true;
    const record = {
      id: 'P-1',
      caseType: 'dispute',
      state: 'investigating',
      status: 'active',
      createdAt: '2026-03-01T01:00:00.000Z',
      context: { data: { summary: '内部' }, coHandlers: [], supervision: 0, reopenCount: 0 },
      citizen: {
        trackingCode: 'DD-2345-67',
        secretHash: 'scrypt$x$y',
        submittedAt: '2026-03-01T01:00:00.000Z',
      },
    } as unknown as CaseRecord;
    const status = publicStatus(definition, record, [
      entry(1, 'create', [], ['dispute-mediation.registered']),
      entry(2, 'accept', ['dispute-mediation.registered'], ['dispute-mediation.investigating']),
      entry(3, 'remind', ['dispute-mediation.investigating'], ['dispute-mediation.investigating']),
    ]);
    expect(status.stage).toEqual({
      id: 'inProgress',
      title: { 'zh-CN': '处理中', en: 'In progress' },
    });
    expect(status.steps.map((s) => s.title.en)).toEqual(['Report received']);
    expect(status.updatedAt).toBe('2026-03-01T01:00:00.000Z');
    expect(JSON.stringify(status)).not.toMatch(/内部|陈民警|police-e1|scrypt/);
  });
});

describe('a citizen report on the lowdb store', () => {
  it('is still trackable with its secret after the server restarts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gridcase-public-'));
    try {
      let h = await createHarness({ store: createLowdbStore({ dir }) });
      await h.publish(openDispute);
      const { trackingCode: code = '', secret = '' } = (await submit(h, report())).body;
      await h.close();
      h = await createHarness({ store: createLowdbStore({ dir }) });
      expect((await track(h, code, secret)).status).toBe(200);
      expect((await track(h, code, 'WRONG234')).status).toBe(404);
      await h.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
