import type { ValidationIssue } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import { SchemaForm } from '@gridcase/forms/react';
import { GridcaseApiError } from '@gridcase/ui';
import { useId, useState } from 'react';
import { exampleApi } from '../api/exampleApi';
import { useLocale } from '../i18n/LocaleContext';
import { navigate } from '../router/router';
import { useSession } from '../session/SessionContext';
import { scopeAreas } from '../shared/scopeAreas';
import { useAsync } from '../shared/useAsync';
import { StatusMessage } from './StatusMessage';

/**
 * Registers a case: the case type (the county's published processes the user may start), the
 * grid, and the registration form of the process's latest version. Photos are stored as they
 * are chosen and attached to the case when it is opened.
 */
export function NewCasePage() {
  const { t, locale } = useLocale();
  const { token, profile, client } = useSession();
  const ids = useId();
  const definitions = useAsync(async () => {
    const items = await exampleApi.definitions(token ?? '', locale);
    return Promise.all(
      items
        .filter((item) => item.latest)
        .map((item) => client.getDefinition(item.definitionId, 'latest')),
    );
  }, [token]);
  const [chosenId, setChosenId] = useState<string>();
  const [areaId, setAreaId] = useState<string>();
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [error, setError] = useState<string>();

  if (!profile || !token) return null;
  const roles = new Set(profile.user.roles.map((r) => r.role));
  const startable = (definitions.data ?? []).filter((v) =>
    (v.definition.starters ?? []).some((s) => roles.has(s.role)),
  );
  const chosen = startable.find((v) => v.definitionId === chosenId) ?? startable[0];
  const grids = scopeAreas(profile.county, profile.user.roles).filter((a) => a.level === 'grid');
  const area = areaId ?? grids[0]?.id;
  const form = chosen?.definition.startForm
    ? chosen.definition.forms[chosen.definition.startForm]
    : undefined;

  const submit = async (data: Record<string, unknown>) => {
    if (!chosen || !area) return;
    setError(undefined);
    setIssues([]);
    try {
      const view = await exampleApi.openCase(
        token,
        { definitionId: chosen.definitionId, areaId: area, data },
        locale,
      );
      navigate(`/cases/${encodeURIComponent(view.case.id)}`);
    } catch (err) {
      if (err instanceof GridcaseApiError && err.issues.length > 0) setIssues(err.issues);
      else setError((err as Error).message);
    }
  };

  return (
    <section className="app-page">
      <header className="app-page-header">
        <h1>{t('newCase.title')}</h1>
      </header>
      <StatusMessage state={definitions} />
      {definitions.data && startable.length === 0 && (
        <p className="app-notice">
          {t(definitions.data.length ? 'newCase.none' : 'newCase.noTypes')}
        </p>
      )}
      {chosen && (
        <div className="app-card">
          <div className="app-fields">
            <label htmlFor={`${ids}-type`}>{t('newCase.type')}</label>
            <select
              id={`${ids}-type`}
              value={chosen.definitionId}
              onChange={(e) => setChosenId(e.target.value)}
            >
              {startable.map((v) => (
                <option key={v.definitionId} value={v.definitionId}>
                  {localize(v.definition.title, locale)}
                </option>
              ))}
            </select>
            <label htmlFor={`${ids}-area`}>{t('newCase.area')}</label>
            <select id={`${ids}-area`} value={area} onChange={(e) => setAreaId(e.target.value)}>
              {grids.map((g) => (
                <option key={g.id} value={g.id}>
                  {localize(g.name, locale)}
                </option>
              ))}
            </select>
          </div>
          <p className="app-muted">{t('newCase.version', { version: chosen.version })}</p>
          {error && (
            <p className="app-error" role="alert">
              {t('app.error', { message: error })}
            </p>
          )}
          {form && (
            <SchemaForm
              key={`${chosen.definitionId}@${chosen.version}`}
              form={form}
              locale={locale}
              serverIssues={issues}
              submitLabel={t('newCase.submit')}
              onUpload={(file) => exampleApi.stageUpload(token, file)}
              areaOptions={profile.county.areas}
              onSubmit={submit}
            />
          )}
        </div>
      )}
    </section>
  );
}
