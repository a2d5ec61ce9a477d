// 账号管理: accounts homed in an organisation of the acting secretary's scope (and below), searched and paged;
// register a new account; open one for its profile, roles, password and 双报到 history. Filters live in the URL.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { usePageTitle } from '@/app/usePageTitle';
import { BoardHeader, FilterBar } from '@/features/Meetings/common/BoardHeader';
import type { AdminAccountFieldsFragment } from '@/gql/graphql';
import { t } from '@/i18n';
import { Button, EmptyState, Icon, Input, type Column } from '@/ui';
import { AccountStateTag, RoleList } from './AccountBits';
import { accountState } from './accountAdmin';
import { AdminAccountsQuery } from './adminDocuments';
import { OrgPicker } from './OrgPicker';
import { PagedTable } from './PagedTable';
import { RegisterAccountDialog } from './RegisterAccountDialog';
import { useSignedIn } from './session';
import './accountsAdmin.css';

const PAGE_SIZE = 20;

export default function AccountsAdminPage() {
  usePageTitle(t('accountsAdmin.pageTitle'));
  const { acting } = useSignedIn();
  const navigate = useNavigate();
  const rootId = acting?.scopeId ?? '';
  const [params, setParams] = useSearchParams();
  const path = pathFrom(params.get('org'), rootId);
  const organisationId = path[path.length - 1] ?? rootId;
  const search = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState(search);
  const [registering, setRegistering] = useState(false);

  const update = (next: { path?: string[]; q?: string; page?: number }) => {
    const p = new URLSearchParams(params);
    const nextPath = next.path ?? path;
    if (nextPath.length > 1) p.set('org', nextPath.slice(1).join('.'));
    else p.delete('org');
    const q = next.q ?? search;
    if (q) p.set('q', q);
    else p.delete('q');
    const pg = next.page ?? 1;
    if (pg > 1) p.set('page', String(pg));
    else p.delete('page');
    setParams(p, { replace: true });
  };

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AdminAccountsQuery,
    variables: { organisationId, search: search || null, first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    pause: !organisationId,
  });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const rows = data?.accounts ?? [];
  const total = data?.accountCount ?? 0;

  const submitSearch = (e: FormEvent) => {
    e.preventDefault();
    update({ q: draft.trim() });
  };

  const name = (a: AdminAccountFieldsFragment) => a.displayName || a.username;
  const columns: Column<AdminAccountFieldsFragment>[] = [
    {
      key: 'person',
      header: t('accountsAdmin.col.person'),
      primary: true,
      render: (a) => (
        <span className="jm-acct-person">
          <span className="jm-avatar" aria-hidden="true">
            {Array.from(a.displayName)[0] ?? '?'}
          </span>
          <span>
            <Link to={`/admin/accounts/${a.id}`} className="jm-acct-person__name" aria-label={t('accountsAdmin.openLabel', { name: name(a) })}>
              {name(a)}
            </Link>
            <span className="jm-cell-sub">{a.username}</span>
          </span>
        </span>
      ),
    },
    { key: 'home', header: t('accountsAdmin.col.home'), render: (a) => a.homeOrganisation?.name ?? '—' },
    { key: 'roles', header: t('accountsAdmin.col.roles'), render: (a) => <RoleList roles={a.roles} compact /> },
    { key: 'state', header: t('accountsAdmin.col.state'), render: (a) => <AccountStateTag account={a} /> },
    {
      key: 'contact',
      header: t('accountsAdmin.col.contact'),
      hideOnPhone: true,
      render: (a) => (
        <>
          <span>{a.phone ?? '—'}</span>
          {a.email && <span className="jm-cell-sub">{a.email}</span>}
        </>
      ),
    },
    {
      key: 'actions',
      header: t('accountsAdmin.col.actions'),
      align: 'end',
      render: (a) =>
        accountState(a) === 'inactive' ? (
          <Button size="sm" variant="primary" aria-label={t('accountsAdmin.activateLabel', { name: name(a) })}
            onClick={() => navigate(`/admin/accounts/${a.id}?activate=1`)}>
            {t('accountsAdmin.activate')}
          </Button>
        ) : (
          <Button size="sm" aria-label={t('accountsAdmin.openLabel', { name: name(a) })} onClick={() => navigate(`/admin/accounts/${a.id}`)}>
            {t('accountsAdmin.open')}
          </Button>
        ),
    },
  ];

  return (
    <div className="jm-page jm-page-stack">
      <BoardHeader
        title={t('accountsAdmin.pageTitle')}
        subtitle={t('accountsAdmin.subtitle', { scope: acting?.scopeName ?? '' })}
        actions={
          <Button variant="primary" icon={<Icon name="plus" size={18} />} onClick={() => setRegistering(true)}>
            {t('accountsAdmin.registerButton')}
          </Button>
        }
      />
      <FilterBar label={t('accountsAdmin.filter')}>
        <div className="jm-acct-filters">
          {rootId && <OrgPicker id="acct-org" showChosen={false} path={path} onChange={(p) => update({ path: p })} label={t('accountsAdmin.organisation')} />}
          <form className="jm-acct-search" role="search" onSubmit={submitSearch}>
            <label className="visually-hidden" htmlFor="acct-search">
              {t('accountsAdmin.search')}
            </label>
            <Input
              id="acct-search"
              type="search"
              value={draft}
              placeholder={t('accountsAdmin.searchPlaceholder')}
              onChange={(e) => {
                setDraft(e.target.value);
                if (!e.target.value && search) update({ q: '' });
              }}
            />
            <Button type="submit" icon={<Icon name="search" size={16} />}>
              {t('accountsAdmin.searchSubmit')}
            </Button>
          </form>
        </div>
      </FilterBar>

      <PagedTable
        error={error}
        fetching={fetching}
        loaded={!!data}
        onRetry={refetch}
        page={page}
        pageSize={PAGE_SIZE}
        total={total}
        onPage={(p) => update({ page: p })}
        columns={columns}
        rows={rows}
        rowKey={(a) => a.id}
        caption={t('accountsAdmin.caption')}
        empty={
          search ? (
            <EmptyState icon="search" title={t('accountsAdmin.noMatch', { search })} description={t('accountsAdmin.noMatchHint')} />
          ) : (
            <EmptyState
              icon="users"
              title={t('accountsAdmin.empty')}
              description={t('accountsAdmin.emptyHint')}
              action={
                <Button variant="primary" onClick={() => setRegistering(true)}>
                  {t('accountsAdmin.registerButton')}
                </Button>
              }
            />
          )
        }
      >
        {rows.some((a) => a.masked) && <p className="muted jm-acct-note">{t('accountsAdmin.maskedNote')}</p>}
      </PagedTable>

      {registering && (
        <RegisterAccountDialog
          rootId={rootId}
          initialPath={path}
          onClose={() => setRegistering(false)}
          onDone={(account) => {
            setRegistering(false);
            navigate(`/admin/accounts/${account.id}`);
          }}
        />
      )}
    </div>
  );
}

/** The picker's path from the URL (`org=a.b.c` below the root); the root alone when absent. */
export function pathFrom(org: string | null, rootId: string): string[] {
  const rest = (org ?? '').split('.').filter(Boolean);
  return rootId ? [rootId, ...rest] : rest;
}
