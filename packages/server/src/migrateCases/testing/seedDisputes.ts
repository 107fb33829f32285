// Test helper: dispute cases of version 1 driven to their stops through the engine and
// committed to a real store, a round of commits at a time (concurrent, so lowdb shares fsyncs).
import {
  type CaseRecord,
  createCase,
  disputeMediation,
  type Effect,
  type StepResult,
  step,
} from '@gridcase/engine';
import {
  type DisputeStop,
  disputeActors,
  disputeJourney,
  disputeRegistration,
} from '@gridcase/engine/testing';
import { buildCommit, caseEvent } from '../../cases/buildCommit';
import type { CaseStore } from '../../store/types';

export interface SeedCase {
  id: string;
  stop: DisputeStop;
  mediatorId?: string | false;
}

/**
 * Opens each case at `start` (one minute apart) and takes it to its stop, one hour per command,
 * committing every step as the server would (case, history, deadlines, audit).
 *
 * @example
 * ```ts
 * await seedDisputes(store, 'demo-county', areaPath, [{ id: 'D-1', stop: 'agreed' }], '2026-03-02T01:00:00.000Z');
 * ```
 */
export async function seedDisputes(
  store: CaseStore,
  countyId: string,
  areaPath: string[],
  cases: SeedCase[],
  start: string,
): Promise<void> {
  const actors = disputeActors(areaPath);
  const ok = (r: StepResult) => {
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r;
  };
  const rounds: Array<Array<{ next: CaseRecord; prev: number | null; effects: Effect[] }>> = [];
  cases.forEach((c, i) => {
    let at = Date.parse(start) + i * 60_000;
    let result = ok(
      createCase(
        disputeMediation,
        { id: c.id, countyId, areaPath, data: disputeRegistration, actor: actors.gridMember },
        new Date(at),
      ),
    );
    const commits = [{ next: result.case, prev: null as number | null, effects: result.effects }];
    for (const s of disputeJourney(c.stop, { mediatorId: c.mediatorId })) {
      at += 3_600_000;
      const before = result.case;
      result = ok(
        step(
          disputeMediation,
          before,
          { type: s.type, data: s.data, actor: actors[s.by] },
          new Date(at),
        ),
      );
      commits.push({ next: result.case, prev: before.version, effects: result.effects });
    }
    commits.forEach((commit, r) => {
      rounds[r] ??= [];
      rounds[r].push(commit);
    });
  });
  for (const round of rounds) {
    await Promise.all(
      round.map(async ({ next, prev, effects }) => {
        const done = await store.commit(
          buildCommit({
            next,
            expectedVersion: prev,
            effects,
            event: caseEvent(next, 'case.updated', 'seed', next.updatedAt),
            webhooks: [],
            nowIso: next.updatedAt,
            audit: {
              at: next.updatedAt,
              countyId,
              actor: { userId: 'seed' },
              action: 'case.command',
              caseId: next.id,
            },
          }),
        );
        if (!done.ok) throw new Error(`seed commit refused: ${done.reason}`);
      }),
    );
  }
}
