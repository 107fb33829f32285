import { useEffect, useState } from 'react';
import { type Layout, type LayoutEdge, type LayoutNode, layoutGraph } from '../graph/layoutGraph';

/**
 * Runs elk on the nodes and edges whenever their structure (ids, sizes, links) changes, and
 * keeps the last layout while a new one is computed.
 */
export function useGraphLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  direction: 'RIGHT' | 'DOWN',
): Layout | undefined {
  const key = JSON.stringify([
    direction,
    nodes.map((n) => [n.id, n.parent, n.width, n.height]),
    edges.map((e) => [e.source, e.target]),
  ]);
  const [state, setState] = useState<{ key: string; layout: Layout }>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` captures nodes and edges
  useEffect(() => {
    let live = true;
    layoutGraph(nodes, edges, direction).then((layout) => {
      if (live) setState({ key, layout });
    });
    return () => {
      live = false;
    };
  }, [key]);
  return state?.layout;
}
