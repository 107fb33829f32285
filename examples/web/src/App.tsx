import { GridcaseProvider } from '@gridcase/ui';
import { lazy, Suspense, useEffect } from 'react';
import { useLocale } from './i18n/LocaleContext';
import { CaseViewPage } from './pages/CaseViewPage';
import { NewCasePage } from './pages/NewCasePage';
import { SignInPage } from './pages/SignInPage';
import { WorklistPage } from './pages/WorklistPage';
import { followLink, matchPath, navigate, usePath } from './router/router';
import { useSession } from './session/SessionContext';
import { AppShell } from './shell/AppShell';

// the dashboard (echarts) and the designers load when first opened
const DashboardPage = lazy(() =>
  import('./pages/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const DesignerListPage = lazy(() =>
  import('./pages/DesignerListPage').then((m) => ({ default: m.DesignerListPage })),
);
const DesignerPage = lazy(() =>
  import('./pages/DesignerPage').then((m) => ({ default: m.DesignerPage })),
);
const MigrationPage = lazy(() =>
  import('./pages/MigrationPage').then((m) => ({ default: m.MigrationPage })),
);

function NotFound() {
  const { t } = useLocale();
  return (
    <section className="app-page">
      <h1>{t('app.notFound')}</h1>
      <a href="/worklist" onClick={followLink}>
        {t('app.backHome')}
      </a>
    </section>
  );
}

function AdminOnly({ children }: { children: React.ReactNode }) {
  const { t } = useLocale();
  const { profile } = useSession();
  return profile?.isAdmin ? children : <p className="app-notice">{t('app.forbidden')}</p>;
}

function Page({ path }: { path: string }) {
  if (path === '/worklist') return <WorklistPage />;
  if (path === '/cases') return <WorklistPage all />;
  if (path === '/new') return <NewCasePage />;
  if (path === '/dashboard') return <DashboardPage />;
  if (path === '/designer')
    return (
      <AdminOnly>
        <DesignerListPage />
      </AdminOnly>
    );
  const caseRoute = matchPath('/cases/:id', path);
  if (caseRoute?.id) return <CaseViewPage caseId={caseRoute.id} />;
  const migrateRoute = matchPath('/designer/:id/migrate', path);
  if (migrateRoute?.id)
    return (
      <AdminOnly>
        <MigrationPage definitionId={migrateRoute.id} />
      </AdminOnly>
    );
  const designerRoute = matchPath('/designer/:id', path);
  if (designerRoute?.id)
    return (
      <AdminOnly>
        <DesignerPage definitionId={designerRoute.id} />
      </AdminOnly>
    );
  return <NotFound />;
}

/**
 * The example county app: sign-in, then the worklist, cases, registration, dashboard and (for
 * the county admin) the process designer, inside the county's frame.
 */
export function App() {
  const { locale, t } = useLocale();
  const session = useSession();
  const path = usePath();

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  useEffect(() => {
    const county = session.profile?.county.name;
    document.title = county ? `${county[locale]} · ${t('app.product')}` : t('app.product');
  }, [session.profile, locale, t]);
  useEffect(() => {
    if (session.status === 'signedOut' && path !== '/login') navigate('/login', { replace: true });
    if (session.status === 'signedIn' && (path === '/' || path === '/login'))
      navigate('/worklist', { replace: true });
  }, [session.status, path]);

  if (session.status === 'signedOut') return path === '/login' ? <SignInPage /> : null;
  if (session.status === 'loading') return <p className="app-loading">{t('app.loading')}</p>;
  return (
    <GridcaseProvider client={session.client} locale={locale} now={session.now}>
      <AppShell>
        <Suspense fallback={<p aria-live="polite">{t('app.loading')}</p>}>
          <Page path={path} />
        </Suspense>
      </AppShell>
    </GridcaseProvider>
  );
}
