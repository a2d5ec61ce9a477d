// 代为登记: a community secretary enters a member's 双报到 for them (an older member without a phone, a paper
// form): pick the person among the community's accounts, then the same report form. The request lands in 待审核
// like any other (the server does not approve it in the same step); the secretary approves it on 报到审核.
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { useSignedIn } from '@/features/Accounts/session';
import { BoardHeader } from '@/features/Meetings/common/BoardHeader';
import type { ReportPeopleQuery } from '@/gql/graphql';
import { t } from '@/i18n';
import { Button, Card, EmptyState, ErrorState, Field, Icon, Input, Skeleton, StatusTag } from '@/ui';
import { PersonReportsQuery, ReportPeopleQuery as PeopleQuery } from './documents';
import { emptyProfile } from './ProfileFields';
import { ReportForm } from './ReportForm';
import { STATUS_TONE } from './reportLogic';
import './reporting.css';

type Person = ReportPeopleQuery['accounts'][number];

export default function RegisterForMemberPage() {
  usePageTitle(t('reporting.register.pageTitle'));
  const { acting } = useSignedIn();
  const communityId = acting?.scopeId ?? '';
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<Person>();

  return (
    <div className="jm-page jm-page-stack">
      <BoardHeader
        title={t('reporting.register.pageTitle')}
        subtitle={t('reporting.register.subtitle', { scope: acting?.scopeName ?? '' })}
        actions={
          <Link className="jm-btn jm-btn--ghost jm-btn--md" to="/reporting/approvals">
            <Icon name="chevronLeft" size={18} />
            <span>{t('reporting.register.back')}</span>
          </Link>
        }
      />
      {!chosen ? (
        <PersonPicker communityId={communityId} onPick={setChosen} />
      ) : (
        <>
          <Card className="jm-register-who">
            <div className="jm-register-who__row">
              <div>
                <p className="muted jm-register-who__label">{t('reporting.register.for')}</p>
                <p className="jm-register-who__name">
                  <strong>{chosen.displayName}</strong> <span className="muted">{chosen.username}</span>
                </p>
              </div>
              <Button size="sm" onClick={() => setChosen(undefined)}>
                {t('reporting.register.change')}
              </Button>
            </div>
            <ExistingReports personId={chosen.personId} />
          </Card>
          <Card title={t('reporting.form.title')} description={t('reporting.register.formHint')}>
            <ReportForm
              key={chosen.personId}
              personId={chosen.personId}
              initial={{ communityId, profile: emptyProfile() }}
              onCancel={() => setChosen(undefined)}
              onDone={() => void navigate('/reporting/approvals')}
            />
          </Card>
        </>
      )}
    </div>
  );
}

function PersonPicker({ communityId, onPick }: { communityId: string; onPick: (p: Person) => void }) {
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  // Ask the server once typing pauses, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PeopleQuery,
    variables: { organisationId: communityId, search: search || null },
    pause: !communityId,
  });
  const people = data?.accounts ?? [];

  return (
    <Card title={t('reporting.register.pickTitle')} description={t('reporting.register.pickHint')}>
      <div className="jm-reportform">
        <Field label={t('reporting.register.search')}>
          <Input type="search" value={text} placeholder={t('reporting.register.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
        </Field>
        {error && !data ? (
          <ErrorState message={toAppError(error).message} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : fetching && !data ? (
          <Skeleton lines={4} />
        ) : people.length === 0 ? (
          <EmptyState icon="users" title={search ? t('reporting.register.noMatch', { q: search }) : t('reporting.register.nobody')} compact />
        ) : (
          <ul className="jm-people" aria-label={t('reporting.register.results')} aria-busy={fetching || undefined}>
            {people.map((p) => (
              <li key={p.id}>
                <button type="button" className="jm-people__item" onClick={() => onPick(p)}>
                  <span className="jm-people__name">
                    <strong>{p.displayName}</strong>
                    <span className="jm-cell-sub">
                      {p.username}
                      {p.phone ? ` · ${p.phone}` : ''}
                      {p.homeOrganisation ? ` · ${p.homeOrganisation.name}` : ''}
                    </span>
                  </span>
                  <span className="jm-people__pick">{t('reporting.register.pick')}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}

/** The chosen person's reports in the secretary's scope: a pending or approved one means a new request will be refused. */
function ExistingReports({ personId }: { personId: string }) {
  const [{ data, error }] = useQuery({ query: PersonReportsQuery, variables: { personId } });
  if (error) return null;
  const open = (data?.memberReportsOf ?? []).filter((r) => r.status === 'PENDING' || r.status === 'APPROVED');
  if (open.length === 0) return data ? <p className="muted jm-repstatus__reason">{t('reporting.register.noReportYet')}</p> : null;
  return (
    <p className="jm-alert jm-alert--info jm-repstatus__reason" role="status">
      {open.map((r) => (
        <span key={r.id}>
          <StatusTag tone={STATUS_TONE[r.status]}>{t(`reporting.status.${r.status}`)}</StatusTag>{' '}
          {t(r.status === 'PENDING' ? 'reporting.register.hasPending' : 'reporting.register.hasApproved', { community: r.community?.name ?? '' })}
        </span>
      ))}
    </p>
  );
}
