// 隐私查看记录 (DistrictAdmin): every whole view of someone else's personal fields — who, whose, when, which fields,
// in what screen and on which ground. Filter by the person seen, the viewer (click a name, or come from an account) and a date.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { usePageTitle } from '@/app/usePageTitle';
import { BoardHeader, FilterBar } from '@/features/Meetings/common/BoardHeader';
import type { PrivacyViewsQuery as Result } from '@/gql/graphql';
import { t } from '@/i18n';
import { formatDateTime, formatTime } from '@/lib/format';
import { PagedTable } from '@/features/Accounts/PagedTable';
import { Button, EmptyState, Field, Icon, Input, type Column } from '@/ui';
import { PrivacyViewsQuery } from './documents';
import { contextLabel, fieldsLabel, personLabel, reasonLabel, sinceInstant, subjectKind, subjectLabel } from './privacyLabels';
import './privacy.css';

const PAGE_SIZE = 30;
type Row = Result['privacyViews'][number];

export default function PrivacyViewsPage() {
  usePageTitle(t('privacy.pageTitle'));
  const [params, setParams] = useSearchParams();
  const subject = params.get('subject') ?? '';
  const viewer = params.get('viewer') ?? '';
  const since = params.get('since') ?? '';
  const label = params.get('label') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [labels, setLabels] = useState<Record<string, string>>(() => (label ? { [subject || viewer]: label } : {}));

  const set = (changes: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    if (!('page' in changes)) p.delete('page');
    p.delete('label');
    setParams(p, { replace: true });
  };

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PrivacyViewsQuery,
    variables: {
      subjectPersonId: subject || null,
      viewerPersonId: viewer || null,
      since: sinceInstant(since),
      first: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
  });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const rows = data?.privacyViews ?? [];
  const total = data?.privacyViewCount ?? 0;

  const filterBy = (key: 'subject' | 'viewer', personId: string, name: string) => {
    setLabels((l) => ({ ...l, [personId]: name }));
    set({ [key]: personId });
  };

  const columns: Column<Row>[] = [
    {
      key: 'at',
      header: t('privacy.col.at'),
      primary: true,
      render: (r) =>
        r.viewCount > 1 && r.lastViewedAt ? (
          <span className="jm-priv-at">
            {formatDateTime(r.viewedAt)}
            <span className="muted">{t('privacy.repeated', { count: r.viewCount, last: formatTime(r.lastViewedAt) })}</span>
          </span>
        ) : (
          formatDateTime(r.viewedAt)
        ),
    },
    {
      key: 'viewer',
      header: t('privacy.col.viewer'),
      render: (r) => {
        const name = r.viewer ? personLabel(r.viewer) : r.viewerPersonId;
        return (
          <span className="jm-priv-person">
            {r.viewer && r.viewerPersonId !== viewer ? (
              <button type="button" className="jm-linkbtn" aria-label={t('privacy.filterByViewer', { name })} onClick={() => filterBy('viewer', r.viewerPersonId, name)}>
                {name}
              </button>
            ) : (
              <span>{name}</span>
            )}
            {r.viewer && (
              <Link className="jm-priv-open" to={`/admin/accounts/${r.viewer.accountId}`} aria-label={t('accountsAdmin.openLabel', { name })}>
                <Icon name="user" size={14} />
              </Link>
            )}
          </span>
        );
      },
    },
    {
      key: 'subject',
      header: t('privacy.col.subject'),
      render: (r) => {
        const name = subjectLabel(r);
        const clickable = r.subjectPersonId !== subject && subjectKind(r.subjectPersonId) !== 'resident';
        return clickable ? (
          <button type="button" className="jm-linkbtn" aria-label={t('privacy.filterBySubject', { name })} onClick={() => filterBy('subject', r.subjectPersonId, name)}>
            {name}
          </button>
        ) : (
          <span>{name}</span>
        );
      },
    },
    { key: 'fields', header: t('privacy.col.fields'), render: (r) => fieldsLabel(r.fields) },
    { key: 'context', header: t('privacy.col.context'), hideOnPhone: true, render: (r) => contextLabel(r.context) },
    { key: 'reason', header: t('privacy.col.reason'), render: (r) => reasonLabel(r.reason) },
  ];

  const chip = (key: 'subject' | 'viewer', id: string) => {
    const text = t('privacy.chip', { key: t(`privacy.${key}`), name: labels[id] ?? id });
    return (
      <button key={key} type="button" className="jm-priv-chip" aria-label={t('privacy.removeFilter', { label: text })} onClick={() => set({ [key]: null })}>
        {text}
        <Icon name="close" size={14} />
      </button>
    );
  };

  return (
    <div className="jm-page jm-page-stack">
      <BoardHeader title={t('privacy.pageTitle')} subtitle={t('privacy.subtitle')} />
      <FilterBar label={t('privacy.filter')}>
        <div className="jm-priv-filters">
          <Field label={t('privacy.since')} hint={t('privacy.sinceHint')} className="jm-priv-since">
            <Input type="date" value={since} onChange={(e) => set({ since: e.target.value || null })} />
          </Field>
          <div className="jm-priv-chips">
            {subject && chip('subject', subject)}
            {viewer && chip('viewer', viewer)}
            {(subject || viewer || since) && (
              <Button size="sm" variant="ghost" onClick={() => set({ subject: null, viewer: null, since: null })}>
                {t('privacy.clear')}
              </Button>
            )}
          </div>
          {!subject && !viewer && <p className="muted jm-priv-hint">{t('privacy.filterHint')}</p>}
        </div>
      </FilterBar>
      <PagedTable
        error={error}
        fetching={fetching}
        loaded={!!data}
        onRetry={refetch}
        page={page}
        pageSize={PAGE_SIZE}
        total={total}
        onPage={(p) => set({ page: String(p) })}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        caption={t('privacy.caption')}
        empty={<EmptyState icon="shield" title={t('privacy.empty')} description={t('privacy.emptyHint')} />}
      />
    </div>
  );
}
