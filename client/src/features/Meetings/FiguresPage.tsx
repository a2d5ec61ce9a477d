// 周期指标: per committee and cycle — 办结率, overdue, claims and attendance per unit (ECharts).
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { EChart } from '@/charts/EChart';
import { t } from '@/i18n';
import { formatLocalDate } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Card, DataTable, EmptyState, ErrorState, Field, Loading, Select, Skeleton } from '@/ui';
import { BoardHeader, FilterBar } from './common/BoardHeader';
import { useCycleScope, type CycleScope } from './common/scope';
import { committeesOf } from './calendar';
import { CycleFiguresQuery, MeetingsOfOrganisationQuery } from './documents';
import { attendanceOption, claimsOption, closureOption, percent } from './figures';

export default function FiguresPage() {
  usePageTitle(t('figures.pageTitle'));
  const { scope, error, retry } = useCycleScope();
  if (error) return <div className="jm-page"><ErrorState message={error.message} onRetry={retry} /></div>;
  if (!scope) return <div className="jm-page"><Loading label={t('cycle.scopeLoading')} /></div>;
  return <Figures scope={scope} />;
}

function Figures({ scope }: { scope: CycleScope }) {
  const [{ data: meetings, fetching: loadingMeetings, error: meetingsError }] = useQuery({
    query: MeetingsOfOrganisationQuery,
    variables: { organisationId: scope.boardOrgId },
  });
  const committees = committeesOf(meetings?.meetingsOfOrganisation ?? []);
  const [chosen, setChosen] = useState('');
  const committeeId = chosen || committees[0]?.id || '';
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CycleFiguresQuery, variables: { committeeId }, pause: !committeeId });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch([liveGroups.organisation(scope.boardOrgId)], refetch, 1000);
  const cycles = useMemo(() => [...(data?.cycleFigures ?? [])].sort((a, b) => a.cycleNumber - b.cycleNumber), [data]);
  const [cycleNo, setCycleNo] = useState<number | null>(null);
  const current = cycles.find((c) => c.cycleNumber === cycleNo) ?? cycles[cycles.length - 1];
  const units = current?.units ?? [];
  const attended = units.reduce((s, u) => s + u.attended, 0);
  const invited = units.reduce((s, u) => s + u.invited, 0);

  const closure = useMemo(() => closureOption(cycles), [cycles]);
  const claims = useMemo(() => claimsOption(units), [units]);
  const attendance = useMemo(() => attendanceOption(units), [units]);

  return (
    <div className="jm-page">
      <BoardHeader title={t('figures.pageTitle')} subtitle={t('figures.subtitle')} />
      <FilterBar label={t('cycle.filters')}>
        <div className="jm-filterbar__fields" style={{ justifyContent: 'flex-start' }}>
          <Field label={t('figures.committee')} className="jm-filterbar__field">
            <Select value={committeeId} placeholder={false} options={committees.map((c) => ({ value: c.id, label: c.name }))} onChange={(e) => { setChosen(e.target.value); setCycleNo(null); }} />
          </Field>
          {cycles.length > 0 && (
            <Field label={t('figures.cycleSelect')} className="jm-filterbar__field">
              <Select
                value={String(current?.cycleNumber ?? '')}
                placeholder={false}
                options={[...cycles].reverse().map((c) => ({ value: String(c.cycleNumber), label: `${t('figures.cycle', { n: c.cycleNumber })} · ${t('figures.asOf', { date: formatLocalDate(c.asOf) })}` }))}
                onChange={(e) => setCycleNo(Number(e.target.value))}
              />
            </Field>
          )}
        </div>
      </FilterBar>
      {meetingsError ? (
        <ErrorState message={toAppError(meetingsError).message} />
      ) : loadingMeetings && !meetings ? (
        <Loading />
      ) : committees.length === 0 ? (
        <EmptyState icon="barChart" title={t('figures.noCommittee')} />
      ) : error && !data ? (
        <ErrorState message={toAppError(error).message} onRetry={refetch} />
      ) : fetching && !data ? (
        <Card><Skeleton lines={6} /></Card>
      ) : cycles.length === 0 || !current ? (
        <EmptyState icon="barChart" title={t('figures.empty')} description={t('figures.emptyHint')} />
      ) : (
        <>
          <div className="jm-kpis">
            <Kpi
              label={current.closureRate === null ? `${t('figures.closureRate')} · ${t('figures.closureRateNone')}` : t('figures.closureRate')}
              value={percent(current.closureRate)}
              tone={current.closureRate === null ? 'info' : 'brand'}
            />
            <Kpi label={`${t('figures.itemsClosed')} / ${t('figures.itemsDue')}`} value={`${current.itemsClosed} / ${current.itemsDue}`} tone="info" />
            <Kpi label={t('figures.overdue')} value={String(current.overdueCount)} tone={current.overdueCount ? 'danger' : 'success'} />
            <Kpi label={t('figures.attendanceRate')} value={invited ? percent(attended / invited) : '—'} tone="warning" />
          </div>
          <div className="jm-chart-grid">
            <Card title={t('figures.chartClosure')} className="jm-chart-grid__wide">
              <EChart option={closure} height={280} label={t('figures.chartClosureLabel')} />
            </Card>
            <Card title={t('figures.chartClaims')}>
              {units.length ? <EChart option={claims} height={Math.max(200, units.length * 36 + 60)} label={t('figures.chartClaims')} /> : <EmptyState compact title={t('ui.emptyTable')} />}
            </Card>
            <Card title={t('figures.chartAttendance')}>
              {units.length ? <EChart option={attendance} height={Math.max(200, units.length * 36 + 60)} label={t('figures.chartAttendance')} /> : <EmptyState compact title={t('ui.emptyTable')} />}
            </Card>
          </div>
          <Card title={t('figures.unitsTable')} padded={false}>
            <DataTable
              caption={t('figures.unitsTable')}
              hideCaption
              rows={units}
              rowKey={(u) => u.unitId}
              columns={[
                { key: 'unit', header: t('figures.unit'), primary: true, render: (u) => u.unitName },
                { key: 'claims', header: t('figures.claims'), align: 'end', render: (u) => `${u.confirmedClaims} / ${u.claims}` },
                { key: 'att', header: t('figures.attendance'), align: 'end', render: (u) => `${u.attended} / ${u.invited}` },
                { key: 'items', header: `${t('figures.itemsClosed')} / ${t('figures.itemsDue')}`, align: 'end', render: (u) => `${u.itemsClosed} / ${u.itemsDue}` },
                { key: 'overdue', header: t('figures.overdue'), align: 'end', render: (u) => u.overdue },
                { key: 'card', header: t('figures.scorecard'), align: 'end', render: (u) => <Link to={`/scorecard/${encodeURIComponent(u.unitId)}`}>{t('figures.scorecard')}</Link> },
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}

export function Kpi({ label, value, tone }: { label: string; value: string; tone: 'brand' | 'info' | 'danger' | 'warning' | 'success' }) {
  return (
    <div className={`jm-tile jm-tile--${tone === 'brand' ? 'danger' : tone}`}>
      <span className="jm-tile__value">{value}</span>
      <span className="jm-tile__label">{label}</span>
    </div>
  );
}
