import type { TestRunEntry, WorkflowDefinition } from '@gridcase/engine';
import { localize } from '@gridcase/forms/i18n';
import { useId } from 'react';
import type { UiT } from '../i18n/useT';
import { formatDate } from '../shared/formatDate';
import type { testRunCatalog } from './messages';
import { roleName, stageName, stageNames, targetName } from './stageNames';

type T = UiT<typeof testRunCatalog>;

/** One log entry in words. */
function entryText(definition: WorkflowDefinition, e: TestRunEntry, t: T): string {
  const stage = e.stateId ? stageName(definition, e.stateId, t) : '';
  const to = targetName(definition, e.to, t);
  switch (e.kind) {
    case 'opened':
      return t('testRun.log.opened', {
        role: roleName(definition, e.role, t),
        stages: stageNames(definition, e.stages ?? [], t),
      });
    case 'action':
      return t('testRun.log.action', {
        role: roleName(definition, e.role, t),
        action: e.title ? localize(e.title, t.locale) : '',
        stages: stageNames(definition, e.stages ?? [], t),
      });
    case 'clock':
      return t('testRun.log.clock', { time: formatDate(e.at, t.locale) });
    case 'warning':
      return t('testRun.log.warning', { stage });
    case 'breach':
      return t('testRun.log.breach', { stage, n: (e.level ?? 0) + 1 });
    case 'reminder':
      return t('testRun.log.reminder', { to });
    case 'escalation':
      return t('testRun.log.escalation', { to });
    default:
      return t('testRun.log.notification', { to, template: e.template ?? '' });
  }
}

/** What happened in the test run, in order: actions, clock moves, and what each move fired. */
export function TestRunLog(props: { t: T; definition: WorkflowDefinition; log: TestRunEntry[] }) {
  const { t } = props;
  const id = useId();
  return (
    <section className="gc-testrun__log" aria-labelledby={id}>
      <h4 className="gc-subheading" id={id}>
        {t('testRun.log')}
      </h4>
      {props.log.length === 0 ? (
        <p className="gc-muted">{t('testRun.logEmpty')}</p>
      ) : (
        <ol aria-labelledby={id}>
          {props.log.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: append-only log
            <li key={i} data-kind={e.kind}>
              <time className="gc-muted" dateTime={e.at}>
                {formatDate(e.at, t.locale)}
              </time>{' '}
              {entryText(props.definition, e, t)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
