import { expect, it } from 'vitest';
import type { ContractContext } from './contractContext';
import { audit, definitionDraft, minute } from './fixtures';

/** Drafts, publishing (versions 1, 2, ... atomically), latest, listing. */
export function definitionsContract(ctx: ContractContext): void {
  it('keeps one draft per definition, with version 0 and status draft', async () => {
    const store = ctx.store();
    const draft = { ...definitionDraft('d'), version: 7, status: 'published' as const };
    await store.saveDraft(draft);
    await store.saveDraft({ ...draft, hash: 'second' });
    const read = await store.getDefinition('c1', 'd', 'draft');
    expect(read).toMatchObject({ version: 0, status: 'draft', hash: 'second' });
    expect(await store.getDefinition('c1', 'd', 'latest')).toBeUndefined();
    expect(await store.getDefinition('c2', 'd', 'draft')).toBeUndefined();
  });

  it('publishes versions 1, 2, ... and serves each, latest and the draft', async () => {
    const store = ctx.store();
    await store.saveDraft({ ...definitionDraft('d', 'c1', 'draft'), version: 0, status: 'draft' });
    const v1 = await store.publishDefinition(
      definitionDraft('d', 'c1', 'one'),
      audit('definition.publish'),
    );
    const v2 = await store.publishDefinition(
      { ...definitionDraft('d', 'c1', 'two'), publishedAt: minute(9) },
      audit('definition.publish'),
    );
    expect(v1).toMatchObject({
      version: 1,
      status: 'published',
      hash: 'hash-one',
      publishedAt: minute(1),
    });
    expect(v1.definition.version).toBe(1);
    expect(v2).toMatchObject({ version: 2, publishedAt: minute(9) });
    expect((await store.getDefinition('c1', 'd', 1))?.hash).toBe('hash-one');
    expect((await store.getDefinition('c1', 'd', 'latest'))?.hash).toBe('hash-two');
    expect((await store.getDefinition('c1', 'd', 'draft'))?.hash).toBe('hash-draft');
    expect(await store.getDefinition('c1', 'd', 3)).toBeUndefined();
    await store.publishDefinition(definitionDraft('other', 'c1'), audit('definition.publish'));
    await store.publishDefinition(definitionDraft('d', 'c2'), audit('definition.publish'));
    const listed = await store.listDefinitions('c1');
    expect(listed.map((r) => `${r.definitionId}@${r.version}`)).toEqual([
      'd@0',
      'd@1',
      'd@2',
      'other@1',
    ]);
  });

  it('gives concurrent publishes distinct versions and audits each', async () => {
    const store = ctx.store();
    const published = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        store.publishDefinition(definitionDraft('d', 'c1', `p${i}`), audit('definition.publish')),
      ),
    );
    expect(published.map((p) => p.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const p of published) {
      expect((await store.getDefinition('c1', 'd', p.version))?.hash).toBe(p.hash);
    }
    expect((await store.readAudit()).filter((e) => e.action === 'definition.publish')).toHaveLength(
      8,
    );
  });

  it('does not let a caller change a published version through a result', async () => {
    const store = ctx.store();
    const v1 = await store.publishDefinition(definitionDraft('d'), audit('definition.publish'));
    v1.definition.caseType = 'changed';
    const read = await store.getDefinition('c1', 'd', 1);
    read!.hash = 'changed';
    expect(await store.getDefinition('c1', 'd', 1)).toMatchObject({ hash: 'hash-v' });
    expect((await store.getDefinition('c1', 'd', 1))?.definition.caseType).toBe('dispute');
  });
}
