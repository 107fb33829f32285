import { type DefinitionPath, definitionPaths, type WorkflowDefinition } from '@gridcase/engine';
import type { Locale } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import { useId, useMemo } from 'react';
import { useT } from '../i18n/useT';
import { type Selection, selectionOfPointer } from '../WorkflowDesigner/selection';
import { pathsMessages } from './messages';
import { PathCard } from './PathCard';

export interface DesignerPathsProps {
  definition: WorkflowDefinition;
  /** Names a stage or transition the way the designer shows it. */
  describe: (selection: Selection | undefined) => string;
  /** Selects a stage or transition in the designer. */
  onSelect: (selection: Selection) => void;
  locale?: Locale;
}

/** The stage a state id names: `dispute.mediation.joint` → `['mediation', 'joint']`. */
function stageOf(definition: WorkflowDefinition, id: string): Selection {
  const prefix = `${definition.machine.id}.`;
  const path = id.startsWith(prefix) ? id.slice(prefix.length).split('.') : [id];
  return { kind: 'stage', path };
}

/**
 * The paths through the draft (the engine's `definitionPaths`), as a list a county admin reads:
 * to each outcome, every action at least once, to each stage; what no path reaches, each with
 * a button that selects it in the designer.
 */
export function DesignerPaths(props: DesignerPathsProps) {
  const { definition, describe } = props;
  const t = useT(pathsMessages, props.locale);
  const id = useId();
  const found = useMemo(() => {
    try {
      return { paths: definitionPaths(definition) };
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  }, [definition]);
  if (!found.paths) {
    return (
      <p className="gc-alert gc-alert--error" role="alert">
        {t('paths.cannotRun', { message: found.error ?? '' })}
      </p>
    );
  }
  const { paths } = found;
  const outcomeName = (o: string) => {
    const title = definition.outcomes?.[o]?.title;
    return title ? localize(title, t.locale) : o;
  };
  const actionName = (pointer: string) => {
    const at = selectionOfPointer(pointer);
    return pointer.endsWith('/meta/reopen')
      ? t('paths.reopen', { stage: describe(at) })
      : describe(at);
  };
  const goal = (p: DefinitionPath) => {
    if (p.goal.kind === 'outcome') return t('paths.goalOutcome', { name: outcomeName(p.goal.id) });
    if (p.goal.kind === 'state')
      return t('paths.goalStage', { name: describe(stageOf(definition, p.goal.id)) });
    return t('paths.goalAction', { name: actionName(p.goal.id) });
  };
  const missing = [
    ...paths.missing.states.map((s) => ({
      key: s,
      text: t('paths.missingStage', { name: describe(stageOf(definition, s)) }),
      at: stageOf(definition, s) as Selection | undefined,
    })),
    ...paths.missing.outcomes.map((o) => ({
      key: `outcome:${o}`,
      text: t('paths.missingOutcome', { name: outcomeName(o) }),
      at: undefined,
    })),
    ...paths.missing.transitions.map((p) => ({
      key: p,
      text: t('paths.missingAction', { name: actionName(p) }),
      at: selectionOfPointer(p),
    })),
  ];
  const group = (key: string, title: string, list: DefinitionPath[], open: boolean) => (
    <details className="gc-paths__group" open={open} key={key}>
      <summary>
        <h4 className="gc-paths__heading">{title}</h4>
      </summary>
      <ol className="gc-paths__list">
        {list.map((p) => (
          <PathCard key={p.goal.id} t={t} definition={definition} path={p} goal={goal(p)} />
        ))}
      </ol>
    </details>
  );
  return (
    <section className="gc-paths" aria-labelledby={id}>
      <h3 className="gc-subheading" id={id}>
        {t('paths.title')}
      </h3>
      <p className="gc-muted">{t('paths.intro')}</p>
      {missing.length ? (
        <div className="gc-alert gc-alert--warning" role="status">
          <p>{t('paths.missing')}</p>
          <ul className="gc-paths__missing">
            {missing.map((m) => (
              <li key={m.key}>
                {m.text}
                {m.at && (
                  <button
                    type="button"
                    className="gc-btn gc-btn--small"
                    onClick={() => m.at && props.onSelect(m.at)}
                  >
                    {t('paths.show')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="gc-alert gc-alert--success" role="status">
          {t('paths.complete')}
        </p>
      )}
      {group(
        'outcomes',
        t('paths.toOutcomes', { count: paths.outcomes.length }),
        paths.outcomes,
        true,
      )}
      {group(
        'actions',
        t('paths.everyAction', { count: paths.transitions.length }),
        paths.transitions,
        false,
      )}
      {group('stages', t('paths.toStages', { count: paths.states.length }), paths.states, false)}
    </section>
  );
}
