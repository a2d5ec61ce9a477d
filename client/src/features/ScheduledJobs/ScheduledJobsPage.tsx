// 定时任务 (district admins): every Quartz job with its next fire time, last result and failures,
// and "立即运行". Quartz's own dashboard is not reachable, so this is it.
import { useState } from 'react';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { useAction } from '@/api/useAction';
import { usePageTitle } from '@/app/usePageTitle';
import { t } from '@/i18n';
import { formatDateTime, timeAgo } from '@/lib/format';
import { Button, Card, EmptyState, ErrorState, Icon, Skeleton, StatusTag, useToast } from '@/ui';
import type { ScheduledJobFieldsFragment } from '@/gql/graphql';
import { RunJobNowMutation, ScheduledJobsQuery } from './documents';
import { jobHealth, shortKey, sortJobs, type JobHealth } from './jobHealth';
import './jobs.css';

const tone: Record<JobHealth, 'danger' | 'warning' | 'success' | 'neutral'> = { failing: 'danger', recovered: 'warning', ok: 'success', never: 'neutral' };

export default function ScheduledJobsPage() {
  usePageTitle(t('jobs.pageTitle'));
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ScheduledJobsQuery, requestPolicy: 'cache-and-network' });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const jobs = sortJobs(data?.scheduledJobs ?? []);
  const failing = jobs.filter((j) => j.consecutiveFailures > 0).length;

  return (
    <div className="jm-page jm-jobs">
      <header className="jm-page__header jm-board__header">
        <div className="jm-board__titles">
          <h1>{t('jobs.pageTitle')}</h1>
          <p className="muted">{t('jobs.subtitle')}</p>
        </div>
        <div className="jm-board__actions">
          <Button icon={<Icon name="switch" size={16} />} busy={fetching && !!data} onClick={refetch}>
            {t('jobs.refresh')}
          </Button>
        </div>
      </header>
      {data && jobs.length > 0 && (
        <p className={failing ? 'jm-alert jm-alert--error' : 'jm-alert jm-alert--info'} role="status">
          <Icon name={failing ? 'alert' : 'checkCircle'} size={18} />
          <span>{failing ? t('jobs.failingSummary', { count: failing, total: jobs.length }) : t('jobs.okSummary', { total: jobs.length })}</span>
        </p>
      )}
      {error && !data ? (
        <ErrorState message={toAppError(error).message} onRetry={refetch} />
      ) : !data ? (
        <Skeleton lines={8} />
      ) : jobs.length === 0 ? (
        <EmptyState icon="clock" title={t('jobs.empty')} />
      ) : (
        <div className="jm-jobs__list">
          {jobs.map((j) => (
            <JobCard key={j.key} job={j} />
          ))}
        </div>
      )}
    </div>
  );
}

function JobCard({ job }: { job: ScheduledJobFieldsFragment }) {
  const run = useAction(RunJobNowMutation);
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const health = jobHealth(job);
  return (
    <Card
      className={`jm-job jm-job--${health}`}
      data-job-key={job.key}
      title={
        <>
          <span className="jm-job__name">{job.description ?? shortKey(job.key)}</span>
          <StatusTag tone={tone[health]} dot>
            {t(`jobs.health.${health}`)}
          </StatusTag>
        </>
      }
      description={<code className="jm-job__key">{job.key}</code>}
      extra={
        <Button
          size="sm"
          variant="primary"
          busy={run.running}
          onClick={async () => {
            const r = await run.run({ input: { key: job.key } });
            if (r) toast.success(t('jobs.started', { name: job.description ?? shortKey(job.key) }));
          }}
        >
          {t('jobs.runNow')}
        </Button>
      }
    >
      <dl className="jm-job__facts">
        <div>
          <dt>{t('jobs.next')}</dt>
          <dd>{job.nextFireTime ? formatDateTime(job.nextFireTime) : t('jobs.notScheduled')}</dd>
        </div>
        <div>
          <dt>{t('jobs.last')}</dt>
          <dd>{job.lastFiredAt ? <span title={formatDateTime(job.lastFiredAt)}>{timeAgo(job.lastFiredAt)}</span> : t('jobs.neverRun')}</dd>
        </div>
        <div>
          <dt>{t('jobs.lastResult')}</dt>
          <dd>{job.lastResult ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('jobs.counts')}</dt>
          <dd>{t('jobs.countsValue', { runs: job.runCount, failures: job.failureCount })}</dd>
        </div>
      </dl>
      {job.lastFailureMessage && (
        <div className={health === 'failing' ? 'jm-job__failure is-current' : 'jm-job__failure'}>
          <p className="jm-job__failure-title">
            {health === 'failing'
              ? t('jobs.failingNow', { count: job.consecutiveFailures })
              : t('jobs.lastFailure', { when: job.lastFailedAt ? formatDateTime(job.lastFailedAt) : '—' })}
          </p>
          <pre>{job.lastFailureMessage}</pre>
        </div>
      )}
      {run.error && (
        <p className="jm-alert jm-alert--error" role="alert">
          {run.error.message}
        </p>
      )}
      {job.triggers.length > 0 && (
        <>
          <button type="button" className="jm-job__toggle" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
            <Icon name={open ? 'chevronDown' : 'chevronRight'} size={14} />
            {t('jobs.triggers', { count: job.triggers.length })}
          </button>
          {open && (
            <table className="jm-table jm-job__triggers">
              <thead>
                <tr>
                  <th scope="col">{t('jobs.trigger.key')}</th>
                  <th scope="col">{t('jobs.trigger.state')}</th>
                  <th scope="col">{t('jobs.trigger.next')}</th>
                  <th scope="col">{t('jobs.trigger.previous')}</th>
                  <th scope="col">{t('jobs.trigger.retry')}</th>
                </tr>
              </thead>
              <tbody>
                {job.triggers.map((tr) => (
                  <tr key={tr.key}>
                    <td>
                      <code>{tr.key}</code>
                    </td>
                    <td>{tr.state}</td>
                    <td>{tr.nextFireTime ? formatDateTime(tr.nextFireTime) : '—'}</td>
                    <td>{tr.previousFireTime ? formatDateTime(tr.previousFireTime) : '—'}</td>
                    <td>{tr.retryAttempt > 0 ? t('jobs.trigger.retrying', { n: tr.retryAttempt }) : (tr.retryPolicy ?? '—')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Card>
  );
}
