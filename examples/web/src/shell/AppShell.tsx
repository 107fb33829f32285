import type { Locale } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import type { ReactNode } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import type { AppMessageKey } from '../i18n/messages';
import { followLink, usePath } from '../router/router';
import { useSession } from '../session/SessionContext';
import { roleLabel } from './roleLabel';

interface NavItem {
  href: string;
  label: AppMessageKey;
  adminOnly?: boolean;
}

const NAV: NavItem[] = [
  { href: '/worklist', label: 'nav.worklist' },
  { href: '/cases', label: 'nav.cases' },
  { href: '/new', label: 'nav.newCase' },
  { href: '/dashboard', label: 'nav.dashboard' },
  { href: '/designer', label: 'nav.designer', adminOnly: true },
];

/** Switches the interface language; the current one is pressed. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useLocale();
  const choices: [Locale, string][] = [
    ['zh-CN', '中文'],
    ['en', 'EN'],
  ];
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form fieldset
    <div className="app-lang" role="group" aria-label={t('header.language')}>
      {choices.map(([value, label]) => (
        <button
          key={value}
          type="button"
          lang={value}
          aria-pressed={locale === value}
          onClick={() => setLocale(value)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/**
 * The frame of every signed-in page: the county's header with the signed-in user, the
 * language switch and sign-out, the navigation, and the page.
 *
 * @example
 * ```tsx
 * <AppShell><WorklistPage /></AppShell>
 * ```
 */
export function AppShell({ children }: { children: ReactNode }) {
  const { t, locale } = useLocale();
  const { profile, signOut } = useSession();
  const path = usePath();
  if (!profile) return null;
  const county = profile.county;
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-brand">
          <span className="app-emblem" aria-hidden="true">
            {localize(county.name, 'zh-CN').slice(0, 1)}
          </span>
          <div>
            <div className="app-county">{localize(county.name, locale)}</div>
            <div className="app-product">{t('app.product')}</div>
          </div>
        </div>
        <div className="app-user">
          <LanguageSwitch />
          <div className="app-user-name">
            <span className="app-visually-hidden">{t('header.signedInAs')}</span>
            <strong data-testid="current-user">{profile.user.name}</strong>
            <span className="app-user-role">{roleLabel(county, profile.user.roles, locale)}</span>
          </div>
          <button type="button" className="app-signout" onClick={() => signOut()}>
            {t('header.signOut')}
          </button>
        </div>
      </header>
      <div className="app-body">
        <nav className="app-nav" aria-label={t('nav.main')}>
          <ul>
            {NAV.filter((item) => !item.adminOnly || profile.isAdmin).map((item) => {
              const current = path === item.href || path.startsWith(`${item.href}/`);
              return (
                <li key={item.href}>
                  <a
                    href={item.href}
                    onClick={followLink}
                    aria-current={current ? 'page' : undefined}
                  >
                    {t(item.label)}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        <main className="app-main">{children}</main>
      </div>
    </div>
  );
}
