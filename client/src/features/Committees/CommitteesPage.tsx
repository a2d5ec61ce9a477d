// 联席会议: the committees of the secretary's own organisation, or with 含下级 also those of everything under it
// (a street's communities), with convener, cadence and member counts; each links to its page and its meetings.
// Those above a level set committees up here (新建联席会议).
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import { BoardHeader } from '@/features/Meetings/common/BoardHeader';
import { t } from '@/i18n';
import { shanghaiDate } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, Card, EmptyState, ErrorState, Icon, Skeleton, StatusTag } from '@/ui';
import { CreateCommitteeDialog } from './CreateCommitteeDialog';
import { CommitteesQuery } from './documents';
import { cadenceText, creatableLevels, splitMembers } from './committeeLogic';
import './committees.css';

export default function CommitteesPage() {
  usePageTitle(t('committees.pageTitle'));
  const { acting } = useSignedIn();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  // A community has nothing under it that holds a committee, so only those above one get the switch.
  const hasBelow = acting?.role === 'DistrictAdmin' || acting?.role === 'StreetSecretary';
  const belowInUrl = hasBelow && params.get('below') === '1';
  // The box follows the click at once; the address (kept for reloads and links) catches up in a router transition,
  // which on a slow phone would otherwise leave the box unticked for a moment after it was ticked.
  const [below, setBelow] = useState(belowInUrl);
  useEffect(() => setBelow(belowInUrl), [belowInUrl]);
  const scopeId = acting?.scopeId ?? '';
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CommitteesQuery,
    variables: { organisationId: scopeId, includeDescendants: below },
    pause: !scopeId,
  });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const today = shanghaiDate();
  const groups = useMemo(
    () => [...(scopeId ? [liveGroups.organisation(scopeId)] : []), ...(data?.committees ?? []).map((c) => liveGroups.committee(c.id))],
    [scopeId, data],
  );
  useLiveRefetch(groups, refetch, 600);
  const committees = useMemo(() => {
    const list = [...(data?.committees ?? [])];
    // Higher levels first (street before its communities), then by name.
    const rank = { DISTRICT: 0, STREET: 1, COMMUNITY: 2 } as const;
    return list.sort((a, b) => rank[a.level] - rank[b.level] || a.name.localeCompare(b.name, 'zh-CN'));
  }, [data, acting]);

  return (
    <div className="jm-page jm-page-stack">
      <BoardHeader
        title={t('committees.pageTitle')}
        subtitle={t('committees.subtitle', { scope: acting?.scopeName ?? '' })}
        actions={
          acting && creatableLevels(acting.role).length > 0 ? (
            <Button variant="primary" icon={<Icon name="plus" size={18} />} onClick={() => setCreating(true)}>
              {t('committees.create.open')}
            </Button>
          ) : undefined
        }
      />
      {hasBelow && (
        <div className="jm-committees-toolbar">
          <label className="jm-check">
            <input
              type="checkbox"
              checked={below}
              onChange={(e) => {
                setBelow(e.target.checked);
                const next = new URLSearchParams(params);
                if (e.target.checked) next.set('below', '1');
                else next.delete('below');
                setParams(next, { replace: true });
              }}
            />
            <span>{t('committees.includeBelow')}</span>
          </label>
          <span className="muted">{below ? t('committees.includeBelowOn', { count: committees.length }) : t('committees.includeBelowOff')}</span>
        </div>
      )}
      {error && !data ? (
        <ErrorState message={toAppError(error).message} onRetry={refetch} />
      ) : fetching && !data ? (
        <Skeleton lines={6} />
      ) : committees.length === 0 ? (
        <EmptyState icon="users" title={t('committees.empty')} description={hasBelow && !below ? t('committees.emptyHintBelow') : t('committees.emptyHint')} />
      ) : (
        <ul className="jm-committees">
          {committees.map((c) => {
            const { standing, activePartTime } = splitMembers(c.members, today);
            const convener = c.members.find((m) => m.personId === c.convenerPersonId);
            return (
              <li key={c.id}>
                <Card className="jm-committee-card">
                  <div className="jm-committee-card__tags">
                    <StatusTag tone={c.level === 'COMMUNITY' ? 'info' : 'brand'}>{t(`committees.level.${c.level}`)}</StatusTag>
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
      {creating && acting && <CreateCommitteeDialog acting={acting} onClose={() => setCreating(false)} />}
    </div>
  );
}
