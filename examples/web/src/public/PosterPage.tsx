import { localize } from '@gridcase/forms/i18n';
import type { PublicIntake } from '@gridcase/ui';
import { QRCodeSVG } from 'qrcode.react';
import { useLocale } from '../i18n/LocaleContext';
import { followLink } from '../router/router';
import { reportPath } from './publicPaths';

/**
 * The poster a county hangs in its villages and grids: a QR code of the reporting page (with the
 * area when `?area=` names one), the page's address in words, and a print button.
 */
export function PosterPage(props: { countyId: string; areaId?: string; intake?: PublicIntake }) {
  const { t, locale } = useLocale();
  const path = reportPath(props.countyId, props.areaId);
  const url = `${window.location.origin}${path}`;
  const county = props.intake ? localize(props.intake.county.name, locale) : props.countyId;
  return (
    <section className="public-poster">
      <h1>{t('public.posterTitle')}</h1>
      <p className="public-poster__county">{county}</p>
      <p>{t('public.posterLead')}</p>
      <figure className="public-poster__qr" data-testid="report-qr">
        <QRCodeSVG
          value={url}
          size={240}
          marginSize={4}
          level="M"
          title={t('public.posterQr', { county })}
          role="img"
        />
      </figure>
      <p>
        {t('public.posterOr')}
        <br />
        <a href={path} onClick={followLink} className="public-poster__url" data-testid="report-url">
          {url}
        </a>
      </p>
      <button type="button" className="public-button public-noprint" onClick={() => window.print()}>
        {t('public.print')}
      </button>
    </section>
  );
}
