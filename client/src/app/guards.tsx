import { Suspense, lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '@/features/Accounts/session';
import { t } from '@/i18n';
import { allows, grantFor } from '@/lib/roles';
import { Button, ErrorState, Loading } from '@/ui';
import type { AppPage } from './pages';

/** Where a password is changed (AccountPage). */
const ACCOUNT_PATH = '/account';

/** Signed-in routes: waits for `me`, sends everyone else to /login?next=…, and a reset password to 我的 to be replaced. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state, reload } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <Loading full label={t('app.loadingApp')} />;
  if (state.status === 'unavailable') return <ErrorState message={state.error.message} onRetry={reload} />;
  if (state.status === 'signedOut') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}${state.expired ? '&expired=1' : ''}`} replace />;
  }
  if (state.status === 'signedIn' && state.person.mustChangePassword && location.pathname !== ACCOUNT_PATH) {
    return <Navigate to={ACCOUNT_PATH} replace />;
  }
  return <>{children}</>;
}

const lazyPages = new Map<string, LazyExoticComponent<ComponentType>>();
function pageComponent(page: AppPage) {
  let c = lazyPages.get(page.key);
  if (!c) {
    c = lazy(page.load);
    lazyPages.set(page.key, c);
  }
  return c;
}

/**
 * A page behind its roles. When the person holds a fitting role but acts as another,
 * offer to switch instead of refusing.
 */
export function PageRoute({ page }: { page: AppPage }) {
  const { state, setActing } = useSession();
  if (state.status !== 'signedIn') return null;
  if (!allows(page.roles, state.acting)) {
    const other = grantFor(page.roles, state.person.grants);
    const wanted = other?.role ?? page.roles?.[0] ?? 'Member';
    return (
      <div className="jm-page">
        <ErrorState title={t('errors.forbiddenTitle')} message={t('actingAs.needRole', { role: t(`roles.${wanted}`) })} />
        {other && (
          <div className="jm-center">
            <Button variant="primary" onClick={() => setActing(other)}>
              {t('actingAs.switchTo', { role: `${t(`roles.${other.role}`)} · ${other.scopeName}` })}
            </Button>
          </div>
        )}
      </div>
    );
  }
  const Page = pageComponent(page);
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}
