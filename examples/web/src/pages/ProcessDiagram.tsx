import type { WorkflowDefinition } from '@gridcase/engine';
import { WorkflowDiagram } from '@gridcase/ui';

/** The process a case runs on, its current stages highlighted (loaded apart: elkjs is large). */
export default function ProcessDiagram(props: {
  definition: WorkflowDefinition;
  currentStages: readonly string[];
}) {
  return (
    <WorkflowDiagram
      definition={props.definition}
      currentStages={props.currentStages}
      height={380}
    />
  );
}
