import type { WorkflowDefinition } from '@gridcase/engine';
import type { Locale } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import { Background, Controls, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { definitionToGraph } from '../graph/definitionToGraph';
import { useT } from '../i18n/useT';
import { GcRoot } from '../shared/GcRoot';
import { StatusView } from '../shared/StatusView';
import type { GridcaseTheme } from '../theme/theme';
import { flowAriaLabels } from './flowAriaLabels';
import { diagramMessages } from './messages';
import { StageNode } from './StageNode';
import { stageSizes, toFlow } from './toFlow';
import { useGraphLayout } from './useGraphLayout';

export interface WorkflowDiagramProps {
  definition?: WorkflowDefinition;
  /** Ids of the case's active stages (`CaseRecord.stages`), highlighted. */
  currentStages?: readonly string[];
  /** `RIGHT` (default): left to right; `DOWN`: top to bottom. */
  direction?: 'RIGHT' | 'DOWN';
  /** Height of the canvas in pixels (default 420). */
  height?: number;
  loading?: boolean;
  error?: Error | string;
  /** Called with a stage id when the user clicks a stage. */
  onStageClick?: (stageId: string) => void;
  locale?: Locale;
  theme?: GridcaseTheme;
}

const nodeTypes = { stage: StageNode };

/**
 * A workflow definition drawn as a statechart: stages as boxes (nested states inside their
 * parent), transitions as labelled arrows, laid out by elkjs, the case's current stage
 * highlighted. Zoom and pan with the mouse, touch or the zoom buttons.
 *
 * @example
 * ```tsx
 * <WorkflowDiagram definition={definition} currentStages={caseRecord.stages} />
 * ```
 */
export function WorkflowDiagram(props: WorkflowDiagramProps) {
  const t = useT(diagramMessages, props.locale);
  const direction = props.direction ?? 'RIGHT';
  const definition = props.definition;
  const graph = useMemo(() => definition && definitionToGraph(definition), [definition]);
  const roleTitle = useMemo(() => {
    const roles = definition?.roles ?? {};
    return (role: string) => (roles[role] ? localize(roles[role].title, t.locale) : role);
  }, [definition, t.locale]);
  const sizes = useMemo(
    () => (graph ? stageSizes(graph, t, roleTitle) : []),
    [graph, t, roleTitle],
  );
  const layout = useGraphLayout(sizes, graph?.edges ?? [], direction);
  const flow = useMemo(
    () =>
      graph && layout
        ? toFlow(graph, layout, t, { roleTitle, current: props.currentStages, direction })
        : undefined,
    [graph, layout, t, roleTitle, props.currentStages, direction],
  );
  const title = definition ? localize(definition.title, t.locale) : '';
  const empty = !!graph && graph.nodes.length === 0;
  return (
    <GcRoot className="gc-diagram" locale={t.locale} theme={props.theme}>
      <StatusView
        locale={t.locale}
        loading={props.loading ?? (!!graph && !empty && !flow)}
        error={props.error}
        empty={!definition || empty}
        emptyText={t('diagram.noStates')}
      >
        {flow && (
          <figure className="gc-diagram__figure" aria-label={t('diagram.label', { title })}>
            <div className="gc-diagram__canvas" style={{ height: props.height ?? 420 }}>
              <ReactFlowProvider>
                <ReactFlow
                  nodes={flow.nodes}
                  edges={flow.edges}
                  nodeTypes={nodeTypes}
                  fitView
                  minZoom={0.2}
                  maxZoom={2}
                  nodesDraggable={false}
                  nodesConnectable={false}
                  edgesFocusable={false}
                  ariaLabelConfig={flowAriaLabels(t)}
                  onNodeClick={(_, node) => props.onStageClick?.(node.id)}
                >
                  <Background gap={16} />
                  <Controls showInteractive={false} />
                </ReactFlow>
              </ReactFlowProvider>
            </div>
            {graph && graph.globalActions.length > 0 && (
              <figcaption className="gc-muted">
                {t('diagram.global')}
                {graph.globalActions
                  .map((a) => (a.title ? localize(a.title, t.locale) : a.event))
                  .join('、')}
              </figcaption>
            )}
          </figure>
        )}
      </StatusView>
    </GcRoot>
  );
}
