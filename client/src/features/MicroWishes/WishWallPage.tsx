// 心愿墙: every wish the viewer may see in their community (for a member also the street's widened ones still
// waiting), filtered by status and category, or 为我推荐 (published wishes ranked for this member, with the reasons).
// Live: org:{community}, and org:{street} for a member (widened wishes of other communities notify the street).
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import { t } from '@/i18n';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { EmptyState, ErrorState, Field, Icon, Select, Skeleton } from '@/ui';
import type { WishStatus } from '@/gql/graphql';
import { WishesForMeQuery, WishesQuery, WishStreetQuery } from './documents';
import { WishCard } from './WishCard';
import { parseWallFilters, WISH_CATEGORIES, WISH_STATUSES } from './wishLogic';
import './wishes.css';

export default function WishWallPage() {
  usePageTitle(t('microWishes.pageTitle'));
  const { person, acting } = useSignedIn();
  const communityId = acting?.scopeId ?? '';
  const staff = acting?.role === 'CommunitySecretary';
  const [params, setParams] = useSearchParams();
  const filters = parseWallFilters(params);
  const forMe = !staff && filters.view === 'forMe';

  const [wall, refetchWall] = useQuery({
    query: WishesQuery,
    variables: { communityId, status: (filters.status ?? null) as WishStatus | null, includeStreetWide: !staff },
    pause: !communityId || forMe,
  });
  const [ranked, refetchRanked] = useQuery({ query: WishesForMeQuery, pause: !forMe });
  const [street] = useQuery({ query: WishStreetQuery, variables: { id: communityId }, pause: !communityId || staff });
  const streetId = street.data?.organisation?.parent?.id;
  const refetch = () => (forMe ? refetchRanked : refetchWall)({ requestPolicy: 'network-only' });
  const groups = communityId ? [liveGroups.organisation(communityId), liveGroups.person(person.personId)] : [];
  useLiveRefetch(streetId ? [...groups, liveGroups.organisation(streetId)] : groups, refetch);

  const wishes = useMemo(() => {
    const all = wall.data?.wishes ?? [];
    return filters.category ? all.filter((w) => w.category === filters.category) : all;
  }, [wall.data, filters.category]);

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const result = forMe ? ranked : wall;
  const error = result.error ? toAppError(result.error) : undefined;
  const loading = result.fetching && !result.data;

  return (
    <div className="jm-page jm-wishwall">
      <header className="jm-page__header jm-board__header">
        <div className="jm-board__titles">
          <h1>{t('microWishes.pageTitle')}</h1>
          <p className="muted">
            {t(staff ? 'microWishes.subtitleStaff' : 'microWishes.subtitle', { scope: acting?.scopeName ?? '' })}
          </p>
        </div>
        {staff && (
          <div className="jm-board__actions">
            <Link to="/wishes/new" className="jm-btn jm-btn--primary jm-btn--md">
              <Icon name="plus" size={18} />
              <span>{t('microWishes.newWish')}</span>
            </Link>
          </div>
        )}
      </header>

      <div className="jm-filterbar">
        {!staff && (
          <div className="jm-segmented" role="group" aria-label={t('microWishes.viewLabel')}>
            <button
              type="button"
              className={`jm-segmented__item${forMe ? '' : ' is-active'}`}
              aria-pressed={!forMe}
              onClick={() => set('view', '')}
            >
              {t('microWishes.viewAll')}
            </button>
            <button
              type="button"
              className={`jm-segmented__item${forMe ? ' is-active' : ''}`}
              aria-pressed={forMe}
              onClick={() => set('view', 'forMe')}
            >
              <Icon name="zap" size={14} />
              {t('microWishes.viewForMe')}
            </button>
          </div>
        )}
        {!forMe && (
          <div className="jm-filterbar__fields">
            <Field label={t('microWishes.filterStatus')} className="jm-filterbar__field">
              <Select
                name="status"
                value={filters.status ?? ''}
                placeholder={t('microWishes.allStatuses')}
                options={WISH_STATUSES.map((s) => ({ value: s, label: t(`microWishes.statusLabel.${s}`) }))}
                onChange={(e) => set('status', e.target.value)}
              />
            </Field>
            <Field label={t('microWishes.filterCategory')} className="jm-filterbar__field">
              <Select
                name="category"
                value={filters.category ?? ''}
                placeholder={t('microWishes.allCategories')}
                options={WISH_CATEGORIES.map((c) => ({ value: c, label: t(`microWishes.category.${c}`) }))}
                onChange={(e) => set('category', e.target.value)}
              />
            </Field>
          </div>
        )}
        {forMe && <p className="muted jm-wishwall__intro">{t('microWishes.forMeIntro')}</p>}
      </div>

      {error ? (
        <ErrorState message={error.message} onRetry={refetch} />
      ) : loading ? (
        <Skeleton lines={6} />
      ) : forMe ? (
        (ranked.data?.wishesForMe.length ?? 0) === 0 ? (
          <EmptyState icon="star" title={t('microWishes.forMeEmpty')} description={t('microWishes.forMeHint')} />
        ) : (
          <ul className="jm-wishgrid" aria-busy={result.fetching || undefined}>
            {ranked.data!.wishesForMe.map((r) => (
              <WishCard key={r.wish.id} wish={r.wish} reasons={r.reasons.length ? r.reasons : [r.reason]} score={r.score} homeCommunityId={communityId} />
            ))}
          </ul>
        )
      ) : wishes.length === 0 ? (
        <EmptyState
          icon="star"
          title={t('microWishes.empty')}
          description={staff && !filters.status && !filters.category ? t('microWishes.emptyStaffHint') : t('microWishes.emptyHint')}
        />
      ) : (
        <>
          <p className="muted jm-board__count" aria-live="polite">
            {t('microWishes.count', { count: wishes.length })}
          </p>
          <ul className="jm-wishgrid" aria-busy={result.fetching || undefined}>
            {wishes.map((w) => (
              <WishCard key={w.id} wish={w} homeCommunityId={communityId} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

