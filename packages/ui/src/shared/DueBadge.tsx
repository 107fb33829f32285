import type { Locale } from '@gridcase/forms';
import { useT } from '../i18n/useT';
import { dueStatus } from './dueStatus';
import { formatDate } from './formatDate';

const NO_MESSAGES = {};

/** A badge saying whether a case is overdue, due soon or on track, with its due date. */
export function DueBadge(props: { dueAt?: string; warnAt?: string; now: Date; locale?: Locale }) {
  const t = useT(NO_MESSAGES, props.locale);
  const status = dueStatus(props, props.now);
  const label = t(`due.${status}`);
  return (
    <span className={`gc-badge gc-badge--${status}`} data-due={status}>
      {label}
      {props.dueAt && (
        <span className="gc-badge__date">
          {' · '}
          {formatDate(props.dueAt, t.locale, false)}
        </span>
      )}
    </span>
  );
}
