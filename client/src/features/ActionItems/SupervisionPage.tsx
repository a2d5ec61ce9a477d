// 督办台账: every action item of the organisation's committees (or the unit's own), overdue first.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { t } from '@/i18n';
import { dueStatus, formatLocalDate, timeAgo } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, Card, Dialog, EmptyState, ErrorState, Field, Icon, Input, Loading, Select, Skeleton, StatusTag, TextArea } from '@/ui';
import { BoardHeader, FilterBar, Progress, Segmented } from '@/features/Meetings/common/BoardHeader';
import { useCommand } from '@/api/useCommand';
import { ReasonDialog } from '@/ui/dialogs';
import { matchesText } from '@/features/Meetings/common/labels';
import { useCycleScope, type CycleScope } from '@/features/Meetings/common/scope';
import { MeetingsOfOrganisationQuery } from '@/features/Meetings/documents';
import type { ActionItemFieldsFragment } from '@/gql/graphql';
import {
  CompleteActionItemMutation,
  DropActionItemMutation,
  ReviewActionItemMutation,
  SupervisionBoardQuery,
  UpdateActionItemProgressMutation,
} from './documents';
import { filterSupervision, supervisionSummary, type SupervisionFilter } from './supervision';

export default function SupervisionPage() {
  usePageTitle(t('actionItems.pageTitle'));
  const { scope, error, retry } = useCycleScope();
  if (error) return <div className="jm-page"><ErrorState message={error.message} onRetry={retry} /></div>;
  if (!scope) return <div className="jm-page"><Loading label={t('cycle.scopeLoading')} /></div>;
  return <SupervisionBoard scope={scope} />;
}

function SupervisionBoard({ scope }: { scope: CycleScope }) {
  const orgId = scope.isUnit ? scope.unitId! : scope.orgId;
  const [filter, setFilter] = useState<SupervisionFilter>('open');
  const [query, setQuery] = useState('');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SupervisionBoardQuery, variables: { organisationId: orgId } });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch([liveGroups.organisation(orgId)], refetch);
  const all = data?.supervisionBoard ?? [];
  const summary = supervisionSummary(all);
  const list = filterSupervision(all, filter).filter((i) => matchesText(query, i.title, i.ownerName));

  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id && data) document.getElementById(`action-${id}`)?.scrollIntoView({ block: 'center' });
  }, [data]);

  return (
    <div className="jm-page">
      <BoardHeader
        title={t('actionItems.pageTitle')}
        subtitle={scope.isUnit ? t('actionItems.subtitleUnit', { unit: scope.scopeName }) : t('actionItems.subtitle')}
        actions={
          scope.isSecretary && (
            <a className="jm-btn jm-btn--ghost jm-btn--md" href={`/exports/action-items.csv?organisationId=${encodeURIComponent(orgId)}`}>
              <Icon name="download" size={16} />
              <span>{t('cycle.exportCsv')}</span>
            </a>
          )
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
          <Field label={t('cycle.search')} className="jm-filterbar__field jm-filterbar__search">
            <Input type="search" value={query} placeholder={t('cycle.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
          </Field>
        </div>
      </FilterBar>
      {error && !data ? (
        <ErrorState message={toAppError(error).message} onRetry={refetch} />
      ) : fetching && !data ? (
        <Card>
          <Skeleton lines={6} />
        </Card>
      ) : all.length === 0 ? (
        <EmptyState icon="flag" title={t('actionItems.empty')} description={t('actionItems.emptyHint')} />
      ) : list.length === 0 ? (
        <EmptyState icon="checkCircle" title={t('cycle.noMatch')} description={t('cycle.noMatchHint')} />
      ) : (
        <ul className="jm-supervision">
          {list.map((item) => (
            <ActionItemRow key={item.id} item={item} scope={scope} refetch={refetch} />
          ))}
        </ul>
      )}
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
  const [dialog, setDialog] = useState<'progress' | 'complete' | 'drop' | 'review' | null>(null);
  const opts = { onConflict: () => { setDialog(null); refetch(); } };
  const complete = useCommand(CompleteActionItemMutation, opts);
  const drop = useCommand(DropActionItemMutation, opts);
  const open = x.status === 'OPEN';
  const due = open ? dueStatus(x.dueDate) : undefined;
  const lateOpen = open && x.overdue;
  return (
    <li id={`action-${x.id}`} className={['jm-card', 'jm-supervision__item', lateOpen && 'is-overdue'].filter(Boolean).join(' ')}>
      <div className="jm-supervision__main">
        <div className="jm-board-card__tags">
          <StatusTag tone={x.status === 'COMPLETED' ? 'success' : x.status === 'DROPPED' ? 'neutral' : lateOpen ? 'danger' : 'info'}>
            {lateOpen ? t('actionItems.overdue') : t(`actionItems.status.${x.status}`)}
          </StatusTag>
          {x.escalated && (
            <span title={t('actionItems.escalatedHint')}>
              <StatusTag tone="danger">
                <Icon name="zap" size={12} /> {t('actionItems.escalated')}
              </StatusTag>
            </span>
          )}
          {x.carriedOverTo.length > 0 && (
            <span title={t('actionItems.carriedOverHint')}>
              <StatusTag tone="warning">{t('actionItems.carriedOver', { count: x.carriedOverTo.length })}</StatusTag>
            </span>
          )}
          {x.completedLate && <StatusTag tone="warning">{t('actionItems.completedLate')}</StatusTag>}
          {x.review && <StatusTag tone="brand">{t(`actionItems.review.${x.review}`)}</StatusTag>}
        </div>
        <h2 className="jm-supervision__title">{x.title}</h2>
        <p className="jm-board-card__meta">
          <span>{t('actionItems.ownerLine', { owner: x.ownerName })}</span>
          <span aria-hidden="true">·</span>
          <span>{t('actionItems.due', { date: formatLocalDate(x.dueDate) })}</span>
          {due && (
            <StatusTag tone={due.tone === 'overdue' ? 'danger' : due.tone === 'later' ? 'neutral' : 'warning'}>{due.label}</StatusTag>
          )}
          <span aria-hidden="true">·</span>
          <Link to={`/meetings/${encodeURIComponent(x.meetingId)}`}>{t('actionItems.openMeeting')}</Link>
          <span className="muted">{t('cycle.updatedAgo', { ago: timeAgo(x.updatedAt) })}</span>
        </p>
        <Progress percent={x.percent} label={x.title} />
      </div>
      <div className="jm-supervision__actions">
        {open && x.canWorkOn && (
          <>
            <Button size="sm" onClick={() => setDialog('progress')}>
              {t('actionItems.progress')}
            </Button>
            <Button size="sm" variant="primary" onClick={() => setDialog('complete')}>
              {t('actionItems.complete')}
            </Button>
          </>
        )}
        {open && x.canSupervise && (
          <Button size="sm" variant="ghost" onClick={() => setDialog('drop')}>
            {t('actionItems.drop')}
          </Button>
        )}
        {!x.review && x.canSupervise && (x.status !== 'OPEN' || x.overdue) && (
          <Button size="sm" variant="ghost" onClick={() => setDialog('review')}>
            {t('actionItems.reviewAction')}
          </Button>
        )}
      </div>
      {dialog === 'progress' && <ProgressDialog item={x} onClose={() => setDialog(null)} refetch={refetch} />}
      {dialog === 'review' && <ReviewDialog item={x} scope={scope} onClose={() => setDialog(null)} refetch={refetch} />}
      <ReasonDialog
        open={dialog === 'complete'}
        title={t('actionItems.completeTitle')}
        label={t('actionItems.completeNote')}
        required={false}
        confirmLabel={t('actionItems.complete')}
        busy={complete.running}
        error={complete.error?.message}
        onClose={() => setDialog(null)}
        onSubmit={async (note) => {
          const { data } = await complete.exec({ actionItemId: x.id, note: note || null, expectedVersion: x.version }, t('actionItems.completed'));
          if (data) {
            setDialog(null);
            refetch();
          }
        }}
      >
        <p>{x.title}</p>
      </ReasonDialog>
      <ReasonDialog
        open={dialog === 'drop'}
        title={t('actionItems.dropTitle')}
        label={t('actionItems.dropReason')}
        confirmLabel={t('actionItems.drop')}
        danger
        busy={drop.running}
        error={drop.error?.message}
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          const { data } = await drop.exec({ actionItemId: x.id, reason, expectedVersion: x.version }, t('actionItems.dropped'));
          if (data) {
            setDialog(null);
            refetch();
          }
        }}
      >
        <p>{x.title}</p>
      </ReasonDialog>
    </li>
  );
}

function ProgressDialog({ item: x, onClose, refetch }: { item: ActionItemFieldsFragment; onClose: () => void; refetch: () => void }) {
  const [percent, setPercent] = useState(String(Math.min(100, x.percent + 20)));
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const update = useCommand(UpdateActionItemProgressMutation, { onConflict: () => { onClose(); refetch(); } });
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('actionItems.progressTitle')}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            variant="primary"
            busy={update.running}
            onClick={async () => {
              setTouched(true);
              if (!note.trim()) return;
              const { data } = await update.exec(
                { actionItemId: x.id, percent: Number(percent), note: note.trim(), expectedVersion: x.version },
                t('actionItems.progressSaved'),
              );
              if (data) {
                refetch();
                onClose();
              }
            }}
          >
            {t('common.save')}
          </Button>
        </>
      }
    >
      <div className="stack">
        <p>{x.title}</p>
        <Field label={`${t('projects.fields.percent')} ${percent}%`} error={update.fieldError('percent')}>
          <input className="jm-range" type="range" min={0} max={100} step={5} value={percent} onChange={(e) => setPercent(e.target.value)} />
        </Field>
        <Field label={t('actionItems.progressNote')} required error={touched && !note.trim() ? t('fieldErrors.REQUIRED') : update.fieldError('note')}>
          <TextArea value={note} rows={3} maxLength={1000} placeholder={t('actionItems.progressNotePlaceholder')} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </div>
    </Dialog>
  );
}

function ReviewDialog({ item: x, scope, onClose, refetch }: { item: ActionItemFieldsFragment; scope: CycleScope; onClose: () => void; refetch: () => void }) {
  const [{ data }] = useQuery({ query: MeetingsOfOrganisationQuery, variables: { organisationId: scope.boardOrgId } });
  const meetings = (data?.meetingsOfOrganisation ?? []).filter((m) => m.committeeId === x.committeeId && m.id !== x.meetingId && m.phase !== 'CANCELLED');
  const [meetingId, setMeetingId] = useState('');
  const [satisfaction, setSatisfaction] = useState('5');
  const [note, setNote] = useState('');
  const review = useCommand(ReviewActionItemMutation, { onConflict: () => { onClose(); refetch(); } });
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('actionItems.reviewTitle')}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            variant="primary"
            busy={review.running}
            disabled={!meetingId}
            onClick={async () => {
              const { data: ok } = await review.exec(
                { actionItemId: x.id, reviewMeetingId: meetingId, satisfaction: Number(satisfaction), note: note.trim() || null, expectedVersion: x.version },
                t('actionItems.reviewed'),
              );
              if (ok) {
                refetch();
                onClose();
              }
            }}
          >
            {t('actionItems.reviewAction')}
          </Button>
        </>
      }
    >
      <div className="stack">
        <p>{x.title}</p>
        {review.error && review.error.code !== 'CONFLICT' && (
          <p className="jm-alert jm-alert--error" role="alert">
            {review.error.message}
          </p>
        )}
        <Field label={t('actionItems.reviewMeeting')} required hint={meetings.length ? undefined : t('actionItems.noReviewMeeting')}>
          <Select value={meetingId} options={meetings.map((m) => ({ value: m.id, label: m.title }))} onChange={(e) => setMeetingId(e.target.value)} />
        </Field>
        <Field label={t('actionItems.satisfaction')} error={review.fieldError('satisfaction')}>
          <Select
            value={satisfaction}
            placeholder={false}
            options={['5', '4', '3', '2', '1'].map((v) => ({ value: v, label: v }))}
            onChange={(e) => setSatisfaction(e.target.value)}
          />
        </Field>
        <Field label={t('actionItems.reviewNote')}>
          <TextArea value={note} rows={3} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </div>
    </Dialog>
  );
}
