// Test helper (not exported): dispute cases of version 1 driven through step() to a stop.
import { createCase, step } from '../step';
import { disputeMediation } from '../templates';
import { type DisputeStop, disputeActors, disputeJourney, disputeRegistration } from '../testing';
import type { CaseRecord, HistoryEntry, StepResult } from '../types';

export const AREA = ['anxi', 'chengxiang', 'dongmen', 'grid-07'];
export const actors = disputeActors(AREA);
export const system = { userId: 'scheduler', roles: [], system: true };

export function ok(result: StepResult): { case: CaseRecord; history: HistoryEntry[] } {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  const history = result.effects.flatMap((e) => (e.type === 'history' ? [e.entry] : []));
  return { case: result.case, history };
}

/** A case of version 1 at `stop`, one hour per command from `start`, with its history. */
export function caseAt(
  stop: DisputeStop,
  options: { id?: string; start?: string; mediatorId?: string | false } = {},
) {
  let at = Date.parse(options.start ?? '2026-03-02T01:00:00.000Z');
  const next = () => {
    at += 3_600_000;
    return new Date(at);
  };
  const opened = ok(
    createCase(
      disputeMediation,
      {
        id: options.id ?? `D-${stop}`,
        countyId: 'anxi',
        areaPath: AREA,
        data: disputeRegistration,
        actor: actors.gridMember,
      },
      new Date(at),
    ),
  );
  let record = opened.case;
  const history = [...opened.history];
  for (const s of disputeJourney(stop, { mediatorId: options.mediatorId })) {
    const done = ok(
      step(disputeMediation, record, { type: s.type, data: s.data, actor: actors[s.by] }, next()),
    );
    record = done.case;
    history.push(...done.history);
  }
  return { case: record, history, at: new Date(at) };
}
