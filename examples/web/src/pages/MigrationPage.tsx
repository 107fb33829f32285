import type { MigrationPlan } from '@gridcase/engine';
import { localize } from '@gridcase/forms/i18n';
import { MigrationDryRun, MigrationPlanEditor } from '@gridcase/ui';
import { useState } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { followLink } from '../router/router';
import { useSession } from '../session/SessionContext';
import { useAsync } from '../shared/useAsync';
import { StatusMessage } from './StatusMessage';

/**
 * Moves the running cases of one process from the previous published version to the latest:
 * the plan editor, and under it the dry run of its plan with the apply button.
 *
 * @example
 * ```tsx
 * <MigrationPage definitionId="dispute-mediation" />
 * ```
 */
export function MigrationPage({ definitionId }: { definitionId: string }) {
  const { t, locale } = useLocale();
  const { client } = useSession();
  const versions = useAsync(async () => {
    const to = await client.getDefinition(definitionId, 'latest');
    if (to.version < 2) return { to: to.definition };
    const from = await client.getDefinition(definitionId, to.version - 1);
    return { from: from.definition, to: to.definition };
  }, [client, definitionId]);
  const [plan, setPlan] = useState<MigrationPlan>();
  const { from, to } = versions.data ?? {};

  return (
    <section className="app-page app-migration">
      <header className="app-page-header">
        <h1>
          {t('migrate.title')}
          {to ? ` · ${localize(to.title, locale)}` : ''}
        </h1>
        <p className="app-lead">{t('migrate.lead')}</p>
        <a href={`/designer/${encodeURIComponent(definitionId)}`} onClick={followLink}>
          {t('migrate.back')}
        </a>
      </header>
      <StatusMessage state={versions} />
      {to && !from && <p className="app-notice">{t('migrate.oneVersion')}</p>}
      {from && to && (
        <>
          <MigrationPlanEditor
            key={`${from.version}-${to.version}`}
            from={from}
            to={to}
            locale={locale}
            onChange={setPlan}
          />
          {plan && (
            <MigrationDryRun
              definitionId={definitionId}
              request={{ fromVersion: from.version, toVersion: to.version, plan }}
              locale={locale}
            />
          )}
        </>
      )}
    </section>
  );
}
