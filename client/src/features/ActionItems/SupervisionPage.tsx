// 督办台账: every action item of the organisation's committees (or the unit's own), overdue first.
import { useState } from 'react';
import { Link } from 'react-router';
import { t } from '@/i18n';
import { dueStatus, formatLocalDate, timeAgo } from '@/lib/format';
import { liveGroups } from '@/live/useLive';
import { BoardHeader, FilterBar, Progress, Segmented } from '@/features/Meetings/common/BoardHeader';
import { BoardList, CycleScopePage, DueTag, ExportLink, SearchField, useLiveQuery, useScrollToHash } from '@/features/Meetings/common/Board';
import { matchesText } from '@/features/Meetings/common/labels';
import type { CycleScope } from '@/features/Meetings/common/scope';
import type { ActionItemFieldsFragment } from '@/gql/graphql';
import { ActionItemActions, ActionItemTags } from './ActionItemActions';
import { SupervisionBoardQuery } from './documents';
import { filterSupervision, supervisionSummary, type SupervisionFilter } from './supervision';

export default function SupervisionPage() {
  return <CycleScopePage title={t('actionItems.pageTitle')}>{(scope) => <SupervisionBoard scope={scope} />}</CycleScopePage>;
}

function SupervisionBoard({ scope }: { scope: CycleScope }) {
  const orgId = scope.isUnit ? scope.unitId! : scope.orgId;
  const [filter, setFilter] = useState<SupervisionFilter>('open');
  const [query, setQuery] = useState('');
  const board = useLiveQuery(SupervisionBoardQuery, { organisationId: orgId }, [liveGroups.organisation(orgId)]);
  const { data, refetch } = board;
  const all = data?.supervisionBoard ?? [];
  const summary = supervisionSummary(all);
  const list = filterSupervision(all, filter).filter((i) => matchesText(query, i.title, i.ownerName));

  useScrollToHash('action', !!data);

  return (
    <div className="jm-page">
      <BoardHeader
        title={t('actionItems.pageTitle')}
        subtitle={scope.isUnit ? t('actionItems.subtitleUnit', { unit: scope.scopeName }) : t('actionItems.subtitle')}
        actions={
          scope.isSecretary && <ExportLink board="action-items" organisationId={orgId} />
        }
      />
      <div className="jm-tiles">
        <Tile label={t('actionItems.summary.open')} value={summary.open} tone="info" />
        <Tile label={t('actionItems.summary.overdue')} value={summary.overdue} tone="danger" />
        <Tile label={t('actionItems.summary.dueSoon')} value={summary.dueSoon} tone="warning" />
        <Tile label={t('actionItems.summary.done')} value={summary.done} tone="success" />
      </div>
      <FilterBar label={t('cycle.filters')}>
        <Segmented<SupervisionFilter>
          label={t('cycle.filterStatus')}
          value={filter}
          onChange={setFilter}
          options={(['open', 'overdue', 'done', 'dropped', 'all'] as const).map((f) => ({
            value: f,
            label: t(`actionItems.filter.${f}`),
            count: filterSupervision(all, f).length,
          }))}
        />
        <div className="jm-filterbar__fields">
          <SearchField value={query} onChange={setQuery} />
        </div>
      </FilterBar>
      <BoardList
        state={board}
        items={list}
        total={all.length}
        layout="list"
        empty={{ icon: 'flag', title: t('actionItems.empty'), description: t('actionItems.emptyHint') }}
        onClearFilters={(filter !== 'open' || !!query) && (() => { setFilter('open'); setQuery(''); })}
      >
        {(item) => <ActionItemRow key={item.id} item={item} scope={scope} refetch={refetch} />}
      </BoardList>
    </div>
  );
}

function Tile({ label, value, tone }: { label: string; value: number; tone: 'info' | 'danger' | 'warning' | 'success' }) {
  return (
    <div className={`jm-tile jm-tile--${tone}`}>
      <span className="jm-tile__value">{value}</span>
      <span className="jm-tile__label">{label}</span>
    </div>
  );
}

function ActionItemRow({ item: x, scope, refetch }: { item: ActionItemFieldsFragment; scope: CycleScope; refetch: () => void }) {
  const open = x.status === 'OPEN';
  const due = open ? dueStatus(x.dueDate) : undefined;
  return (
    <li id={`action-${x.id}`} className={['jm-card', 'jm-supervision__item', open && x.overdue && 'is-overdue'].filter(Boolean).join(' ')}>
      <div className="jm-supervision__main">
        <ActionItemTags item={x} />
        <h2 className="jm-supervision__title">
          <Link to={`/action-items/${encodeURIComponent(x.id)}`}>{x.title}</Link>
        </h2>
        <p className="jm-board-card__meta">
          <span>{t('actionItems.ownerLine', { owner: x.ownerName })}</span>
          <span aria-hidden="true">·</span>
          <span>{t('actionItems.due', { date: formatLocalDate(x.dueDate) })}</span>
          {due && <DueTag due={due} />}
          <span aria-hidden="true">·</span>
          <Link to={`/meetings/${encodeURIComponent(x.meetingId)}`}>{t('actionItems.openMeeting')}</Link>
          <span className="muted">{t('cycle.updatedAgo', { ago: timeAgo(x.updatedAt) })}</span>
        </p>
        <Progress percent={x.percent} label={x.title} />
      </div>
      <ActionItemActions item={x} scope={scope} refetch={refetch} className="jm-supervision__actions" />
    </li>
  );
}
