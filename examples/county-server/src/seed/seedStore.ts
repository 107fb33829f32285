import { type CaseStore, createManualClock } from '@gridcase/server';
import { COUNTIES, type CountyModule, countySetup } from '../counties';
import { runStories, type SeededCases } from './runStories';
import { createSeedApi } from './seedApi';

const DAY = 86_400_000;

export interface SeedOptions {
  /** The seed's "now": stories end here. Default: the wall clock. */
  now?: Date;
  counties?: readonly CountyModule[];
  /** Play only the first N stories of each county (tests). Default: all. */
  storyLimit?: number;
  log?: (message: string) => void;
}

/** What a seed left: per county, the case id of each story. */
export type SeedReport = Map<string, SeededCases>;

/**
 * Seeds an empty store with the example counties: county records and users, each county's
 * definitions published by its admin 120 days before `now` (through the API, so the engine
 * linter and the form publish gate check them), then every story played
 * through the real HTTP API in time order, with the server's deadline scheduler firing what falls
 * due in between (warnings, reminders, escalations). Leaves a store that looks like months of
 * real use.
 *
 * @example
 * ```ts
 * const store = createLowdbStore({ dir: '.data/example' });
 * await store.open();
 * if ((await store.listCounties()).length === 0) await seedStore(store);
 * ```
 */
export async function seedStore(store: CaseStore, options: SeedOptions = {}): Promise<SeedReport> {
  const now = options.now ?? new Date();
  const start = new Date(now.getTime() - 120 * DAY);
  const clock = createManualClock(start);
  const api = createSeedApi(store, clock);
  const scheduler = api.app.gridcase.scheduler;
  const log = options.log ?? (() => {});
  const report: SeedReport = new Map();

  for (const module of options.counties ?? COUNTIES) {
    const setup = countySetup(module, start.toISOString());
    clock.set(start);
    await store.putCounty(setup.county);
    for (const user of setup.users) await store.putUser(user);
    const admin = setup.users.find((u) => u.roles.some((r) => r.role === 'countyAdmin'));
    if (!admin) throw new Error(`${setup.county.id} has no county admin to publish its processes`);
    for (const definition of setup.definitions) {
      // the county admin saves the draft and publishes it, through the lint and form gates
      const saved = await api.call<{ findings: unknown[] }>(
        admin.id,
        'PUT',
        `/definitions/${definition.id}/draft`,
        definition,
      );
      if (saved.findings.length > 0)
        throw new Error(`${definition.id}: ${JSON.stringify(saved.findings, null, 2)}`);
      await api.call(admin.id, 'POST', `/definitions/${definition.id}/publish`);
    }
    const stories = setup.stories.slice(0, options.storyLimit ?? setup.stories.length);
    const ids = await runStories(api, store, clock, setup.county.id, stories, now, () =>
      scheduler.runDue().then(() => undefined),
    );
    report.set(setup.county.id, ids);
    log(`${setup.county.name['zh-CN']}: ${setup.users.length} users, ${ids.size} cases`);
  }
  return report;
}
