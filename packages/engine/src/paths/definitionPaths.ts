import { type FormValidator, formValidator } from '@gridcase/forms';
import { activeEntries, asList, type StateEntry, stateEntries, statePointer } from '../compile';
import type { WorkflowDefinition } from '../types';
import { toPath } from './pathSteps';
import type { DefinitionPath, DefinitionPaths } from './pathTypes';
import { transitionPointer } from './takenTransitions';
import { type CaseGraph, edgesTo, type GraphEdge, walkGraph } from './walkGraph';

/** Every transition a path can take, by pointer: `on` (each of a list), `onDone`, reopen rules. */
function allTransitions(entries: StateEntry[]): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    for (const [event, value] of Object.entries(entry.node.on ?? {})) {
      for (let i = 0; i < asList(value).length; i++) out.push(transitionPointer(entry, event, i));
    }
    const onDone = asList(entry.node.onDone);
    for (let i = 0; i < onDone.length; i++) out.push(transitionPointer(entry, null, i));
    if (entry.node.meta?.reopen) out.push(`${statePointer(entry.path)}/meta/reopen`);
  }
  return out;
}

/** Keeps the paths (longest first) that take some transition no path kept before takes. */
function cover(paths: DefinitionPath[]): DefinitionPath[] {
  const taken = new Set<string>();
  const kept: DefinitionPath[] = [];
  for (const path of [...paths].sort((a, b) => b.steps.length - a.steps.length)) {
    const pointers = path.steps.flatMap((s) => s.transitions);
    if (pointers.every((p) => taken.has(p))) continue;
    for (const p of pointers) taken.add(p);
    kept.push(path);
  }
  return kept;
}

function firstEdge(graph: CaseGraph, pointer: string): GraphEdge | undefined {
  for (const key of graph.vertices.keys()) {
    const edge = graph.edges.get(key)?.find((e) => e.taken.some((t) => t.pointer === pointer));
    if (edge) return edge;
  }
  return undefined;
}

/**
 * The paths through a (draft) definition, generated with xstate's graph utilities over the
 * compiled machine: the shortest path from a new case to every stage and to every outcome, and
 * a set of paths that together take every transition (every action, `onDone`, reopen rule) at
 * least once. Each step names the action, who may take it, its condition, and the stages it
 * enters with their deadlines. Conditions are met with sample payloads made from the guards and
 * forms; whatever no path reaches is listed in `missing`. Pure; throws
 * `definition.compileFailed` when the definition does not compile.
 *
 * @example
 * ```ts
 * const { outcomes, missing } = definitionPaths(disputeMediation);
 * for (const path of outcomes) console.log(describePath(disputeMediation, path).summary);
 * // 待分流 → 就地化解 ...
 * missing.states; // []
 * ```
 */
export function definitionPaths(
  definition: WorkflowDefinition,
  options: { validator?: FormValidator } = {},
): DefinitionPaths {
  const graph = walkGraph(definition, options.validator ?? formValidator);
  const entries = stateEntries(definition.machine);
  const order = [...graph.vertices.entries()];
  const path = (goal: DefinitionPath['goal'], edges: GraphEdge[]) =>
    toPath(definition, graph, goal, edges);
  const result: DefinitionPaths = {
    states: [],
    outcomes: [],
    transitions: [],
    missing: { states: [], outcomes: [], transitions: [] },
  };

  for (const entry of entries.slice(1)) {
    if (entry.node.type === 'history') continue;
    const hit = order.find(([, s]) =>
      activeEntries(definition, s.value).some((e) => e.id === entry.id),
    );
    if (hit) result.states.push(path({ kind: 'state', id: entry.id }, edgesTo(graph, hit[0])));
    else result.missing.states.push(entry.id);
  }

  const finals = entries.map((e) => (e.node.type === 'final' ? e.node.meta?.outcome : undefined));
  const outcomes = new Set([...Object.keys(definition.outcomes ?? {}), ...finals]);
  for (const outcome of outcomes) {
    if (!outcome) continue;
    const hit = order.find(([, s]) => s.status === 'done' && s.context.outcome === outcome);
    if (hit) result.outcomes.push(path({ kind: 'outcome', id: outcome }, edgesTo(graph, hit[0])));
    else result.missing.outcomes.push(outcome);
  }

  const each: DefinitionPath[] = [];
  for (const pointer of allTransitions(entries)) {
    const edge = firstEdge(graph, pointer);
    if (edge)
      each.push(path({ kind: 'transition', id: pointer }, [...edgesTo(graph, edge.from), edge]));
    else result.missing.transitions.push(pointer);
  }
  result.transitions = cover(each);
  return result;
}
