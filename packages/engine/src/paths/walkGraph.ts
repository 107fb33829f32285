import type { FormValidator } from '@gridcase/forms';
import type { ActorLogic, AnyActorScope, Snapshot } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import type { CaseEvent } from '../catalog';
import { activeEntries, type CaseMachine, compileDefinition } from '../compile';
import type { CaseContext, WorkflowDefinition } from '../types';
import { PATH_AREA, type PathSnapshot, pathEvents, SYSTEM, stateKey } from './pathEvents';
import { type Taken, takenTransitions } from './takenTransitions';

/** One edge of the case graph: an event that took at least one transition. */
export interface GraphEdge {
  from: string;
  to: string;
  event: CaseEvent;
  taken: Taken[];
}

/** The case graph in breadth-first order from the opened case, with a shortest-path tree. */
export interface CaseGraph {
  start: string;
  /** Snapshots by key, in breadth-first order (so by distance from `start`). */
  vertices: Map<string, PathSnapshot>;
  /** Outgoing edges by source key, in the order the events were tried. */
  edges: Map<string, GraphEdge[]>;
  /** The edge a shortest path arrives by, per vertex (none for `start`). */
  via: Map<string, GraphEdge>;
}

/** A snapshot as xstate's graph utilities see it. */
type GraphSnapshot = Snapshot<unknown> & Omit<PathSnapshot, 'status'>;

/** The compiled machine plus `reopen` out of a closed case (restored, as `step()` reopens). */
function caseLogic(definition: WorkflowDefinition, machine: CaseMachine) {
  const reopened = (snapshot: PathSnapshot) => {
    const rule = activeEntries(definition, snapshot.value).find((e) => e.node.meta?.reopen)?.node
      .meta?.reopen;
    if (!rule) return snapshot;
    const { outcome: _outcome, ...kept } = snapshot.context;
    const keys = rule.target.split('.');
    let value: unknown = keys.pop();
    for (const key of keys.reverse()) value = { [key]: value };
    const context: CaseContext = { ...kept, reopenCount: kept.reopenCount + 1 };
    return machine.resolveState({ value: value as never, context });
  };
  return {
    transition: (snapshot: PathSnapshot, event: CaseEvent, scope: AnyActorScope) =>
      event.type === 'reopen'
        ? reopened(snapshot)
        : machine.transition(snapshot as never, event, scope as never),
    getInitialSnapshot: (scope: AnyActorScope, input: unknown) =>
      machine.getInitialSnapshot(scope as never, input as never),
  } as unknown as ActorLogic<GraphSnapshot, CaseEvent, unknown>;
}

/**
 * Walks every case a definition allows, with xstate's graph utilities (`getAdjacencyMap` over
 * the compiled machine), sending the events {@link pathEvents} proposes, from a case opened by
 * the system with empty data. Edges that took no transition (a guard said no) are dropped.
 */
export function walkGraph(definition: WorkflowDefinition, validator: FormValidator): CaseGraph {
  const { machine } = compileDefinition(definition, { validator });
  const key = stateKey(definition);
  const start = { type: 'create', actor: SYSTEM, areaPath: PATH_AREA, data: {} };
  const input = { data: {}, coHandlers: [], supervision: 0, reopenCount: 0, start };
  const adjacency = getAdjacencyMap(caseLogic(definition, machine), {
    input,
    events: (s: GraphSnapshot) => pathEvents(definition, s),
    serializeState: (s: GraphSnapshot) => key(s),
  });
  const all = new Map(Object.entries(adjacency));
  const [first] = all.keys();
  const graph: CaseGraph = {
    start: first ?? '',
    vertices: new Map(),
    edges: new Map(),
    via: new Map(),
  };
  const queue = first ? [first] : [];
  for (let i = 0; i < queue.length; i++) {
    const from = queue[i] as string;
    const vertex = all.get(from);
    if (!vertex) continue;
    graph.vertices.set(from, vertex.state);
    const out: GraphEdge[] = [];
    const tried = Object.values(vertex.transitions) as { event: CaseEvent; state: GraphSnapshot }[];
    for (const { event, state } of tried) {
      const taken = takenTransitions(definition, validator, vertex.state, event, state);
      if (taken.length === 0) continue;
      const edge = { from, to: key(state), event, taken };
      out.push(edge);
      if (edge.to !== graph.start && !graph.via.has(edge.to)) {
        graph.via.set(edge.to, edge);
        queue.push(edge.to);
      }
    }
    graph.edges.set(from, out);
  }
  return graph;
}

/** The edges of a shortest path from the start to `key`. */
export function edgesTo(graph: CaseGraph, key: string): GraphEdge[] {
  const edges: GraphEdge[] = [];
  for (let at = graph.via.get(key); at; at = graph.via.get(at.from)) edges.unshift(at);
  return edges;
}
