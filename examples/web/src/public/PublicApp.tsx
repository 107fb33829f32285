import {
  CaseStatus,
  CitizenReport,
  createCitizenClient,
  GridcaseProvider,
  type PublicIntake,
  type PublicReceipt,
} from '@gridcase/ui';
import { useEffect, useMemo, useState } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { followLink, matchPath, navigate } from '../router/router';
import { LanguageSwitch } from '../shell/AppShell';
import { PosterPage } from './PosterPage';
import { reportPath, trackPath } from './publicPaths';

function route(path: string) {
  const poster = matchPath('/report/:countyId/qr', path);
  if (poster?.countyId) return { page: 'poster' as const, countyId: poster.countyId };
  const report = matchPath('/report/:countyId', path);
  if (report?.countyId) return { page: 'report' as const, countyId: report.countyId };
  const track = matchPath('/track/:countyId', path);
  return { page: 'track' as const, countyId: track?.countyId ?? '' };
}

/**
 * The citizen pages, no sign-in: report a matter (the county's public forms), follow it by code
 * and secret, and the printable QR code. The receipt of a report made in this tab fills the
 * lookup in (kept in memory only: a reload asks for the secret again).
 */
export function PublicApp({ path }: { path: string }) {
  const { t, locale } = useLocale();
  const { page, countyId } = route(path);
  const params = new URLSearchParams(window.location.search);
  const citizen = useMemo(
    () => createCitizenClient({ baseUrl: '/api', countyId, locale }),
    [countyId, locale],
  );
  const [receipt, setReceipt] = useState<PublicReceipt>();
  const [intake, setIntake] = useState<PublicIntake>();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t('public.product')} · ${t('app.product')}`;
  }, [locale, t]);
  useEffect(() => {
    if (page !== 'poster') return;
    citizen.intake().then(setIntake, () => setIntake(undefined));
  }, [citizen, page]);

  const code = params.get('code') ?? '';
  const area = params.get('area') ?? undefined;
  return (
    <GridcaseProvider citizenClient={citizen} locale={locale}>
      <div className="public">
        <header className="public-header public-noprint">
          <span className="public-title">{t('public.product')}</span>
          <LanguageSwitch />
        </header>
        <nav className="public-nav public-noprint" aria-label={t('public.nav')}>
          <a
            href={reportPath(countyId)}
            onClick={followLink}
            aria-current={page === 'report' ? 'page' : undefined}
          >
            {t('public.report')}
          </a>
          <a
            href={trackPath(countyId)}
            onClick={followLink}
            aria-current={page === 'track' ? 'page' : undefined}
          >
            {t('public.track')}
          </a>
        </nav>
        <main className="public-main">
          {page === 'report' && (
            <CitizenReport
              key={countyId}
              {...(area ? { defaultArea: area } : {})}
              onTrack={(got) => {
                setReceipt(got);
                navigate(trackPath(countyId, got.trackingCode));
              }}
            />
          )}
          {page === 'track' && (
            <CaseStatus
              key={`${countyId}:${code}`}
              trackingCode={code}
              {...(receipt && receipt.trackingCode === code ? { secret: receipt.secret } : {})}
            />
          )}
          {page === 'poster' && (
            <PosterPage
              countyId={countyId}
              {...(area ? { areaId: area } : {})}
              {...(intake ? { intake } : {})}
            />
          )}
        </main>
      </div>
    </GridcaseProvider>
  );
}
