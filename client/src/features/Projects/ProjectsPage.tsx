// 项目清单: drafts become agenda items (提交会议), the meeting's decision approves them (立项),
// units claim them, and progress is reported until done. Drafts and deferred projects can be edited.
import { useState } from 'react';
import { Link } from 'react-router';
import { t } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { liveGroups } from '@/live/useLive';
import { Button, Icon, StatusTag } from '@/ui';
import { useCommand } from '@/api/useCommand';
import { BoardHeader, FilterBar, Progress, Segmented } from '@/features/Meetings/common/BoardHeader';
import {
  BoardCard,
  BoardList,
  ClaimList,
  ClaimRow,
  CommandConfirmDialog,
  CommandReasonDialog,
  CycleScopePage,
  ExportLink,
  SearchField,
  useLiveQuery,
  useScrollToHash,
} from '@/features/Meetings/common/Board';
import { ProgressDialog } from '@/features/Meetings/common/FormDialog';
import { claimTone, matchesText, projectStatusTone } from '@/features/Meetings/common/labels';
import type { CycleScope } from '@/features/Meetings/common/scope';
import type { ProjectFieldsFragment, ProjectStatus } from '@/gql/graphql';
import {
  ClaimProjectMutation,
  CompleteProjectMutation,
  ConfirmProjectClaimMutation,
  DeclineProjectClaimMutation,
  ProjectsQuery,
  UpdateProjectProgressMutation,
} from './documents';
import { ProjectFormDialog, ProposeDialog } from './ProjectDialogs';

const STATUSES: ProjectStatus[] = ['DRAFT', 'PROPOSED', 'APPROVED', 'DEFERRED', 'COMPLETED', 'REJECTED'];

export default function ProjectsPage() {
  return <CycleScopePage title={t('projects.pageTitle')}>{(scope) => <ProjectsBoard scope={scope} />}</CycleScopePage>;
}

function ProjectsBoard({ scope }: { scope: CycleScope }) {
  const [status, setStatus] = useState<'ALL' | ProjectStatus>('ALL');
  const [query, setQuery] = useState('');
  const [drafting, setDrafting] = useState(false);
  const groups = [liveGroups.organisation(scope.boardOrgId), ...(scope.unitId ? [liveGroups.organisation(scope.unitId)] : [])];
  const board = useLiveQuery(ProjectsQuery, { organisationId: scope.boardOrgId }, groups);
  const { data, refetch } = board;
  const all = data?.projects ?? [];
  const list = all.filter((p) => (status === 'ALL' || p.status === status) && matchesText(query, p.title, p.description, p.organisationName));
  const canDraft = scope.role === 'CommunitySecretary' || scope.role === 'StreetSecretary';
  useScrollToHash('project', !!data);

  return (
    <div className="jm-page">
      <BoardHeader
        title={t('projects.pageTitle')}
        subtitle={t('projects.subtitle')}
        actions={
          <>
            {scope.isSecretary && <ExportLink board="projects" organisationId={scope.boardOrgId} />}
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
          <SearchField value={query} onChange={setQuery} />
        </div>
      </FilterBar>
      <BoardList
        state={board}
        items={list}
        total={all.length}
        skeletons={2}
        empty={{ icon: 'briefcase', title: t('projects.empty'), description: t('projects.emptyHint') }}
        onClearFilters={(status !== 'ALL' || !!query) && (() => { setStatus('ALL'); setQuery(''); })}
      >
        {(p) => <ProjectCard key={p.id} project={p} scope={scope} refetch={refetch} />}
      </BoardList>
      {drafting && <ProjectFormDialog scope={scope} onClose={() => setDrafting(false)} refetch={refetch} />}
    </div>
  );
}

type ProjectDialog = 'edit' | 'propose' | 'progress' | 'complete' | 'claim' | { decline: string } | null;

function ProjectCard({ project: p, scope, refetch }: { project: ProjectFieldsFragment; scope: CycleScope; refetch: () => void }) {
  const [dialog, setDialog] = useState<ProjectDialog>(null);
  const close = () => setDialog(null);
  const done = () => { close(); refetch(); };
  const opts = { onConflict: done };
  const confirm = useCommand(ConfirmProjectClaimMutation, opts);
  const decline = useCommand(DeclineProjectClaimMutation, opts);
  const claim = useCommand(ClaimProjectMutation, opts);
  const complete = useCommand(CompleteProjectMutation, opts);
  const progress = useCommand(UpdateProjectProgressMutation, opts);
  const live = p.status !== 'REJECTED' && p.status !== 'COMPLETED';
  const editable = p.canManage && (p.status === 'DRAFT' || p.status === 'DEFERRED');
  const myClaim = scope.unitId ? p.claims.find((c) => c.unitId === scope.unitId && (c.status === 'PENDING' || c.status === 'CONFIRMED')) : undefined;
  const declining = typeof dialog === 'object' && dialog ? p.claims.find((c) => c.id === dialog.decline) : undefined;
  return (
    <BoardCard
      id={`project-${p.id}`}
      titleId={`project-${p.id}-title`}
      title={p.title}
      tags={
        <>
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
        </>
      }
      meta={`${p.organisationName} · ${formatDateTime(p.draftedAt)}`}
      actions={
        <>
          {editable && (
            <Button size="sm" variant="ghost" icon={<Icon name="edit" size={14} />} onClick={() => setDialog('edit')}>
              {t('projects.edit')}
            </Button>
          )}
          {scope.isUnit && live && !myClaim && (
            <Button size="sm" variant="primary" onClick={() => setDialog('claim')}>
              {t('projects.claim')}
            </Button>
          )}
          {editable && (
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
        </>
      }
    >
      <p className="jm-board-card__body">{p.description}</p>
      {(p.status === 'APPROVED' || p.status === 'COMPLETED') && <Progress percent={p.percent} label={p.title} />}
      {p.claims.length > 0 && (
        <ClaimList label={t('projects.claims')}>
          {p.claims.map((c) => (
            <ClaimRow
              key={c.id}
              text={c.unitName}
              tone={claimTone(c.status)}
              status={t(`cycle.claimStatus.${c.status}`)}
              actions={
                p.canManage &&
                c.status === 'PENDING' && (
                  <>
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
                  </>
                )
              }
            />
          ))}
        </ClaimList>
      )}
      {dialog === 'edit' && <ProjectFormDialog scope={scope} project={p} onClose={close} refetch={refetch} />}
      {dialog === 'propose' && <ProposeDialog project={p} scope={scope} onClose={close} refetch={refetch} />}
      {dialog === 'progress' && (
        <ProgressDialog
          title={t('projects.progressTitle')}
          percent={p.percent}
          percentLabel={(percent) => t('projects.percent', { percent })}
          noteLabel={t('projects.fields.note')}
          command={progress}
          fieldError={progress.fieldError}
          input={(percent, note) => ({ projectId: p.id, percent, note, expectedVersion: p.version })}
          success={t('projects.progressSaved')}
          onClose={close}
          onDone={done}
        />
      )}
      <CommandConfirmDialog
        open={dialog === 'claim'}
        title={t('projects.claimTitle', { title: p.title })}
        body={t('projects.claimBody', { unit: scope.scopeName })}
        confirmLabel={t('projects.claim')}
        command={claim}
        input={{ projectId: p.id, unitId: scope.unitId, expectedVersion: p.version }}
        success={t('projects.claimed')}
        onClose={close}
        onDone={done}
      />
      <CommandReasonDialog
        open={!!declining}
        title={t('cycle.decline')}
        label={t('cycle.declineReason')}
        hint={t('cycle.declineReasonHint')}
        confirmLabel={t('cycle.decline')}
        danger
        command={decline}
        input={(reason) => ({ projectId: p.id, claimId: declining!.id, reason, expectedVersion: p.version })}
        success={t('cycle.declined')}
        onClose={close}
        onDone={done}
      />
      <CommandReasonDialog
        open={dialog === 'complete'}
        title={t('projects.completeTitle')}
        label={t('projects.completeNote')}
        required={false}
        confirmLabel={t('projects.complete')}
        command={complete}
        input={(note) => ({ projectId: p.id, note: note || null, expectedVersion: p.version })}
        success={t('projects.completed')}
        onClose={close}
        onDone={done}
      />
    </BoardCard>
  );
}
