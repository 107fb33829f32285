import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';

/** A node to lay out: its size, and its parent for nested states. */
export interface LayoutNode {
  id: string;
  parent?: string;
  width: number;
  height: number;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

/** Positions relative to the parent (as React Flow's `parentId` wants), and parents' sizes. */
export type Layout = Map<string, { x: number; y: number; width: number; height: number }>;

let elk: InstanceType<typeof ELK> | undefined;

const OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '70',
  'elk.spacing.nodeNode': '36',
  'elk.spacing.edgeNode': '24',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
};

/**
 * Lays out a statechart with elkjs (layered, nested states inside their parents, first state
 * first). Parents grow to hold their children.
 *
 * @example
 * ```ts
 * const layout = await layoutGraph(nodes, edges, 'RIGHT');
 * layout.get('dispute.triage'); // { x: 12, y: 40, width: 140, height: 64 }
 * ```
 */
export async function layoutGraph(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  direction: 'RIGHT' | 'DOWN' = 'RIGHT',
): Promise<Layout> {
  elk ??= new ELK();
  const elkNodes = new Map<string, ElkNode>();
  for (const n of nodes) {
    elkNodes.set(n.id, { id: n.id, width: n.width, height: n.height, children: [] });
  }
  const root: ElkNode = {
    id: '__root',
    layoutOptions: { ...OPTIONS, 'elk.direction': direction },
    children: [],
  };
  for (const n of nodes) {
    const parent = (n.parent && elkNodes.get(n.parent)) || root;
    parent.children?.push(elkNodes.get(n.id)!);
  }
  for (const node of elkNodes.values()) {
    if (node.children?.length) {
      delete node.width;
      delete node.height;
      node.layoutOptions = {
        'elk.padding': '[top=40,left=16,bottom=16,right=16]',
        'elk.direction': direction,
      };
    } else {
      delete node.children;
    }
  }
  // ELK wants each edge in the lowest common ancestor of its ends.
  const parentOf = new Map(nodes.map((n) => [n.id, n.parent]));
  const ancestors = (id: string) => {
    const out: string[] = [];
    for (let p = parentOf.get(id); p; p = parentOf.get(p)) out.push(p);
    return out;
  };
  for (const e of edges) {
    if (!elkNodes.has(e.source) || !elkNodes.has(e.target) || e.source === e.target) continue;
    const up = new Set([e.source, ...ancestors(e.source)]);
    const common = [e.target, ...ancestors(e.target)].find(
      (a) => up.has(a) && a !== e.source && a !== e.target,
    );
    const holder = (common && elkNodes.get(common)) || root;
    holder.edges = [
      ...(holder.edges ?? []),
      { id: e.id, sources: [e.source], targets: [e.target] },
    ];
  }
  const out = await elk.layout(root);
  const layout: Layout = new Map();
  const visit = (n: ElkNode) => {
    for (const child of n.children ?? []) {
      layout.set(child.id, {
        x: child.x ?? 0,
        y: child.y ?? 0,
        width: child.width ?? 0,
        height: child.height ?? 0,
      });
      visit(child);
    }
  };
  visit(out);
  return layout;
}
