import { useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { LogoutDialog } from '@/features/Accounts/LogoutDialog';
import { RoleSwitcher } from '@/features/Accounts/RoleSwitcher';
import { useSignedIn } from '@/features/Accounts/session';
import { t } from '@/i18n';
import { Icon } from '@/ui';
import { LiveIndicator } from './LiveIndicator';
import { Logo } from './Logo';
import { activeKey, navFor, tabsFor } from './nav';
import { PAGES } from './pages';

export function AppShell() {
  const { person, acting } = useSignedIn();
  const location = useLocation();
  const entries = navFor(PAGES, acting);
  const { tabs } = tabsFor(PAGES, acting);
  // One active entry by longest path match (NavLink would also mark every prefix as current).
  const current = activeKey(entries, location.pathname);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After an in-app navigation, move focus to the new content so screen readers start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  return (
    <div className="jm-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="jm-topbar">
        <Link to="/" className="jm-brand" aria-label={t('app.name')}>
          <Logo size={30} />
          <span className="jm-brand__name">{t('app.name')}</span>
          <span className="jm-brand__short">{t('app.shortName')}</span>
        </Link>
        <div className="spacer" />
        <LiveIndicator />
        <RoleSwitcher />
        <UserMenu name={person.displayName} />
      </header>
      <div className="jm-body">
        <nav className="jm-sidenav" aria-label={t('app.mainNav')}>
          <ul>
            {entries.map((e) => (
              <li key={e.key}>
                <Link
                  to={e.path}
                  className="jm-sidenav__link"
                  aria-current={current === e.key ? 'page' : undefined}
                >
                  <Icon name={e.nav.icon} />
                  <span>{t(e.nav.label)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" ref={main} tabIndex={-1} className="jm-main">
          <Outlet />
        </main>
      </div>
      <nav className="jm-tabbar" aria-label={t('app.tabBar')}>
        {tabs.map((e) => (
          <Link
            key={e.key}
            to={e.path}
            className="jm-tabbar__tab"
            aria-current={current === e.key ? 'page' : undefined}
          >
            <Icon name={e.nav.icon} size={22} />
            <span>{t(e.nav.label)}</span>
          </Link>
        ))}
      </nav>
    </div>
  );
}

function UserMenu({ name }: { name: string }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="jm-user">
      <Link to="/account" className="jm-user__link" aria-label={t('account.menuLabel', { name })}>
        <span className="jm-avatar" aria-hidden="true">
          {Array.from(name)[0] ?? '?'}
        </span>
        <span className="jm-user__name">{name}</span>
      </Link>
      <button type="button" className="jm-topbar__icon" onClick={() => setConfirming(true)} aria-label={t('account.logout')} title={t('account.logout')}>
        <Icon name="logout" size={18} />
      </button>
      <LogoutDialog open={confirming} onClose={() => setConfirming(false)} />
    </div>
  );
}
