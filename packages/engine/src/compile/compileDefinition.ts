import type { FormValidator } from '@gridcase/forms';
import { assign, setup } from 'xstate';
import { checkActor } from '../access';
import {
  ACTION_CATALOG,
  applyAction,
  type CaseEvent,
  type CatalogArgs,
  evaluateGuard,
  GUARD_CATALOG,
} from '../catalog';
import { hashDefinition } from '../definition';
import { gridcaseError } from '../errors';
import type {
  ActionRef,
  ActorRule,
  CaseContext,
  GuardRef,
  StateNodeConfig,
  TransitionConfig,
  WorkflowDefinition,
} from '../types';
import { asList, effectiveActors, type StateEntry, stateEntries } from './stateTree';

/** Internal action/guard names the compiler adds; never valid in a definition. */
export const ENTER = 'gridcase.enter';
export const EXIT = 'gridcase.exit';
const ALLOWED = 'gridcase.allowed';

/**
 * The machine's input: the case context, and the event that opens the case. xstate hands entry
 * actions of the initial stages its own `xstate.init` event; `start` stands in for it, so those
 * actions see the creating actor, area and payload exactly as a step's entry actions see the
 * command's.
 */
export type CaseMachineInput = CaseContext & { start?: CaseEvent };

/** Stands in for a missing `start`: a system event with no area (a linter's dry run). */
const NO_START: CaseEvent = {
  type: 'create',
  actor: { userId: '', roles: [], system: true },
  areaPath: [],
};

/** The guard/action arguments with xstate's init event replaced by the case's start event. */
function caseArgs(args: CatalogArgs): CatalogArgs {
  if (args.event.type !== 'xstate.init') return args;
  const input = (args.event as unknown as { input?: CaseMachineInput }).input;
  return { context: args.context, event: input?.start ?? NO_START };
}

function buildMachine(definition: WorkflowDefinition, validator: FormValidator) {
  const guards: Record<string, (args: CatalogArgs, params: never) => boolean> = {};
  for (const name of Object.keys(GUARD_CATALOG)) {
    guards[name] = (args, params) =>
      evaluateGuard({ type: name, params } as GuardRef, caseArgs(args), validator);
  }
  guards[ALLOWED] = (raw, params: { rules?: ActorRule[]; guard?: GuardRef }) => {
    const args = caseArgs(raw);
    const { actor, areaPath } = args.event;
    const permitted = params.rules
      ? checkActor(actor, params.rules, areaPath, args.context.coHandlers) === 'ok'
      : actor.system === true;
    return permitted && (!params.guard || evaluateGuard(params.guard, args, validator));
  };
  const actions: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(ACTION_CATALOG)) {
    actions[name] =
      spec.kind === 'context'
        ? assign((args: CatalogArgs, params: never) =>
            applyAction({ type: name, params } as ActionRef, caseArgs(args)),
          )
        : () => {};
  }
  // Markers: returned by the pure transition() so step() knows what was entered and exited.
  actions[ENTER] = () => {};
  actions[EXIT] = () => {};

  return setup({
    types: {} as { context: CaseContext; events: CaseEvent; input: CaseMachineInput },
    guards: guards as never,
    actions: actions as never,
  }).createMachine(toXStateConfig(definition) as never);
}

/** The definition's machine config as xstate reads it: permission guards, markers, outcomes. */
function toXStateConfig(definition: WorkflowDefinition) {
  const entries = stateEntries(definition.machine);
  const byNode = new Map(entries.map((e) => [e.node, e]));
  const userTransition = (source: StateEntry) => (tr: TransitionConfig) => {
    const rules = effectiveActors(tr, source);
    return { ...tr, guard: { type: ALLOWED, params: { rules, guard: tr.guard } } };
  };
  const convert = (node: StateNodeConfig): Record<string, unknown> => {
    const entry = byNode.get(node) as StateEntry;
    const out: Record<string, unknown> = { ...node };
    if (node.states) {
      out.states = Object.fromEntries(
        Object.entries(node.states).map(([k, child]) => [k, convert(child)]),
      );
    }
    if (node.on) {
      out.on = Object.fromEntries(
        Object.entries(node.on).map(([event, trs]) => [
          event,
          asList(trs).map(userTransition(entry)),
        ]),
      );
    }
    const enter: unknown[] = [{ type: ENTER, params: { id: entry.id } }];
    if (node.type === 'final' && node.meta?.outcome) {
      enter.push({ type: 'setOutcome', params: { outcome: node.meta.outcome } });
    }
    out.entry = [...enter, ...(node.entry ?? [])];
    out.exit = [...(node.exit ?? []), { type: EXIT, params: { id: entry.id } }];
    return out;
  };
  // xstate's pure transition() builds a throw-away actor without input on every call: an empty
  // context then, rather than a TypeError thrown and caught each step
  const context = ({ input }: { input: CaseMachineInput | undefined }): CaseContext => {
    if (!input) return {} as CaseContext;
    const { start: _start, ...caseContext } = input;
    return caseContext;
  };
  return { ...convert(definition.machine), context };
}

export type CaseMachine = ReturnType<typeof buildMachine>;

/** A definition ready to run: its hash and its xstate machine. */
export interface CompiledWorkflow {
  definition: WorkflowDefinition;
  hash: string;
  machine: CaseMachine;
}

const byObject = new WeakMap<FormValidator, WeakMap<WorkflowDefinition, CompiledWorkflow>>();
const byHash = new WeakMap<FormValidator, Map<string, CompiledWorkflow>>();
const MAX_BY_HASH = 64;

/**
 * Compiles a definition to an xstate machine with `setup()` + `createMachine()`: catalog guards
 * and actions become implementations, every user transition's guard also checks the actor
 * against the transition's (or its stage's) {@link ActorRule}s, and entry/exit markers tell
 * `step()` which stages were entered and left. Cached per definition hash (and per object),
 * so treat a definition as immutable once compiled.
 *
 * @example
 * ```ts
 * const { machine, hash } = compileDefinition(disputeTemplate);
 * const [snapshot] = initialTransition(machine, { data: {}, coHandlers: [], supervision: 0, reopenCount: 0 });
 * ```
 */
export function compileDefinition(
  definition: WorkflowDefinition,
  options: { validator: FormValidator },
): CompiledWorkflow {
  const { validator } = options;
  let objects = byObject.get(validator);
  if (!objects) {
    objects = new WeakMap();
    byObject.set(validator, objects);
  }
  const known = objects.get(definition);
  if (known) return known;

  const hash = hashDefinition(definition);
  let hashes = byHash.get(validator);
  if (!hashes) {
    hashes = new Map();
    byHash.set(validator, hashes);
  }
  let compiled = hashes.get(hash);
  if (!compiled) {
    let machine: CaseMachine;
    try {
      machine = buildMachine(definition, validator);
    } catch (err) {
      throw gridcaseError('definition.compileFailed', {
        reason: err instanceof Error ? err.message : String(err),
      });
    }
    compiled = { definition, hash, machine };
    if (hashes.size >= MAX_BY_HASH) hashes.delete(hashes.keys().next().value as string);
    hashes.set(hash, compiled);
  }
  objects.set(definition, compiled);
  return compiled;
}
