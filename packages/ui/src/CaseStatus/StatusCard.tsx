import { localize } from '@gridcase/forms/i18n';
import { useId } from 'react';
import type { PublicStatus } from '../client/citizenTypes';
import type { UiT } from '../i18n/useT';
import { formatDate } from '../shared/formatDate';
import { type caseStatusMessages, scoreKey } from './messages';

type T = UiT<typeof caseStatusMessages>;

/** The citizen's case as the server shows it to them: stage, outcome, dates, the steps taken. */
export function StatusCard({ t, status }: { t: T; status: PublicStatus }) {
  const loc = t.locale;
  const score = status.rating?.score;
  const titleId = useId();
  return (
    <article className="gc-status-card" aria-labelledby={titleId}>
      <header className="gc-case__header">
        <h2 id={titleId} className="gc-heading">
          {localize(status.title, loc)}
        </h2>
        <span className="gc-muted">{status.trackingCode}</span>
        <span
          className={`gc-badge ${status.status === 'closed' ? 'gc-badge--onTrack' : 'gc-badge--neutral'}`}
        >
          {t(`status.${status.status}`)}
        </span>
      </header>
      <dl className="gc-facts">
        <div>
          <dt>{t('status.stage')}</dt>
          <dd data-testid="status-stage">{localize(status.stage.title, loc)}</dd>
        </div>
        {status.outcome && (
          <div>
            <dt>{t('status.outcome')}</dt>
            <dd>{localize(status.outcome.title, loc)}</dd>
          </div>
        )}
        <div>
          <dt>{t('status.submittedAt')}</dt>
          <dd>{formatDate(status.submittedAt, loc)}</dd>
        </div>
        <div>
          <dt>{t('status.updatedAt')}</dt>
          <dd>{formatDate(status.updatedAt, loc)}</dd>
        </div>
      </dl>
      {score !== undefined && (
        <p className="gc-muted">{t('status.rated', { score: t(scoreKey(score)) })}</p>
      )}
      <h3 className="gc-subheading">{t('status.steps')}</h3>
      <ol className="gc-timeline__list">
        {status.steps.map((step) => (
          <li key={`${step.at}-${step.title['zh-CN']}`} className="gc-timeline__entry">
            <div className="gc-timeline__head">
              <strong>{localize(step.title, loc)}</strong>
              <time className="gc-muted" dateTime={step.at}>
                {formatDate(step.at, loc)}
              </time>
            </div>
          </li>
        ))}
      </ol>
    </article>
  );
}
