// 需求清单 board: filters, the two-way claim in place, live updates from the organisation's group.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { t } from '@/i18n';
import { dueStatus, formatLocalDate } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, EmptyState, ErrorState, Field, Icon, Input, Loading, Select, Skeleton, StatusTag } from '@/ui';
import { BoardHeader, FilterBar, Segmented } from '@/features/Meetings/common/BoardHeader';
import { matchesText, needStatusTone, urgencyTone } from '@/features/Meetings/common/labels';
import { useCycleScope, type CycleScope } from '@/features/Meetings/common/scope';
import type { NeedFieldsFragment, NeedStatus } from '@/gql/graphql';
import { NeedsQuery } from './documents';
import { NeedActions, NeedClaimLine } from './NeedActions';
import { NEED_CATEGORIES, NEED_URGENCIES, NeedFormDialog } from './NeedForm';

type StatusFilter = 'ALL' | NeedStatus;
const STATUSES: NeedStatus[] = ['OPEN', 'CLAIM_PENDING', 'CLAIMED', 'CLOSED', 'WITHDRAWN'];

export default function NeedsPage() {
  usePageTitle(t('needs.pageTitle'));
  const { scope, error, retry } = useCycleScope();
  if (error)
    return (
      <div className="jm-page">
        <ErrorState message={error.message} onRetry={retry} />
      </div>
    );
  if (!scope)
    return (
      <div className="jm-page">
        <Loading label={t('cycle.scopeLoading')} />
      </div>
    );
  return <NeedsBoard scope={scope} />;
}

function NeedsBoard({ scope }: { scope: CycleScope }) {
  const [status, setStatus] = useState<StatusFilter>('ALL');
  const [category, setCategory] = useState('');
  const [urgency, setUrgency] = useState('');
  const [query, setQuery] = useState('');
  const [range, setRange] = useState<'street' | 'community'>('street');
  const [posting, setPosting] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: NeedsQuery,
    variables: { organisationId: scope.boardOrgId },
  });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch(
    [liveGroups.organisation(scope.boardOrgId), ...(scope.unitId ? [liveGroups.organisation(scope.unitId)] : [])],
    refetch,
  );

  const all = data?.needs ?? [];
  const inRange = useMemo(
    () => (scope.isUnit && range === 'community' && scope.communityId ? all.filter((n) => n.organisationId === scope.communityId) : all),
    [all, range, scope],
  );
  const filtered = inRange.filter(
    (n) =>
      (status === 'ALL' || n.status === status) &&
      (!category || n.category === category) &&
      (!urgency || n.urgency === urgency) &&
      matchesText(query, n.title, n.place, n.organisationName, n.description, n.activeClaim?.unitName),
  );
  const counts = (s: NeedStatus) => inRange.filter((n) => n.status === s).length;
  const canPost = scope.role === 'CommunitySecretary' || scope.role === 'StreetSecretary';
  const filtersOn = status !== 'ALL' || !!category || !!urgency || !!query;

  return (
    <div className="jm-page">
      <BoardHeader
        title={t('needs.pageTitle')}
        subtitle={scope.isUnit ? t('needs.subtitleUnit', { unit: scope.scopeName }) : t('needs.subtitle', { scope: scope.scopeName })}
        actions={
          <>
            {scope.isSecretary && (
              <a className="jm-btn jm-btn--ghost jm-btn--md" href={`/exports/needs.csv?organisationId=${encodeURIComponent(scope.boardOrgId)}`} title={t('cycle.exportHint')}>
                <Icon name="download" size={16} />
                <span>{t('cycle.exportCsv')}</span>
              </a>
            )}
            {canPost && (
              <Button variant="primary" icon={<Icon name="plus" size={16} />} onClick={() => setPosting(true)}>
                {t('needs.post')}
              </Button>
            )}
          </>
        }
      />

      <FilterBar label={t('cycle.filters')}>
        <Segmented<StatusFilter>
          label={t('cycle.filterStatus')}
          value={status}
          onChange={setStatus}
          options={[
            { value: 'ALL', label: t('cycle.filterAll'), count: inRange.length },
            ...STATUSES.slice(0, 4).map((s) => ({ value: s, label: t(`needs.status.${s}`), count: counts(s) })),
          ]}
        />
        <div className="jm-filterbar__fields">
          {scope.isUnit && scope.communityId && (
            <Field label={t('cycle.scopeLabel')} className="jm-filterbar__field">
              <Select
                value={range}
                placeholder={false}
                options={[
                  { value: 'street', label: t('cycle.scopeStreet') },
                  { value: 'community', label: t('cycle.scopeCommunity') },
                ]}
                onChange={(e) => setRange(e.target.value as 'street' | 'community')}
              />
            </Field>
          )}
          <Field label={t('needs.fields.category')} className="jm-filterbar__field">
            <Select
              value={category}
              placeholder={t('cycle.filterAll')}
              options={NEED_CATEGORIES.map((c) => ({ value: c, label: t(`needs.category.${c}`) }))}
              onChange={(e) => setCategory(e.target.value)}
            />
          </Field>
          <Field label={t('needs.fields.urgency')} className="jm-filterbar__field">
            <Select
              value={urgency}
              placeholder={t('cycle.filterAll')}
              options={NEED_URGENCIES.map((u) => ({ value: u, label: t(`needs.urgency.${u}`) }))}
              onChange={(e) => setUrgency(e.target.value)}
            />
          </Field>
          <Field label={t('cycle.search')} className="jm-filterbar__field jm-filterbar__search">
            <Input type="search" value={query} placeholder={t('cycle.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
          </Field>
        </div>
      </FilterBar>

      {error && !data ? (
        <ErrorState message={toAppError(error).message} onRetry={refetch} />
      ) : fetching && !data ? (
        <div className="jm-board-grid">
          {[0, 1, 2].map((i) => (
            <div key={i} className="jm-card jm-board-card">
              <Skeleton lines={4} />
            </div>
          ))}
        </div>
      ) : all.length === 0 ? (
        <EmptyState
          icon="clipboard"
          title={t('needs.empty')}
          description={scope.isUnit ? t('needs.emptyHintUnit') : t('needs.emptyHintSecretary')}
          action={canPost && <Button variant="primary" onClick={() => setPosting(true)}>{t('needs.post')}</Button>}
        />
      ) : filtered.length === 0 ? (
        <EmptyState
          icon="search"
          title={t('cycle.noMatch')}
          description={t('cycle.noMatchHint')}
          action={
            filtersOn && (
              <Button
                onClick={() => {
                  setStatus('ALL');
                  setCategory('');
                  setUrgency('');
                  setQuery('');
                }}
              >
                {t('cycle.clearFilters')}
              </Button>
            )
          }
        />
      ) : (
        <>
          <p className="muted jm-board__count" aria-live="polite">
            {filtered.length === inRange.length ? t('cycle.count', { count: filtered.length }) : t('cycle.shownOf', { shown: filtered.length, total: inRange.length })}
          </p>
          <div className="jm-board-grid">
            {filtered.map((need) => (
              <NeedCard key={need.id} need={need} scope={scope} refetch={refetch} />
            ))}
          </div>
        </>
      )}

      {canPost && <NeedFormDialog open={posting} onClose={() => setPosting(false)} organisationId={scope.orgId} onSaved={refetch} />}
    </div>
  );
}

export function NeedCard({ need, scope, refetch }: { need: NeedFieldsFragment; scope: CycleScope; refetch: () => void }) {
  const open = need.status === 'OPEN' || need.status === 'CLAIM_PENDING';
  const due = open ? dueStatus(need.deadline) : undefined;
  const titleId = `need-${need.id}-title`;
  return (
    <article className="jm-card jm-board-card" aria-labelledby={titleId} data-need-id={need.id}>
      <div className="jm-board-card__tags">
        <StatusTag tone={needStatusTone(need.status)}>{t(`needs.status.${need.status}`)}</StatusTag>
        <StatusTag tone="neutral">{need.categoryLabel}</StatusTag>
        {(need.urgency === 'HIGH' || need.urgency === 'URGENT') && (
          <StatusTag tone={urgencyTone(need.urgency)}>{t('needs.urgencyTag', { level: need.urgencyLabel })}</StatusTag>
        )}
      </div>
      <h2 className="jm-board-card__title" id={titleId}>
        <Link to={`/needs/${encodeURIComponent(need.id)}`}>{need.title}</Link>
      </h2>
      <p className="jm-board-card__meta">
        <span>{need.organisationName}</span>
        <span aria-hidden="true">·</span>
        <span className="jm-board-card__place">
          <Icon name="mapPin" size={14} />
          {need.place}
        </span>
      </p>
      <p className="jm-board-card__body">{t('needs.needs', { what: need.whatIsNeeded })}</p>
      <div className="jm-board-card__footer">
        <div className="jm-board-card__status">
          <NeedClaimLine need={need} scope={scope} />
          {due ? (
            <StatusTag tone={due.tone === 'overdue' ? 'danger' : due.tone === 'later' ? 'neutral' : 'warning'}>{due.label}</StatusTag>
          ) : (
            <span className="muted">{t('needs.deadlineOn', { date: formatLocalDate(need.deadline) })}</span>
          )}
        </div>
        <div className="jm-board-card__actions">
          {need.canManage && open && (
            <Link className="jm-btn jm-btn--ghost jm-btn--sm" to={`/needs/${encodeURIComponent(need.id)}#match`}>
              <Icon name="link" size={14} />
              <span>{t('needs.match.show')}</span>
            </Link>
          )}
          <NeedActions need={need} scope={scope} refetch={refetch} />
        </div>
      </div>
    </article>
  );
}
