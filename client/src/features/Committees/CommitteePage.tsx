// One committee: name, convener, standing members (add, remove, change email), part-time members (appoint from
// co-building units with a term, end a term), the cadence its meetings follow, and a link to its meetings. Writes
// carry the committee's version; a CONFLICT (someone changed it first) refetches and says so.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import { BoardHeader } from '@/features/Meetings/common/BoardHeader';
import { isSecretaryRole } from '@/features/Meetings/common/scope';
import type { CommitteeFieldsFragment } from '@/gql/graphql';
import { t } from '@/i18n';
import { formatLocalDate, shanghaiDate } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, Card, DataTable, EmptyState, ErrorState, Icon, Skeleton, StatusTag, type Column } from '@/ui';
import { CadenceDialog } from './CadenceFields';
import { CommitteeQuery } from './documents';
import { cadenceText, canSetUp, inScope, splitMembers, termState } from './committeeLogic';
import { AddMemberDialog, ConvenerDialog, EmailDialog, RemoveMemberDialog, RenameDialog } from './MemberDialogs';
import { AppointDialog, EndTermDialog } from './PartTimeDialogs';
import './committees.css';

type Committee = CommitteeFieldsFragment;
type Member = Committee['members'][number];
type Open =
  | { kind: 'appoint' | 'cadence' | 'rename' | 'convener' | 'addMember' }
  | { kind: 'endTerm' | 'remove' | 'email'; member: Member }
  | null;

export default function CommitteePage() {
  const { id = '' } = useParams();
  const { acting } = useSignedIn();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CommitteeQuery, variables: { id } });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch(id ? [liveGroups.committee(id)] : [], refetch);
  const committee = data?.committee;
  usePageTitle(committee?.name ?? t('committees.pageTitle'));
  const [open, setOpen] = useState<Open>(null);

  if (error && !data) {
    const e = toAppError(error);
    return (
      <div className="jm-page">
        <ErrorState message={e.code === 'NOT_FOUND' ? t('committees.notFound') : e.message} onRetry={refetch} />
      </div>
    );
  }
  if (!committee) return <div className="jm-page">{fetching ? <Skeleton lines={8} /> : null}</div>;

  const canManage = !!acting && isSecretaryRole(acting.role) && inScope(committee, acting);
  const canRename = !!acting && canSetUp(committee, acting);
  const convener = committee.members.find((m) => m.personId === committee.convenerPersonId);
  const close = () => setOpen(null);
  const today = shanghaiDate();
  const { standing, partTime } = splitMembers(committee.members, today);

  const partTimeColumns: Column<Member>[] = [
    { key: 'name', header: t('committees.name'), primary: true, render: (m) => <strong>{m.name}</strong> },
    { key: 'from', header: t('committees.from'), render: (m) => m.fromOrganisation?.name ?? '—' },
    {
      key: 'term',
      header: t('committees.term'),
      render: (m) =>
        m.termStart
          ? m.termEnd
            ? t('committees.termRange', { start: formatLocalDate(m.termStart), end: formatLocalDate(m.termEnd) })
            : t('committees.termOpen', { start: formatLocalDate(m.termStart) })
          : '—',
    },
    { key: 'email', header: t('committees.email'), hideOnPhone: true, render: (m) => m.email ?? '—' },
    {
      key: 'state',
      header: t('committees.state'),
      render: (m) => {
        const s = termState(m, today);
        return <StatusTag tone={s === 'active' ? 'success' : s === 'upcoming' ? 'info' : 'neutral'}>{t(`committees.termState.${s}`)}</StatusTag>;
      },
    },
    ...(canManage
      ? [
          {
            key: 'actions',
            header: t('committees.actions'),
            render: (m: Member) => (
              <span className="jm-actions">
                <Button size="sm" variant="ghost" aria-label={t('committees.emailFor', { name: m.name })} onClick={() => setOpen({ kind: 'email', member: m })}>
                  {t('committees.changeEmail')}
                </Button>
                {termState(m, today) !== 'ended' && (
                  <Button size="sm" aria-label={`${t('committees.endTerm')} ${m.name}`} onClick={() => setOpen({ kind: 'endTerm', member: m })}>
                    {t('committees.endTerm')}
                  </Button>
                )}
              </span>
            ),
          },
        ]
      : []),
  ];

  return (
    <div className="jm-page jm-page-stack">
      <Link className="jm-backlink" to="/committees">
        <Icon name="chevronLeft" size={16} />
        {t('committees.back')}
      </Link>
      <BoardHeader
        title={committee.name}
        subtitle={
          <>
            {t(`committees.level.${committee.level}`)} · {committee.organisation?.name}
          </>
        }
        actions={
          <>
            {canRename && (
              <Button icon={<Icon name="edit" size={18} />} onClick={() => setOpen({ kind: 'rename' })}>
                {t('committees.rename')}
              </Button>
            )}
            <Link className="jm-btn jm-btn--secondary jm-btn--md" to={`/meetings?committee=${encodeURIComponent(committee.id)}`}>
              <Icon name="calendar" size={18} />
              <span>{t('committees.calendar')}</span>
            </Link>
          </>
        }
      />
      {!canManage && <p className="jm-alert jm-alert--info">{t('committees.readOnly')}</p>}
      <div className="jm-committee-top">
        <Card
          title={t('committees.convener')}
          extra={
            canManage ? (
              <Button size="sm" icon={<Icon name="switch" size={16} />} onClick={() => setOpen({ kind: 'convener' })}>
                {t('committees.changeConvener')}
              </Button>
            ) : undefined
          }
        >
          <p className="jm-committee-convener">
            <span className="jm-avatar" aria-hidden="true">
              {(convener?.name ?? '?').slice(0, 1)}
            </span>
            <span>
              <strong>{convener?.name ?? '—'}</strong>
              {convener?.email && <span className="jm-cell-sub">{convener.email}</span>}
            </span>
          </p>
        </Card>
        <Card
          title={t('committees.cadence')}
          extra={
            canManage ? (
              <Button size="sm" icon={<Icon name="edit" size={16} />} onClick={() => setOpen({ kind: 'cadence' })}>
                {t('committees.editCadence')}
              </Button>
            ) : undefined
          }
        >
          <p className="jm-committee-cadence">{cadenceText(committee.cadence)}</p>
          {committee.skippedDates.length > 0 && (
            <p className="muted">
              {t('committees.skipped', { dates: committee.skippedDates.map(formatLocalDate).join(t('reporting.listSeparator')) })}
            </p>
          )}
        </Card>
      </div>
      <Card
        title={t('committees.standingTitle', { count: standing.length })}
        description={t('committees.standingHint')}
        extra={
          canManage ? (
            <Button variant="primary" size="sm" icon={<Icon name="plus" size={16} />} onClick={() => setOpen({ kind: 'addMember' })}>
              {t('committees.addMember')}
            </Button>
          ) : undefined
        }
      >
        <ul className="jm-people" aria-label={t('committees.standing')}>
          {standing.map((m) => {
            const isConvener = m.personId === committee.convenerPersonId;
            return (
              <li key={m.personId}>
                <span className="jm-avatar" aria-hidden="true">
                  {m.name.slice(0, 1)}
                </span>
                <span className="jm-people__who">
                  <strong>{m.name}</strong>
                  {isConvener && <StatusTag tone="brand">{t('committees.convener')}</StatusTag>}
                  <span className="jm-cell-sub">{m.email ?? t('committees.noEmail')}</span>
                </span>
                {canManage && (
                  <span className="jm-people__actions">
                    <Button size="sm" variant="ghost" aria-label={t('committees.emailFor', { name: m.name })} onClick={() => setOpen({ kind: 'email', member: m })}>
                      {t('committees.changeEmail')}
                    </Button>
                    {!isConvener && (
                      <Button size="sm" variant="danger" aria-label={t('committees.removeFor', { name: m.name })} onClick={() => setOpen({ kind: 'remove', member: m })}>
                        {t('committees.remove')}
                      </Button>
                    )}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </Card>
      <Card
        title={t('committees.partTime')}
        description={t('committees.partTimeHint')}
        extra={
          canManage ? (
            <Button variant="primary" size="sm" icon={<Icon name="plus" size={16} />} onClick={() => setOpen({ kind: 'appoint' })}>
              {t('committees.appoint')}
            </Button>
          ) : undefined
        }
      >
        <DataTable
          columns={partTimeColumns}
          rows={partTime}
          rowKey={(m) => m.personId}
          caption={t('committees.partTime')}
          hideCaption
          empty={<EmptyState icon="users" title={t('committees.noPartTime')} description={t('committees.noPartTimeHint')} compact />}
        />
      </Card>
      {open?.kind === 'appoint' && <AppointDialog committee={committee} onClose={close} onDone={refetch} />}
      {open?.kind === 'endTerm' && <EndTermDialog committee={committee} member={open.member} onClose={close} onDone={refetch} />}
      {open?.kind === 'cadence' && <CadenceDialog committee={committee} onClose={close} onDone={refetch} />}
      {open?.kind === 'rename' && <RenameDialog committee={committee} onClose={close} onDone={refetch} />}
      {open?.kind === 'convener' && <ConvenerDialog committee={committee} onClose={close} onDone={refetch} />}
      {open?.kind === 'addMember' && <AddMemberDialog committee={committee} onClose={close} onDone={refetch} />}
      {open?.kind === 'remove' && <RemoveMemberDialog committee={committee} member={open.member} onClose={close} onDone={refetch} />}
      {open?.kind === 'email' && <EmailDialog committee={committee} member={open.member} onClose={close} onDone={refetch} />}
    </div>
  );
}
