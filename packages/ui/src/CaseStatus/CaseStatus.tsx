import type { Locale } from '@gridcase/forms';
import { useCallback, useEffect, useState } from 'react';
import type { CitizenClient, PublicRating, PublicStatus } from '../client/citizenTypes';
import { useT } from '../i18n/useT';
import { useGridcase } from '../provider/useGridcase';
import { GcRoot } from '../shared/GcRoot';
import { RefusalAlert } from '../shared/RefusalAlert';
import type { GridcaseTheme } from '../theme/theme';
import { caseStatusMessages } from './messages';
import { RatingForm } from './RatingForm';
import { StatusCard } from './StatusCard';
import { TrackForm } from './TrackForm';

export interface CaseStatusProps {
  /** The county's citizen channel; default: the provider's `citizenClient`. */
  client?: CitizenClient;
  /** Fill the form with these; given both, the status is looked up right away. */
  trackingCode?: string;
  secret?: string;
  /** Or the status as data, with `onRate` for the rating. */
  status?: PublicStatus;
  onRate?: (rating: PublicRating, status: PublicStatus) => Promise<PublicStatus>;
  loading?: boolean;
  error?: unknown;
  locale?: Locale;
  theme?: GridcaseTheme;
}

type Shown = { code: string; secret: string; status: PublicStatus };

/**
 * The citizen's view of their own case, by tracking code and secret (no sign-in): stage, outcome,
 * dates and the steps taken - never anyone's names or staff notes, which the server does not
 * send. Once the case is closed, one rating from 1 to 5; a low one reopens the case by the
 * county's rules, and the page says so.
 *
 * @example
 * ```tsx
 * <CaseStatus client={citizen} trackingCode={params.get('code') ?? ''} />
 * <CaseStatus status={status} onRate={(r) => api.rate(code, secret, r)} />
 * ```
 */
export function CaseStatus(props: CaseStatusProps) {
  const ctx = useGridcase();
  const t = useT(caseStatusMessages, props.locale);
  const client = props.client ?? ctx.citizenClient;
  const [shown, setShown] = useState<Shown>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [after, setAfter] = useState<'thanks' | 'reopened'>();

  const lookUp = useCallback(
    async (code: string, secret: string) => {
      if (!client) return;
      setBusy(true);
      setFailure(undefined);
      try {
        setShown({ code, secret, status: await client.track(code, secret) });
      } catch (error) {
        setShown(undefined);
        setFailure(error);
      } finally {
        setBusy(false);
      }
    },
    [client],
  );
  const { trackingCode = '', secret = '' } = props;
  useEffect(() => {
    if (trackingCode && secret && !props.status) void lookUp(trackingCode, secret);
  }, [trackingCode, secret, props.status, lookUp]);

  const status = props.status ?? shown?.status;
  const rate = async (rating: PublicRating) => {
    if (!status) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const next = props.onRate
        ? await props.onRate(rating, status)
        : shown && client && (await client.rate(shown.code, shown.secret, rating));
      if (!next) return;
      if (shown) setShown({ ...shown, status: next });
      setAfter(next.status === 'open' ? 'reopened' : 'thanks');
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const error = props.error ?? failure;
  return (
    <GcRoot
      as="section"
      className="gc-citizen gc-case-status"
      locale={t.locale}
      theme={props.theme}
    >
      <h1 className="gc-heading gc-citizen__title">{t('status.heading')}</h1>
      {!status && (
        <TrackForm
          t={t}
          code={trackingCode}
          secret={secret}
          busy={busy || !!props.loading}
          onLookUp={lookUp}
        />
      )}
      {(props.loading || (busy && !status)) && (
        <div className="gc-state" role="status" aria-busy="true">
          {t('common.loading')}
        </div>
      )}
      {error !== undefined && <RefusalAlert t={t} error={error} />}
      {after && (
        <p className="gc-alert gc-alert--success" role="status">
          {t(after === 'reopened' ? 'status.reopened' : 'status.thanks')}
        </p>
      )}
      {status && (
        <>
          <StatusCard t={t} status={status} />
          {status.canRate && <RatingForm t={t} busy={busy} onRate={rate} />}
          {shown && (
            <div className="gc-button-row gc-button-row--stack">
              <button
                type="button"
                className="gc-btn"
                disabled={busy}
                onClick={() => {
                  setAfter(undefined);
                  void lookUp(shown.code, shown.secret);
                }}
              >
                {t('status.refresh')}
              </button>
              <button
                type="button"
                className="gc-btn"
                onClick={() => {
                  setShown(undefined);
                  setAfter(undefined);
                  setFailure(undefined);
                }}
              >
                {t('status.other')}
              </button>
            </div>
          )}
        </>
      )}
    </GcRoot>
  );
}
