// One wish: what it is, the resident (masked until claimed), the claim and fulfilment, the full history,
// and the actions open to the viewer. Live on the community and on the viewer.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { toAppError, type AppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import { t } from '@/i18n';
import { formatDateTime, timeAgo } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Card, EmptyState, ErrorState, Icon, Skeleton, StatusTag } from '@/ui';
import { WishQuery } from './documents';
import { CountdownTag } from './CountdownTag';
import { placeText, statusText } from './WishCard';
import { WishActionsPanel } from './WishActions';
import { statusTone, wishActions, type WishStatusCode } from './wishLogic';
import { canWiden, WidenWishAction } from './WidenWishAction';
import './wishes.css';

export default function WishDetailPage() {
  const { id = '' } = useParams();
  const { person, acting } = useSignedIn();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: WishQuery, variables: { id } });
  const wish = data?.wish;
  usePageTitle(wish?.title ?? t('microWishes.detail.pageTitle'));
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const groups = [liveGroups.person(person.personId), ...(wish ? [liveGroups.organisation(wish.communityId)] : [])];
  useLiveRefetch(groups, refetch);
  const [notice, setNotice] = useState<string>();

  if (error && !wish) {
    const e: AppError = toAppError(error);
    return (
      <div className="jm-page">
        <BackLink />
        <ErrorState message={e.code === 'NOT_FOUND' ? t('microWishes.detail.notFound') : e.message} onRetry={refetch} />
      </div>
    );
  }
  if (!wish) {
    return (
      <div className="jm-page">
        <BackLink />
        {fetching ? <Skeleton lines={8} /> : <EmptyState icon="star" title={t('microWishes.detail.notFound')} />}
      </div>
    );
  }

  const status = wish.status as WishStatusCode;
  const actions = wishActions({ ...wish, status }, acting?.role, person.personId);
  const place = placeText(wish);

  return (
    <div className="jm-page jm-wishpage" data-wish-id={wish.id} data-status={status}>
      <BackLink />
      <header className="jm-wishpage__header">
        <div className="jm-wishpage__tags">
          <span className="jm-wish__category">{wish.categoryLabel}</span>
          <StatusTag tone={statusTone(status)} dot>
            <span data-testid="wish-status">{statusText(status)}</span>
          </StatusTag>
          {wish.widenedToStreet && <StatusTag tone="info">{t('microWishes.widened')}</StatusTag>}
          {status === 'CLAIMED' && wish.dueAt && <CountdownTag dueAt={wish.dueAt} />}
        </div>
        <h1>{wish.title}</h1>
        <p className="muted">{wish.statusText}</p>
      </header>

      {notice && (
        <p className="jm-alert jm-alert--info" role="status">
          <Icon name="alert" size={18} />
          <span>{notice}</span>
        </p>
      )}

      <div className="jm-detail-grid">
        <div className="jm-stack">
          <Card title={t('microWishes.detail.about')}>
            <p className="jm-wishpage__desc">{wish.description}</p>
            <dl className="jm-dl jm-dl--grid">
              <dt>{t('microWishes.detail.category')}</dt>
              <dd>{wish.categoryLabel}</dd>
              <dt>{t('microWishes.detail.value')}</dt>
              <dd>{t('microWishes.value', { value: Math.round(wish.estimatedValue) })}</dd>
              <dt>{t('microWishes.detail.community')}</dt>
              <dd>{wish.communityName ?? '—'}</dd>
              <dt>{t('microWishes.detail.place')}</dt>
              <dd>{place ?? '—'}</dd>
              <dt>{t('microWishes.detail.submittedBy')}</dt>
              <dd>{wish.submittedBy?.displayName ?? '—'}</dd>
              <dt>{t('microWishes.detail.submittedAt')}</dt>
              <dd>{formatDateTime(wish.submittedAt)}</dd>
              {wish.publishedAt && (
                <>
                  <dt>{t('microWishes.detail.publishedAt')}</dt>
                  <dd>{formatDateTime(wish.publishedAt)}</dd>
                </>
              )}
              {wish.closingReason && (
                <>
                  <dt>{t('microWishes.detail.closingReason')}</dt>
                  <dd>{wish.closingReason}</dd>
                </>
              )}
            </dl>
          </Card>

          <Card title={t('microWishes.detail.resident')}>
            <dl className="jm-dl jm-dl--grid">
              <dt>{t('microWishes.detail.residentName')}</dt>
              <dd data-testid="resident-name">{wish.resident.name}</dd>
              <dt>{t('microWishes.detail.residentPhone')}</dt>
              <dd>
                {wish.resident.masked ? (
                  wish.resident.phone
                ) : (
                  <a href={`tel:${wish.resident.phone}`}>{wish.resident.phone}</a>
                )}
              </dd>
              <dt>{t('microWishes.detail.residentAddress')}</dt>
              <dd>{wish.resident.address}</dd>
            </dl>
            <p className="jm-wishpage__privacy muted">
              <Icon name={wish.resident.masked ? 'lock' : 'shield'} size={16} />
              <span>{wish.resident.masked ? t('microWishes.detail.maskedNote') : t('microWishes.detail.fullNote')}</span>
            </p>
          </Card>

          {(wish.claimant || wish.fulfilNote || wish.rating) && (
            <Card title={wish.fulfilNote ? t('microWishes.detail.fulfilment') : t('microWishes.detail.claim')}>
              <dl className="jm-dl jm-dl--grid">
                {wish.claimant && (
                  <>
                    <dt>{t('microWishes.detail.claimant')}</dt>
                    <dd>{wish.claimant.displayName ?? '—'}</dd>
                  </>
                )}
                {wish.claimedAt && (
                  <>
                    <dt>{t('microWishes.detail.claimedAt')}</dt>
                    <dd>{formatDateTime(wish.claimedAt)}</dd>
                  </>
                )}
                {wish.dueAt && status === 'CLAIMED' && (
                  <>
                    <dt>{t('microWishes.detail.dueAt')}</dt>
                    <dd>{formatDateTime(wish.dueAt)}</dd>
                  </>
                )}
                {wish.fulfilNote && (
                  <>
                    <dt>{t('microWishes.detail.fulfilNote')}</dt>
                    <dd>{wish.fulfilNote}</dd>
                  </>
                )}
                {wish.fulfilledAt && (
                  <>
                    <dt>{t('microWishes.detail.fulfilledAt')}</dt>
                    <dd>{formatDateTime(wish.fulfilledAt)}</dd>
                  </>
                )}
                {wish.rating != null && (
                  <>
                    <dt>{t('microWishes.detail.rating')}</dt>
                    <dd>
                      <Stars value={wish.rating} />
                    </dd>
                  </>
                )}
                {wish.thanks && (
                  <>
                    <dt>{t('microWishes.detail.thanks')}</dt>
                    <dd>{wish.thanks}</dd>
                  </>
                )}
              </dl>
              {wish.photos.length > 0 && (
                <div className="jm-photos" aria-label={t('microWishes.detail.photos')}>
                  {wish.photos.map((p, i) => (
                    <a key={p.id} href={p.url} target="_blank" rel="noreferrer" className="jm-photos__item">
                      <img src={p.url} alt={t('microWishes.detail.photoAlt', { n: i + 1 })} loading="lazy" />
                    </a>
                  ))}
                </div>
              )}
            </Card>
          )}
        </div>

        <div className="jm-stack jm-wishpage__side">
          <Card title={t('microWishes.detail.actions')} className="jm-wishpage__actions">
            {canWiden(wish, acting?.role) && <WidenWishAction wish={wish} onDone={refetch} />}
            {actions.length === 0 ? (
              !canWiden(wish, acting?.role) && <p className="muted">{t('microWishes.detail.noActions')}</p>
            ) : (
              <WishActionsPanel
                wish={wish}
                actions={actions}
                refetch={refetch}
                onConflict={(message) => {
                  setNotice(message);
                  refetch();
                }}
              />
            )}
            <p className="muted jm-wishpage__live">{t('microWishes.detail.liveHint')}</p>
          </Card>

          <Card title={t('microWishes.detail.history')}>
            {wish.history.length === 0 ? (
              <p className="muted">{t('microWishes.detail.historyEmpty')}</p>
            ) : (
              <ol className="jm-history">
                {[...wish.history].reverse().map((h) => (
                  <li key={`${h.version}-${h.event}`}>
                    <span className="jm-history__dot" aria-hidden="true" />
                    <div>
                      <p className="jm-history__action">
                        {h.action}
                        {h.by?.displayName && <span className="jm-history__by">{h.by.displayName}</span>}
                      </p>
                      {h.detail && <p className="jm-history__detail">{h.detail}</p>}
                      <time className="jm-history__time" dateTime={h.at} title={formatDateTime(h.at)}>
                        {timeAgo(h.at)}
                      </time>
                    </div>
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}

function BackLink() {
  return (
    <Link to="/wishes" className="jm-backlink">
      <Icon name="chevronLeft" size={16} />
      {t('microWishes.detail.back')}
    </Link>
  );
}

export function Stars({ value }: { value: number }) {
  return (
    <span className="jm-stars" role="img" aria-label={t('microWishes.confirm.star', { n: value })}>
      {[1, 2, 3, 4, 5].map((n) => (
        <span key={n} className={n <= value ? 'is-on' : undefined} aria-hidden="true">
          <Icon name="star" size={16} />
        </span>
      ))}
    </span>
  );
}

