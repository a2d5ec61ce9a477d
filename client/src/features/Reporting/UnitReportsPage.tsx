// 单位报到 for a unit contact: the unit's reports to the community (or street) it sits in, a new request, and
// withdrawing a pending one. Approved, the unit is a co-building unit (共建单位) there.
import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { useCommand } from '@/api/useCommand';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import { BoardHeader } from '@/features/Meetings/common/BoardHeader';
import type { UnitReportFieldsFragment } from '@/gql/graphql';
import { t } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, Card, Dialog, EmptyState, ErrorState, Field, Icon, Select, Skeleton, StatusTag, TextArea } from '@/ui';
import { ConfirmDialog } from '@/ui/dialogs';
import { ReportPlacesQuery, RequestUnitReportMutation, UnitReportsOfQuery, WithdrawUnitReportMutation } from './documents';
import { newestFirst, placesFrom, STATUS_TONE, type PlaceNode } from './reportLogic';
import './reporting.css';

export default function UnitReportsPage() {
  const { acting } = useSignedIn();
  const unitId = acting?.scopeId ?? '';
  usePageTitle(t('reporting.unit.pageTitle'));
  const [{ data, fetching, error }, reexecute] = useQuery({ query: UnitReportsOfQuery, variables: { unitId }, pause: !unitId });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch(unitId ? [liveGroups.organisation(unitId)] : [], refetch);
  const reports = useMemo(() => newestFirst(data?.unitReportsOf ?? []), [data]);
  const pending = reports.find((r) => r.status === 'PENDING');
  const approved = reports.filter((r) => r.status === 'APPROVED');
  const [requesting, setRequesting] = useState(false);
  const [withdrawing, setWithdrawing] = useState<UnitReportFieldsFragment>();
  const withdraw = useCommand(WithdrawUnitReportMutation, { onConflict: refetch });
  const unitName = data?.organisation.name ?? acting?.scopeName ?? '';

  return (
    <div className="jm-page jm-page-stack">
      <BoardHeader
        title={t('reporting.unit.pageTitle')}
        subtitle={t('reporting.unit.subtitle', { unit: unitName })}
        actions={
          !pending && data ? (
            <Button variant="primary" icon={<Icon name="plus" size={18} />} onClick={() => setRequesting(true)}>
              {t('reporting.unit.request')}
            </Button>
          ) : undefined
        }
      />
      {error && !data ? (
        <ErrorState message={toAppError(error).message} onRetry={refetch} />
      ) : fetching && !data ? (
        <Skeleton lines={5} />
      ) : reports.length === 0 ? (
        <EmptyState
          icon="flag"
          title={t('reporting.unit.none')}
          description={t('reporting.unit.noneHint')}
          action={
            <Button variant="primary" onClick={() => setRequesting(true)}>
              {t('reporting.unit.request')}
            </Button>
          }
        />
      ) : (
        <>
          {approved.length > 0 && (
            <p className="jm-alert jm-alert--success" role="status">
              <Icon name="checkCircle" size={16} />
              {approved.map((r) => t('reporting.unit.coBuildingWith', { target: r.target?.name ?? '' })).join(t('reporting.sentenceSeparator'))}
            </p>
          )}
          <Card title={t('reporting.unit.list')}>
            <ul className="jm-rephistory">
              {reports.map((r) => (
                <li key={r.id}>
                  <StatusTag tone={STATUS_TONE[r.status]} dot>
                    {t(`reporting.status.${r.status}`)}
                  </StatusTag>
                  <span className="jm-rephistory__what">
                    <strong>{r.target?.name}</strong>
                    {r.note && <span className="jm-cell-sub">{r.note}</span>}
                    {r.status === 'REJECTED' && r.reason && <span className="jm-cell-sub">{t('reporting.approvals.reason', { reason: r.reason })}</span>}
                  </span>
                  <span className="jm-rephistory__when">
                    {t('reporting.unit.requestedAt')} {formatDateTime(r.requestedAt)}
                    {r.decidedAt && (
                      <>
                        <br />
                        {t('reporting.unit.decidedAt')} {formatDateTime(r.decidedAt)}
                      </>
                    )}
                  </span>
                  {r.status === 'PENDING' && (
                    <Button size="sm" onClick={() => setWithdrawing(r)}>
                      {t('reporting.unit.withdraw')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </Card>
        </>
      )}
      {requesting && data && (
        <RequestDialog
          unitId={unitId}
          defaultTarget={data.organisation.path.communityId ?? data.organisation.path.streetId ?? ''}
          onClose={() => setRequesting(false)}
          onDone={refetch}
        />
      )}
      {withdrawing && (
        <ConfirmDialog
          open
          title={t('reporting.unit.withdrawTitle')}
          body={t('reporting.unit.withdrawBody')}
          confirmLabel={t('reporting.unit.withdraw')}
          danger
          busy={withdraw.running}
          error={withdraw.error?.code !== 'CONFLICT' ? withdraw.error?.message : undefined}
          onClose={() => setWithdrawing(undefined)}
          onConfirm={async () => {
            const r = await withdraw.exec({ reportId: withdrawing.id, expectedVersion: withdrawing.version }, t('reporting.unit.withdrawn'));
            if (r.data || r.error?.code === 'CONFLICT') setWithdrawing(undefined);
            if (r.data) refetch();
          }}
        />
      )}
    </div>
  );
}

function RequestDialog({ unitId, defaultTarget, onClose, onDone }: { unitId: string; defaultTarget: string; onClose: () => void; onDone: () => void }) {
  const [{ data, fetching, error }] = useQuery({ query: ReportPlacesQuery });
  const places = useMemo(() => placesFrom((data?.organisations ?? []) as PlaceNode[]), [data]);
  const [targetId, setTargetId] = useState(defaultTarget);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const request = useCommand(RequestUnitReportMutation);
  const options = [
    ...places.streets.map((s) => ({ value: s.id, label: t('reporting.unit.streetLevel', { name: s.name }) })),
    ...places.communities.map((c) => ({ value: c.id, label: t('reporting.nameWithPlace', { name: c.name, place: c.streetName }) })),
  ];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!targetId) {
      setMissing(true);
      return;
    }
    const r = await request.exec({ unitId, targetId, note: note.trim() || null }, t('reporting.unit.submitted'));
    if (r.data) {
      onDone();
      onClose();
    }
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('reporting.unit.requestTitle')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-unit-report" busy={request.running}>
            {t('common.submit')}
          </Button>
        </>
      }
    >
      {error && !data ? (
        <ErrorState message={toAppError(error).message} />
      ) : fetching && !data ? (
        <Skeleton lines={3} />
      ) : (
        <form id="jm-unit-report" className="jm-reportform" onSubmit={submit} noValidate>
          <Field
            label={t('reporting.unit.target')}
            required
            hint={t('reporting.unit.targetHint')}
            error={missing ? t('reporting.unit.targetRequired') : request.fieldError('targetId')}
          >
            <Select
              value={targetId}
              options={options}
              onChange={(e) => {
                setTargetId(e.target.value);
                setMissing(false);
              }}
            />
          </Field>
          <Field label={t('reporting.unit.note')} error={request.fieldError('note')}>
            <TextArea value={note} maxLength={500} showCount rows={3} placeholder={t('reporting.unit.notePlaceholder')} onChange={(e) => setNote(e.target.value)} />
          </Field>
          {request.error && !request.fieldError('targetId') && !request.fieldError('note') && (
            <p className="jm-alert jm-alert--error" role="alert">
              {request.error.message}
            </p>
          )}
        </form>
      )}
    </Dialog>
  );
}
