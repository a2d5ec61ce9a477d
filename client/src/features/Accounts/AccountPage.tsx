import { useState } from 'react';
import { Link } from 'react-router';
import { navFor, tabsFor } from '@/app/nav';
import { PAGES } from '@/app/pages';
import { usePageTitle } from '@/app/usePageTitle';
import { t } from '@/i18n';
import { Button, Card, Icon } from '@/ui';
import { ChangePasswordCard } from './ChangePasswordCard';
import { LogoutDialog } from './LogoutDialog';
import { RoleChoices } from './RoleSwitcher';
import { useSignedIn } from './session';

export default function AccountPage() {
  usePageTitle(t('account.pageTitle'));
  const { person, acting } = useSignedIn();
  const [confirming, setConfirming] = useState(false);
  // On phones the pages that do not fit in the bottom bar are listed here.
  const { overflow } = tabsFor(PAGES, acting);
  const hasNav = navFor(PAGES, acting).length > 0 && overflow.length > 0;

  return (
    <div className="jm-page">
      <header className="jm-page__header">
        <div className="jm-profile">
          <span className="jm-avatar jm-avatar--lg" aria-hidden="true">
            {Array.from(person.displayName)[0] ?? '?'}
          </span>
          <div>
            <h1>{person.displayName}</h1>
            <p className="muted">{person.username}</p>
          </div>
        </div>
      </header>

      {person.mustChangePassword && (
        <div className="jm-stack">
          <p className="jm-alert jm-alert--warning" role="alert">
            {t('accountSecurity.mustChange')}
          </p>
          <ChangePasswordCard />
        </div>
      )}

      <div className="jm-grid jm-grid--2">
        <Card title={t('account.roles')} description={t('account.rolesHint')}>
          <RoleChoices />
        </Card>

        <Card title={t('account.profile')}>
          <dl className="jm-dl">
            <dt>{t('account.displayName')}</dt>
            <dd>{person.displayName}</dd>
            <dt>{t('account.username')}</dt>
            <dd>{person.username}</dd>
          </dl>
        </Card>

        {!person.mustChangePassword && <ChangePasswordCard />}
      </div>

      {hasNav && (
        <Card title={t('nav.more')} className="jm-phone-only" padded={false}>
          <ul className="jm-list">
            {overflow.map((e) => (
              <li key={e.key}>
                <Link to={e.path} className="jm-list__link">
                  <Icon name={e.nav.icon} />
                  <span>{t(e.nav.label)}</span>
                  <Icon name="chevronRight" size={16} className="jm-list__chevron" />
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}

      <div className="jm-account-actions">
        <Button variant="danger" icon={<Icon name="logout" size={18} />} onClick={() => setConfirming(true)}>
          {t('account.logout')}
        </Button>
      </div>

      <LogoutDialog open={confirming} onClose={() => setConfirming(false)} />
    </div>
  );
}
