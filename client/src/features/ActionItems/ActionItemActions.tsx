// What an action item shows and what can be done with it, shared by the supervision board and the item's page:
// its state tags, and progress / complete (owner), drop / review (supervisor) with their dialogs.
import { useState } from 'react';
import { useQuery } from 'urql';
import { useCommand } from '@/api/useCommand';
import { t } from '@/i18n';
import { Button, Field, Icon, Select, StatusTag, TextArea } from '@/ui';
import { CommandReasonDialog } from '@/features/Meetings/common/Board';
import { FormDialog, ProgressDialog } from '@/features/Meetings/common/FormDialog';
import type { CycleScope } from '@/features/Meetings/common/scope';
import { MeetingsOfOrganisationQuery } from '@/features/Meetings/documents';
import type { ActionItemFieldsFragment } from '@/gql/graphql';
import { CompleteActionItemMutation, DropActionItemMutation, ReviewActionItemMutation, UpdateActionItemProgressMutation } from './documents';

export function ActionItemTags({ item: x }: { item: ActionItemFieldsFragment }) {
  const lateOpen = x.status === 'OPEN' && x.overdue;
  return (
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
  );
}

export function ActionItemActions({
  item: x,
  scope,
  refetch,
  className,
}: {
  item: ActionItemFieldsFragment;
  scope: CycleScope;
  refetch: () => void;
  className?: string;
}) {
  const [dialog, setDialog] = useState<'progress' | 'complete' | 'drop' | 'review' | null>(null);
  const close = () => setDialog(null);
  const done = () => { close(); refetch(); };
  const opts = { onConflict: done };
  const progress = useCommand(UpdateActionItemProgressMutation, opts);
  const complete = useCommand(CompleteActionItemMutation, opts);
  const drop = useCommand(DropActionItemMutation, opts);
  const open = x.status === 'OPEN';
  const canReview = !x.review && x.canSupervise && (x.status !== 'OPEN' || x.overdue);
  if (!(open && (x.canWorkOn || x.canSupervise)) && !canReview) return null;
  return (
    <div className={className ?? 'jm-actions'}>
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
      {canReview && (
        <Button size="sm" variant="ghost" onClick={() => setDialog('review')}>
          {t('actionItems.reviewAction')}
        </Button>
      )}
      {dialog === 'progress' && (
        <ProgressDialog
          title={t('actionItems.progressTitle')}
          subject={x.title}
          percent={x.percent}
          percentLabel={(percent) => `${t('projects.fields.percent')} ${percent}%`}
          noteLabel={t('actionItems.progressNote')}
          notePlaceholder={t('actionItems.progressNotePlaceholder')}
          command={progress}
          fieldError={progress.fieldError}
          input={(percent, note) => ({ actionItemId: x.id, percent, note, expectedVersion: x.version })}
          success={t('actionItems.progressSaved')}
          onClose={close}
          onDone={done}
        />
      )}
      {dialog === 'review' && <ReviewDialog item={x} scope={scope} onClose={close} onDone={done} />}
      <CommandReasonDialog
        open={dialog === 'complete'}
        title={t('actionItems.completeTitle')}
        label={t('actionItems.completeNote')}
        required={false}
        confirmLabel={t('actionItems.complete')}
        command={complete}
        input={(note) => ({ actionItemId: x.id, note: note || null, expectedVersion: x.version })}
        success={t('actionItems.completed')}
        onClose={close}
        onDone={done}
      >
        <p>{x.title}</p>
      </CommandReasonDialog>
      <CommandReasonDialog
        open={dialog === 'drop'}
        title={t('actionItems.dropTitle')}
        label={t('actionItems.dropReason')}
        confirmLabel={t('actionItems.drop')}
        danger
        command={drop}
        input={(reason) => ({ actionItemId: x.id, reason, expectedVersion: x.version })}
        success={t('actionItems.dropped')}
        onClose={close}
        onDone={done}
      >
        <p>{x.title}</p>
      </CommandReasonDialog>
    </div>
  );
}

function ReviewDialog({ item: x, scope, onClose, onDone }: { item: ActionItemFieldsFragment; scope: CycleScope; onClose: () => void; onDone: () => void }) {
  const [{ data }] = useQuery({ query: MeetingsOfOrganisationQuery, variables: { organisationId: scope.boardOrgId } });
  const meetings = (data?.meetingsOfOrganisation ?? []).filter((m) => m.committeeId === x.committeeId && m.id !== x.meetingId && m.phase !== 'CANCELLED');
  const [meetingId, setMeetingId] = useState('');
  const [satisfaction, setSatisfaction] = useState('5');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const review = useCommand(ReviewActionItemMutation, { onConflict: onDone });
  return (
    <FormDialog
      title={t('actionItems.reviewTitle')}
      formId="jm-review-form"
      submitLabel={t('actionItems.reviewAction')}
      size="sm"
      command={review}
      onClose={onClose}
      onSubmit={async () => {
        setTried(true);
        if (!meetingId) return;
        const { data: ok } = await review.exec(
          { actionItemId: x.id, reviewMeetingId: meetingId, satisfaction: Number(satisfaction), note: note.trim() || null, expectedVersion: x.version },
          t('actionItems.reviewed'),
        );
        if (ok) onDone();
      }}
    >
      <p>{x.title}</p>
      <Field
        label={t('actionItems.reviewMeeting')}
        required
        error={tried && !meetingId ? t('fieldErrors.REQUIRED') : review.fieldError('reviewMeetingId')}
        hint={meetings.length ? undefined : t('actionItems.noReviewMeeting')}
      >
        <Select value={meetingId} options={meetings.map((m) => ({ value: m.id, label: m.title }))} onChange={(e) => setMeetingId(e.target.value)} />
      </Field>
      <Field label={t('actionItems.satisfaction')} error={review.fieldError('satisfaction')}>
        <Select value={satisfaction} placeholder={false} options={['5', '4', '3', '2', '1'].map((v) => ({ value: v, label: v }))} onChange={(e) => setSatisfaction(e.target.value)} />
      </Field>
      <Field label={t('actionItems.reviewNote')}>
        <TextArea value={note} rows={3} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      </Field>
    </FormDialog>
  );
}
