// 积分与星级: my points this year with stars (gold, silver, red by grade) and where they came from;
// leaderboards of the community and the street (members or co-building units), as a chart and a list;
// for the district admin, 重算积分 and its record.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { EChart } from '@/charts/EChart';
import { useSignedIn } from '@/features/Accounts/session';
import { t } from '@/i18n';
import { formatLocalDate, shanghaiParts } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, Card, EmptyState, ErrorState, Field, Icon, Select, Skeleton } from '@/ui';
import type { PointsOwnerKind } from '@/gql/graphql';
import { LeaderboardQuery, MyPointsQuery, PointsScopeQuery } from './documents';
import { RecomputeButton, RecomputeLog } from './RecomputePoints';
import { formatPoints, gradeClass, MAX_STARS, toNextStar } from './stars';
import './points.css';

export default function PointsPage() {
  usePageTitle(t('points.pageTitle'));
  const { person, acting } = useSignedIn();
  const isMember = acting?.role === 'Member';
  const thisYear = shanghaiParts(Date.now()).year;
  const [year, setYear] = useState(thisYear);
  const [recomputed, setRecomputed] = useState(0);
  const admin = acting?.role === 'DistrictAdmin';

  return (
    <div className="jm-page jm-points">
      <header className="jm-page__header jm-board__header">
        <div className="jm-board__titles">
          <h1>{isMember ? t('points.pageTitle') : t('points.boardTitle')}</h1>
          <p className="muted">{t('points.subtitle')}</p>
        </div>
        <div className="jm-board__actions">
          {admin && <RecomputeButton onDone={() => setRecomputed((n) => n + 1)} />}
          <Field label={t('points.year')} className="jm-filterbar__field">
            <Select
              name="year"
              value={String(year)}
              placeholder={false}
              options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: t('points.yearOption', { year: y }) }))}
              onChange={(e) => setYear(Number(e.target.value))}
            />
          </Field>
        </div>
      </header>
      <div className={isMember ? 'jm-points__grid' : undefined}>
        {isMember && <MyPointsCard year={year} personId={person.personId} />}
        {acting && <LeaderboardCard scopeId={acting.scopeId} scopeName={acting.scopeName} year={year} personId={person.personId} />}
      </div>
      {admin && <RecomputeLog version={recomputed} />}
    </div>
  );
}

function MyPointsCard({ year, personId }: { year: number; personId: string }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyPointsQuery, variables: { year } });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch([liveGroups.person(personId)], refetch);
  const mine = data?.myPoints;
  if (error && !mine) return <ErrorState message={toAppError(error).message} onRetry={refetch} />;
  if (!mine) return <Card title={t('points.mine')}>{fetching ? <Skeleton lines={5} /> : null}</Card>;
  const next = toNextStar(mine.points, mine.stars);
  return (
    <div className="jm-stack">
      <Card className={`jm-points__summary ${gradeClass(mine.grade)}`} title={t('points.mine')}>
        <div className="jm-points__total">
          <span className="jm-points__number" data-testid="my-points">
            {formatPoints(mine.points)}
          </span>
          <span className="jm-points__unit">{t('points.unit')}</span>
          <span className={`jm-grade ${gradeClass(mine.grade)}`}>{mine.grade === 'NONE' ? t('points.noGrade') : mine.gradeLabel}</span>
        </div>
        <StarRow stars={mine.stars} grade={mine.grade} />
        <p className="muted jm-points__next">
          {next.needed === 0 ? t('points.maxStars') : t('points.toNext', { points: formatPoints(next.needed), stars: mine.stars })}
        </p>
        <div className="jm-meter" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(next.progress * 100)} aria-label={t('points.progress')}>
          <span style={{ width: `${next.progress * 100}%` }} />
        </div>
        <p className="jm-points__rule muted">{t('points.rule')}</p>
      </Card>
      <Card title={t('points.history')} padded={false}>
        {mine.entries.length === 0 ? (
          <EmptyState
            compact
            icon="award"
            title={t('points.historyEmpty')}
            description={<Link to="/wishes?view=forMe">{t('points.historyHint')}</Link>}
          />
        ) : (
          <ul className="jm-list jm-points__entries">
            {mine.entries.map((e, i) => (
              <li key={`${e.sourceId}-${i}`} data-source-id={e.sourceId} className="jm-list__row">
                <span className={`jm-points__source jm-points__source--${e.source.toLowerCase()}`} aria-hidden="true">
                  <Icon name={e.source === 'VOLUNTEER_HOURS' ? 'clock' : e.source === 'CONFIRMED_WISH' ? 'star' : 'checkCircle'} size={16} />
                </span>
                <span className="jm-list__main">
                  <span className="jm-list__title">{e.reason}</span>
                  <span className="jm-list__meta">
                    {t(`points.source.${e.source}`)} · {formatLocalDate(e.date)}
                  </span>
                </span>
                <span className="jm-points__delta">+{formatPoints(e.points)}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

export function StarRow({ stars, grade }: { stars: number; grade: string }) {
  return (
    <span className={`jm-starrow ${gradeClass(grade)}`} role="img" aria-label={t('points.starsLabel', { stars })}>
      {Array.from({ length: MAX_STARS }, (_, i) => (
        <span key={i} className={i < stars ? 'is-on' : undefined} aria-hidden="true">
          <Icon name="star" size={20} />
        </span>
      ))}
    </span>
  );
}

function LeaderboardCard({ scopeId, scopeName, year, personId }: { scopeId: string; scopeName: string; year: number; personId: string }) {
  const [level, setLevel] = useState<'community' | 'street'>('community');
  const [owners, setOwners] = useState<PointsOwnerKind>('MEMBER');
  const [scope] = useQuery({ query: PointsScopeQuery, variables: { id: scopeId } });
  const org = scope.data?.organisation;
  // A member or community secretary acts in a community; its parent is the street. A street secretary's scope is the street.
  const community = org?.kind === 'COMMUNITY' ? org : undefined;
  const street = org?.kind === 'STREET' ? org : org?.parent?.kind === 'STREET' ? org.parent : undefined;
  const target = level === 'community' ? (community ?? org) : (street ?? org);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LeaderboardQuery,
    variables: { organisationId: target?.id ?? scopeId, year, owners, take: 20 },
    pause: scope.fetching && !org,
  });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch([liveGroups.organisation(target?.id ?? scopeId)], refetch, 1000);
  const rows = data?.pointsLeaderboard ?? [];
  const option = useMemo(() => {
    const top = rows.slice(0, 10).reverse();
    return {
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', splitLine: { lineStyle: { color: '#eceef1' } } },
      yAxis: { type: 'category', data: top.map((r) => r.name ?? '—'), axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 18,
          data: top.map((r) => ({ value: r.points, itemStyle: { color: barColour(r.grade), borderRadius: [0, 4, 4, 0] } })),
          label: { show: true, position: 'right', formatter: '{c}' },
        },
      ],
    };
  }, [rows]);

  return (
    <Card
      title={t('points.leaderboard')}
      description={t('points.leaderboardOf', { scope: target?.name ?? scopeName })}
      className="jm-points__board"
    >
      <div className="jm-points__switches">
        <div className="jm-segmented" role="group" aria-label={t('points.levelLabel')}>
          {(['community', 'street'] as const).map((l) => (
            <button
              key={l}
              type="button"
              className={`jm-segmented__item${level === l ? ' is-active' : ''}`}
              aria-pressed={level === l}
              disabled={l === 'community' ? !community : !street}
              onClick={() => setLevel(l)}
            >
              {t(`points.level.${l}`)}
            </button>
          ))}
        </div>
        <div className="jm-segmented" role="group" aria-label={t('points.ownersLabel')}>
          {(['MEMBER', 'UNIT'] as const).map((o) => (
            <button
              key={o}
              type="button"
              className={`jm-segmented__item${owners === o ? ' is-active' : ''}`}
              aria-pressed={owners === o}
              onClick={() => setOwners(o)}
            >
              {t(`points.owners.${o}`)}
            </button>
          ))}
        </div>
      </div>
      {error && !data ? (
        <ErrorState compact message={toAppError(error).message} onRetry={refetch} />
      ) : fetching && !data ? (
        <Skeleton lines={6} />
      ) : rows.length === 0 ? (
        <EmptyState compact icon="barChart" title={t('points.boardEmpty')} />
      ) : (
        <>
          <EChart option={option} height={Math.max(160, Math.min(rows.length, 10) * 32 + 24)} label={t('points.chartLabel', { scope: target?.name ?? scopeName })} />
          <ol className="jm-rank">
            {rows.map((r) => (
              <li key={r.ownerId} className={r.ownerId === personId ? 'is-me' : undefined}>
                <span className={`jm-rank__no${r.rank <= 3 ? ` jm-rank__no--top${r.rank}` : ''}`}>{r.rank}</span>
                <span className="jm-rank__name">
                  {r.name ?? '—'}
                  {r.ownerId === personId && <span className="jm-rank__me">{t('points.me')}</span>}
                </span>
                <StarRowCompact stars={r.stars} grade={r.grade} />
                <span className="jm-rank__points">{formatPoints(r.points)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </Card>
  );
}

function StarRowCompact({ stars, grade }: { stars: number; grade: string }) {
  return (
    <span className={`jm-rank__stars ${gradeClass(grade)}`} title={t('points.starsLabel', { stars })}>
      <Icon name="star" size={14} />
      {stars}
    </span>
  );
}

function barColour(grade: string): string {
  switch (grade) {
    case 'GOLD':
      return '#E8B64C';
    case 'SILVER':
      return '#9AA1AA';
    case 'RED':
      return '#C8102E';
    default:
      return '#C9CED4';
  }
}
