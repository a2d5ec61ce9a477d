// 我的认领: the member's claims — in progress (with the countdown), waiting for the community, done.
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import { t } from '@/i18n';
import { formatDate } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Card, EmptyState, ErrorState, Icon, Skeleton, StatusTag } from '@/ui';
import { MyClaimsQuery } from './documents';
import { CountdownTag } from './CountdownTag';
import { placeText, statusText } from './WishCard';
import { Stars } from './WishDetailPage';
import { statusTone, type WishStatusCode } from './wishLogic';
import './wishes.css';

export default function MyClaimsPage() {
  usePageTitle(t('microWishes.myClaims.pageTitle'));
  const { person, acting } = useSignedIn();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyClaimsQuery });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch([liveGroups.person(person.personId), ...(acting ? [liveGroups.organisation(acting.scopeId)] : [])], refetch);
  const claims = data?.myClaims ?? [];
  const groups = [
    { key: 'active', title: t('microWishes.myClaims.active'), items: claims.filter((w) => w.status === 'CLAIMED').sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? '')) },
    { key: 'waiting', title: t('microWishes.myClaims.waiting'), items: claims.filter((w) => w.status === 'FULFILLED') },
    { key: 'done', title: t('microWishes.myClaims.done'), items: claims.filter((w) => w.status === 'CLOSED') },
  ];

  return (
    <div className="jm-page jm-myclaims">
      <header className="jm-page__header">
        <div>
          <h1>{t('microWishes.myClaims.pageTitle')}</h1>
          <p className="muted">{t('microWishes.myClaims.subtitle')}</p>
        </div>
      </header>
      {error && !data ? (
        <ErrorState message={toAppError(error).message} onRetry={refetch} />
      ) : fetching && !data ? (
        <Skeleton lines={6} />
      ) : claims.length === 0 ? (
        <EmptyState
          icon="star"
          title={t('microWishes.myClaims.empty')}
          description={t('microWishes.myClaims.emptyHint')}
          action={
            <Link to="/wishes?view=forMe" className="jm-btn jm-btn--primary jm-btn--md">
              {t('microWishes.myClaims.goWall')}
            </Link>
          }
        />
      ) : (
        groups.map((g) => (
          <Card key={g.key} title={t('microWishes.myClaims.groupTitle', { title: g.title, count: g.items.length })} padded={false} className="jm-myclaims__group">
            {g.items.length === 0 ? (
              <p className="muted jm-myclaims__none">{t('microWishes.myClaims.emptySection')}</p>
            ) : (
              <ul className="jm-list">
                {g.items.map((w) => (
                  <li key={w.id} data-wish-id={w.id}>
                    <Link to={`/wishes/${w.id}`} className="jm-list__link">
                      <span className="jm-list__main">
                        <span className="jm-list__title">{w.title}</span>
                        <span className="jm-list__meta">
                          {[w.categoryLabel, placeText(w), w.claimedAt ? formatDate(w.claimedAt) : undefined].filter(Boolean).join(' · ')}
                        </span>
                      </span>
                      {w.status === 'CLAIMED' && w.dueAt ? (
                        <CountdownTag dueAt={w.dueAt} />
                      ) : w.status === 'CLOSED' && w.rating ? (
                        <Stars value={w.rating} />
                      ) : (
                        <StatusTag tone={statusTone(w.status as WishStatusCode)}>{statusText(w.status)}</StatusTag>
                      )}
                      <Icon name="chevronRight" size={16} className="jm-list__chevron" />
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ))
      )}
    </div>
  );
}
