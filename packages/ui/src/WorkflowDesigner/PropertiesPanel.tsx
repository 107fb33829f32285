import type { WorkflowDefinition } from '@gridcase/engine';
import type { LocalizedText } from '@gridcase/forms';
import type { LintFinding } from '../client/types';
import type { DesignerT, StageOption } from './designerTypes';
import { StageProperties } from './StageProperties';
import { concerns, type Selection } from './selection';
import { TransitionProperties } from './TransitionProperties';

/** The properties of the selected stage or transition, with the findings on it. */
export function PropertiesPanel(props: {
  t: DesignerT;
  definition: WorkflowDefinition;
  stages: StageOption[];
  roles: { id: string; title: string }[];
  countyRoles: Record<string, { title: LocalizedText }>;
  findings: readonly LintFinding[];
  selection: Selection | undefined;
  apply: (next: WorkflowDefinition) => void;
  select: (selection: Selection | undefined) => void;
}) {
  const { t, selection } = props;
  const problems = selection
    ? props.findings.filter((f) => concerns(selection, f.pointer)).map((f) => f.message)
    : [];
  const context = { ...props, problems };
  return (
    <aside className="gc-designer__props" aria-label={t('designer.properties')}>
      {!selection && <p className="gc-muted">{t('designer.nothingSelected')}</p>}
      {selection?.kind === 'stage' && (
        <StageProperties key={selection.path.join('/')} {...context} path={selection.path} />
      )}
      {selection?.kind === 'transition' && (
        <TransitionProperties
          key={`${selection.from.join('/')}|${selection.event}|${selection.index}`}
          {...context}
          from={selection.from}
          event={selection.event}
          index={selection.index}
        />
      )}
    </aside>
  );
}
