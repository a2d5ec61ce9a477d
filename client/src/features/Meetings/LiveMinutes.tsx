// 会议纪要, live: the organiser drafts and saves; everyone on the page sees each saved version at once
// (the meeting:{id} group). A save made by someone else never overwrites what the organiser is typing.
import { useEffect, useRef, useState } from 'react';
import { t } from '@/i18n';
import { timeAgo } from '@/lib/format';
import { Button, Card, EmptyState, Field, Icon, StatusTag, TextArea } from '@/ui';
import { useCommand } from '@/api/useCommand';
import { ConfirmDialog } from '@/ui/dialogs';
import type { MeetingFieldsFragment } from '@/gql/graphql';
import { ApproveMinutesMutation, DraftMinutesMutation, PublishMinutesMutation } from './documents';
import { minutesEditorState } from './minutesSync';

export function LiveMinutes({ meeting, refetch }: { meeting: MeetingFieldsFragment; refetch: () => void }) {
  const serverText = meeting.minutesText ?? '';
  const locked = meeting.minutesStatus === 'APPROVED' || meeting.minutesStatus === 'PUBLISHED';
  const canEdit = meeting.canManage && !locked && (meeting.phase === 'IN_PROGRESS' || meeting.phase === 'HELD');
  const [draft, setDraft] = useState(serverText);
  const [base, setBase] = useState(serverText);
  const [changedAt, setChangedAt] = useState<number | null>(null);
  const [confirm, setConfirm] = useState<'approve' | 'publish' | null>(null);
  const lastServer = useRef(serverText);
  const save = useCommand(DraftMinutesMutation, { onConflict: refetch });
  const approve = useCommand(ApproveMinutesMutation, { onConflict: refetch });
  const publish = useCommand(PublishMinutesMutation, { onConflict: refetch });

  const state = minutesEditorState({ draft, base, server: serverText });
  useEffect(() => {
    if (serverText === lastServer.current) return;
    lastServer.current = serverText;
    setChangedAt(Date.now());
    // Nothing typed since the last sync: follow the server. Otherwise keep the typing (state says 'diverged').
    if (draft === base) {
      setDraft(serverText);
      setBase(serverText);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serverText]);

  const extra = (
    <div className="row jm-wrap">
      <StatusTag tone={meeting.minutesStatus === 'PUBLISHED' ? 'success' : meeting.minutesStatus === 'APPROVED' ? 'info' : 'neutral'}>
        {t(`meetings.minutesStatus.${meeting.minutesStatus}`)}
      </StatusTag>
      <span className="jm-live-dot" title={t('meetings.minutes.liveHint')}>
        {t('meetings.minutes.live')}
      </span>
      {meeting.minutesStatus !== 'NONE' && (
        <>
          <a className="jm-btn jm-btn--ghost jm-btn--sm" href={`/meetings/${encodeURIComponent(meeting.id)}/minutes/print`} target="_blank" rel="noreferrer">
            <Icon name="printer" size={14} />
            <span>{t('meetings.minutes.print')}</span>
          </a>
          <a className="jm-btn jm-btn--ghost jm-btn--sm" href={`/exports/meetings/${encodeURIComponent(meeting.id)}/minutes.csv`}>
            <Icon name="download" size={14} />
            <span>{t('meetings.minutes.exportCsv')}</span>
          </a>
        </>
      )}
    </div>
  );

  return (
    <Card title={t('meetings.minutes.title')} extra={extra} id="minutes" className="jm-minutes">
      {canEdit ? (
        <form
          className="stack"
          onSubmit={async (e) => {
            e.preventDefault();
            const text = draft;
            const { data } = await save.exec({ meetingId: meeting.id, text, expectedVersion: meeting.version }, t('meetings.minutes.saved'));
            if (data) {
              lastServer.current = data.draftMinutes.minutesText ?? text;
              setBase(text);
              refetch();
            }
          }}
        >
          {state === 'diverged' && (
            <div className="jm-alert jm-alert--info" role="status">
              <Icon name="alert" size={16} />
              <span>{t('meetings.minutes.otherEdited')}</span>
              <Button
                size="sm"
                onClick={() => {
                  setDraft(serverText);
                  setBase(serverText);
                }}
              >
                {t('meetings.minutes.reload')}
              </Button>
            </div>
          )}
          {save.error && save.error.code !== 'CONFLICT' && (
            <p className="jm-alert jm-alert--error" role="alert">
              {save.error.message}
            </p>
          )}
          <Field label={t('meetings.minutes.draftLabel')} hint={t('meetings.minutes.liveHint')} error={save.fieldError('text')}>
            <TextArea
              value={draft}
              rows={12}
              maxLength={20000}
              showCount
              placeholder={t('meetings.minutes.placeholder')}
              onChange={(e) => setDraft(e.target.value)}
            />
          </Field>
          <div className="jm-actions">
            {state !== 'clean' && <span className="muted">{t('meetings.minutes.unsaved')}</span>}
            <Button type="submit" variant="primary" busy={save.running} disabled={!draft.trim() || draft === serverText}>
              {t('meetings.minutes.save')}
            </Button>
            {meeting.canApproveMinutes && meeting.minutesStatus === 'DRAFT' && (
              <Button onClick={() => setConfirm('approve')} disabled={state !== 'clean'}>
                {t('meetings.minutes.approve')}
              </Button>
            )}
          </div>
        </form>
      ) : serverText ? (
        <div className="stack">
          {changedAt && !meeting.canManage && (
            <p className="jm-alert jm-alert--info" role="status" aria-live="polite">
              <Icon name="bell" size={16} />
              {t('meetings.minutes.updatedLive', { ago: timeAgo(changedAt) })}
            </p>
          )}
          <article className="jm-minutes__text" aria-live="polite" data-testid="minutes-text">
            {serverText}
          </article>
          {locked && <p className="muted">{t('meetings.minutes.locked')}</p>}
          <div className="jm-actions">
            {meeting.canApproveMinutes && meeting.minutesStatus === 'DRAFT' && (
              <Button variant="primary" onClick={() => setConfirm('approve')}>
                {t('meetings.minutes.approve')}
              </Button>
            )}
            {(meeting.canManage || meeting.canApproveMinutes) && meeting.minutesStatus === 'APPROVED' && (
              <Button variant="primary" onClick={() => setConfirm('publish')}>
                {t('meetings.minutes.publish')}
              </Button>
            )}
          </div>
        </div>
      ) : (
        <EmptyState compact icon="fileText" title={t('meetings.minutes.empty')} description={t('meetings.minutes.emptyHint')} />
      )}
      <ConfirmDialog
        open={confirm === 'approve'}
        title={t('meetings.minutes.approveTitle')}
        body={t('meetings.minutes.approveBody')}
        confirmLabel={t('meetings.minutes.approve')}
        busy={approve.running}
        error={approve.error?.message}
        onClose={() => setConfirm(null)}
        onConfirm={async () => {
          const { data } = await approve.exec({ meetingId: meeting.id, expectedVersion: meeting.version }, t('meetings.minutes.approved'));
          if (data) {
            setConfirm(null);
            refetch();
          }
        }}
      />
      <ConfirmDialog
        open={confirm === 'publish'}
        title={t('meetings.minutes.publishTitle')}
        body={t('meetings.minutes.publishBody')}
        confirmLabel={t('meetings.minutes.publish')}
        busy={publish.running}
        error={publish.error?.message}
        onClose={() => setConfirm(null)}
        onConfirm={async () => {
          const { data } = await publish.exec({ meetingId: meeting.id, expectedVersion: meeting.version }, t('meetings.minutes.published'));
          if (data) {
            setConfirm(null);
            refetch();
          }
        }}
      />
    </Card>
  );
}
