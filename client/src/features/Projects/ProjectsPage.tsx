// 项目清单: drafts become agenda items (提交会议), the meeting's decision approves them (立项),
// units claim them, and progress is reported until done.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { t } from '@/i18n';
import { formatDateTime, formatDateWithWeekday } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, Dialog, EmptyState, ErrorState, Field, Icon, Input, Loading, Select, Skeleton, StatusTag, TextArea } from '@/ui';
import { BoardHeader, FilterBar, Progress, Segmented } from '@/features/Meetings/common/BoardHeader';
import { useCommand } from '@/api/useCommand';
import { ReasonDialog } from '@/ui/dialogs';
import { claimTone, matchesText, projectStatusTone } from '@/features/Meetings/common/labels';
import { useCycleScope, type CycleScope } from '@/features/Meetings/common/scope';
import { MeetingsOfOrganisationQuery } from '@/features/Meetings/documents';
import type { ProjectFieldsFragment, ProjectStatus } from '@/gql/graphql';
import {
  ClaimProjectMutation,
  CompleteProjectMutation,
  ConfirmProjectClaimMutation,
  DeclineProjectClaimMutation,
  DraftProjectMutation,
  ProjectsQuery,
  ProposeProjectMutation,
  UpdateProjectProgressMutation,
} from './documents';

const STATUSES: ProjectStatus[] = ['DRAFT', 'PROPOSED', 'APPROVED', 'DEFERRED', 'COMPLETED', 'REJECTED'];

export default function ProjectsPage() {
  usePageTitle(t('projects.pageTitle'));
  const { scope, error, retry } = useCycleScope();
  if (error) return <div className="jm-page"><ErrorState message={error.message} onRetry={retry} /></div>;
  if (!scope) return <div className="jm-page"><Loading label={t('cycle.scopeLoading')} /></div>;
  return <ProjectsBoard scope={scope} />;
}

function ProjectsBoard({ scope }: { scope: CycleScope }) {
  const [status, setStatus] = useState<'ALL' | ProjectStatus>('ALL');
  const [query, setQuery] = useState('');
  const [drafting, setDrafting] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProjectsQuery, variables: { organisationId: scope.boardOrgId } });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch([liveGroups.organisation(scope.boardOrgId), ...(scope.unitId ? [liveGroups.organisation(scope.unitId)] : [])], refetch);
  const all = data?.projects ?? [];
  const list = all.filter((p) => (status === 'ALL' || p.status === status) && matchesText(query, p.title, p.description, p.organisationName));
  const canDraft = scope.role === 'CommunitySecretary' || scope.role === 'StreetSecretary';

  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id && data) document.getElementById(`project-${id}`)?.scrollIntoView({ block: 'center' });
  }, [data]);

  return (
    <div className="jm-page">
      <BoardHeader
        title={t('projects.pageTitle')}
        subtitle={t('projects.subtitle')}
        actions={
          <>
            {scope.isSecretary && (
              <a className="jm-btn jm-btn--ghost jm-btn--md" href={`/exports/projects.csv?organisationId=${encodeURIComponent(scope.boardOrgId)}`}>
                <Icon name="download" size={16} />
                <span>{t('cycle.exportCsv')}</span>
              </a>
            )}
            {canDraft && (
              <Button variant="primary" icon={<Icon name="plus" size={16} />} onClick={() => setDrafting(true)}>
                {t('projects.draft')}
              </Button>
            )}
          </>
        }
      />
      <FilterBar label={t('cycle.filters')}>
        <Segmented<'ALL' | ProjectStatus>
          label={t('cycle.filterStatus')}
          value={status}
          onChange={setStatus}
          options={[
            { value: 'ALL', label: t('cycle.filterAll'), count: all.length },
            ...STATUSES.map((s) => ({ value: s, label: t(`projects.status.${s}`), count: all.filter((p) => p.status === s).length })),
          ]}
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
        <div className="jm-board-grid">
          {[0, 1].map((i) => (
            <div key={i} className="jm-card jm-board-card">
              <Skeleton lines={4} />
            </div>
          ))}
        </div>
      ) : all.length === 0 ? (
        <EmptyState icon="briefcase" title={t('projects.empty')} description={t('projects.emptyHint')} />
      ) : list.length === 0 ? (
        <EmptyState icon="search" title={t('cycle.noMatch')} description={t('cycle.noMatchHint')} />
      ) : (
        <div className="jm-board-grid">
          {list.map((p) => (
            <ProjectCard key={p.id} project={p} scope={scope} refetch={refetch} />
          ))}
        </div>
      )}
      {drafting && <DraftDialog scope={scope} onClose={() => setDrafting(false)} refetch={refetch} />}
    </div>
  );
}

function ProjectCard({ project: p, scope, refetch }: { project: ProjectFieldsFragment; scope: CycleScope; refetch: () => void }) {
  const [dialog, setDialog] = useState<'propose' | 'progress' | 'complete' | 'claim' | { decline: string } | null>(null);
  const opts = { onConflict: () => { setDialog(null); refetch(); } };
  const confirm = useCommand(ConfirmProjectClaimMutation, opts);
  const decline = useCommand(DeclineProjectClaimMutation, opts);
  const claim = useCommand(ClaimProjectMutation, opts);
  const complete = useCommand(CompleteProjectMutation, opts);
  const live = p.status !== 'REJECTED' && p.status !== 'COMPLETED';
  const myClaim = scope.unitId ? p.claims.find((c) => c.unitId === scope.unitId && (c.status === 'PENDING' || c.status === 'CONFIRMED')) : undefined;
  const declining = typeof dialog === 'object' && dialog ? p.claims.find((c) => c.id === dialog.decline) : undefined;
  const titleId = `project-${p.id}-title`;
  return (
    <article className="jm-card jm-board-card" id={`project-${p.id}`} aria-labelledby={titleId}>
      <div className="jm-board-card__tags">
        <StatusTag tone={projectStatusTone(p.status)}>{t(`projects.status.${p.status}`)}</StatusTag>
        {p.needId && (
          <Link to={`/needs/${encodeURIComponent(p.needId)}`} className="jm-tag jm-tag--neutral">
            {t('projects.fromNeed')}
          </Link>
        )}
        {p.meetingId && (
          <Link to={`/meetings/${encodeURIComponent(p.meetingId)}`} className="jm-tag jm-tag--info">
            {t('projects.meeting')}
          </Link>
        )}
      </div>
      <h2 className="jm-board-card__title" id={titleId}>
        {p.title}
      </h2>
      <p className="jm-board-card__meta">
        {p.organisationName} · {formatDateTime(p.draftedAt)}
      </p>
      <p className="jm-board-card__body">{p.description}</p>
      {(p.status === 'APPROVED' || p.status === 'COMPLETED') && <Progress percent={p.percent} label={p.title} />}
      {p.claims.length > 0 && (
        <ul className="jm-claims" aria-label={t('projects.claims')}>
          {p.claims.map((c) => (
            <li key={c.id}>
              <span className="jm-claims__text">{c.unitName}</span>
              <StatusTag tone={claimTone(c.status)}>{t(`cycle.claimStatus.${c.status}`)}</StatusTag>
              {p.canManage && c.status === 'PENDING' && (
                <span className="jm-actions">
                  <Button
                    size="sm"
                    variant="primary"
                    busy={confirm.running}
                    onClick={() => void confirm.exec({ projectId: p.id, claimId: c.id, expectedVersion: p.version }, t('cycle.confirmed')).then(refetch)}
                  >
                    {t('cycle.confirm')}
                  </Button>
                  <Button size="sm" onClick={() => setDialog({ decline: c.id })}>
                    {t('cycle.decline')}
                  </Button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="jm-board-card__footer">
        <span />
        <div className="jm-board-card__actions">
          {scope.isUnit && live && !myClaim && (
            <Button size="sm" variant="primary" onClick={() => setDialog('claim')}>
              {t('projects.claim')}
            </Button>
          )}
          {p.canManage && (p.status === 'DRAFT' || p.status === 'DEFERRED') && (
            <Button size="sm" variant="primary" onClick={() => setDialog('propose')}>
              {t('projects.propose')}
            </Button>
          )}
          {p.canManage && p.status === 'APPROVED' && (
            <>
              <Button size="sm" onClick={() => setDialog('progress')}>
                {t('projects.progress')}
              </Button>
              <Button size="sm" variant="primary" onClick={() => setDialog('complete')}>
                {t('projects.complete')}
              </Button>
            </>
          )}
        </div>
      </div>
      {dialog === 'propose' && <ProposeDialog project={p} scope={scope} onClose={() => setDialog(null)} refetch={refetch} />}
      {dialog === 'progress' && <ProgressDialog project={p} onClose={() => setDialog(null)} refetch={refetch} />}
      <Dialog
        open={dialog === 'claim'}
        onClose={() => setDialog(null)}
        title={t('projects.claimTitle', { title: p.title })}
        size="sm"
        footer={
          <>
            <Button onClick={() => setDialog(null)}>{t('common.cancel')}</Button>
            <Button
              variant="primary"
              busy={claim.running}
              onClick={async () => {
                const { data } = await claim.exec({ projectId: p.id, unitId: scope.unitId, expectedVersion: p.version }, t('projects.claimed'));
                if (data) {
                  setDialog(null);
                  refetch();
                }
              }}
            >
              {t('projects.claim')}
            </Button>
          </>
        }
      >
        <p>{t('projects.claimBody', { unit: scope.scopeName })}</p>
        {claim.error && claim.error.code !== 'CONFLICT' && (
          <p className="jm-alert jm-alert--error" role="alert">
            {claim.error.message}
          </p>
        )}
      </Dialog>
      <ReasonDialog
        open={!!declining}
        title={t('cycle.decline')}
        label={t('cycle.declineReason')}
        hint={t('cycle.declineReasonHint')}
        confirmLabel={t('cycle.decline')}
        danger
        busy={decline.running}
        error={decline.error?.message}
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          const { data } = await decline.exec({ projectId: p.id, claimId: declining!.id, reason, expectedVersion: p.version }, t('cycle.declined'));
          if (data) {
            setDialog(null);
            refetch();
          }
        }}
      />
      <ReasonDialog
        open={dialog === 'complete'}
        title={t('projects.completeTitle')}
        label={t('projects.completeNote')}
        required={false}
        confirmLabel={t('projects.complete')}
        busy={complete.running}
        error={complete.error?.message}
        onClose={() => setDialog(null)}
        onSubmit={async (note) => {
          const { data } = await complete.exec({ projectId: p.id, note: note || null, expectedVersion: p.version }, t('projects.completed'));
          if (data) {
            setDialog(null);
            refetch();
          }
        }}
      />
    </article>
  );
}

function DraftDialog({ scope, onClose, refetch }: { scope: CycleScope; onClose: () => void; refetch: () => void }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [touched, setTouched] = useState(false);
  const draft = useCommand(DraftProjectMutation);
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('projects.draftTitle')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            variant="primary"
            busy={draft.running}
            onClick={async () => {
              setTouched(true);
              if (!title.trim() || !description.trim()) return;
              const { data } = await draft.exec({ organisationId: scope.orgId, title: title.trim(), description: description.trim() }, t('projects.drafted'));
              if (data) {
                refetch();
                onClose();
              }
            }}
          >
            {t('projects.draft')}
          </Button>
        </>
      }
    >
      <div className="stack">
        {draft.error && Object.keys(draft.error.fields).length === 0 && (
          <p className="jm-alert jm-alert--error" role="alert">
            {draft.error.message}
          </p>
        )}
        <Field label={t('projects.fields.title')} required error={touched && !title.trim() ? t('fieldErrors.REQUIRED') : draft.fieldError('title')}>
          <Input value={title} maxLength={100} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field label={t('projects.fields.description')} required error={touched && !description.trim() ? t('fieldErrors.REQUIRED') : draft.fieldError('description')}>
          <TextArea value={description} rows={5} maxLength={2000} placeholder={t('projects.fields.descriptionPlaceholder')} onChange={(e) => setDescription(e.target.value)} />
        </Field>
      </div>
    </Dialog>
  );
}

function ProposeDialog({ project: p, scope, onClose, refetch }: { project: ProjectFieldsFragment; scope: CycleScope; onClose: () => void; refetch: () => void }) {
  const [{ data, fetching }] = useQuery({ query: MeetingsOfOrganisationQuery, variables: { organisationId: scope.boardOrgId } });
  const upcoming = (data?.meetingsOfOrganisation ?? []).filter((m) => m.canManage && m.phase === 'UPCOMING');
  const [meetingId, setMeetingId] = useState('');
  const propose = useCommand(ProposeProjectMutation, { onConflict: () => { onClose(); refetch(); } });
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('projects.proposeTitle')}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            variant="primary"
            disabled={!meetingId}
            busy={propose.running}
            onClick={async () => {
              const { data: ok } = await propose.exec({ projectId: p.id, meetingId, expectedVersion: p.version }, t('projects.proposed'));
              if (ok) {
                refetch();
                onClose();
              }
            }}
          >
            {t('projects.propose')}
          </Button>
        </>
      }
    >
      <div className="stack">
        <p>{t('projects.proposeBody')}</p>
        {propose.error && propose.error.code !== 'CONFLICT' && (
          <p className="jm-alert jm-alert--error" role="alert">
            {propose.error.message}
          </p>
        )}
        {fetching && !data ? (
          <Loading />
        ) : upcoming.length === 0 ? (
          <p className="jm-alert jm-alert--info">{t('projects.noUpcoming')}</p>
        ) : (
          <Field label={t('projects.fields.meeting')} required>
            <Select
              value={meetingId}
              options={upcoming.map((m) => ({ value: m.id, label: `${m.title} · ${formatDateWithWeekday(m.startsAt)}` }))}
              onChange={(e) => setMeetingId(e.target.value)}
            />
          </Field>
        )}
      </div>
    </Dialog>
  );
}

function ProgressDialog({ project: p, onClose, refetch }: { project: ProjectFieldsFragment; onClose: () => void; refetch: () => void }) {
  const [percent, setPercent] = useState(String(Math.min(100, p.percent + 20)));
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const update = useCommand(UpdateProjectProgressMutation, { onConflict: () => { onClose(); refetch(); } });
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('projects.progressTitle')}
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
              const { data } = await update.exec({ projectId: p.id, percent: Number(percent), note: note.trim(), expectedVersion: p.version }, t('projects.progressSaved'));
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
        <Field label={t('projects.percent', { percent })}>
          <input className="jm-range" type="range" min={0} max={100} step={5} value={percent} onChange={(e) => setPercent(e.target.value)} />
        </Field>
        <Field label={t('projects.fields.note')} required error={touched && !note.trim() ? t('fieldErrors.REQUIRED') : update.fieldError('note')}>
          <TextArea value={note} rows={3} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </div>
    </Dialog>
  );
}
