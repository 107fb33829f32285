import { localize } from '@gridcase/forms/i18n';
import { exampleApi } from '../api/exampleApi';
import { useLocale } from '../i18n/LocaleContext';
import { followLink } from '../router/router';
import { useSession } from '../session/SessionContext';
import { useAsync } from '../shared/useAsync';
import { StatusMessage } from './StatusMessage';

/** The county's processes, each with its published version and whether a draft waits. */
export function DesignerListPage() {
  const { t, locale } = useLocale();
  const { token } = useSession();
  const list = useAsync(() => exampleApi.definitions(token ?? '', locale), [token, locale]);
  return (
    <section className="app-page">
      <header className="app-page-header">
        <h1>{t('designer.title')}</h1>
        <p className="app-lead">{t('designer.lead')}</p>
      </header>
      <StatusMessage state={list} />
      <ul className="app-definitions" aria-label={t('designer.definitions')}>
        {(list.data ?? []).map((item) => {
          return (
            <li key={item.definitionId} className="app-card">
              <h2>{localize(item.title, locale)}</h2>
              <p className="app-muted">
                {item.latest ? t('designer.published', { version: item.latest.version }) : ''}
                {item.draft ? ` · ${t('designer.draft')}` : ''}
              </p>
              <a
                className="app-button"
                href={`/designer/${encodeURIComponent(item.definitionId)}`}
                onClick={followLink}
              >
                {t('designer.open')}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
