import {
  audit,
  county,
  createCommit,
  deadlineRow,
  definitionDraft,
  makeCase,
  minute,
  outboxRow,
  updateCommit,
  user,
} from '../../store/contract/fixtures';
import type { CaseStore } from '../../store/types';

/**
 * Fills a store with `cases` cases over two counties, quickly (creations committed 500 at a
 * time, so a lowdb store shares fsyncs), with a bit of everything a migration must carry: users,
 * a draft and published definitions, webhooks, a case-migration record, an idempotency key and an open deadline per
 * case, outbox rows, updates (history of 2), comments, attachments with bytes, and audit
 * entries of every kind.
 *
 * @example
 * ```ts
 * await seedSource(lowdbStore, 10_000);
 * ```
 */
export async function seedSource(store: CaseStore, cases: number): Promise<void> {
  for (const id of ['c1', 'c2']) {
    await store.putCounty(county(id));
    await store.putUser(user(`${id}-u1`, id));
    await store.putWebhook({
      id: 'w1',
      countyId: id,
      url: `https://hooks.example.test/${id}`,
      secret: 's',
      events: ['case.updated'],
      createdAt: minute(0),
    });
  }
  await store.saveDraft({ ...definitionDraft('d', 'c1', 'draft'), version: 0, status: 'draft' });
  await store.publishDefinition(definitionDraft('d', 'c1', 'one'), audit('definition.publish'));
  await store.publishDefinition(definitionDraft('d', 'c1', 'two'), audit('definition.publish'));
  const countyOf = (i: number) => (i % 4 === 0 ? 'c2' : 'c1');
  for (let start = 0; start < cases; start += 500) {
    const batch = Array.from({ length: Math.min(500, cases - start) }, (_, j) => start + j);
    await Promise.all(
      batch.map((i) => {
        const countyId = countyOf(i);
        const id = `case-${String(i).padStart(5, '0')}`;
        const record = makeCase(id, {
          countyId,
          areaPath: [countyId, `t${i % 7}`, `g${i % 31}`],
          createdAt: minute(i),
          dueAt: minute(i + 10_000),
          data: { title: `纠纷 ${i}`, category: i % 2 ? 'land' : 'family' },
        });
        return store.commit(
          createCommit(record, {
            key: `u1:${id}`,
            deadlinesSet: [deadlineRow(id, 'open:breach:0', minute(i + 10_000), countyId)],
            outbox:
              i % 10 === 0 ? [{ ...outboxRow(`${id}:1:webhook:w1`, minute(i), id), countyId }] : [],
            audit: [audit('case.create', { countyId, caseId: id, at: minute(i) })],
          }),
        );
      }),
    );
  }
  for (let i = 0; i < cases; i += 50) {
    const countyId = countyOf(i);
    const id = `case-${String(i).padStart(5, '0')}`;
    const current = (await store.getCase(countyId, id))!;
    await store.commit(updateCommit(current, { updatedAt: minute(i + 1) }));
    const at = minute(i + 2);
    await store.addComment(
      { id: `m${i}`, countyId, caseId: id, at, userId: 'u1', text: `意见 ${i}` },
      audit('comment.add', { countyId, caseId: id }),
    );
    if (i % 500 === 0) {
      await store.putBlob(`a${i}`, new Uint8Array([i % 256, 1, 2]));
      await store.addAttachment(
        {
          id: `a${i}`,
          countyId,
          caseId: id,
          name: '照片.jpg',
          contentType: 'image/jpeg',
          size: 3,
          sha256: 'x',
          at,
          userId: 'u1',
        },
        audit('attachment.add', { countyId, caseId: id }),
      );
    }
  }
  await store.appendAudit([audit('export.csv'), audit('pii.reveal')]);
  await store.putMigration({
    countyId: 'c1',
    id: 'plan-d-1-2',
    definitionId: 'd',
    fromVersion: 1,
    toVersion: 2,
    plan: { id: 'plan-d-1-2', states: { open: 'open' } },
    planHash: 'h',
    status: 'done',
    startedBy: 'u1',
    startedAt: minute(cases + 1),
    updatedAt: minute(cases + 2),
    finishedAt: minute(cases + 2),
    passes: 1,
    total: 0,
    migrated: 0,
    skipped: 0,
    failed: 0,
    failures: [],
  });
}
