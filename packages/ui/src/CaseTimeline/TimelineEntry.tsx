import type { HistoryEntry } from '@gridcase/engine';
import { localize } from '@gridcase/forms/i18n';
import type { UiT } from '../i18n/useT';
import { formatDate } from '../shared/formatDate';
import { formatValue } from './formatValue';
import type { timelineMessages } from './messages';

type T = UiT<typeof timelineMessages>;

/** One step of the history: time, actor, action, stage move, reason, changed fields. */
export function TimelineEntry(props: {
  t: T;
  entry: HistoryEntry;
  stageName: (id: string) => string;
  fieldName: (field: string) => string;
}) {
  const { t, entry } = props;
  const actor = entry.actor.system
    ? t('timeline.system')
    : (entry.actor.name ?? entry.actor.userId);
  const action = entry.title ? localize(entry.title, t.locale) : entry.action;
  const moved = entry.from.join() !== entry.to.join();
  const changes = Object.entries(entry.changes ?? {});
  const texts = {
    empty: t('timeline.emptyValue'),
    yes: t('timeline.yes'),
    no: t('timeline.no'),
  };
  return (
    <li className="gc-timeline__entry" aria-label={t('timeline.entry', { seq: entry.seq })}>
      <div className="gc-timeline__head">
        <time dateTime={entry.at} className="gc-muted">
          {formatDate(entry.at, t.locale)}
        </time>
        <span className="gc-timeline__actor">{actor}</span>
        <strong className="gc-timeline__action">{action}</strong>
      </div>
      {moved && (
        <div className="gc-timeline__move">
          {t('timeline.moved', {
            from: entry.from.map(props.stageName).join('、') || '—',
            to: entry.to.map(props.stageName).join('、') || '—',
          })}
        </div>
      )}
      {entry.reason && (
        <div className="gc-timeline__reason">{t('timeline.reason', { reason: entry.reason })}</div>
      )}
      {changes.length > 0 && (
        <table className="gc-table gc-table--compact">
          <caption className="gc-visually-hidden">{t('timeline.changes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('timeline.field')}</th>
              <th scope="col">{t('timeline.before')}</th>
              <th scope="col">{t('timeline.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map(([field, [before, after]]) => (
              <tr key={field}>
                <th scope="row">{props.fieldName(field)}</th>
                <td>{formatValue(before, texts)}</td>
                <td>{formatValue(after, texts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
