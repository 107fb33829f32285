import { Dashboard } from '@gridcase/ui';
import { useId, useState } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { useSession } from '../session/SessionContext';

const day = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The key figures of the user's areas over a period (default: the last six months). */
export function DashboardPage() {
  const { t } = useLocale();
  const { now } = useSession();
  const id = useId();
  const today = now();
  const [from, setFrom] = useState(() => day(new Date(today.getTime() - 182 * 86_400_000)));
  const [to, setTo] = useState(() => day(today));
  return (
    <section className="app-page">
      <header className="app-page-header">
        <h1>{t('dashboard.title')}</h1>
        <p className="app-lead">{t('dashboard.lead')}</p>
        <div className="app-fields app-fields--inline">
          <label htmlFor={`${id}-from`}>{t('dashboard.from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
          <label htmlFor={`${id}-to`}>{t('dashboard.to')}</label>
          <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </header>
      <Dashboard query={{ from, to }} />
    </section>
  );
}
