import { activeEntries, asList, effectiveActors, leafIds, type StateEntry } from '../compile';
import type { WorkflowDefinition } from '../types';
import type { DefinitionPath, PathStage, PathStep } from './pathTypes';
import type { CaseGraph, GraphEdge } from './walkGraph';

/** A stage as a path shows it. */
function stage(entry: StateEntry): PathStage {
  const out: PathStage = {
    id: entry.id,
    path: entry.path,
    title: entry.node.meta?.title ?? { 'zh-CN': entry.path.join('.'), en: entry.path.join('.') },
  };
  if (entry.node.meta?.deadline) out.deadline = entry.node.meta.deadline;
  return out;
}

/** The stages active in `after` that were not in `before` (all of `after` without one), root aside. */
export function enteredStages(definition: WorkflowDefinition, after: unknown, before?: unknown) {
  const was = new Set(
    before === undefined ? [] : activeEntries(definition, before).map((e) => e.id),
  );
  return activeEntries(definition, after)
    .reverse()
    .filter((e) => e.parent && !was.has(e.id))
    .map(stage);
}

/** One graph edge as a path step: what was done, by whom, under which condition. */
function toStep(definition: WorkflowDefinition, graph: CaseGraph, edge: GraphEdge): PathStep {
  const prev = graph.vertices.get(edge.from);
  const next = graph.vertices.get(edge.to);
  const [first] = edge.taken;
  if (!prev || !next || !first) throw new RangeError(`dangling edge ${edge.from}`);
  const { event } = edge;
  const step: PathStep = {
    event: event.type,
    kind: 'action',
    transitions: edge.taken.map((t) => t.pointer),
    title: { 'zh-CN': event.type, en: event.type },
    actors: [],
    data: event.data ?? {},
    from: leafIds(definition, prev.value),
    to: leafIds(definition, next.value),
    entered: enteredStages(definition, next.value, prev.value),
  };
  const reopen = event.type === 'reopen' ? first.source.node.meta?.reopen : undefined;
  if (reopen) {
    return {
      ...step,
      kind: 'reopen',
      title: reopen.title,
      actors: reopen.actors,
      entered: enteredStages(definition, next.value),
    };
  }
  const tr = first.transition;
  if (tr?.meta?.title) step.title = tr.meta.title;
  step.actors = (tr && effectiveActors(tr, first.source)) ?? [];
  if (tr?.guard) step.guard = tr.guard;
  const list = asList(first.source.node.on?.[event.type]);
  if (!tr?.guard && list.indexOf(tr as never) > 0) step.otherwise = true;
  const breach = activeEntries(definition, prev.value).some((e) =>
    e.node.meta?.deadline?.onBreach?.some((b) => b.type === 'event' && b.event === event.type),
  );
  if (breach) step.kind = 'deadline';
  return step;
}

/** The path along `edges` (a shortest path and maybe one more edge), aimed at `goal`. */
export function toPath(
  definition: WorkflowDefinition,
  graph: CaseGraph,
  goal: DefinitionPath['goal'],
  edges: GraphEdge[],
): DefinitionPath {
  const startValue = graph.vertices.get(graph.start)?.value;
  const last = edges.at(-1);
  const end = graph.vertices.get(last ? last.to : graph.start);
  const path: DefinitionPath = {
    goal,
    start: enteredStages(definition, startValue),
    steps: edges.map((e) => toStep(definition, graph, e)),
    end: end ? leafIds(definition, end.value) : [],
  };
  if (end?.status === 'done' && end.context.outcome) path.outcome = end.context.outcome;
  return path;
}
