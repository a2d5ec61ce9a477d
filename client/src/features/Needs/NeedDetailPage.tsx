// A need's page: what is needed, the claims, and for its secretary the match suggestions with reasons
// ("draft a project from this match"), close and withdraw.
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { t } from '@/i18n';
import { dueStatus, formatDateTime, formatLocalDate } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, Card, Dialog, EmptyState, ErrorState, Field, Icon, Input, Loading, Skeleton, StatusTag, TextArea } from '@/ui';
import { CapacityBar } from '@/features/Meetings/common/BoardHeader';
import { useCommand } from '@/api/useCommand';
import { ReasonDialog } from '@/ui/dialogs';
import { claimTone, needStatusTone, projectStatusTone, splitReasons, urgencyTone } from '@/features/Meetings/common/labels';
import { useCycleScope, type CycleScope } from '@/features/Meetings/common/scope';
import type { MatchSuggestionsQuery as MatchData, NeedFieldsFragment } from '@/gql/graphql';
import { CloseNeedMutation, DraftProjectFromMatchMutation, MatchSuggestionsQuery, NeedQuery, WithdrawNeedMutation } from './documents';
import { NeedActions, NeedClaimLine } from './NeedActions';
import { NeedFormDialog } from './NeedForm';

export default function NeedDetailPage() {
  const { id = '' } = useParams();
  const { scope, error: scopeError, retry } = useCycleScope();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: NeedQuery, variables: { id } });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const need = data?.need;
  usePageTitle(need?.title ?? t('needs.detail'));
  useLiveRefetch(need ? [liveGroups.organisation(need.organisationId)] : [], refetch);

  if (scopeError) return <div className="jm-page"><ErrorState message={scopeError.message} onRetry={retry} /></div>;
  if (error && !data) return <div className="jm-page"><ErrorState message={toAppError(error).message} onRetry={refetch} /></div>;
  if (!scope || (fetching && !data)) return <div className="jm-page"><Loading /></div>;
  if (!need)
    return (
      <div className="jm-page">
        <EmptyState icon="alert" title={t('needs.notFound')} action={<Link to="/needs">{t('needs.backToBoard')}</Link>} />
      </div>
    );
  return <NeedDetail need={need} projects={data?.projects ?? []} scope={scope} refetch={refetch} />;
}

function NeedDetail({
  need,
  projects,
  scope,
  refetch,
}: {
  need: NeedFieldsFragment;
  projects: { id: string; title: string; status: string; percent: number }[];
  scope: CycleScope;
  refetch: () => void;
}) {
  const [dialog, setDialog] = useState<'edit' | 'close' | 'withdraw' | null>(null);
  const opts = { onConflict: () => { setDialog(null); refetch(); } };
  const close = useCommand(CloseNeedMutation, opts);
  const withdraw = useCommand(WithdrawNeedMutation, opts);
  const live = need.status === 'OPEN' || need.status === 'CLAIM_PENDING';
  const due = live ? dueStatus(need.deadline) : undefined;

  return (
    <div className="jm-page">
      <nav className="jm-breadcrumb" aria-label={t('common.back')}>
        <Link to="/needs">
          <Icon name="chevronLeft" size={16} />
          {t('needs.backToBoard')}
        </Link>
      </nav>
      <header className="jm-page__header jm-board__header">
        <div className="jm-board__titles">
          <div className="jm-board-card__tags">
            <StatusTag tone={needStatusTone(need.status)}>{t(`needs.status.${need.status}`)}</StatusTag>
            <StatusTag>{need.categoryLabel}</StatusTag>
            <StatusTag tone={urgencyTone(need.urgency)}>{t('needs.urgencyTag', { level: need.urgencyLabel })}</StatusTag>
            {due && <StatusTag tone={due.tone === 'overdue' ? 'danger' : 'warning'}>{due.label}</StatusTag>}
          </div>
          <h1>{need.title}</h1>
          <p className="muted">
            {need.organisationName} · {formatDateTime(need.postedAt)}
          </p>
        </div>
        <div className="jm-board__actions">
          <NeedActions need={need} scope={scope} refetch={refetch} size="md" />
          {need.canManage && live && (
            <>
              <Button icon={<Icon name="edit" size={16} />} onClick={() => setDialog('edit')}>
                {t('needs.edit')}
              </Button>
              <Button onClick={() => setDialog('close')}>{t('needs.close')}</Button>
              <Button variant="ghost" onClick={() => setDialog('withdraw')}>
                {t('needs.withdraw')}
              </Button>
            </>
          )}
        </div>
      </header>

      <div className="jm-detail-grid">
        <div className="stack">
          <Card title={t('needs.detail')}>
            <dl className="jm-dl jm-dl--wide">
              <dt>{t('needs.fields.description')}</dt>
              <dd className="jm-prewrap">{need.description}</dd>
              <dt>{t('needs.fields.place')}</dt>
              <dd>{need.place}</dd>
              <dt>{t('needs.fields.whatIsNeeded')}</dt>
              <dd>
                {need.whatIsNeeded}
                {need.quantityNeeded ? ` ${t('needs.quantity', { count: need.quantityNeeded })}` : ''}
              </dd>
              <dt>{t('needs.fields.deadline')}</dt>
              <dd>{formatLocalDate(need.deadline)}</dd>
              <dt>{t('needs.fields.status')}</dt>
              <dd className="row">
                {t(`needs.status.${need.status}`)}
                <NeedClaimLine need={need} scope={scope} />
              </dd>
            </dl>
          </Card>
          {need.canManage && live && <MatchCard need={need} />}
        </div>
        <div className="stack">
          <Card title={t('needs.fields.claims')}>
            {need.claims.length === 0 ? (
              <EmptyState compact title={t('needs.noClaims')} />
            ) : (
              <ul className="jm-timeline">
                {[...need.claims].reverse().map((c) => (
                  <li key={c.id}>
                    <span className="jm-timeline__main">{c.unitName}</span>
                    <StatusTag tone={claimTone(c.status)}>{t(`cycle.claimStatus.${c.status}`)}</StatusTag>
                    <span className="jm-timeline__meta">{formatDateTime(c.claimedAt)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t('needs.projects')}>
            {projects.length === 0 ? (
              <EmptyState compact title={t('needs.noProjects')} />
            ) : (
              <ul className="jm-list">
                {projects.map((p) => (
                  <li key={p.id}>
                    <Link className="jm-list__link" to={`/projects#${encodeURIComponent(p.id)}`}>
                      <span className="jm-list__main">
                        <span className="jm-list__title">{p.title}</span>
                        <span className="jm-list__meta">{t('projects.percent', { percent: p.percent })}</span>
                      </span>
                      <StatusTag tone={projectStatusTone(p.status)}>{t(`projects.status.${p.status as 'DRAFT'}`)}</StatusTag>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>

      <NeedFormDialog open={dialog === 'edit'} onClose={() => setDialog(null)} organisationId={need.organisationId} need={need} onSaved={refetch} />
      <ReasonDialog
        open={dialog === 'close'}
        title={t('needs.closeTitle')}
        label={t('needs.closeNote')}
        placeholder={t('needs.closeNotePlaceholder')}
        required={false}
        confirmLabel={t('needs.close')}
        busy={close.running}
        error={close.error?.message}
        onClose={() => setDialog(null)}
        onSubmit={async (note) => {
          const { data } = await close.exec({ needId: need.id, note: note || null, expectedVersion: need.version }, t('needs.closed'));
          if (data) {
            setDialog(null);
            refetch();
          }
        }}
      />
      <ReasonDialog
        open={dialog === 'withdraw'}
        title={t('needs.withdrawTitle')}
        label={t('needs.withdrawReason')}
        confirmLabel={t('needs.withdraw')}
        danger
        busy={withdraw.running}
        error={withdraw.error?.message}
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          const { data } = await withdraw.exec({ needId: need.id, reason, expectedVersion: need.version }, t('needs.withdrawnDone'));
          if (data) {
            setDialog(null);
            refetch();
          }
        }}
      />
    </div>
  );
}

type Suggestion = MatchData['matchSuggestions'][number];

function MatchCard({ need }: { need: NeedFieldsFragment }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MatchSuggestionsQuery, variables: { needId: need.id } });
  const [chosen, setChosen] = useState<Suggestion | null>(null);
  useEffect(() => {
    if (window.location.hash === '#match') document.getElementById('match')?.scrollIntoView({ block: 'start' });
  }, [data]);
  const suggestions = data?.matchSuggestions ?? [];
  const top = Math.max(1, ...suggestions.map((s) => s.score));
  return (
    <Card title={t('needs.match.title')} description={t('needs.match.description')} id="match">
      {error ? (
        <ErrorState compact message={toAppError(error).message} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : fetching && !data ? (
        <Skeleton lines={4} />
      ) : suggestions.length === 0 ? (
        <EmptyState compact icon="package" title={t('needs.match.empty')} description={t('needs.match.emptyHint')} />
      ) : (
        <ol className="jm-matches">
          {suggestions.map((s, i) => (
            <li key={s.resourceId} className="jm-match">
              <div className="jm-match__rank" aria-hidden="true">
                {i + 1}
              </div>
              <div className="jm-match__main">
                <div className="jm-match__head">
                  <strong className="jm-match__title">{s.resource.title}</strong>
                  <StatusTag tone="info">{s.resource.kindLabel}</StatusTag>
                </div>
                <p className="jm-match__meta">
                  {s.resource.unitName} · {s.resource.place} · {t('needs.match.available', { date: formatLocalDate(s.resource.availableUntil) })}
                </p>
                <CapacityBar
                  taken={s.resource.taken}
                  capacity={s.resource.capacity}
                  label={t('needs.match.remaining', { remaining: s.resource.remaining, capacity: s.resource.capacity, unit: s.resource.capacityUnit })}
                />
                <div className="jm-match__reasons" aria-label={t('needs.match.reasons')}>
                  {splitReasons(s.reason).map((r) => (
                    <span key={r} className="jm-chip">
                      <Icon name="check" size={12} />
                      {r}
                    </span>
                  ))}
                </div>
              </div>
              <div className="jm-match__side">
                <div className="jm-match__score" title={t('needs.match.score', { score: s.score })}>
                  <span className="jm-match__score-bar" aria-hidden="true">
                    <span style={{ width: `${Math.round((s.score / top) * 100)}%` }} />
                  </span>
                  <span>{t('needs.match.score', { score: s.score })}</span>
                </div>
                <Button size="sm" variant={i === 0 ? 'primary' : 'secondary'} onClick={() => setChosen(s)}>
                  {t('needs.match.draft')}
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {chosen && <DraftFromMatchDialog need={need} suggestion={chosen} onClose={() => setChosen(null)} />}
    </Card>
  );
}

function DraftFromMatchDialog({ need, suggestion, onClose }: { need: NeedFieldsFragment; suggestion: Suggestion; onClose: () => void }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState(need.title);
  const [description, setDescription] = useState(
    t('needs.match.draftDescription', { description: need.description, unit: suggestion.resource.unitName, resource: suggestion.resource.title }),
  );
  const draft = useCommand(DraftProjectFromMatchMutation);
  const [missing, setMissing] = useState(false);
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('needs.match.draftTitle')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            variant="primary"
            busy={draft.running}
            onClick={async () => {
              if (!title.trim()) {
                setMissing(true);
                return;
              }
              const { data } = await draft.exec(
                {
                  organisationId: need.organisationId,
                  title: title.trim(),
                  description: description.trim(),
                  needId: need.id,
                  resourceIds: [suggestion.resourceId],
                  ownerUnitIds: [suggestion.unitId],
                },
                t('needs.match.drafted'),
              );
              if (data) navigate(`/projects#${encodeURIComponent(data.draftProject.id)}`);
            }}
          >
            {t('needs.match.draft')}
          </Button>
        </>
      }
    >
      <div className="stack">
        <p className="muted">
          {t('needs.match.draftBody', { resource: suggestion.resource.title, unit: suggestion.resource.unitName, need: need.title })}
        </p>
        {draft.error && Object.keys(draft.error.fields).length === 0 && (
          <p className="jm-alert jm-alert--error" role="alert">
            {draft.error.message}
          </p>
        )}
        <Field label={t('projects.fields.title')} required error={missing ? t('fieldErrors.REQUIRED') : draft.fieldError('title')}>
          <Input value={title} maxLength={100} onChange={(e) => { setTitle(e.target.value); setMissing(false); }} />
        </Field>
        <Field label={t('projects.fields.description')} error={draft.fieldError('description')}>
          <TextArea value={description} rows={5} maxLength={2000} onChange={(e) => setDescription(e.target.value)} />
        </Field>
      </div>
    </Dialog>
  );
}
