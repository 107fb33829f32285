import type { WorkflowDefinition } from '@gridcase/engine';
import { localize } from '@gridcase/forms/i18n';
import { Background, type Connection, Controls, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import type { LintFinding } from '../client/types';
import { definitionToGraph } from '../graph/definitionToGraph';
import { flowAriaLabels } from '../WorkflowDiagram/flowAriaLabels';
import { StageNode } from '../WorkflowDiagram/StageNode';
import { stageSizes, toFlow } from '../WorkflowDiagram/toFlow';
import { useGraphLayout } from '../WorkflowDiagram/useGraphLayout';
import type { DesignerT } from './designerTypes';
import { type Selection, selectionOfPointer } from './selection';

const nodeTypes = { stage: StageNode };
const key = (path: readonly string[]) => path.join('/');

/** The editable statechart: click to select, drag between stages to add a transition. */
export function DesignerCanvas(props: {
  t: DesignerT;
  definition: WorkflowDefinition;
  findings: readonly LintFinding[];
  selection: Selection | undefined;
  onSelect: (selection: Selection) => void;
  onConnect: (from: string[], to: string[]) => void;
  height: number;
}) {
  const { t, definition, findings, selection } = props;
  const graph = useMemo(() => definitionToGraph(definition), [definition]);
  const pathOf = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n.path])), [graph]);
  const roleTitle = useMemo(() => {
    const roles = definition.roles;
    return (role: string) => (roles[role] ? localize(roles[role].title, t.locale) : role);
  }, [definition.roles, t.locale]);
  const sizes = stageSizes(graph, t, roleTitle);
  const layout = useGraphLayout(sizes, graph.edges, 'RIGHT');
  const flow = useMemo(() => {
    if (!layout) return undefined;
    const problems = new Map<string, string[]>();
    const edgeProblems = new Set<string>();
    for (const f of findings) {
      const at = selectionOfPointer(f.pointer);
      if (at?.kind === 'stage')
        problems.set(key(at.path), [...(problems.get(key(at.path)) ?? []), f.message]);
      if (at?.kind === 'transition') edgeProblems.add(`${key(at.from)}|${at.event}|${at.index}`);
    }
    const { nodes, edges } = toFlow(graph, layout, t, {
      roleTitle,
      direction: 'RIGHT',
      extra: (stage) => ({ problems: problems.get(key(stage.path)) ?? [], connectable: true }),
    });
    for (const n of nodes) {
      n.selected =
        selection?.kind === 'stage' && key(selection.path) === key(pathOf.get(n.id) ?? []);
    }
    for (const e of edges) {
      const data = e.data as { event: string; index: number };
      const from = key(pathOf.get(e.source) ?? []);
      e.selected =
        selection?.kind === 'transition' &&
        key(selection.from) === from &&
        selection.event === data.event &&
        selection.index === data.index;
      if (edgeProblems.has(`${from}|${data.event}|${data.index}`)) {
        e.className = 'gc-transition gc-transition--problem';
        e.label = `⚠ ${String(e.label)}`;
      }
    }
    return { nodes, edges };
  }, [graph, layout, t, findings, selection, pathOf, roleTitle]);

  const connect = (c: Connection) => {
    const from = pathOf.get(c.source);
    const to = pathOf.get(c.target);
    if (from && to && key(from) !== key(to)) props.onConnect(from, to);
  };
  return (
    <div className="gc-diagram__canvas" style={{ height: props.height }}>
      {flow && (
        <ReactFlowProvider>
          <ReactFlow
            nodes={flow.nodes}
            edges={flow.edges}
            nodeTypes={nodeTypes}
            fitView
            minZoom={0.2}
            maxZoom={2}
            nodesDraggable={false}
            nodesConnectable
            deleteKeyCode={null}
            ariaLabelConfig={flowAriaLabels(t)}
            onConnect={connect}
            onNodeClick={(_, n) => {
              const path = pathOf.get(n.id);
              if (path) props.onSelect({ kind: 'stage', path });
            }}
            onEdgeClick={(_, e) => {
              const data = e.data as { event: string; index: number } | undefined;
              const from = pathOf.get(e.source);
              if (from && data)
                props.onSelect({ kind: 'transition', from, event: data.event, index: data.index });
            }}
          >
            <Background gap={16} />
            <Controls showInteractive={false} />
          </ReactFlow>
        </ReactFlowProvider>
      )}
    </div>
  );
}
