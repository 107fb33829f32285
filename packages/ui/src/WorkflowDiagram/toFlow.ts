import { localize } from '@gridcase/forms/i18n';
import { type Edge, MarkerType } from '@xyflow/react';
import type { StageNodeData, WorkflowGraph } from '../graph/definitionToGraph';
import type { Layout } from '../graph/layoutGraph';
import { nodeSize } from '../graph/nodeSize';
import type { TFn } from '../i18n/useT';
import type { diagramMessages } from './messages';
import type { StageFlowNode, StageNodeView } from './StageNode';

type T = TFn<keyof typeof diagramMessages>;

/** The text a stage box shows, shared by its size estimate and its rendering. */
export function stageTexts(
  stage: StageNodeData,
  t: T,
  roleTitle: (role: string) => string,
): { title: string; details: string } {
  const title = stage.title ? localize(stage.title, t.locale) : (stage.path.at(-1) ?? stage.id);
  const parts: string[] = [];
  if (stage.deadlineDays !== undefined) parts.push(t('diagram.days', { days: stage.deadlineDays }));
  if (stage.roles.length) parts.push(stage.roles.map(roleTitle).join('、'));
  return { title, details: parts.join(' · ') };
}

/** Sizes for the layout: leaves by their text; parents are sized by elk. */
export function stageSizes(graph: WorkflowGraph, t: T, roleTitle: (role: string) => string) {
  return graph.nodes.map((n) => {
    const { title, details } = stageTexts(n, t, roleTitle);
    return { id: n.id, ...(n.parent ? { parent: n.parent } : {}), ...nodeSize(title, details) };
  });
}

/** The React Flow nodes and edges for a laid-out graph. */
export function toFlow(
  graph: WorkflowGraph,
  layout: Layout,
  t: T,
  opts: {
    roleTitle: (role: string) => string;
    current?: readonly string[] | undefined;
    direction: 'RIGHT' | 'DOWN';
    extra?: (stage: StageNodeData) => Partial<StageNodeView>;
  },
): { nodes: StageFlowNode[]; edges: Edge[] } {
  const current = new Set(opts.current ?? []);
  // a parent of a current leaf is current too
  const parentOf = new Map(graph.nodes.map((n) => [n.id, n.parent]));
  for (const id of [...current]) {
    for (let p = parentOf.get(id); p; p = parentOf.get(p)) current.add(p);
  }
  const nodes = graph.nodes.map((n): StageFlowNode => {
    const box = layout.get(n.id) ?? { x: 0, y: 0, width: 140, height: 56 };
    const tags: string[] = [];
    if (n.initial) tags.push(t('diagram.start'));
    if (n.kind === 'final') tags.push(t('diagram.final'));
    if (n.kind === 'parallel') tags.push(t('diagram.parallel'));
    if (current.has(n.id)) tags.push(t('diagram.current'));
    const group = n.kind === 'compound' || n.kind === 'parallel';
    return {
      id: n.id,
      type: 'stage',
      position: { x: box.x, y: box.y },
      ...(n.parent ? { parentId: n.parent, extent: 'parent' as const } : {}),
      style: { width: box.width, height: box.height },
      ...(group ? { zIndex: -1 } : {}),
      data: {
        ...stageTexts(n, t, opts.roleTitle),
        kind: n.kind,
        tags,
        current: current.has(n.id),
        direction: opts.direction,
        ...opts.extra?.(n),
      },
    };
  });
  const edges = graph.edges.map((e): Edge => {
    const name =
      e.event === 'onDone'
        ? t('diagram.onDone')
        : e.event === 'always'
          ? t('diagram.always')
          : e.title
            ? localize(e.title, t.locale)
            : e.event;
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      label: e.hasGuard ? `${name}${t('diagram.guarded')}` : name,
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
      className: 'gc-transition',
      data: { event: e.event, index: e.index },
    };
  });
  return { nodes, edges };
}
