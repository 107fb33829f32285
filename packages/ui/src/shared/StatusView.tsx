import type { Locale } from '@gridcase/forms';
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';

const NO_MESSAGES = {};

/**
 * The loading, error and empty states every component shows the same way. Renders `children`
 * when none applies. An error wins over loading, loading over empty.
 */
export function StatusView(props: {
  loading?: boolean | undefined;
  error?: Error | string | undefined;
  empty?: boolean;
  /** Text for the empty state, when the shared "nothing here yet" is too vague. */
  emptyText?: string;
  locale?: Locale | undefined;
  onRetry?: (() => void) | undefined;
  children?: ReactNode;
}) {
  const t = useT(NO_MESSAGES, props.locale);
  const { loading, error, empty } = props;
  if (error) {
    const message = typeof error === 'string' ? error : error.message;
    return (
      <div className="gc-alert gc-alert--error" role="alert">
        <span>{t('common.error', { message })}</span>
        {props.onRetry && (
          <button type="button" className="gc-btn" onClick={props.onRetry}>
            {t('common.retry')}
          </button>
        )}
      </div>
    );
  }
  if (loading) {
    return (
      <div className="gc-state" role="status" aria-busy="true">
        {t('common.loading')}
      </div>
    );
  }
  if (empty) {
    return (
      <div className="gc-state gc-state--empty" role="status">
        {props.emptyText ?? t('common.empty')}
      </div>
    );
  }
  return <>{props.children}</>;
}
