// The project's forms: draft or edit (one form, expectedVersion on edit), and propose to an upcoming meeting.
import { useState } from 'react';
import { useQuery } from 'urql';
import { useCommand } from '@/api/useCommand';
import { t } from '@/i18n';
import { formatDateWithWeekday } from '@/lib/format';
import { Field, Input, Loading, Select, TextArea } from '@/ui';
import { FormDialog, useEditVersion } from '@/features/Meetings/common/FormDialog';
import { changedFields, requiredErrors } from '@/features/Meetings/common/forms';
import type { CycleScope } from '@/features/Meetings/common/scope';
import { MeetingsOfOrganisationQuery } from '@/features/Meetings/documents';
import type { ProjectFieldsFragment } from '@/gql/graphql';
import { DraftProjectMutation, EditProjectMutation, ProposeProjectMutation } from './documents';

/** Drafts a project for the scope's organisation, or edits `project` (its need, resources and owners are kept). */
export function ProjectFormDialog({
  scope,
  project,
  onClose,
  refetch,
}: {
  scope: CycleScope;
  project?: ProjectFieldsFragment;
  onClose: () => void;
  refetch: () => void;
}) {
  const [v, setV] = useState({ title: project?.title ?? '', description: project?.description ?? '' });
  const [touched, setTouched] = useState(false);
  const notice = useEditVersion(project?.version, refetch);
  const draft = useCommand(DraftProjectMutation);
  const edit = useCommand(EditProjectMutation, { onConflict: notice.onConflict });
  const command = project ? edit : draft;
  const missing = touched ? requiredErrors(v, ['title', 'description']) : {};
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }));
  const save = async () => {
    setTouched(true);
    if (Object.keys(requiredErrors(v, ['title', 'description'])).length) return;
    if (project && changedFields({ title: project.title, description: project.description }, v).length === 0) return onClose();
    const fields = { title: v.title.trim(), description: v.description.trim() };
    const result = project
      ? await edit.exec(
          {
            projectId: project.id,
            ...fields,
            needId: project.needId ?? null,
            resourceIds: project.resourceIds,
            ownerUnitIds: project.ownerUnitIds,
            expectedVersion: notice.version,
          },
          t('projects.edited'),
        )
      : await draft.exec({ organisationId: scope.orgId, ...fields }, t('projects.drafted'));
    notice.settle(result, () => {
      refetch();
      onClose();
    });
  };
  return (
    <FormDialog
      title={project ? t('projects.editTitle') : t('projects.draftTitle')}
      formId="jm-project-form"
      submitLabel={project ? t('common.save') : t('projects.draft')}
      command={command}
      conflict={notice.conflict}
      onClose={onClose}
      onSubmit={() => void save()}
    >
      {project && <p className="muted">{t('projects.editHint')}</p>}
      <Field label={t('projects.fields.title')} required error={missing.title ?? command.fieldError('title')}>
        <Input value={v.title} maxLength={100} onChange={set('title')} />
      </Field>
      <Field label={t('projects.fields.description')} required error={missing.description ?? command.fieldError('description')}>
        <TextArea value={v.description} rows={5} maxLength={2000} placeholder={t('projects.fields.descriptionPlaceholder')} onChange={set('description')} />
      </Field>
    </FormDialog>
  );
}

export function ProposeDialog({ project: p, scope, onClose, refetch }: { project: ProjectFieldsFragment; scope: CycleScope; onClose: () => void; refetch: () => void }) {
  const [{ data, fetching }] = useQuery({ query: MeetingsOfOrganisationQuery, variables: { organisationId: scope.boardOrgId } });
  const upcoming = (data?.meetingsOfOrganisation ?? []).filter((m) => m.canManage && m.phase === 'UPCOMING');
  const [meetingId, setMeetingId] = useState('');
  const propose = useCommand(ProposeProjectMutation, { onConflict: () => { onClose(); refetch(); } });
  return (
    <FormDialog
      title={t('projects.proposeTitle')}
      formId="jm-propose-form"
      submitLabel={t('projects.propose')}
      size="sm"
      command={propose}
      onClose={onClose}
      onSubmit={async () => {
        if (!meetingId) return;
        const { data: ok } = await propose.exec({ projectId: p.id, meetingId, expectedVersion: p.version }, t('projects.proposed'));
        if (ok) {
          refetch();
          onClose();
        }
      }}
    >
      <p>{t('projects.proposeBody')}</p>
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
    </FormDialog>
  );
}
