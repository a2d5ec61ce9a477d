import { Link } from 'react-router';
import { t } from '@/i18n';
import { formatDate } from '@/lib/format';
import { Icon, StatusTag } from '@/ui';
import { countdown, statusTone, type WishStatusCode } from './wishLogic';
import { CountdownTag } from './CountdownTag';

export interface WishCardData {
  id: string;
  status: string;
  category: string;
  categoryLabel: string;
  title: string;
  description: string;
  estimatedValue: number;
  gridName: string | null;
  buildingName: string | null;
  widenedToStreet: boolean;
  communityId?: string;
  communityName?: string | null;
  waitingDays: number;
  publishedAt: string | null;
  submittedAt: string;
  claimant: { id: string; displayName: string | null } | null;
  dueAt: string | null;
  rating: number | null;
}

export function statusText(status: string): string {
  return t(`microWishes.statusLabel.${status as WishStatusCode}`);
}

export function placeText(w: Pick<WishCardData, 'gridName' | 'buildingName'>): string | undefined {
  const parts = [w.gridName, w.buildingName].filter(Boolean);
  return parts.length ? parts.join(' · ') : undefined;
}

/** A card on a wall or a list; with `homeCommunityId`, a wish from another community (widened to the street) says whose it is. */
export function WishCard({ wish, reasons, score, homeCommunityId }: { wish: WishCardData; reasons?: readonly string[]; score?: number; homeCommunityId?: string }) {
  const status = wish.status as WishStatusCode;
  const place = placeText(wish);
  const elsewhere = homeCommunityId && wish.communityId && wish.communityId !== homeCommunityId ? wish.communityName : undefined;
  return (
    <li className={`jm-wish jm-wish--${status.toLowerCase()}`} data-wish-id={wish.id} data-status={status}>
      <Link to={`/wishes/${wish.id}`} className="jm-wish__link" aria-label={t('microWishes.openWish', { title: wish.title })}>
        <div className="jm-wish__tags">
          <span className="jm-wish__category">{wish.categoryLabel}</span>
          {wish.widenedToStreet && <StatusTag tone="info">{elsewhere ? t('microWishes.fromCommunity', { community: elsewhere }) : t('microWishes.widened')}</StatusTag>}
          <span className="jm-wish__status">
            <StatusTag tone={statusTone(status)} dot>
              {statusText(status)}
            </StatusTag>
          </span>
        </div>
        <h3 className="jm-wish__title">{wish.title}</h3>
        <p className="jm-wish__desc">{wish.description}</p>
        {reasons && reasons.length > 0 && (
          <ul className="jm-wish__reasons" aria-label={score !== undefined ? t('microWishes.score', { score }) : undefined}>
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
        <div className="jm-wish__meta">
          <span className="jm-wish__value">{t('microWishes.value', { value: Math.round(wish.estimatedValue) })}</span>
          {place && (
            <span className="jm-wish__place">
              <Icon name="mapPin" size={14} />
              {place}
            </span>
          )}
          <span className="jm-wish__aside">
            <WishAside wish={wish} />
          </span>
        </div>
      </Link>
    </li>
  );
}

function WishAside({ wish }: { wish: WishCardData }) {
  switch (wish.status) {
    case 'PUBLISHED':
      return <>{wish.waitingDays > 0 ? t('microWishes.waiting', { days: wish.waitingDays }) : t('microWishes.waitingToday')}</>;
    case 'CLAIMED':
      return (
        <>
          {wish.claimant?.displayName ? t('microWishes.claimedBy', { name: wish.claimant.displayName }) : statusText('CLAIMED')}
          {wish.dueAt && countdown(wish.dueAt).overdue && <CountdownTag dueAt={wish.dueAt} />}
        </>
      );
    case 'CLOSED':
      return <>{wish.rating ? t('microWishes.ratingShort', { rating: wish.rating }) : statusText('CLOSED')}</>;
    default:
      return <>{formatDate(wish.publishedAt ?? wish.submittedAt)}</>;
  }
}
