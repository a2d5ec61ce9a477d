// One action item, deep-linkable from the supervision board, the home page and mails: what was decided,
// who owns it by when, its progress, the whole history (progress notes, reminders, escalation, review),
// and the same actions as on the board. Live on its organisation.
import { Link, useParams } from 'react-router';
import { t } from '@/i18n';
import { dueStatus, formatDateTime, formatLocalDate, timeAgo } from '@/lib/format';
import { liveGroups } from '@/live/useLive';
import { Card, EmptyState, ErrorState, Icon, Skeleton } from '@/ui';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { Progress } from '@/features/Meetings/common/BoardHeader';
import { DueTag, useLiveQuery } from '@/features/Meetings/common/Board';
import { useCycleScope } from '@/features/Meetings/common/scope';
import { ActionItemActions, ActionItemTags } from './ActionItemActions';
import { ActionItemQuery } from './documents';
import { historyNewestFirst } from './supervision';

export default function ActionItemPage() {
  const { id = '' } = useParams();
  const { scope, error: scopeError, retry } = useCycleScope();
  const orgId = scope ? (scope.isUnit ? scope.unitId! : scope.orgId) : '';
  const { data, fetching, error, refetch } = useLiveQuery(ActionItemQuery, { id }, orgId ? [liveGroups.organisation(orgId)] : []);
  const item = data?.actionItem;
  usePageTitle(item?.title ?? t('actionItems.detail.pageTitle'));

  const back = (
    <nav className="jm-breadcrumb" aria-label={t('common.back')}>
      <Link to="/supervision">
        <Icon name="chevronLeft" size={16} />
        {t('actionItems.detail.back')}
      </Link>
    </nav>
  );
  if (scopeError || (error && !data))
    return (
      <div className="jm-page">
        {back}
        <ErrorState message={scopeError?.message ?? toAppError(error!).message} onRetry={scopeError ? retry : refetch} />
      </div>
    );
  if (!scope || (fetching && !data))
    return (
      <div className="jm-page">
        {back}
        <Card>
          <Skeleton lines={8} />
        </Card>
      </div>
    );
  if (!item)
    return (
      <div className="jm-page">
        {back}
        <EmptyState icon="flag" title={t('actionItems.detail.notFound')} description={t('actionItems.detail.notFoundHint')} />
      </div>
    );

  const due = item.status === 'OPEN' ? dueStatus(item.dueDate) : undefined;
  const history = historyNewestFirst(item.history);
  return (
    <div className="jm-page" data-action-item-id={item.id}>
      {back}
      <header className="jm-page__header jm-board__header">
        <div className="jm-board__titles">
          <ActionItemTags item={item} />
          <h1>{item.title}</h1>
          <p className="muted">
            {t('actionItems.ownerLine', { owner: item.ownerName })} · {t('actionItems.due', { date: formatLocalDate(item.dueDate) })}
          </p>
        </div>
        <ActionItemActions item={item} scope={scope} refetch={refetch} className="jm-board__actions" />
      </header>
      <div className="jm-detail-grid">
        <div className="stack">
          <Card title={t('actionItems.detail.about')}>
            <dl className="jm-dl jm-dl--wide">
              <dt>{t(`actionItems.detail.ownerKind.${item.ownerKind}`)}</dt>
              <dd>{item.ownerName}</dd>
              <dt>{t('actionItems.detail.dueDate')}</dt>
              <dd className="row">
                {formatLocalDate(item.dueDate)}
                {due && <DueTag due={due} />}
              </dd>
              <dt>{t('actionItems.detail.remindOn')}</dt>
              <dd>{formatLocalDate(item.remindOn)}</dd>
              <dt>{t('actionItems.detail.meeting')}</dt>
              <dd>
                <Link to={`/meetings/${encodeURIComponent(item.meetingId)}`}>{t('actionItems.openMeeting')}</Link>
              </dd>
              <dt>{t('actionItems.detail.created')}</dt>
              <dd>{formatDateTime(item.createdAt)}</dd>
              <dt>{t('actionItems.detail.percent')}</dt>
              <dd>
                <Progress percent={item.percent} label={item.title} />
              </dd>
            </dl>
          </Card>
        </div>
        <Card title={t('actionItems.detail.history')}>
          {history.length === 0 ? (
            <EmptyState compact title={t('actionItems.detail.historyEmpty')} />
          ) : (
            <ol className="jm-timeline jm-timeline--history" aria-label={t('actionItems.detail.history')}>
              {history.map((h) => (
                <li key={h.version}>
                  <span className="jm-timeline__main">
                    <strong>{h.action}</strong>
                    {h.percent != null && h.event !== 'ActionItemCreated' && <span className="muted"> · {t('actionItems.detail.historyPercent', { percent: h.percent })}</span>}
                    {h.detail && <span className="jm-timeline__detail">{h.detail}</span>}
                  </span>
                  <span className="jm-timeline__meta">
                    {h.byName ?? t('actionItems.detail.system')} ·{' '}
                    <time dateTime={h.at} title={formatDateTime(h.at)}>
                      {timeAgo(h.at)}
                    </time>
                  </span>
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>
    </div>
  );
}
