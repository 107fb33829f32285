import { GridcaseApiError } from '../client/GridcaseApiError';
import type { TFn } from '../i18n/useT';

/**
 * A refusal as a person can act on it: the server's message, what to do about it (its hint),
 * and the error code in small print, to quote to staff. Any other error shows its message.
 */
export function RefusalAlert(props: { t: TFn<'common.errorCode'>; error: unknown }) {
  const { t, error } = props;
  const api = error instanceof GridcaseApiError ? error : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="gc-alert gc-alert--error gc-refusal" role="alert">
      <p className="gc-refusal__message">{message}</p>
      {api?.hint && <p className="gc-refusal__hint">{api.hint}</p>}
      {api && <p className="gc-refusal__code">{t('common.errorCode', { code: api.code })}</p>}
    </div>
  );
}
