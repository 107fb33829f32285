import {
  type AnyActorScope,
  type AnyStateMachine,
  createActor,
  type EventObject,
  type SnapshotFrom,
} from 'xstate';
import type { CaseMachine } from '../compile';

type CaseSnapshot = SnapshotFrom<CaseMachine>;

/** One throw-away actor per compiled machine, made on its first transition. */
const inert = new WeakMap<CaseMachine, Pick<AnyActorScope, 'self' | 'system'>>();

/**
 * xstate's pure `transition(machine, snapshot, event)`: the next snapshot and the actions it
 * would run, none executed. xstate builds a throw-away actor (computing the machine's initial
 * state) on every call, about a sixth of a `step()`; here it is built once per machine. Sharing
 * it is safe because case machines neither invoke nor spawn actors (the definition schema has
 * no such keys) and collected actions never reach its system.
 *
 * @example
 * ```ts
 * const [next, actions] = pureTransition(compiled.machine, snapshot, event);
 * ```
 */
export function pureTransition(
  machine: CaseMachine,
  snapshot: CaseSnapshot,
  event: EventObject,
): [CaseSnapshot, unknown[]] {
  let base = inert.get(machine);
  if (!base) {
    // no input: the machine's context is {} then, and this actor only lends its self and system
    const self = createActor(machine as unknown as AnyStateMachine);
    base = { self, system: self.system };
    inert.set(machine, base);
  }
  const actions: unknown[] = [];
  const scope = {
    self: base.self,
    system: base.system,
    defer: () => {},
    id: '',
    logger: () => {},
    sessionId: '',
    stopChild: () => {},
    emit: () => {},
    actionExecutor: (action: unknown) => {
      actions.push(action);
    },
  } as unknown as AnyActorScope;
  return [machine.transition(snapshot, event as never, scope as never), actions];
}
