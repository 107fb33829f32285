import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';

/** What a stage box shows. Built by the diagram and the designer. */
export interface StageNodeView extends Record<string, unknown> {
  title: string;
  /** One line under the title: deadline, roles. */
  details: string;
  kind: 'atomic' | 'compound' | 'parallel' | 'final';
  /** Short tags: 起点, 结束, 并行, 当前环节. */
  tags: string[];
  current: boolean;
  /** Lint findings on this stage (designer). */
  problems?: string[];
  /** Whether the box accepts new transitions (designer). */
  connectable?: boolean;
  direction: 'RIGHT' | 'DOWN';
}

export type StageFlowNode = Node<StageNodeView, 'stage'>;

/** A stage as a box: title, details, tags; nested states draw as a frame around their children. */
export const StageNode = memo(function StageNode({ data }: NodeProps<StageFlowNode>) {
  const group = data.kind === 'compound' || data.kind === 'parallel';
  const classes = ['gc-stage', `gc-stage--${data.kind}`];
  if (data.current) classes.push('gc-stage--current');
  if (data.problems?.length) classes.push('gc-stage--problem');
  const horizontal = data.direction === 'RIGHT';
  return (
    <div className={classes.join(' ')} aria-current={data.current ? 'step' : undefined}>
      <Handle
        type="target"
        position={horizontal ? Position.Left : Position.Top}
        isConnectable={!!data.connectable}
      />
      <div className="gc-stage__title">{data.title}</div>
      {!group && data.details && <div className="gc-stage__details">{data.details}</div>}
      {data.tags.length > 0 && (
        <div className="gc-stage__tags">
          {data.tags.map((tag) => (
            <span key={tag} className="gc-stage__tag">
              {tag}
            </span>
          ))}
        </div>
      )}
      {data.problems?.map((p) => (
        <div key={p} className="gc-stage__problem" role="note">
          {p}
        </div>
      ))}
      <Handle
        type="source"
        position={horizontal ? Position.Right : Position.Bottom}
        isConnectable={!!data.connectable}
      />
    </div>
  );
});
