import { CaseWorklist, type WorklistScope } from '@gridcase/ui';
import { useState } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { navigate } from '../router/router';
import { useSession } from '../session/SessionContext';
import { scopeAreas } from '../shared/scopeAreas';

/**
 * The user's worklist (open cases in their areas by default, or mine / my role's), or with `all`, every case in
 * their areas.
 */
export function WorklistPage({ all = false }: { all?: boolean }) {
  const { t } = useLocale();
  const { profile, now } = useSession();
  const [scope, setScope] = useState<WorklistScope>('area');
  if (!profile) return null;
  const areas = scopeAreas(profile.county, profile.user.roles).filter((a) => a.level !== 'grid');
  return (
    <section className="app-page">
      <header className="app-page-header">
        <h1>{t(all ? 'cases.title' : 'worklist.title')}</h1>
        <p className="app-lead">{t(all ? 'cases.lead' : 'worklist.lead')}</p>
      </header>
      <CaseWorklist
        key={all ? 'all' : 'worklist'}
        {...(all ? {} : { scope, onScopeChange: setScope })}
        areas={areas}
        now={now()}
        onOpenCase={(id) => navigate(`/cases/${encodeURIComponent(id)}`)}
      />
    </section>
  );
}
