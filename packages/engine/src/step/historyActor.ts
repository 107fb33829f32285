import type { Actor, HistoryEntry } from '../types';

/** The actor as the history records it (no roles). */
export function historyActor(actor: Actor): HistoryEntry['actor'] {
  const out: HistoryEntry['actor'] = { userId: actor.userId };
  if (actor.name) out.name = actor.name;
  if (actor.system) out.system = true;
  return out;
}
