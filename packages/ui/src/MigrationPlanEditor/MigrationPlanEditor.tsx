import {
  checkPlan,
  type MigrationPlan,
  planStages,
  type WorkflowDefinition,
} from '@gridcase/engine';
import type { Locale } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { stageTitles } from '../MigrationDryRun/stageTitles';
import { GcRoot } from '../shared/GcRoot';
import type { GridcaseTheme } from '../theme/theme';
import { FieldMoves } from './FieldMoves';
import { planEditorMessages } from './messages';
import { draftPlan, planDraft } from './planDraft';

export interface MigrationPlanEditorProps {
  /** The published version running cases are on. */
  from: WorkflowDefinition;
  /** The version they move to. */
  to: WorkflowDefinition;
  /** A plan to start from (else every stage maps to the new stage of the same path). */
  initialPlan?: MigrationPlan;
  /** The plan as JSON after every change (and once at the start). */
  onChange?: (plan: MigrationPlan) => void;
  locale?: Locale;
  theme?: GridcaseTheme;
}

const formFields = (definition: WorkflowDefinition) => [
  ...new Set(
    Object.values(definition.forms).flatMap((f) => Object.keys(f.schema.properties ?? {})),
  ),
];

/**
 * The county admin's migration plan, written without JSON: every stage a running case can sit
 * in on the old version, each with a choice of the new version's stages (prefilled with the
 * stage of the same path), field moves, the live `checkPlan` findings (code, message, fix),
 * and the plan JSON it emits through `onChange`: what `MigrationDryRun` and the server take.
 * `from`, `to` and `initialPlan` are read when it mounts: give it a `key` to start again.
 *
 * @example
 * ```tsx
 * <MigrationPlanEditor from={v1} to={v2} onChange={setPlan} />
 * <MigrationDryRun definitionId={v1.id} request={{ fromVersion: 1, toVersion: 2, plan }} />
 * ```
 */
export function MigrationPlanEditor(props: MigrationPlanEditorProps) {
  const { from, to, initialPlan } = props;
  const t = useT(planEditorMessages, props.locale);
  const id = useId();
  const [draft, setDraft] = useState(() => planDraft(from, to, initialPlan));
  const plan = useMemo(
    () => draftPlan(from, to, draft, initialPlan),
    [from, to, draft, initialPlan],
  );
  const issues = useMemo(() => checkPlan(from, to, plan, t.locale), [from, to, plan, t.locale]);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  useEffect(() => onChange.current?.(plan), [plan]);

  const view = useMemo(() => {
    const namer = (definition: WorkflowDefinition) => {
      const titles = stageTitles(definition);
      return (path: string) => {
        const title = titles.get(`${definition.machine.id}.${path}`);
        return title ? localize(title, t.locale) : path;
      };
    };
    return {
      oldStages: planStages(from),
      newStages: planStages(to),
      oldName: namer(from),
      newName: namer(to),
    };
  }, [from, to, t.locale]);
  const unmapped = new Set(
    issues.flatMap((i) => (i.code === 'plan.stateUnmapped' ? [i.state] : [])),
  );
  const mapped = view.oldStages.filter((s) => draft.targets[s]).length;
  const setTarget = (stage: string, target: string) =>
    setDraft((d) => ({ ...d, targets: { ...d.targets, [stage]: target } }));
  const option = (state: string) => (
    <option key={state} value={state}>
      {t('planEditor.option', { title: view.newName(state), state })}
    </option>
  );

  return (
    <GcRoot as="section" className="gc-plan-editor" locale={t.locale} theme={props.theme}>
      <h2 className="gc-heading">
        {t('planEditor.title', {
          definition: localize(from.title, t.locale),
          from: from.version,
          to: to.version,
        })}
      </h2>
      <label className="gc-labelled gc-labelled--block">
        <span className="gc-labelled__text">{t('planEditor.id')}</span>
        <input
          className="gc-control"
          value={draft.id}
          onChange={(e) => setDraft((d) => ({ ...d, id: e.target.value }))}
        />
      </label>
      <h3 className="gc-subheading">{t('planEditor.stages')}</h3>
      <p className="gc-muted">
        {t('planEditor.stagesHint', { from: from.version, to: to.version })}
      </p>
      <ul className="gc-plan-editor__stages">
        {view.oldStages.map((stage) => {
          const target = draft.targets[stage] ?? '';
          const title = view.oldName(stage);
          return (
            <li key={stage}>
              <label className="gc-labelled gc-labelled--block">
                <span className="gc-labelled__text">
                  {title} <code>{stage}</code>
                </span>
                <select
                  className="gc-control"
                  aria-label={title}
                  aria-invalid={unmapped.has(stage) || undefined}
                  value={target}
                  onChange={(e) => setTarget(stage, e.target.value)}
                >
                  <option value="">{t('planEditor.unmapped')}</option>
                  {view.newStages.map(option)}
                  {target && !view.newStages.includes(target) && option(target)}
                </select>
              </label>
            </li>
          );
        })}
      </ul>
      <p className="gc-muted">
        {t('planEditor.progress', { mapped, total: view.oldStages.length })}
      </p>
      <FieldMoves
        fields={draft.fields}
        oldFields={formFields(from)}
        newFields={formFields(to)}
        listId={id}
        onChange={(fields) => setDraft((d) => ({ ...d, fields }))}
        t={t}
      />
      <section aria-labelledby={`${id}-findings`}>
        <h3 id={`${id}-findings`} className="gc-subheading">
          {t('planEditor.findings')}
        </h3>
        <div className={`gc-alert ${issues.length ? 'gc-alert--warning' : 'gc-alert--success'}`}>
          <div>
            {/* one polite status for the live check; the list below is read on demand */}
            <p role="status">
              {issues.length
                ? t('planEditor.issueCount', { count: issues.length })
                : t('planEditor.ok')}
            </p>
            {issues.length > 0 && (
              <ul>
                {issues.map((i) => (
                  <li key={`${i.code}:${i.pointer}:${i.state ?? ''}`}>
                    <code>{i.code}</code> {i.message}
                    {i.hint && <div className="gc-muted">{i.hint}</div>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </section>
      <details>
        <summary>{t('planEditor.json')}</summary>
        <pre className="gc-json">{JSON.stringify(plan, null, 2)}</pre>
      </details>
    </GcRoot>
  );
}
