// 报到审核: a secretary's pending member and unit reports in scope (their organisation and below); approve, or
// reject with a reason the applicant sees. A CONFLICT (someone decided first) is told in words and the list refetches.
import { useState } from 'react';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { useCommand } from '@/api/useCommand';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import { BoardHeader, FilterBar, Segmented } from '@/features/Meetings/common/BoardHeader';
import type { MemberReportsToQuery, ReportStatus, UnitReportFieldsFragment } from '@/gql/graphql';
import { t } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, DataTable, EmptyState, ErrorState, Skeleton, StatusTag, type Column } from '@/ui';
import { ReasonDialog } from '@/ui/dialogs';
import {
  ApproveMemberReportMutation,
  ApproveUnitReportMutation,
  MemberReportsQuery,
  RejectMemberReportMutation,
  RejectUnitReportMutation,
  UnitReportsQuery,
} from './documents';
import { STATUS_TONE } from './reportLogic';
import './reporting.css';

type Kind = 'members' | 'units';
type Filter = 'PENDING' | 'APPROVED' | 'REJECTED' | 'ALL';
type MemberRow = MemberReportsToQuery['memberReports'][number];

export default function ApprovalsPage() {
  usePageTitle(t('reporting.approvals.pageTitle'));
  const { acting } = useSignedIn();
  const organisationId = acting?.scopeId ?? '';
  const [kind, setKind] = useState<Kind>('members');
  const [filter, setFilter] = useState<Filter>('PENDING');
  const status = filter === 'ALL' ? null : (filter as ReportStatus);
  const [members, reMembers] = useQuery({ query: MemberReportsQuery, variables: { organisationId, status }, pause: !organisationId });
  const [units, reUnits] = useQuery({ query: UnitReportsQuery, variables: { organisationId, status }, pause: !organisationId });
  // The pending counts on the two tabs, whatever the status filter shows.
  const [pendingMembers, rePendingMembers] = useQuery({ query: MemberReportsQuery, variables: { organisationId, status: 'PENDING' }, pause: !organisationId });
  const [pendingUnits, rePendingUnits] = useQuery({ query: UnitReportsQuery, variables: { organisationId, status: 'PENDING' }, pause: !organisationId });
  const refetch = () => {
    for (const r of [reMembers, reUnits, rePendingMembers, rePendingUnits]) r({ requestPolicy: 'network-only' });
  };
  useLiveRefetch(organisationId ? [liveGroups.organisation(organisationId)] : [], refetch);

  const current = kind === 'members' ? members : units;
  const filters: { value: Filter; label: string }[] = [
    { value: 'PENDING', label: t('reporting.status.PENDING') },
    { value: 'APPROVED', label: t('reporting.status.APPROVED') },
    { value: 'REJECTED', label: t('reporting.status.REJECTED') },
    { value: 'ALL', label: t('reporting.approvals.all') },
  ];

  return (
    <div className="jm-page jm-page-stack">
      <BoardHeader title={t('reporting.approvals.pageTitle')} subtitle={t('reporting.approvals.subtitle', { scope: acting?.scopeName ?? '' })} />
      <FilterBar label={t('reporting.approvals.filter')}>
        <Segmented
          label={t('reporting.approvals.kind')}
          value={kind}
          options={[
            { value: 'members', label: t('reporting.approvals.members'), ...(pendingMembers.data ? { count: pendingMembers.data.memberReports.length } : {}) },
            { value: 'units', label: t('reporting.approvals.units'), ...(pendingUnits.data ? { count: pendingUnits.data.unitReports.length } : {}) },
          ]}
          onChange={setKind}
        />
        <Segmented label={t('reporting.approvals.filter')} value={filter} options={filters} onChange={setFilter} />
      </FilterBar>
      {current.error && !current.data ? (
        <ErrorState message={toAppError(current.error).message} onRetry={refetch} />
      ) : current.fetching && !current.data ? (
        <Skeleton lines={6} />
      ) : kind === 'members' ? (
        <MemberTable rows={members.data?.memberReports ?? []} filter={filter} refetch={refetch} />
      ) : (
        <UnitTable rows={units.data?.unitReports ?? []} filter={filter} refetch={refetch} />
      )}
    </div>
  );
}

function Empty({ filter }: { filter: Filter }) {
  return filter === 'PENDING' ? (
    <EmptyState icon="checkCircle" title={t('reporting.approvals.emptyPending')} description={t('reporting.approvals.emptyPendingHint')} />
  ) : (
    <EmptyState icon="inbox" title={t('reporting.approvals.empty')} />
  );
}

function StatusCell({ status, reason }: { status: ReportStatus; reason?: string | null }) {
  return (
    <>
      <StatusTag tone={STATUS_TONE[status]}>{t(`reporting.status.${status}`)}</StatusTag>
      {status === 'REJECTED' && reason && <span className="jm-cell-sub">{t('reporting.approvals.reason', { reason })}</span>}
    </>
  );
}

function MemberTable({ rows, filter, refetch }: { rows: readonly MemberRow[]; filter: Filter; refetch: () => void }) {
  const approve = useCommand(ApproveMemberReportMutation, { onConflict: refetch });
  const reject = useCommand(RejectMemberReportMutation, { onConflict: refetch });
  const [rejecting, setRejecting] = useState<MemberRow>();
  const name = (r: MemberRow) => r.member?.displayName ?? r.personId;
  const columns: Column<MemberRow>[] = [
    {
      key: 'member',
      header: t('reporting.approvals.member'),
      primary: true,
      render: (r) => (
        <>
          <strong>{name(r)}</strong>
          {r.member?.phone && <span className="jm-cell-sub">{r.member.phone}</span>}
        </>
      ),
    },
    { key: 'unit', header: t('reporting.approvals.workUnit'), render: (r) => r.unit?.name ?? '—' },
    { key: 'community', header: t('reporting.approvals.community'), render: (r) => r.community?.name ?? '—' },
    {
      key: 'skills',
      header: t('reporting.approvals.skills'),
      hideOnPhone: true,
      render: (r) => (r.profile.skillLabels.length ? r.profile.skillLabels.join(t('reporting.listSeparator')) : '—'),
    },
    { key: 'at', header: t('reporting.approvals.requestedAt'), render: (r) => formatDateTime(r.requestedAt) },
    { key: 'status', header: t('reporting.approvals.status'), render: (r) => <StatusCell status={r.status} reason={r.reason} /> },
    {
      key: 'actions',
      header: t('reporting.approvals.actions'),
      render: (r) =>
        r.status === 'PENDING' ? (
          <span className="jm-row-actions">
            <Button
              size="sm"
              variant="primary"
              busy={approve.running}
              aria-label={`${t('reporting.approvals.approve')} ${name(r)}`}
              onClick={async () => {
                const res = await approve.exec({ reportId: r.id, expectedVersion: r.version }, t('reporting.approvals.approved', { name: name(r) }));
                if (res.data) refetch();
              }}
            >
              {t('reporting.approvals.approve')}
            </Button>
            <Button size="sm" variant="danger" aria-label={`${t('reporting.approvals.reject')} ${name(r)}`} onClick={() => setRejecting(r)}>
              {t('reporting.approvals.reject')}
            </Button>
          </span>
        ) : null,
    },
  ];
  return (
    <>
      {approve.error && approve.error.code !== 'CONFLICT' && (
        <p className="jm-alert jm-alert--error" role="alert">
          {approve.error.message}
        </p>
      )}
      <DataTable columns={columns} rows={rows} rowKey={(r) => r.id} caption={t('reporting.approvals.caption')} hideCaption empty={<Empty filter={filter} />} />
      {rejecting && (
        <ReasonDialog
          open
          title={t('reporting.approvals.rejectTitle')}
          label={t('reporting.approvals.rejectLabel')}
          hint={t('reporting.approvals.rejectHint')}
          confirmLabel={t('reporting.approvals.reject')}
          danger
          busy={reject.running}
          error={reject.error?.code !== 'CONFLICT' ? reject.error?.message : undefined}
          onClose={() => setRejecting(undefined)}
          onSubmit={async (reason) => {
            const res = await reject.exec(
              { reportId: rejecting.id, reason, expectedVersion: rejecting.version },
              t('reporting.approvals.rejected', { name: name(rejecting) }),
            );
            if (res.data || res.error?.code === 'CONFLICT') setRejecting(undefined);
            if (res.data) refetch();
          }}
        >
          <p>
            {name(rejecting)} · {rejecting.unit?.name}
          </p>
        </ReasonDialog>
      )}
    </>
  );
}

function UnitTable({ rows, filter, refetch }: { rows: readonly UnitReportFieldsFragment[]; filter: Filter; refetch: () => void }) {
  const approve = useCommand(ApproveUnitReportMutation, { onConflict: refetch });
  const reject = useCommand(RejectUnitReportMutation, { onConflict: refetch });
  const [rejecting, setRejecting] = useState<UnitReportFieldsFragment>();
  const name = (r: UnitReportFieldsFragment) => r.unit?.name ?? r.unitId;
  const columns: Column<UnitReportFieldsFragment>[] = [
    {
      key: 'unit',
      header: t('reporting.approvals.unit'),
      primary: true,
      render: (r) => (
        <>
          <strong>{name(r)}</strong>
          {r.unit?.unit && (
            <span className="jm-cell-sub">
              {r.unit.unit.kindLabel} · {r.unit.unit.partyOrganisationName} · {r.unit.unit.contactName} {r.unit.unit.contactPhone}
            </span>
          )}
        </>
      ),
    },
    { key: 'target', header: t('reporting.approvals.target'), render: (r) => r.target?.name ?? '—' },
    { key: 'note', header: t('reporting.approvals.note'), hideOnPhone: true, render: (r) => r.note || '—' },
    { key: 'at', header: t('reporting.approvals.requestedAt'), render: (r) => formatDateTime(r.requestedAt) },
    { key: 'status', header: t('reporting.approvals.status'), render: (r) => <StatusCell status={r.status} reason={r.reason} /> },
    {
      key: 'actions',
      header: t('reporting.approvals.actions'),
      render: (r) =>
        r.status === 'PENDING' ? (
          <span className="jm-row-actions">
            <Button
              size="sm"
              variant="primary"
              busy={approve.running}
              aria-label={`${t('reporting.approvals.approve')} ${name(r)}`}
              onClick={async () => {
                const res = await approve.exec({ reportId: r.id, expectedVersion: r.version }, t('reporting.approvals.approved', { name: name(r) }));
                if (res.data) refetch();
              }}
            >
              {t('reporting.approvals.approve')}
            </Button>
            <Button size="sm" variant="danger" aria-label={`${t('reporting.approvals.reject')} ${name(r)}`} onClick={() => setRejecting(r)}>
              {t('reporting.approvals.reject')}
            </Button>
          </span>
        ) : null,
    },
  ];
  return (
    <>
      {approve.error && approve.error.code !== 'CONFLICT' && (
        <p className="jm-alert jm-alert--error" role="alert">
          {approve.error.message}
        </p>
      )}
      <DataTable columns={columns} rows={rows} rowKey={(r) => r.id} caption={t('reporting.approvals.caption')} hideCaption empty={<Empty filter={filter} />} />
      {rejecting && (
        <ReasonDialog
          open
          title={t('reporting.approvals.rejectTitle')}
          label={t('reporting.approvals.rejectLabel')}
          hint={t('reporting.approvals.rejectHint')}
          confirmLabel={t('reporting.approvals.reject')}
          danger
          busy={reject.running}
          error={reject.error?.code !== 'CONFLICT' ? reject.error?.message : undefined}
          onClose={() => setRejecting(undefined)}
          onSubmit={async (reason) => {
            const res = await reject.exec(
              { reportId: rejecting.id, reason, expectedVersion: rejecting.version },
              t('reporting.approvals.rejected', { name: name(rejecting) }),
            );
            if (res.data || res.error?.code === 'CONFLICT') setRejecting(undefined);
            if (res.data) refetch();
          }}
        >
          <p>{name(rejecting)}</p>
        </ReasonDialog>
      )}
    </>
  );
}
