import { useId, useState } from 'react';
import type { UiT } from '../i18n/useT';
import type { testRunCatalog } from './messages';

type T = UiT<typeof testRunCatalog>;

/** The pretend time with its weekday: `2026年11月23日星期一 09:00`. */
function clockText(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** The pretend clock: the time, +1 working day, +N days, start again. */
export function TestRunClock(props: {
  t: T;
  now: string;
  onWorkingDay: () => void;
  onDays: (n: number) => void;
  onRestart: () => void;
}) {
  const { t } = props;
  const id = useId();
  const [text, setText] = useState('7');
  const days = Math.max(1, Math.min(365, Math.round(Number(text)) || 1));
  return (
    <fieldset className="gc-testrun__clock">
      <legend>{t('testRun.clock')}</legend>
      <p role="status" aria-live="polite">
        {t('testRun.now', { time: clockText(props.now, t.locale) })}
      </p>
      <div className="gc-button-row">
        <button type="button" className="gc-btn" onClick={props.onWorkingDay}>
          {t('testRun.plusWorkingDay')}
        </button>
        <span className="gc-labelled">
          <label htmlFor={id} className="gc-labelled__text">
            {t('testRun.days')}
          </label>
          <input
            id={id}
            className="gc-control gc-testrun__days"
            type="number"
            min={1}
            max={365}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </span>
        <button type="button" className="gc-btn" onClick={() => props.onDays(days)}>
          {t('testRun.plusDays', { n: days })}
        </button>
        <button type="button" className="gc-btn" onClick={props.onRestart}>
          {t('testRun.restart')}
        </button>
      </div>
    </fieldset>
  );
}
