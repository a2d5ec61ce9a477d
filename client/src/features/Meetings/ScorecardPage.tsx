// 单位考核卡: a unit's record over the cycles (按季度考核) — claims, attendance, closure.
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { EChart } from '@/charts/EChart';
import { t } from '@/i18n';
import { Card, EmptyState, ErrorState, Icon, Loading, StatusTag } from '@/ui';
import { BoardHeader } from './common/BoardHeader';
import { useCycleScope } from './common/scope';
import { UnitScorecardQuery } from './documents';
import { gaugeOption, percent } from './figures';
import { Kpi } from './FiguresPage';

export default function ScorecardPage() {
  const { unitId: param } = useParams();
  const { scope, error: scopeError } = useCycleScope();
  const unitId = param ?? scope?.unitId ?? '';
  const [{ data, fetching, error }, reexecute] = useQuery({ query: UnitScorecardQuery, variables: { unitId }, pause: !unitId });
  const card = data?.unitScorecard;
  usePageTitle(card ? t('scorecard.title', { unit: card.unitName }) : t('scorecard.pageTitle'));
  const closure = useMemo(() => gaugeOption(t('scorecard.closureRate'), card?.closureRate), [card]);
  const attendance = useMemo(() => gaugeOption(t('scorecard.attendanceRate'), card?.attendanceRate), [card]);

  if (scopeError) return <div className="jm-page"><ErrorState message={scopeError.message} /></div>;
  if (error && !data) return <div className="jm-page"><ErrorState message={toAppError(error).message} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /></div>;
  if (!card || (fetching && !data)) return <div className="jm-page"><Loading /></div>;
  const grade =
    card.cycles === 0 ? 'gradeNone' : (card.closureRate ?? 1) >= 0.8 && (card.attendanceRate ?? 1) >= 0.8 && card.overdue === 0 ? 'gradeGood' : 'gradeWatch';
  return (
    <div className="jm-page">
      {param && (
        <nav className="jm-breadcrumb" aria-label={t('common.back')}>
          <Link to="/figures">
            <Icon name="chevronLeft" size={16} />
            {t('scorecard.back')}
          </Link>
        </nav>
      )}
      <BoardHeader
        title={t('scorecard.title', { unit: card.unitName })}
        subtitle={t('scorecard.subtitle')}
        actions={<StatusTag tone={grade === 'gradeGood' ? 'success' : grade === 'gradeWatch' ? 'warning' : 'neutral'}>{t(`scorecard.${grade}`)}</StatusTag>}
      />
      {card.cycles === 0 ? (
        <EmptyState icon="award" title={t('scorecard.empty')} />
      ) : (
        <>
          <div className="jm-gauge-row">
            <Card title={t('scorecard.closureRate')}>
              <EChart option={closure} height={220} label={`${t('scorecard.closureRate')} ${percent(card.closureRate)}`} />
            </Card>
            <Card title={t('scorecard.attendanceRate')}>
              <EChart option={attendance} height={220} label={`${t('scorecard.attendanceRate')} ${percent(card.attendanceRate)}`} />
            </Card>
          </div>
          <div className="jm-scorecard">
            <Kpi label={t('scorecard.cycles')} value={String(card.cycles)} tone="info" />
            <Kpi label={`${t('scorecard.confirmedClaims')} / ${t('scorecard.claims')}`} value={`${card.confirmedClaims} / ${card.claims}`} tone="success" />
            <Kpi label={t('scorecard.attendance')} value={`${card.attended} / ${card.invited}`} tone="warning" />
            <Kpi label={`${t('scorecard.itemsClosed')} / ${t('scorecard.itemsDue')}`} value={`${card.itemsClosed} / ${card.itemsDue}`} tone="info" />
            <Kpi label={t('scorecard.overdue')} value={String(card.overdue)} tone={card.overdue ? 'danger' : 'success'} />
            <Kpi label={t('scorecard.closureRate')} value={percent(card.closureRate)} tone="brand" />
          </div>
        </>
      )}
    </div>
  );
}
