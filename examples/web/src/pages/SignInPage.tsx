import { localize } from '@gridcase/forms/i18n';
import { useEffect, useState } from 'react';
import { type DemoCounty, exampleApi } from '../api/exampleApi';
import { useLocale } from '../i18n/LocaleContext';
import { posterPath, reportPath } from '../public/publicPaths';
import { followLink, navigate } from '../router/router';
import { useSession } from '../session/SessionContext';
import { LanguageSwitch } from '../shell/AppShell';

type DemoUser = DemoCounty['users'][number];

/** Users of a county grouped by their first role, in the county's order of roles. */
function byRole(county: DemoCounty): [string, DemoUser[]][] {
  const groups = new Map<string, DemoUser[]>();
  for (const user of county.users) {
    const role = user.roles[0]?.role ?? '';
    groups.set(role, [...(groups.get(role) ?? []), user]);
  }
  return [...groups];
}

/**
 * The development sign-in: pick a county, then a demo user (grouped by role, with their area
 * or agency). No password: the example server runs in development mode.
 */
export function SignInPage() {
  const { t, locale } = useLocale();
  const { signIn, notice } = useSession();
  const [counties, setCounties] = useState<DemoCounty[]>();
  const [countyId, setCountyId] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string>();

  useEffect(() => {
    exampleApi.demoUsers().then(
      (body) => {
        setCounties(body.counties);
        setCountyId((current) => current ?? body.counties[0]?.id);
      },
      (err: Error) => setError(err.message),
    );
  }, []);

  const county = counties?.find((c) => c.id === countyId);
  const choose = async (username: string) => {
    setBusy(username);
    setError(undefined);
    try {
      await signIn(username);
      navigate('/worklist', { replace: true });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className="signin">
      <header className="signin-header">
        <div className="app-product-title">{t('app.product')}</div>
        <LanguageSwitch />
      </header>
      <main className="signin-main">
        <h1>{t('signIn.title')}</h1>
        <p className="app-lead">{t('signIn.lead')}</p>
        {notice === 'expired' && <p className="app-notice">{t('signIn.expired')}</p>}
        {error && (
          <p className="app-error" role="alert">
            {t('signIn.failed', { message: error })}
          </p>
        )}
        {!counties && !error && <p>{t('app.loading')}</p>}
        {counties && (
          <>
            <div className="signin-counties" role="tablist" aria-label={t('signIn.county')}>
              {counties.map((c) => (
                <button
                  key={c.id}
                  type="button"
                  role="tab"
                  aria-selected={c.id === countyId}
                  onClick={() => setCountyId(c.id)}
                >
                  {localize(c.name, locale)}
                </button>
              ))}
            </div>
            {county && (
              <p className="signin-public">
                {t('signIn.publicPages')}
                <a href={reportPath(county.id)} onClick={followLink}>
                  {t('public.report')}
                </a>
                {' · '}
                <a href={posterPath(county.id)} onClick={followLink}>
                  {t('signIn.poster')}
                </a>
              </p>
            )}
            {county && (
              <div className="signin-roles" role="tabpanel">
                {byRole(county).map(([role, users]) => (
                  <section key={role} className="signin-role">
                    <h2>{users[0] ? localize(users[0].roles[0]!.title, locale) : role}</h2>
                    <ul>
                      {users.map((user) => {
                        const where = user.agencies[0]?.name ?? user.roles[0]?.areaName;
                        const roleTitle = user.roles[0]
                          ? localize(user.roles[0].title, locale)
                          : '';
                        return (
                          <li key={user.username}>
                            <button
                              type="button"
                              data-username={user.username}
                              disabled={!!busy}
                              aria-label={t('signIn.as', { name: user.name, role: roleTitle })}
                              onClick={() => choose(user.username)}
                            >
                              <span className="signin-name">{user.name}</span>
                              <span className="signin-where">
                                {user.roles.map((r) => localize(r.areaName, locale)).join('、')}
                                {where && user.agencies[0] ? ` · ${localize(where, locale)}` : ''}
                              </span>
                              <span className="signin-username">{user.username}</span>
                            </button>
                          </li>
                        );
                      })}
                    </ul>
                  </section>
                ))}
              </div>
            )}
          </>
        )}
      </main>
    </div>
  );
}
