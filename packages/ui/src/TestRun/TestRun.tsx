import {
  type AreaLevel,
  type AvailableAction,
  actInTestRun,
  availableActions,
  type CalendarConfig,
  moveTestClock,
  openTestCase,
  pretendActor,
  type TestRun as Run,
  startTestRun,
  type TestRunResult,
  type WorkflowDefinition,
  whoMayAct,
} from '@gridcase/engine';
import type { Locale, ValidationIssue } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import { useId, useState } from 'react';
import { ActionBar, type Outcome } from '../CaseView/ActionBar';
import { caseViewMessages } from '../CaseView/messages';
import { useT } from '../i18n/useT';
import { useGridcase } from '../provider/useGridcase';
import { testRunCatalog } from './messages';
import { TestRunActor } from './TestRunActor';
import { TestRunCase } from './TestRunCase';
import { TestRunClock } from './TestRunClock';
import { TestRunLog } from './TestRunLog';

export interface TestRunProps {
  definition: WorkflowDefinition;
  /** The county's working-day calendar (plain Mon-Fri weeks without it). */
  calendar?: CalendarConfig;
  locale?: Locale;
}

let uploads = 0;
/** Attachments stay in the browser: the pretend case keeps a name and a made-up id. */
const pretendUpload = async (file: File) => ({ id: `test-upload-${++uploads}`, name: file.name });

/**
 * 试运行: a pretend case on the draft, in memory (the engine's test-run helpers over the real
 * `createCase()` / `step()`): act as any role with the real forms, move the clock on, and read
 * what fired. Starts again when the draft changes. Touches no server and no real case.
 */
export function TestRun(props: TestRunProps) {
  const { definition } = props;
  const ctx = useGridcase();
  const t = useT(testRunCatalog, props.locale);
  const tc = useT(caseViewMessages, props.locale); // the case view's action forms speak it
  const id = useId();
  const fresh = () =>
    startTestRun(definition, {
      start: ctx.now(),
      locale: t.locale,
      ...(props.calendar ? { calendar: props.calendar } : {}),
    });
  const [run, setRun] = useState<Run>(fresh);
  const [restarted, setRestarted] = useState(false);
  const first = whoMayAct(run)[0];
  const [actor, setActor] = useState<{ role: string; level: AreaLevel }>({
    role: first?.role ?? Object.keys(definition.roles)[0] ?? '',
    level: first?.scope ?? 'grid',
  });
  const [open, setOpen] = useState<AvailableAction>();
  const [outcome, setOutcome] = useState<Outcome>();

  // a new draft restarts the run (state derived from props, set while rendering)
  const [draft, setDraft] = useState(definition);
  if (draft !== definition) {
    setDraft(definition);
    setRun(fresh());
    setRestarted(true);
    setOpen(undefined);
    setOutcome(undefined);
  }

  const me = pretendActor(run, actor.role, actor.level);
  const startAction: AvailableAction = {
    type: 'create',
    title: testRunCatalog['testRun.open'],
    ...(definition.startForm && definition.forms[definition.startForm]
      ? { form: definition.forms[definition.startForm] }
      : {}),
  };
  const actions = run.case ? availableActions(definition, run.case, me) : [startAction];
  /** Shows how the action went; `true` when it was taken (its form's draft may go). */
  const settle = (result: TestRunResult, action: AvailableAction): boolean => {
    if (result.ok) {
      setRun(result.run);
      setOpen(undefined);
      setOutcome({ kind: 'done', action: localize(action.title, t.locale) });
      return true;
    }
    const issues = (result.error.details?.issues ?? []) as ValidationIssue[];
    setOutcome({ kind: 'failed', message: result.error.message, issues, conflict: false });
    return false;
  };
  const act = async (action: AvailableAction, data?: Record<string, unknown>, reason?: string) => {
    if (action.type === 'create')
      return settle(openTestCase(run, { actor: me, data: data ?? {} }), action);
    const command = {
      type: action.type,
      actor: me,
      ...(data ? { data } : {}),
      ...(reason ? { reason } : {}),
    };
    return settle(actInTestRun(run, command), action);
  };
  const move = (by: { workingDays?: number; days?: number }) => {
    setRun(moveTestClock(run, by));
    setOutcome(undefined);
  };
  return (
    <section className="gc-testrun" aria-labelledby={id}>
      <h3 className="gc-subheading" id={id}>
        {t('testRun.title')}
      </h3>
      <p className="gc-muted">{t('testRun.intro')}</p>
      {restarted && <p className="gc-alert gc-alert--warning">{t('testRun.restarted')}</p>}
      <TestRunClock
        t={t}
        now={run.now}
        onWorkingDay={() => move({ workingDays: 1 })}
        onDays={(days) => move({ days })}
        onRestart={() => {
          setRun(fresh());
          setOpen(undefined);
          setOutcome(undefined);
        }}
      />
      <TestRunActor
        t={t}
        definition={definition}
        role={actor.role}
        level={actor.level}
        now={whoMayAct(run)}
        onChange={(role, level) => {
          setActor({ role, level });
          setOpen(undefined);
        }}
      />
      {run.case && <TestRunCase t={t} definition={definition} record={run.case} now={run.now} />}
      <ActionBar
        t={tc}
        actions={actions}
        open={open}
        outcome={outcome}
        onOpen={(a) => {
          setOpen(a);
          setOutcome(undefined);
        }}
        onCancel={() => setOpen(undefined)}
        onRun={act}
        onReload={() => setOutcome(undefined)}
        onUpload={pretendUpload}
      />
      <TestRunLog t={t} definition={definition} log={run.log} />
    </section>
  );
}
