import { useEffect, useId, useRef } from 'react';
import type { PublicReceipt } from '../client/citizenTypes';
import type { UiT } from '../i18n/useT';
import { formatDate } from '../shared/formatDate';
import type { citizenReportMessages } from './messages';

type T = UiT<typeof citizenReportMessages>;

/** What the citizen keeps: the tracking code and the secret (shown once), and where to go next. */
export function ReportReceipt(props: {
  t: T;
  receipt: PublicReceipt;
  onTrack?: (() => void) | undefined;
  onAnother: () => void;
}) {
  const { t, receipt } = props;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="gc-receipt" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="gc-heading">
        {t('citizen.received')}
      </h2>
      <p className="gc-alert gc-alert--warning">{t('citizen.keep')}</p>
      <dl className="gc-receipt__facts">
        <div>
          <dt>{t('citizen.code')}</dt>
          <dd className="gc-receipt__code" data-testid="tracking-code">
            {receipt.trackingCode}
          </dd>
        </div>
        <div>
          <dt>{t('citizen.secret')}</dt>
          <dd className="gc-receipt__code" data-testid="tracking-secret">
            {receipt.secret}
          </dd>
        </div>
        <div>
          <dt>{t('citizen.submittedAt')}</dt>
          <dd>{formatDate(receipt.submittedAt, t.locale)}</dd>
        </div>
      </dl>
      <div className="gc-button-row gc-button-row--stack">
        {props.onTrack && (
          <button type="button" className="gc-btn gc-btn--primary" onClick={props.onTrack}>
            {t('citizen.track')}
          </button>
        )}
        <button type="button" className="gc-btn" onClick={props.onAnother}>
          {t('citizen.another')}
        </button>
      </div>
    </section>
  );
}
