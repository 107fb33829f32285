import type { CaseStore, ManualClock } from '@gridcase/server';
import type { SeedApi } from './seedApi';
import { storePhotos } from './storePhotos';
import type { CaseStory, SeedPhoto } from './types';

const HOUR = 3_600_000;

interface Moment {
  at: number;
  story: CaseStory;
  /** -1 opens the case; otherwise the index of the step. */
  index: number;
}

/** What the seed did: the case id of every story, by story key. */
export type SeededCases = Map<string, string>;

/**
 * Plays the stories of one county in time order through the real API: the clock is set to each
 * moment, the case is opened or the command sent as the story's user, and photos become
 * attachments. Moments after `now` are left out, so a story that has not finished yet stays in
 * its stage. `beforeMoment` runs first at each moment (the scheduler fires due deadlines there).
 *
 * @example
 * ```ts
 * const ids = await runStories(api, store, clock, 'fengyuan', stories, now);
 * ```
 */
export async function runStories(
  api: SeedApi,
  store: CaseStore,
  clock: ManualClock,
  countyId: string,
  stories: CaseStory[],
  now: Date,
  beforeMoment: (at: Date) => Promise<void> = async () => {},
): Promise<SeededCases> {
  const moments: Moment[] = [];
  for (const story of stories) {
    let at = now.getTime() - story.openedHoursAgo * HOUR;
    moments.push({ at, story, index: -1 });
    story.steps.forEach((step, index) => {
      at += step.afterHours * HOUR;
      moments.push({ at, story, index });
    });
  }
  const due = moments.filter((m) => m.at <= now.getTime()).sort((a, b) => a.at - b.at);
  const ids: SeededCases = new Map();

  for (const moment of due) {
    clock.set(new Date(moment.at));
    await beforeMoment(clock.now());
    const { story } = moment;
    const step = moment.index >= 0 ? story.steps[moment.index] : undefined;
    const userId = step ? step.as : story.openedBy;
    const photos: SeedPhoto[] = (step ? step.photos : story.photos) ?? [];
    const attach = await storePhotos(store, photos);
    let caseId = ids.get(story.key);
    if (!step) {
      const view = await api.call<{ case: { id: string } }>(userId, 'POST', '/cases', {
        definitionId: story.definitionId,
        areaId: story.areaId,
        data: story.data,
      });
      caseId = view.case.id;
      ids.set(story.key, caseId);
    } else {
      if (!caseId) throw new Error(`seed: ${story.key} step before its case was opened`);
      await api.call(userId, 'POST', `/cases/${caseId}/commands`, {
        type: step.type,
        ...(step.data
          ? { data: typeof step.data === 'function' ? step.data(clock.now()) : step.data }
          : {}),
        ...(step.reason ? { reason: step.reason } : {}),
      });
    }
    await attach(countyId, caseId as string, userId, clock.now().toISOString());
  }
  clock.set(now);
  await beforeMoment(now);
  return ids;
}
