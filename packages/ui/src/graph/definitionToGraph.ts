import type {
  MachineConfig,
  StateNodeConfig,
  TransitionConfig,
  WorkflowDefinition,
} from '@gridcase/engine';
import type { LocalizedText } from '@gridcase/forms';

/** One state of a definition as the diagram draws it. */
export interface StageNodeData {
  /** The xstate id: `machineId.path.to.state` (or the node's own `id`). */
  id: string;
  /** Keys from the machine root: `['joint', 'lead']`. */
  path: string[];
  /** The enclosing state's id, for nested states. */
  parent?: string;
  kind: 'atomic' | 'compound' | 'parallel' | 'final';
  title?: LocalizedText;
  /** The parent (or the machine) enters this state first. */
  initial: boolean;
  /** Deadline in working days, if any. */
  deadlineDays?: number;
  /** Role ids that may act here. */
  roles: string[];
  /** Transitions without a target: actions that keep the case in this state. */
  internalActions: { event: string; title?: LocalizedText }[];
}

/** One transition between two states. */
export interface TransitionEdgeData {
  id: string;
  source: string;
  target: string;
  /** The event name, `always` or `onDone`. */
  event: string;
  title?: LocalizedText;
  /** Index of the transition in its list (an event may list several, with guards). */
  index: number;
  hasGuard: boolean;
}

export interface WorkflowGraph {
  nodes: StageNodeData[];
  edges: TransitionEdgeData[];
  /** Transitions on the machine root: actions available in every stage. */
  globalActions: { event: string; title?: LocalizedText }[];
}

interface Entry {
  node: StateNodeConfig;
  path: string[];
  id: string;
  parent?: Entry;
}

function entries(machine: MachineConfig): Entry[] {
  const out: Entry[] = [];
  const visit = (node: StateNodeConfig, path: string[], parent: Entry | undefined) => {
    const own = (node as { id?: string }).id;
    const id = path.length === 0 ? machine.id : (own ?? [machine.id, ...path].join('.'));
    const entry: Entry = { node, path, id, ...(parent ? { parent } : {}) };
    out.push(entry);
    for (const [key, child] of Object.entries(node.states ?? {}))
      visit(child, [...path, key], entry);
  };
  visit(machine, [], undefined);
  return out;
}

const list = (v: TransitionConfig | TransitionConfig[] | undefined): TransitionConfig[] =>
  v ? (Array.isArray(v) ? v : [v]) : [];

/**
 * Resolves an xstate target from `source`: `#id` by id, `.child` below the source, anything
 * else as a sibling path (`review`, `joint.lead`). Returns undefined for an unknown target.
 */
export function resolveTarget(
  target: string,
  source: { path: string[]; parentPath: string[] },
  byPath: Map<string, string>,
  byId: Set<string>,
): string | undefined {
  if (target.startsWith('#')) return byId.has(target.slice(1)) ? target.slice(1) : undefined;
  const rel = target.startsWith('.')
    ? [...source.path, ...target.slice(1).split('.')]
    : [...source.parentPath, ...target.split('.')];
  return byPath.get(rel.join('\u0000'));
}

function kindOf(node: StateNodeConfig): StageNodeData['kind'] {
  if (node.type === 'final') return 'final';
  if (node.type === 'parallel') return 'parallel';
  return node.states && Object.keys(node.states).length > 0 ? 'compound' : 'atomic';
}

/**
 * Turns a workflow definition into the states and transitions a diagram draws: nested states
 * keep their parent, targets are resolved as xstate resolves them, targetless transitions
 * become actions on their state.
 *
 * @example
 * ```ts
 * const { nodes, edges } = definitionToGraph(definition);
 * edges[0]; // { source: 'dispute.triage', target: 'dispute.mediation', event: 'ASSIGN', ... }
 * ```
 */
export function definitionToGraph(definition: WorkflowDefinition): WorkflowGraph {
  const all = entries(definition.machine);
  const byPath = new Map(all.map((e) => [e.path.join('\u0000'), e.id]));
  const byId = new Set(all.map((e) => e.id));
  const nodes: StageNodeData[] = [];
  const edges: TransitionEdgeData[] = [];
  const globalActions: WorkflowGraph['globalActions'] = [];
  for (const e of all) {
    const transitions: [string, TransitionConfig[]][] = [
      ...Object.entries(e.node.on ?? {}).map(
        ([ev, t]) => [ev, list(t)] as [string, TransitionConfig[]],
      ),
      ['always', list(e.node.always)],
      ['onDone', list(e.node.onDone)],
    ];
    const internal: StageNodeData['internalActions'] = [];
    for (const [event, trs] of transitions) {
      trs.forEach((tr, index) => {
        const targets = tr.target === undefined ? [] : list(tr.target as never).map(String);
        const title = tr.meta?.title;
        if (e.path.length === 0 || targets.length === 0) {
          (e.path.length === 0 ? globalActions : internal).push({
            event,
            ...(title ? { title } : {}),
          });
          return;
        }
        const src = { path: e.path, parentPath: e.path.slice(0, -1) };
        for (const target of targets) {
          const resolved = resolveTarget(target, src, byPath, byId);
          if (!resolved) continue;
          edges.push({
            id: `${e.id}|${event}|${index}|${resolved}`,
            source: e.id,
            target: resolved,
            event,
            index,
            hasGuard: !!tr.guard,
            ...(title ? { title } : {}),
          });
        }
      });
    }
    if (e.path.length === 0) continue;
    const parentNode = e.parent?.node;
    nodes.push({
      id: e.id,
      path: e.path,
      ...(e.parent && e.parent.path.length > 0 ? { parent: e.parent.id } : {}),
      kind: kindOf(e.node),
      ...(e.node.meta?.title ? { title: e.node.meta.title } : {}),
      initial: parentNode?.type !== 'parallel' && parentNode?.initial === e.path[e.path.length - 1],
      ...(e.node.meta?.deadline ? { deadlineDays: e.node.meta.deadline.within } : {}),
      roles: [...new Set((e.node.meta?.actors ?? []).map((a) => a.role))],
      internalActions: internal,
    });
  }
  return { nodes, edges, globalActions };
}
