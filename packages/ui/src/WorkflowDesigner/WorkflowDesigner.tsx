import type { CalendarConfig, WorkflowDefinition } from '@gridcase/engine';
import type { Locale, LocalizedText } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import { useMemo, useRef, useState } from 'react';
import type { LintFinding } from '../client/types';
import { DesignerPaths } from '../DesignerPaths';
import { useT } from '../i18n/useT';
import { useGridcase } from '../provider/useGridcase';
import { GcRoot } from '../shared/GcRoot';
import { useEditedDocument } from '../shared/useEditedDocument';
import { TestRun } from '../TestRun';
import type { GridcaseTheme } from '../theme/theme';
import { bilingual } from './bilingual';
import { DesignerCanvas } from './DesignerCanvas';
import { DesignerTabs } from './DesignerTabs';
import { DesignerToolbar } from './DesignerToolbar';
import { defaultLint } from './defaultLint';
import { designerCatalog } from './messages';
import { addStage, addTransition, deleteStage, deleteTransition, nodeAt } from './operations';
import { ProblemsPanel } from './ProblemsPanel';
import { PropertiesPanel } from './PropertiesPanel';
import { StageList } from './StageList';
import { type Selection, selectionOfPointer } from './selection';
import { stageOptions } from './stageOptions';
import { designerKeyHandler } from './useDesignerKeys';

export interface WorkflowDesignerProps {
  /** The definition to start from (a draft, a template, or `newDefinition(...)`). */
  definition: WorkflowDefinition;
  /** Called with the new definition JSON after every edit. */
  onChange?: (definition: WorkflowDefinition) => void;
  /**
   * Saves the draft. Without it, and with a provider client, the designer calls
   * `client.saveDraft(definition.id, definition)`.
   */
  onSave?: (definition: WorkflowDefinition, findings: LintFinding[]) => void | Promise<void>;
  /** The county's roles the properties panel offers (the definition's own are always offered). */
  roles?: Record<string, { title: LocalizedText }>;
  /** The linter; defaults to the engine's `lintDefinition`. */
  lint?: (definition: WorkflowDefinition, locale: Locale) => LintFinding[];
  /** The county's working-day calendar, for the test run's clock (plain Mon-Fri without it). */
  calendar?: CalendarConfig;
  /** Canvas height in pixels (default 480). */
  height?: number;
  locale?: Locale;
  theme?: GridcaseTheme;
}

/**
 * The county admin's low-code workflow editor: add, rename and delete stages; draw transitions
 * (drag between stages, or from the properties panel by keyboard); set who may act in which
 * area scope, the form, the deadline and the condition; undo and redo; the engine linter's
 * findings shown live on the stages and transitions they concern; the paths through the draft
 * in words (流程路径); and a test run (试运行) of a pretend case with a clock to move on.
 * Emits definition JSON.
 *
 * @example
 * ```tsx
 * <WorkflowDesigner
 *   definition={draft}
 *   roles={county.roles}
 *   onSave={(definition) => client.saveDraft(definition.id, definition)}
 * />
 * ```
 */
export function WorkflowDesigner(props: WorkflowDesignerProps) {
  const ctx = useGridcase();
  const t = useT(designerCatalog, props.locale);
  const [selection, setSelection] = useState<Selection>();
  const [saveState, setSaveState] = useState<{ ok: boolean; message?: string }>();
  const history = useEditedDocument(props.definition, props.onChange, () =>
    setSaveState(undefined),
  );
  const def = history.value;
  const lint = props.lint ?? defaultLint;
  const findings = useMemo(() => lint(def, t.locale), [lint, def, t.locale]);
  const stages = useMemo(() => stageOptions(def, t.locale), [def, t.locale]);
  const roles = useMemo(() => {
    const all = { ...props.roles, ...def.roles };
    return Object.entries(all).map(([id, r]) => ({ id, title: localize(r.title, t.locale) }));
  }, [props.roles, def.roles, t.locale]);

  // a selection that no longer exists (after undo, delete) is dropped
  const valid =
    selection &&
    (selection.kind === 'stage'
      ? !!nodeAt(def, selection.path)
      : !!nodeAt(def, selection.from)?.on?.[selection.event]);
  const current = valid ? selection : undefined;

  const addNewStage = () => {
    const n = stages.length + 1;
    const res = addStage(
      def,
      bilingual('designer.newStage', () => ({ n })),
    );
    history.apply(res.definition);
    setSelection({ kind: 'stage', path: [res.key] });
  };
  const root = useRef<HTMLElement>(null);
  const removeSelected = () => {
    if (!current) return;
    // the focused control may go with the element: keep focus (and the shortcuts) in the designer
    root.current?.focus();
    if (current.kind === 'stage') history.apply(deleteStage(def, current.path));
    else history.apply(deleteTransition(def, current.from, current.event, current.index));
    setSelection(current.kind === 'transition' ? { kind: 'stage', path: current.from } : undefined);
  };
  const connect = (from: string[], to: string[]) => {
    const title = nodeAt(def, to)?.meta?.title;
    const res = addTransition(
      def,
      from,
      to,
      bilingual('designer.newTransition', (l) => ({ to: title?.[l] || to.join('.') })),
    );
    history.apply(res.definition);
    setSelection({ kind: 'transition', from, event: res.event, index: 0 });
  };
  const save = async () => {
    try {
      if (props.onSave) await props.onSave(def, findings);
      else if (ctx.client) await ctx.client.saveDraft(def.id, def);
      setSaveState({ ok: true });
    } catch (err) {
      setSaveState({ ok: false, message: err instanceof Error ? err.message : String(err) });
    }
  };
  const describe = (s: Selection | undefined) => {
    if (!s) return t('designer.whole');
    const path = s.kind === 'stage' ? s.path : s.from;
    const stage = stages.find((o) => o.path.join('/') === path.join('/'))?.title ?? path.join('.');
    return s.kind === 'stage' ? stage : `${stage} · ${s.event}`;
  };
  const problemCount = (path: string[]) =>
    findings.filter((f) => {
      const at = selectionOfPointer(f.pointer);
      return at && (at.kind === 'stage' ? at.path : at.from).join('/') === path.join('/');
    }).length;
  return (
    <GcRoot
      as="section"
      className="gc-designer"
      locale={t.locale}
      theme={props.theme}
      ref={root}
      tabIndex={-1}
      aria-label={t('designer.title', { title: localize(def.title, t.locale) })}
      onKeyDown={designerKeyHandler({
        undo: history.undo,
        redo: history.redo,
        remove: removeSelected,
      })}
    >
      <DesignerToolbar
        t={t}
        canUndo={history.canUndo}
        canRedo={history.canRedo}
        canDelete={!!current}
        canSave={!!props.onSave || !!ctx.client}
        saveState={saveState}
        onAddStage={addNewStage}
        onUndo={history.undo}
        onRedo={history.redo}
        onDelete={removeSelected}
        onSave={save}
      />
      <div className="gc-designer__body">
        <StageList
          t={t}
          stages={stages}
          problemCount={problemCount}
          selection={current}
          onSelect={setSelection}
        />
        <section className="gc-designer__canvas" aria-label={t('designer.canvas')}>
          <p className="gc-muted">{t('designer.canvasHelp')}</p>
          <DesignerCanvas
            t={t}
            definition={def}
            findings={findings}
            selection={current}
            onSelect={setSelection}
            onConnect={connect}
            height={props.height ?? 480}
          />
        </section>
        <PropertiesPanel
          t={t}
          definition={def}
          stages={stages}
          roles={roles}
          countyRoles={{ ...props.roles }}
          findings={findings}
          selection={current}
          apply={history.apply}
          select={setSelection}
        />
      </div>
      <DesignerTabs
        label={t('designer.lowerTabs')}
        tabs={[
          {
            id: 'checks',
            label: findings.length
              ? t('designer.checksCount', { count: findings.length })
              : t('designer.problems'),
            render: () => (
              <ProblemsPanel
                t={t}
                findings={findings}
                describe={describe}
                onSelect={setSelection}
              />
            ),
          },
          {
            id: 'paths',
            label: t('designer.paths'),
            ownKeys: true,
            render: () => (
              <DesignerPaths
                definition={def}
                describe={describe}
                onSelect={setSelection}
                locale={t.locale}
              />
            ),
          },
          {
            id: 'testRun',
            label: t('designer.testRun'),
            keep: true,
            ownKeys: true,
            render: () => (
              <TestRun
                definition={def}
                locale={t.locale}
                {...(props.calendar ? { calendar: props.calendar } : {})}
              />
            ),
          },
        ]}
      />
    </GcRoot>
  );
}
