import type { StateNodeConfig, WorkflowDefinition } from '../types';

/** The event names a state node (and its descendants) accept; `string` for untyped configs. */
type EventsOfNode<N> = N extends { on?: infer O; states?: infer S }
  ? string extends keyof NonNullable<O>
    ? string
    :
        | Extract<keyof NonNullable<O>, string>
        | (NonNullable<S> extends Record<string, StateNodeConfig>
            ? string extends keyof NonNullable<S>
              ? string
              : {
                  [K in keyof NonNullable<S>]: EventsOfNode<NonNullable<S>[K]>;
                }[keyof NonNullable<S>]
            : never)
  : never;

/**
 * The events a definition's machine accepts: the literal union for a definition declared with
 * {@link defineWorkflow}, `string` for one typed as plain `WorkflowDefinition` (loaded JSON).
 */
export type EventsOf<D extends WorkflowDefinition> = EventsOfNode<D['machine']>;

/**
 * Declares a workflow in TypeScript with its literal types kept, so `step()` rejects, at compile
 * time, a command the workflow does not accept, and guards and actions are checked against the
 * catalog. At run time it returns its argument.
 *
 * @example
 * ```ts
 * const flow = defineWorkflow({ id: 'x', version: 1, ... machine: { id: 'x', on: { go: {...} } } });
 * step(flow, c, { type: 'go', actor }, now); // ok
 * step(flow, c, { type: 'fly', actor }, now); // type error: 'fly' is not an event of flow
 * ```
 */
export function defineWorkflow<const D extends WorkflowDefinition>(definition: D): D {
  return definition;
}
