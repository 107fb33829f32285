import { createMemoryStore } from '@gridcase/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTIES, countySetup } from '../src/counties';
import { seedStore } from '../src/seed/seedStore';

const NOW = new Date('2026-11-20T02:00:00.000Z');
/** The four newest stories and the ones stopped in a chosen stage. */
const LIMIT = 14;
const store = createMemoryStore();
let report: Awaited<ReturnType<typeof seedStore>>;

beforeAll(async () => {
  await store.open();
  report = await seedStore(store, { now: NOW, storyLimit: LIMIT });
}, 60_000);
afterAll(() => store.close());

describe('seedStore', () => {
  it('stores both counties with their users; each admin published the county’s definitions', async () => {
    expect((await store.listCounties()).map((c) => c.id).sort()).toEqual(['fengyuan', 'linhu']);
    for (const module of COUNTIES) {
      const setup = countySetup(module, NOW.toISOString());
      expect((await store.listUsers(module.id)).length).toBe(setup.users.length);
      const published = (await store.listDefinitions(module.id)).filter(
        (d) => d.status === 'published',
      );
      expect(published.map((d) => `${d.definitionId}@${d.version}`)).toEqual(
        setup.definitions.map((d) => `${d.id}@1`),
      );
    }
  });

  it('opens one case per story, by the story’s user, through the engine', async () => {
    for (const module of COUNTIES) {
      const stories = countySetup(module, NOW.toISOString()).stories.slice(0, LIMIT);
      const ids = report.get(module.id)!;
      expect(ids.size).toBe(LIMIT);
      for (const story of stories) {
        const history = await store.getHistory(module.id, ids.get(story.key)!);
        expect(history[0]).toMatchObject({ seq: 1, actor: { userId: story.openedBy } });
        // every later entry is one of the story's commands or the scheduler's deadline firing
        const types = new Set([
          ...story.steps.map((s) => s.type),
          'deadline.warn',
          'deadline.breach',
        ]);
        for (const entry of history.slice(1)) expect(types).toContain(entry.action);
      }
    }
  });

  it('leaves old cases closed and recent ones open, none in the future', async () => {
    const all = (await store.listCases({ countyId: 'fengyuan' })).items;
    expect(all.some((c) => c.status === 'done')).toBe(true);
    expect(all.some((c) => c.status === 'active')).toBe(true);
    for (const c of all) expect(c.updatedAt <= NOW.toISOString()).toBe(true);
  });

  it('has open cases in every stage of both processes, and escalated overdue ones', async () => {
    const stages = async (countyId: string) => {
      const open = (await store.listCases({ countyId, status: 'active' })).items;
      return {
        stages: new Set(open.flatMap((c) => c.stages.map((s) => s.split('.')[1]))),
        escalated: open.filter((c) => c.context.supervision > 0).length,
      };
    };
    const fengyuan = await stages('fengyuan');
    expect([...fengyuan.stages].sort()).toEqual(
      [
        'agreed',
        'failed',
        'followUp',
        'investigating',
        'judicialConfirmation',
        'mediation',
        'registered',
      ].sort(),
    );
    expect(fengyuan.escalated).toBeGreaterThan(0);
    const linhu = await stages('linhu');
    expect([...linhu.stages].sort()).toEqual(['rectifying', 'reinspecting', 'verifying']);
    expect(linhu.escalated).toBeGreaterThan(0);
  });

  it('stores hazard photos as attachments the report names', async () => {
    const [record] = (await store.listCases({ countyId: 'linhu', sort: 'createdAt', order: 'asc' }))
      .items;
    const photos = record!.context.data.photos as { id: string; name: string }[];
    const attachments = await store.listAttachments('linhu', record!.id);
    for (const photo of photos) {
      expect(attachments.find((a) => a.id === photo.id)).toMatchObject({
        contentType: 'image/png',
      });
      const bytes = await store.getBlob(photo.id);
      expect([...bytes!.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    }
  });

  it('keeps each party’s ID number valid (the seed goes through the same validation)', async () => {
    const [record] = (await store.listCases({ countyId: 'fengyuan' })).items;
    const parties = record!.context.data.parties as { idNumber?: string }[];
    expect(parties[0]!.idNumber).toMatch(/^\d{17}[\dX]$/);
  });
});
