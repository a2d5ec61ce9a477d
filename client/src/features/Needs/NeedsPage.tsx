// 需求清单 board: filters, the two-way claim in place, live updates from the organisation's group.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { t } from '@/i18n';
import { dueStatus, formatLocalDate } from '@/lib/format';
import { liveGroups } from '@/live/useLive';
import { Button, Field, Icon, Select, StatusTag } from '@/ui';
import { BoardHeader, FilterBar, Segmented } from '@/features/Meetings/common/BoardHeader';
import { BoardCard, BoardList, CycleScopePage, DueTag, ExportLink, SearchField, useLiveQuery } from '@/features/Meetings/common/Board';
import { matchesText, needStatusTone, urgencyTone } from '@/features/Meetings/common/labels';
import type { CycleScope } from '@/features/Meetings/common/scope';
import type { NeedFieldsFragment, NeedStatus } from '@/gql/graphql';
import { NeedsQuery } from './documents';
import { NeedActions, NeedClaimLine } from './NeedActions';
import { NEED_CATEGORIES, NEED_URGENCIES, NeedFormDialog } from './NeedForm';

type StatusFilter = 'ALL' | NeedStatus;
const STATUSES: NeedStatus[] = ['OPEN', 'CLAIM_PENDING', 'CLAIMED', 'CLOSED', 'WITHDRAWN'];

export default function NeedsPage() {
  return <CycleScopePage title={t('needs.pageTitle')}>{(scope) => <NeedsBoard scope={scope} />}</CycleScopePage>;
}

function NeedsBoard({ scope }: { scope: CycleScope }) {
  const [status, setStatus] = useState<StatusFilter>('ALL');
  const [category, setCategory] = useState('');
  const [urgency, setUrgency] = useState('');
  const [query, setQuery] = useState('');
  const [range, setRange] = useState<'street' | 'community'>('street');
  const [posting, setPosting] = useState(false);
  const board = useLiveQuery(NeedsQuery, { organisationId: scope.boardOrgId }, [
    liveGroups.organisation(scope.boardOrgId),
    ...(scope.unitId ? [liveGroups.organisation(scope.unitId)] : []),
  ]);
  const { data, refetch } = board;

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
            {scope.isSecretary && <ExportLink board="needs" organisationId={scope.boardOrgId} />}
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
          <SearchField value={query} onChange={setQuery} />
        </div>
      </FilterBar>

      {data && filtered.length > 0 && (
        <p className="muted jm-board__count" aria-live="polite">
          {filtered.length === inRange.length ? t('cycle.count', { count: filtered.length }) : t('cycle.shownOf', { shown: filtered.length, total: inRange.length })}
        </p>
      )}
      <BoardList
        state={board}
        items={filtered}
        total={all.length}
        empty={{
          icon: 'clipboard',
          title: t('needs.empty'),
          description: scope.isUnit ? t('needs.emptyHintUnit') : t('needs.emptyHintSecretary'),
          action: canPost && <Button variant="primary" onClick={() => setPosting(true)}>{t('needs.post')}</Button>,
        }}
        onClearFilters={
          filtersOn &&
          (() => {
            setStatus('ALL');
            setCategory('');
            setUrgency('');
            setQuery('');
          })
        }
      >
        {(need) => <NeedCard key={need.id} need={need} scope={scope} refetch={refetch} />}
      </BoardList>

      {canPost && <NeedFormDialog open={posting} onClose={() => setPosting(false)} organisationId={scope.orgId} onSaved={refetch} />}
    </div>
  );
}

export function NeedCard({ need, scope, refetch }: { need: NeedFieldsFragment; scope: CycleScope; refetch: () => void }) {
  const open = need.status === 'OPEN' || need.status === 'CLAIM_PENDING';
  const due = open ? dueStatus(need.deadline) : undefined;
  return (
    <BoardCard
      titleId={`need-${need.id}-title`}
      data-need-id={need.id}
      title={need.title}
      to={`/needs/${encodeURIComponent(need.id)}`}
      tags={
        <>
          <StatusTag tone={needStatusTone(need.status)}>{t(`needs.status.${need.status}`)}</StatusTag>
          <StatusTag tone="neutral">{need.categoryLabel}</StatusTag>
          {(need.urgency === 'HIGH' || need.urgency === 'URGENT') && (
            <StatusTag tone={urgencyTone(need.urgency)}>{t('needs.urgencyTag', { level: need.urgencyLabel })}</StatusTag>
          )}
        </>
      }
      meta={
        <>
          <span>{need.organisationName}</span>
          <span aria-hidden="true">·</span>
          <span className="jm-board-card__place">
            <Icon name="mapPin" size={14} />
            {need.place}
          </span>
        </>
      }
      footer={
        <div className="jm-board-card__status">
          <NeedClaimLine need={need} scope={scope} />
          {due ? <DueTag due={due} /> : <span className="muted">{t('needs.deadlineOn', { date: formatLocalDate(need.deadline) })}</span>}
        </div>
      }
      actions={
        <>
          {need.canManage && open && (
            <Link className="jm-btn jm-btn--ghost jm-btn--sm" to={`/needs/${encodeURIComponent(need.id)}#match`}>
              <Icon name="link" size={14} />
              <span>{t('needs.match.show')}</span>
            </Link>
          )}
          <NeedActions need={need} scope={scope} refetch={refetch} />
        </>
      }
    >
      <p className="jm-board-card__body">{t('needs.needs', { what: need.whatIsNeeded })}</p>
    </BoardCard>
  );
}
