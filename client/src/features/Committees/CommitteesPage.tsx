// 联席会议: the committees a secretary runs or oversees (a street sees its communities' too), with convener,
// cadence and member counts; each links to its page and to its meetings on the calendar.
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import { BoardHeader } from '@/features/Meetings/common/BoardHeader';
import { t } from '@/i18n';
import { shanghaiDate } from '@/lib/format';
import { Card, EmptyState, ErrorState, Icon, Skeleton, StatusTag } from '@/ui';
import { CommitteesQuery } from './documents';
import { cadenceText, inScope, splitMembers } from './committeeLogic';
import './committees.css';

export default function CommitteesPage() {
  usePageTitle(t('committees.pageTitle'));
  const { acting } = useSignedIn();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CommitteesQuery });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const today = shanghaiDate();
  const committees = useMemo(() => {
    const list = (data?.committees ?? []).filter((c) => acting && inScope(c, acting));
    // Higher levels first (street before its communities), then by name.
    const rank = { DISTRICT: 0, STREET: 1, COMMUNITY: 2 } as const;
    return list.sort((a, b) => rank[a.level] - rank[b.level] || a.name.localeCompare(b.name, 'zh-CN'));
  }, [data, acting]);

  return (
    <div className="jm-page jm-page-stack">
      <BoardHeader title={t('committees.pageTitle')} subtitle={t('committees.subtitle', { scope: acting?.scopeName ?? '' })} />
      {error && !data ? (
        <ErrorState message={toAppError(error).message} onRetry={refetch} />
      ) : fetching && !data ? (
        <Skeleton lines={6} />
      ) : committees.length === 0 ? (
        <EmptyState icon="users" title={t('committees.empty')} description={t('committees.emptyHint')} />
      ) : (
        <ul className="jm-committees">
          {committees.map((c) => {
            const { standing, activePartTime } = splitMembers(c.members, today);
            const convener = c.members.find((m) => m.personId === c.convenerPersonId);
            return (
              <li key={c.id}>
                <Card className="jm-committee-card">
                  <div className="jm-committee-card__tags">
                    <StatusTag tone={c.level === 'STREET' ? 'brand' : 'info'}>{t(`committees.level.${c.level}`)}</StatusTag>
                    <span className="muted">{c.organisation?.name}</span>
                  </div>
                  <h2 className="jm-committee-card__title">
                    <Link to={`/committees/${encodeURIComponent(c.id)}`}>{c.name}</Link>
                  </h2>
                  <dl className="jm-committee-card__facts">
                    <div>
                      <dt>{t('committees.convener')}</dt>
                      <dd>{convener?.name ?? '—'}</dd>
                    </div>
                    <div>
                      <dt>{t('committees.cadence')}</dt>
                      <dd>{cadenceText(c.cadence)}</dd>
                    </div>
                    <div>
                      <dt>{t('committees.members')}</dt>
                      <dd>
                        {t('committees.standingCount', { count: standing.length })} · {t('committees.partTimeCount', { count: activePartTime })}
                      </dd>
                    </div>
                  </dl>
                  <div className="jm-committee-card__links">
                    <Link className="jm-btn jm-btn--secondary jm-btn--sm" to={`/committees/${encodeURIComponent(c.id)}`}>
                      <span>{t('committees.open')}</span>
                    </Link>
                    <Link className="jm-btn jm-btn--ghost jm-btn--sm" to={`/meetings?committee=${encodeURIComponent(c.id)}`}>
                      <Icon name="calendar" size={16} />
                      <span>{t('committees.calendar')}</span>
                    </Link>
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
