import { type CaseRecord, caseDueAt, type WorkflowDefinition } from '@gridcase/engine';
import { localize } from '@gridcase/forms/i18n';
import { useId } from 'react';
import type { UiT } from '../i18n/useT';
import { DueBadge } from '../shared/DueBadge';
import { formatDate } from '../shared/formatDate';
import type { testRunCatalog } from './messages';
import { roleName, stageName, stageNames } from './stageNames';

type T = UiT<typeof testRunCatalog>;

/** Where the pretend case stands: its stages, due badge, handler, supervision, deadlines. */
export function TestRunCase(props: {
  t: T;
  definition: WorkflowDefinition;
  record: CaseRecord;
  now: string;
}) {
  const { t, definition, record } = props;
  const id = useId();
  const outcome = record.context.outcome;
  const outcomeTitle = outcome ? definition.outcomes?.[outcome]?.title : undefined;
  const warnAt = record.deadlines
    .filter((d) => d.kind === 'warn')
    .map((d) => d.dueAt)
    .sort()[0];
  const deadlines = [...record.deadlines].sort((a, b) => (a.dueAt < b.dueAt ? -1 : 1));
  return (
    <section className="gc-testrun__case" aria-labelledby={id}>
      <h4 className="gc-subheading" id={id}>
        {t('testRun.case')}
      </h4>
      <dl className="gc-facts">
        <div>
          <dt>{t('testRun.stages')}</dt>
          <dd>
            {record.status === 'done'
              ? t('testRun.closedAs', {
                  outcome: outcomeTitle ? localize(outcomeTitle, t.locale) : (outcome ?? ''),
                })
              : stageNames(definition, record.stages, t)}{' '}
            <DueBadge
              dueAt={caseDueAt(record)}
              warnAt={warnAt}
              now={new Date(props.now)}
              locale={t.locale}
            />
          </dd>
        </div>
        {record.context.assignee && (
          <div>
            <dt>{t('case.assignee')}</dt>
            <dd>{roleName(definition, record.context.assignee.role, t)}</dd>
          </div>
        )}
        {record.context.supervision > 0 && (
          <div>
            <dt>{t('case.supervision')}</dt>
            <dd>{record.context.supervision}</dd>
          </div>
        )}
      </dl>
      <p className="gc-muted">{t('testRun.deadlines')}</p>
      {deadlines.length === 0 ? (
        <p className="gc-muted">{t('testRun.noDeadlines')}</p>
      ) : (
        <ul className="gc-testrun__deadlines">
          {deadlines.map((d) => (
            <li key={d.id} data-kind={d.kind}>
              {t(d.kind === 'warn' ? 'testRun.deadline.warn' : 'testRun.deadline.breach', {
                stage: stageName(definition, d.stateId, t),
                time: formatDate(d.dueAt, t.locale),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
