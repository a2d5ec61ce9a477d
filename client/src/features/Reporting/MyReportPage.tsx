// 双报到 for an in-service member: where they stand (pending / approved / rejected with the reason), withdraw a
// pending request, transfer to another community, keep the service profile current, and the history.
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { useCommand } from '@/api/useCommand';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import type { MemberReportFieldsFragment } from '@/gql/graphql';
import { t } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, Card, Dialog, ErrorState, Icon, Skeleton, StatusTag } from '@/ui';
import { ConfirmDialog } from '@/ui/dialogs';
import { MyMemberReportsQuery, UpdateServiceProfileMutation, WithdrawMemberReportMutation } from './documents';
import { AvailabilityGrid, ProfileFields, emptyProfile, type ProfileValue } from './ProfileFields';
import { ReportForm } from './ReportForm';
import { ResidenceDialog } from './ResidenceDialog';
import { memberStep, newestFirst, STATUS_TONE } from './reportLogic';
import './reporting.css';

type Report = MemberReportFieldsFragment;

const profileOf = (r: Report | undefined): ProfileValue =>
  r
    ? {
        skills: [...r.profile.skills],
        preferredCategories: [...r.profile.preferredCategories],
        availability: r.profile.availability.map((a) => ({ day: a.day, part: a.part })),
      }
    : emptyProfile();

export default function MyReportPage() {
  usePageTitle(t('reporting.me.pageTitle'));
  const { person } = useSignedIn();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyMemberReportsQuery });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch([liveGroups.person(person.personId)], refetch);
  const reports = useMemo(() => newestFirst(data?.myMemberReports ?? []), [data]);
  const { step, pending, approved } = useMemo(() => memberStep(reports), [reports]);
  const [mode, setMode] = useState<'none' | 'transfer' | 'again'>('none');
  const [withdrawing, setWithdrawing] = useState(false);
  const [editing, setEditing] = useState(false);
  const [moving, setMoving] = useState(false);
  const withdraw = useCommand(WithdrawMemberReportMutation, { onConflict: refetch });

  const current = pending !== undefined ? reports[pending] : approved !== undefined ? reports[approved] : reports[0];
  const approvedReport = approved !== undefined ? reports[approved] : undefined;
  const history = reports.filter((r) => r !== current);

  return (
    <div className="jm-page jm-page-stack">
      <header className="jm-page__header jm-board__header">
        <div className="jm-board__titles">
          <h1>{t('reporting.me.pageTitle')}</h1>
          <p className="muted">{t('reporting.me.subtitle')}</p>
        </div>
      </header>
      {error && !data ? (
        <ErrorState message={toAppError(error).message} onRetry={refetch} />
      ) : fetching && !data ? (
        <Skeleton lines={8} />
      ) : (
        <>
          {current && (
            <Card className="jm-repstatus-card">
              <div className="jm-repstatus">
                <div className="jm-repstatus__head">
                  <StatusTag tone={STATUS_TONE[current.status]} dot>
                    {t(`reporting.status.${current.status}`)}
                  </StatusTag>
                  <h2>
                    {step === 'waiting'
                      ? t('reporting.me.waitingTitle')
                      : step === 'reported'
                        ? t('reporting.me.approvedTitle', { community: current.community?.name ?? '' })
                        : current.status === 'REJECTED'
                          ? t('reporting.me.rejectedTitle')
                          : t('reporting.me.noneTitle')}
                  </h2>
                </div>
                {step === 'waiting' && (
                  <p className="jm-repstatus__reason muted">
                    {approvedReport
                      ? t('reporting.me.transferWaiting', { community: approvedReport.community?.name ?? '' })
                      : t('reporting.me.waitingBody', { community: current.community?.name ?? '' })}
                  </p>
                )}
                {current.status === 'REJECTED' && step === 'report' && (
                  <p className="jm-alert jm-alert--error jm-repstatus__reason" role="status">
                    {t('reporting.me.rejectedReason', { reason: current.reason ?? '' })} {t('reporting.me.rejectedAgain')}
                  </p>
                )}
                <ReportFacts report={current} />
                <div className="jm-repstatus__actions">
                  {step === 'waiting' && (
                    <Button onClick={() => setWithdrawing(true)}>{t('reporting.me.withdraw')}</Button>
                  )}
                  {step === 'reported' && mode === 'none' && (
                    <>
                      <Button icon={<Icon name="edit" size={16} />} onClick={() => setEditing(true)}>
                        {t('reporting.me.editProfile')}
                      </Button>
                      <Button icon={<Icon name="mapPin" size={16} />} onClick={() => setMoving(true)}>
                        {t('reporting.residence.action')}
                      </Button>
                      <Button icon={<Icon name="switch" size={16} />} onClick={() => setMode('transfer')}>
                        {t('reporting.me.transfer')}
                      </Button>
                    </>
                  )}
                </div>
              </div>
            </Card>
          )}
          {step === 'reported' && approvedReport && (
            <Card title={t('reporting.me.profileTitle')}>
              <ProfileSummary report={approvedReport} />
            </Card>
          )}
          {(step === 'report' || mode === 'transfer') && (
            <Card
              title={mode === 'transfer' ? t('reporting.me.transferTitle') : current ? t('reporting.me.reportAgain') : t('reporting.form.title')}
              description={mode === 'transfer' ? t('reporting.me.transferHint') : current ? undefined : t('reporting.me.noneBody')}
            >
              <ReportForm
                key={mode}
                transfer={mode === 'transfer'}
                initial={{
                  communityId: current?.communityId,
                  unitId: current?.unitId,
                  gridId: current?.gridId ?? null,
                  buildingId: current?.buildingId ?? null,
                  profile: profileOf(current),
                }}
                {...(mode === 'transfer' ? { onCancel: () => setMode('none') } : {})}
                onDone={() => {
                  setMode('none');
                  refetch();
                }}
              />
            </Card>
          )}
          {history.length > 0 && (
            <Card title={t('reporting.me.history')}>
              <ul className="jm-rephistory">
                {history.map((r) => (
                  <li key={r.id}>
                    <StatusTag tone={STATUS_TONE[r.status]}>{t(`reporting.status.${r.status}`)}</StatusTag>
                    <span className="jm-rephistory__what">
                      {r.community?.name} · {r.unit?.name}
                      {r.status === 'REJECTED' && r.reason && <span className="jm-cell-sub">{t('reporting.approvals.reason', { reason: r.reason })}</span>}
                    </span>
                    <span className="jm-rephistory__when">{formatDateTime(r.requestedAt)}</span>
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </>
      )}
      {withdrawing && current && (
        <ConfirmDialog
          open
          title={t('reporting.me.withdrawTitle')}
          body={t('reporting.me.withdrawBody')}
          confirmLabel={t('reporting.me.withdraw')}
          danger
          busy={withdraw.running}
          error={withdraw.error?.code !== 'CONFLICT' ? withdraw.error?.message : undefined}
          onClose={() => setWithdrawing(false)}
          onConfirm={async () => {
            const r = await withdraw.exec({ reportId: current.id, expectedVersion: current.version }, t('reporting.me.withdrawn'));
            if (r.data || r.error?.code === 'CONFLICT') setWithdrawing(false);
            if (r.data) refetch();
          }}
        />
      )}
      {moving && approvedReport && <ResidenceDialog report={approvedReport} onClose={() => setMoving(false)} onDone={refetch} />}
      {editing && approvedReport && (
        <EditProfileDialog report={approvedReport} onClose={() => setEditing(false)} onDone={refetch} />
      )}
    </div>
  );
}

function ReportFacts({ report }: { report: Report }) {
  return (
    <dl className="jm-repstatus__facts">
      <div>
        <dt>{t('reporting.me.community')}</dt>
        <dd>{report.community?.name ?? '—'}</dd>
      </div>
      <div>
        <dt>{t('reporting.me.residence')}</dt>
        <dd>{[report.grid?.name, report.building?.name].filter(Boolean).join(' · ') || t('reporting.me.noResidence')}</dd>
      </div>
      <div>
        <dt>{t('reporting.me.unit')}</dt>
        <dd>{report.unit?.name ?? '—'}</dd>
      </div>
      <div>
        <dt>{t('reporting.me.requestedAt')}</dt>
        <dd>{formatDateTime(report.requestedAt)}</dd>
      </div>
      {report.decidedAt && (
        <div>
          <dt>{t('reporting.me.decidedAt')}</dt>
          <dd>{formatDateTime(report.decidedAt)}</dd>
        </div>
      )}
    </dl>
  );
}

/** Tags, or the "none given" text when there are none. */
function TagList({ items }: { items: readonly string[] }) {
  if (!items.length) return <>{t('reporting.me.noSkills')}</>;
  return (
    <span className="jm-tags">
      {items.map((s) => (
        <span key={s} className="jm-tag">
          {s}
        </span>
      ))}
    </span>
  );
}

function ProfileSummary({ report }: { report: Report }) {
  const p = report.profile;
  return (
    <dl className="jm-repstatus__facts">
      <div>
        <dt>{t('reporting.me.skills')}</dt>
        <dd>
          <TagList items={p.skillLabels} />
        </dd>
      </div>
      <div>
        <dt>{t('reporting.me.categories')}</dt>
        <dd>
          <TagList items={p.preferredCategories} />
        </dd>
      </div>
      <div>
        <dt>{t('reporting.me.availability')}</dt>
        <dd>
          <AvailabilityGrid slots={p.availability} />
        </dd>
      </div>
    </dl>
  );
}

function EditProfileDialog({ report, onClose, onDone }: { report: Report; onClose: () => void; onDone: () => void }) {
  const [value, setValue] = useState<ProfileValue>(profileOf(report));
  const update = useCommand(UpdateServiceProfileMutation, { onConflict: onDone });
  const save = async () => {
    const r = await update.exec(
      { expectedVersion: report.version, profile: { skills: value.skills, preferredCategories: value.preferredCategories, availability: value.availability } },
      t('reporting.me.profileSaved'),
    );
    if (r.data) {
      onDone();
      onClose();
    }
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('reporting.me.editProfile')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" busy={update.running} onClick={() => void save()}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <div className="jm-reportform">
        <ProfileFields value={value} onChange={setValue} />
        {update.error && update.error.code !== 'CONFLICT' && (
          <p className="jm-alert jm-alert--error" role="alert">
            {update.error.message}
          </p>
        )}
      </div>
    </Dialog>
  );
}
