// 报到审核: a secretary's member and unit reports in scope (their organisation and below); approve, or reject with
// a reason the applicant sees. One table serves both kinds (a table on a desk, cards on a phone). A community
// secretary also registers a member on their behalf (代为登记) and moves an approved member's residence.
// A CONFLICT (someone decided first) is told in words and the list refetches.
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery, type TypedDocumentNode } from 'urql';
import { toAppError } from '@/api/errors';
import { useCommand } from '@/api/useCommand';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import { BoardHeader, FilterBar, Segmented } from '@/features/Meetings/common/BoardHeader';
import type { MemberReportsToQuery, RejectReportInput, ReportActionInput, ReportStatus, UnitReportFieldsFragment } from '@/gql/graphql';
import { t } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, DataTable, EmptyState, ErrorState, Icon, Skeleton, StatusTag, type Column } from '@/ui';
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
import { ResidenceDialog } from './ResidenceDialog';
import './reporting.css';

type Kind = 'members' | 'units';
type Filter = 'PENDING' | 'APPROVED' | 'REJECTED' | 'ALL';
type MemberRow = MemberReportsToQuery['memberReports'][number];
type UnitRow = UnitReportFieldsFragment;

interface ReportRow {
  id: string;
  version: number;
  status: ReportStatus;
  reason?: string | null;
  requestedAt: string;
}

/** What differs between member and unit reports: their decisions, their name, their own columns. */
interface KindSpec<Row extends ReportRow> {
  approve: TypedDocumentNode<unknown, { input: ReportActionInput }>;
  reject: TypedDocumentNode<unknown, { input: RejectReportInput }>;
  /** The applicant column: its header, the name (the card's title on a phone) and a line under it. */
  applicant: string;
  name: (row: Row) => string;
  sub: (row: Row) => ReactNode;
  /** The columns between the applicant and the request time. */
  columns: Column<Row>[];
  /** Under the reject dialog's title: whose request it is. */
  detail: (row: Row) => ReactNode;
  /** More actions on a row besides approve / reject (e.g. 变更住址 on an approved member). */
  extra?: (row: Row) => ReactNode;
}

export default function ApprovalsPage() {
  usePageTitle(t('reporting.approvals.pageTitle'));
  const { acting } = useSignedIn();
  const organisationId = acting?.scopeId ?? '';
  const [kind, setKind] = useState<Kind>('members');
  const [filter, setFilter] = useState<Filter>('PENDING');
  const [moving, setMoving] = useState<MemberRow>();
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
  // 代为登记 picks people of one community (the accounts query is scoped to it).
  const canRegister = acting?.role === 'CommunitySecretary';

  const memberSpec: KindSpec<MemberRow> = {
    approve: ApproveMemberReportMutation,
    reject: RejectMemberReportMutation,
    applicant: t('reporting.approvals.member'),
    name: (r) => r.member?.displayName ?? r.personId,
    sub: (r) => r.member?.phone,
    columns: [
      { key: 'unit', header: t('reporting.approvals.workUnit'), render: (r) => r.unit?.name ?? '—' },
      // A community secretary's reports all go to her community: a phone card leaves it out.
      { key: 'community', header: t('reporting.approvals.community'), hideOnPhone: canRegister, render: (r) => r.community?.name ?? '—' },
      { key: 'place', header: t('reporting.approvals.place'), render: (r) => [r.grid?.name, r.building?.name].filter(Boolean).join(' · ') || '—' },
      {
        key: 'skills',
        header: t('reporting.approvals.skills'),
        hideOnPhone: true,
        render: (r) => (r.profile.skillLabels.length ? r.profile.skillLabels.join(t('reporting.listSeparator')) : '—'),
      },
    ],
    detail: (r) => `${r.member?.displayName ?? r.personId} · ${r.unit?.name ?? ''}`,
    extra: (r) =>
      r.status === 'APPROVED' ? (
        <Button size="sm" icon={<Icon name="mapPin" size={14} />} aria-label={`${t('reporting.residence.action')} ${r.member?.displayName ?? ''}`} onClick={() => setMoving(r)}>
          {t('reporting.residence.action')}
        </Button>
      ) : null,
  };
  const unitSpec: KindSpec<UnitRow> = {
    approve: ApproveUnitReportMutation,
    reject: RejectUnitReportMutation,
    applicant: t('reporting.approvals.unit'),
    name: (r) => r.unit?.name ?? r.unitId,
    sub: (r) => r.unit?.unit && `${r.unit.unit.kindLabel} · ${r.unit.unit.partyOrganisationName} · ${r.unit.unit.contactName} ${r.unit.unit.contactPhone ?? ''}`,
    columns: [
      { key: 'target', header: t('reporting.approvals.target'), render: (r) => r.target?.name ?? '—' },
      { key: 'note', header: t('reporting.approvals.note'), hideOnPhone: true, render: (r) => r.note || '—' },
    ],
    detail: (r) => r.unit?.name ?? r.unitId,
  };

  return (
    <div className="jm-page jm-page-stack">
      <BoardHeader
        title={t('reporting.approvals.pageTitle')}
        subtitle={t('reporting.approvals.subtitle', { scope: acting?.scopeName ?? '' })}
        actions={
          canRegister ? (
            <Link className="jm-btn jm-btn--primary jm-btn--md" to="/reporting/register">
              <Icon name="plus" size={18} />
              <span>{t('reporting.register.action')}</span>
            </Link>
          ) : undefined
        }
      />
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
        <ReportTable key="members" spec={memberSpec} rows={members.data?.memberReports ?? []} filter={filter} refetch={refetch} />
      ) : (
        <ReportTable key="units" spec={unitSpec} rows={units.data?.unitReports ?? []} filter={filter} refetch={refetch} />
      )}
      {moving && (
        <ResidenceDialog report={moving} who={memberSpec.name(moving)} onClose={() => setMoving(undefined)} onDone={refetch} />
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

function ReportTable<Row extends ReportRow>({
  spec,
  rows,
  filter,
  refetch,
}: {
  spec: KindSpec<Row>;
  rows: readonly Row[];
  filter: Filter;
  refetch: () => void;
}) {
  const approve = useCommand(spec.approve, { onConflict: refetch });
  const reject = useCommand(spec.reject, { onConflict: refetch });
  const [rejecting, setRejecting] = useState<Row>();
  const columns: Column<Row>[] = [
    {
      key: 'applicant',
      header: spec.applicant,
      primary: true,
      render: (r) => {
        const sub = spec.sub(r);
        return (
          <>
            <strong>{spec.name(r)}</strong>
            {sub && <span className="jm-cell-sub">{sub}</span>}
          </>
        );
      },
    },
    ...spec.columns,
    { key: 'at', header: t('reporting.approvals.requestedAt'), render: (r) => formatDateTime(r.requestedAt) },
    {
      key: 'status',
      header: t('reporting.approvals.status'),
      render: (r) => (
        <>
          <StatusTag tone={STATUS_TONE[r.status]}>{t(`reporting.status.${r.status}`)}</StatusTag>
          {r.status === 'REJECTED' && r.reason && <span className="jm-cell-sub">{t('reporting.approvals.reason', { reason: r.reason })}</span>}
        </>
      ),
    },
    {
      key: 'actions',
      header: t('reporting.approvals.actions'),
      render: (r) => {
        const extra = spec.extra?.(r);
        if (r.status !== 'PENDING' && !extra) return null;
        return (
          <span className="jm-row-actions">
            {r.status === 'PENDING' && (
              <>
                <Button
                  size="sm"
                  variant="primary"
                  busy={approve.running}
                  aria-label={`${t('reporting.approvals.approve')} ${spec.name(r)}`}
                  onClick={async () => {
                    const res = await approve.exec({ reportId: r.id, expectedVersion: r.version }, t('reporting.approvals.approved', { name: spec.name(r) }));
                    if (res.data) refetch();
                  }}
                >
                  {t('reporting.approvals.approve')}
                </Button>
                <Button size="sm" variant="danger" aria-label={`${t('reporting.approvals.reject')} ${spec.name(r)}`} onClick={() => setRejecting(r)}>
                  {t('reporting.approvals.reject')}
                </Button>
              </>
            )}
            {extra}
          </span>
        );
      },
    },
  ];
  return (
    <>
      {approve.error && approve.error.code !== 'CONFLICT' && (
        <p className="jm-alert jm-alert--error" role="alert">
          {approve.error.message}
        </p>
      )}
      <div className="jm-approvals">
        <DataTable columns={columns} rows={rows} rowKey={(r) => r.id} caption={t('reporting.approvals.caption')} hideCaption empty={<Empty filter={filter} />} />
      </div>
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
              t('reporting.approvals.rejected', { name: spec.name(rejecting) }),
            );
            if (res.data || res.error?.code === 'CONFLICT') setRejecting(undefined);
            if (res.data) refetch();
          }}
        >
          <p>{spec.detail(rejecting)}</p>
        </ReasonDialog>
      )}
    </>
  );
}
