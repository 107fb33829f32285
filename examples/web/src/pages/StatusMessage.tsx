import { useLocale } from '../i18n/LocaleContext';
import type { AsyncState } from '../shared/useAsync';

/** "Loading..." or the error with a retry button, for one asynchronous load. */
export function StatusMessage({ state }: { state: AsyncState<unknown> }) {
  const { t } = useLocale();
  if (state.error)
    return (
      <div className="app-error" role="alert">
        {t('app.error', { message: state.error.message })}{' '}
        <button type="button" onClick={state.reload}>
          {t('app.retry')}
        </button>
      </div>
    );
  if (state.loading && !state.data) return <p aria-live="polite">{t('app.loading')}</p>;
  return null;
}
