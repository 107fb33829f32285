import { type DefinitionPath, describePath, type WorkflowDefinition } from '@gridcase/engine';
import type { UiT } from '../i18n/useT';
import type { pathsMessages } from './messages';

/** One path: what it leads to, the stages it passes, and its steps in words (folded). */
export function PathCard(props: {
  t: UiT<typeof pathsMessages>;
  definition: WorkflowDefinition;
  path: DefinitionPath;
  goal: string;
}) {
  const { t, definition, path } = props;
  const text = describePath(definition, path, { locale: t.locale });
  return (
    <li className="gc-path" data-goal={path.goal.id}>
      <strong className="gc-path__goal">{props.goal}</strong>
      <p className="gc-path__summary">{text.summary}</p>
      <details>
        <summary>{t('paths.steps', { count: path.steps.length })}</summary>
        <ul className="gc-path__steps">
          {text.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </li>
  );
}
