// One account for the secretaries over it: state (未激活 / 已锁定 / 待改密) with the action that fixes it first,
// profile, role grants (grant in a scope, revoke with a confirmation), password reset, unlock, and the person's 双报到 history.
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { useCommand } from '@/api/useCommand';
import { usePageTitle } from '@/app/usePageTitle';
import { STATUS_TONE } from '@/features/Reporting/reportLogic';
import type { AccountReportHistoryQuery, AdminAccountFieldsFragment } from '@/gql/graphql';
import { t } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { Button, Card, ConfirmDialog, DataTable, EmptyState, ErrorState, Icon, Skeleton, StatusTag, type Column } from '@/ui';
import { AccountStateTag, roleText, stateHint } from './AccountBits';
import { GrantRoleDialog, ProfileDialog, ResetPasswordDialog } from './AccountDialogs';
import { accountState, fromGqlRole, grantableRoles, toGqlRole } from './accountAdmin';
import { AccountReportHistoryQuery as HistoryQuery, AdminAccountQuery, RevokeRoleMutation, UnlockAccountMutation } from './adminDocuments';
import { useSignedIn } from './session';
import './accountsAdmin.css';

type Account = AdminAccountFieldsFragment;
type Grant = Account['roles'][number];
type Open = 'profile' | 'grant' | 'reset' | { revoke: Grant } | null;

export default function AccountDetailPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { acting } = useSignedIn();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AdminAccountQuery, variables: { id } });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const account = data?.account;
  usePageTitle(account ? account.displayName : t('accountsAdmin.detailTitle'));
  const [open, setOpen] = useState<Open>(params.get('activate') ? 'reset' : null);
  const close = () => {
    setOpen(null);
    if (params.get('activate')) setParams({}, { replace: true });
  };

  if (error && !data) {
    const e = toAppError(error);
    return (
      <div className="jm-page">
        <BackLink />
        {e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN' ? (
          <EmptyState icon="lock" title={t('accountsAdmin.notFound')} />
        ) : (
          <ErrorState message={e.message} onRetry={refetch} />
        )}
      </div>
    );
  }
  if (fetching && !account) return <div className="jm-page"><BackLink /><Skeleton lines={10} /></div>;
  if (!account) return null;

  const state = accountState(account);
  return (
    <div className="jm-page jm-page-stack">
      <BackLink />
      <header className="jm-page__header jm-acct-head">
        <span className="jm-avatar jm-avatar--lg" aria-hidden="true">
          {Array.from(account.displayName)[0] ?? '?'}
        </span>
        <div className="jm-acct-head__titles">
          <h1>{account.displayName}</h1>
          <p className="muted">
            {account.username}
            {account.homeOrganisation && ` · ${account.homeOrganisation.name}`}
          </p>
        </div>
        <AccountStateTag account={account} />
      </header>

      <StateAlert account={account} onActivate={() => setOpen('reset')} refetch={refetch} />

      <div className="jm-grid jm-grid--2">
        <Card
          title={t('accountsAdmin.profile.title')}
          extra={<Button size="sm" icon={<Icon name="edit" size={16} />} onClick={() => setOpen('profile')}>{t('accountsAdmin.profile.edit')}</Button>}
        >
          <dl className="jm-dl">
            <dt>{t('accountsAdmin.profile.displayName')}</dt>
            <dd>{account.displayName}</dd>
            <dt>{t('accountsAdmin.profile.username')}</dt>
            <dd>{account.username}</dd>
            <dt>{t('accountsAdmin.profile.phone')}</dt>
            <dd>{account.phone ?? <span className="muted">{t('accountsAdmin.profile.none')}</span>}</dd>
            <dt>{t('accountsAdmin.profile.email')}</dt>
            <dd>{account.email ?? <span className="muted">{t('accountsAdmin.profile.none')}</span>}</dd>
            <dt>{t('accountsAdmin.profile.address')}</dt>
            <dd>{account.address ?? <span className="muted">{t('accountsAdmin.profile.none')}</span>}</dd>
            <dt>{t('accountsAdmin.profile.home')}</dt>
            <dd>{account.homeOrganisation?.name ?? '—'}</dd>
          </dl>
          {account.masked && <p className="muted jm-acct-note">{t('accountsAdmin.maskedNote')}</p>}
        </Card>

        <RolesCard account={account} canGrant={grantableRoles(acting?.role).length > 0}
          onGrant={() => setOpen('grant')} onRevoke={(g) => setOpen({ revoke: g })} />

        <Card title={t('accountsAdmin.security.title')}>
          <dl className="jm-dl">
            <dt>{t('accountsAdmin.security.state')}</dt>
            <dd>
              <AccountStateTag account={account} />
              <span className="jm-cell-sub">{stateHint(account)}</span>
            </dd>
          </dl>
          <div className="jm-acct-actions">
            {state === 'locked' && <UnlockButton account={account} refetch={refetch} />}
            <Button variant={state === 'inactive' ? 'primary' : 'secondary'} icon={<Icon name="lock" size={16} />} onClick={() => setOpen('reset')}>
              {state === 'inactive' ? t('accountsAdmin.activate') : t('accountsAdmin.security.reset')}
            </Button>
          </div>
        </Card>

        {acting?.role === 'DistrictAdmin' && (
          <Card title={t('accountsAdmin.privacyLinks.title')}>
            <ul className="jm-list">
              <li>
                <Link className="jm-list__link" to={`/admin/privacy?subject=${encodeURIComponent(account.personId)}&label=${encodeURIComponent(account.username)}`}>
                  <Icon name="eye" />
                  <span>{t('accountsAdmin.privacyLinks.viewedBy')}</span>
                  <Icon name="chevronRight" size={16} className="jm-list__chevron" />
                </Link>
              </li>
              <li>
                <Link className="jm-list__link" to={`/admin/privacy?viewer=${encodeURIComponent(account.personId)}&label=${encodeURIComponent(account.username)}`}>
                  <Icon name="shield" />
                  <span>{t('accountsAdmin.privacyLinks.viewed')}</span>
                  <Icon name="chevronRight" size={16} className="jm-list__chevron" />
                </Link>
              </li>
            </ul>
          </Card>
        )}
      </div>

      <ReportHistory personId={account.personId} />

      {open === 'profile' && <ProfileDialog account={account} onClose={close} onConflict={refetch} />}
      {open === 'grant' && <GrantRoleDialog account={account} acting={acting?.role} rootId={acting?.scopeId ?? ''} onClose={close} onConflict={refetch} />}
      {open === 'reset' && <ResetPasswordDialog account={account} onClose={close} onConflict={refetch} />}
      {open !== null && typeof open === 'object' && <RevokeDialog account={account} grant={open.revoke} onClose={close} refetch={refetch} />}
    </div>
  );
}

function BackLink() {
  return (
    <Link to="/admin/accounts" className="jm-backlink">
      <Icon name="chevronLeft" size={16} />
      {t('accountsAdmin.back')}
    </Link>
  );
}

function StateAlert({ account, onActivate, refetch }: { account: Account; onActivate: () => void; refetch: () => void }) {
  const state = accountState(account);
  if (state === 'inactive')
    return (
      <div className="jm-alert jm-alert--warning jm-acct-alert" role="status">
        <span>{t('accountsAdmin.security.inactiveAlert')}</span>
        <Button variant="primary" onClick={onActivate}>{t('accountsAdmin.activate')}</Button>
      </div>
    );
  if (state === 'locked')
    return (
      <div className="jm-alert jm-alert--error jm-acct-alert" role="status">
        <span>{t('accountsAdmin.security.lockedAlert', { until: formatDateTime(account.lockedUntil!) })}</span>
        <UnlockButton account={account} refetch={refetch} />
      </div>
    );
  return null;
}

function UnlockButton({ account, refetch }: { account: Account; refetch: () => void }) {
  const unlock = useCommand(UnlockAccountMutation, { onConflict: refetch });
  return (
    <Button
      variant="primary"
      busy={unlock.running}
      icon={<Icon name="lock" size={16} />}
      onClick={() => void unlock.exec({ accountId: account.id, expectedVersion: account.version }, t('accountsAdmin.security.unlocked', { name: account.displayName }))}
    >
      {t('accountsAdmin.security.unlock')}
    </Button>
  );
}

function RolesCard({ account, canGrant, onGrant, onRevoke }: { account: Account; canGrant: boolean; onGrant: () => void; onRevoke: (g: Grant) => void }) {
  return (
    <Card
      title={t('accountsAdmin.roles.title')}
      description={t('accountsAdmin.roles.hint')}
      extra={canGrant && <Button size="sm" variant="primary" icon={<Icon name="plus" size={16} />} onClick={onGrant}>{t('accountsAdmin.roles.grant')}</Button>}
    >
      {account.roles.length === 0 ? (
        <p className="muted">{t('accountsAdmin.roles.none')}</p>
      ) : (
        <ul className="jm-acct-grants">
          {account.roles.map((g) => (
            <li key={`${g.role}@${g.scopeId}`}>
              <span>{roleText(g)}</span>
              <Button size="sm" variant="ghost" aria-label={t('accountsAdmin.roles.revokeLabel', { role: roleName(g), scope: g.scopeName ?? '' })} onClick={() => onRevoke(g)}>
                {t('accountsAdmin.roles.revoke')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

const roleName = (g: Grant) => {
  const r = fromGqlRole(g.role);
  return r ? t(`roles.${r}`) : g.role;
};

function RevokeDialog({ account, grant, onClose, refetch }: { account: Account; grant: Grant; onClose: () => void; refetch: () => void }) {
  const revoke = useCommand(RevokeRoleMutation, { onConflict: refetch });
  const role = fromGqlRole(grant.role);
  const names = { role: roleName(grant), scope: grant.scopeName ?? '' };
  return (
    <ConfirmDialog
      open
      danger
      title={t('accountsAdmin.roles.revokeTitle')}
      body={t('accountsAdmin.roles.revokeBody', { name: account.displayName, ...names })}
      confirmLabel={t('accountsAdmin.roles.revoke')}
      busy={revoke.running}
      error={revoke.error?.code !== 'CONFLICT' ? revoke.error?.message : undefined}
      onClose={onClose}
      onConfirm={async () => {
        if (!role) return;
        const res = await revoke.exec(
          { accountId: account.id, role: toGqlRole(role), scopeId: grant.scopeId, expectedVersion: account.version },
          t('accountsAdmin.roles.revoked', names),
        );
        if (res.data || res.error?.code === 'CONFLICT') onClose();
      }}
    />
  );
}

type Report = AccountReportHistoryQuery['memberReportsOf'][number];

function ReportHistory({ personId }: { personId: string }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: HistoryQuery, variables: { personId } });
  const columns: Column<Report>[] = [
    { key: 'community', header: t('accountsAdmin.reports.community'), primary: true, render: (r) => r.community?.name ?? '—' },
    { key: 'unit', header: t('accountsAdmin.reports.unit'), render: (r) => r.unit?.name ?? '—' },
    {
      key: 'place',
      header: t('accountsAdmin.reports.place'),
      hideOnPhone: true,
      render: (r) => [r.grid?.name, r.building?.name].filter(Boolean).join(' / ') || '—',
    },
    {
      key: 'status',
      header: t('accountsAdmin.reports.status'),
      render: (r) => (
        <>
          <StatusTag tone={STATUS_TONE[r.status]}>{t(`reporting.status.${r.status}`)}</StatusTag>
          {r.reason && <span className="jm-cell-sub">{t('accountsAdmin.reports.reason', { reason: r.reason })}</span>}
        </>
      ),
    },
    { key: 'requested', header: t('accountsAdmin.reports.requestedAt'), render: (r) => formatDateTime(r.requestedAt) },
    { key: 'decided', header: t('accountsAdmin.reports.decidedAt'), hideOnPhone: true, render: (r) => (r.decidedAt ? formatDateTime(r.decidedAt) : '—') },
  ];
  return (
    <Card title={t('accountsAdmin.reports.title')} description={t('accountsAdmin.reports.hint')}>
      {error && !data ? (
        <ErrorState message={toAppError(error).message} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : fetching && !data ? (
        <Skeleton lines={3} />
      ) : (
        <DataTable
          columns={columns}
          rows={data?.memberReportsOf ?? []}
          rowKey={(r) => r.id}
          caption={t('accountsAdmin.reports.caption')}
          hideCaption
          empty={<EmptyState icon="flag" title={t('accountsAdmin.reports.empty')} compact />}
        />
      )}
    </Card>
  );
}
