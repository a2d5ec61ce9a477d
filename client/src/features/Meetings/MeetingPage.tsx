// The meeting page: agenda and decisions, my answer and sign-in, who came (per person and per unit),
// live minutes, and the action items the decisions produced.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { toAppError } from '@/api/errors';
import { usePageTitle } from '@/app/usePageTitle';
import { t } from '@/i18n';
import { dueStatus, formatDateWithWeekday, formatLocalDate, formatTime } from '@/lib/format';
import { liveGroups, useLiveRefetch } from '@/live/useLive';
import { Button, Card, DataTable, Dialog, EmptyState, ErrorState, Field, Icon, Input, Loading, Select, StatusTag, TextArea } from '@/ui';
import { Progress } from './common/BoardHeader';
import { useCommand } from '@/api/useCommand';
import { ReasonDialog } from '@/ui/dialogs';
import { phaseTone } from './common/labels';
import { addDays } from '@/features/Needs/NeedForm';
import { shanghaiDate } from '@/lib/format';
import type { DecisionOutcome, MeetingFieldsFragment } from '@/gql/graphql';
import {
  AddAgendaItemMutation,
  CancelMeetingMutation,
  CreateActionItemMutation,
  MeetingQuery,
  MyPersonQuery,
  RecordDecisionMutation,
  RemoveAgendaItemMutation,
  RespondToInvitationMutation,
  SignInMutation,
} from './documents';
import { LiveMinutes } from './LiveMinutes';
import { ScheduleMeetingDialog } from './ScheduleMeetingDialog';

type Meeting = MeetingFieldsFragment;
type Agenda = Meeting['agenda'][number];

export default function MeetingPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeetingQuery, variables: { id } });
  const [{ data: me }] = useQuery({ query: MyPersonQuery });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch([liveGroups.meeting(id)], refetch, 150);
  const meeting = data?.meeting;
  usePageTitle(meeting?.title ?? t('meetings.pageTitle'));

  if (error && !data) return <div className="jm-page"><ErrorState message={toAppError(error).message} onRetry={refetch} /></div>;
  if (fetching && !data) return <div className="jm-page"><Loading /></div>;
  if (!meeting)
    return (
      <div className="jm-page">
        <EmptyState icon="calendar" title={t('meetings.notFound')} action={<Link to="/meetings">{t('meetings.backToCalendar')}</Link>} />
      </div>
    );
  return <MeetingView meeting={meeting} personId={me?.me?.personId} refetch={refetch} />;
}

function MeetingView({ meeting: m, personId, refetch }: { meeting: Meeting; personId: string | undefined; refetch: () => void }) {
  const [dialog, setDialog] = useState<'reschedule' | 'cancel' | null>(null);
  const cancel = useCommand(CancelMeetingMutation, { onConflict: refetch });
  const live = m.phase === 'UPCOMING';
  const leave = m.invitations.filter((i) => i.response === 'LEAVE' && !i.signedInAt).length;

  return (
    <div className="jm-page jm-meeting">
      <nav className="jm-breadcrumb" aria-label={t('common.back')}>
        <Link to="/meetings">
          <Icon name="chevronLeft" size={16} />
          {t('meetings.backToCalendar')}
        </Link>
      </nav>
      <header className="jm-page__header jm-board__header">
        <div className="jm-board__titles">
          <div className="jm-board-card__tags">
            <StatusTag tone={phaseTone(m.phase)}>{t(`meetings.phase.${m.phase}`)}</StatusTag>
            <StatusTag>{m.committeeName}</StatusTag>
            <StatusTag>{t('meetings.cycle', { n: m.cycleNumber })}</StatusTag>
          </div>
          <h1>{m.title}</h1>
          <p className="jm-meeting__when">
            <span>
              <Icon name="calendar" size={16} />
              {formatDateWithWeekday(m.startsAt)} {formatTime(m.startsAt)}–{formatTime(m.endsAt)}
            </span>
            <span>
              <Icon name="mapPin" size={16} />
              {m.place}
            </span>
            <span>
              <Icon name="users" size={16} />
              {t('meetings.invitations.summary', { invited: m.invitations.length, signedIn: m.signedInCount, leave })}
            </span>
          </p>
        </div>
        {m.canManage && live && (
          <div className="jm-board__actions">
            <Button onClick={() => setDialog('reschedule')}>{t('meetings.reschedule')}</Button>
            <Button variant="ghost" onClick={() => setDialog('cancel')}>
              {t('meetings.cancel')}
            </Button>
          </div>
        )}
      </header>
      {m.phase === 'CANCELLED' && (
        <p className="jm-alert jm-alert--error" role="status">
          <Icon name="alert" size={16} />
          {t('meetings.cancelledBanner', { reason: m.cancelReason ?? '' })}
        </p>
      )}
      <nav className="jm-anchors" aria-label={t('meetings.pageTitle')}>
        <a href="#agenda">{t('meetings.tabs.agenda')}</a>
        <a href="#attendance">{t('meetings.tabs.attendance')}</a>
        <a href="#minutes">{t('meetings.tabs.minutes')}</a>
        <a href="#actions">{t('meetings.tabs.actions')}</a>
      </nav>

      <div className="jm-meeting-grid">
        {m.isInvited && (
          <div className="jm-meeting-grid__top">
            <MyAttendance meeting={m} personId={personId} refetch={refetch} />
          </div>
        )}
        <div className="stack jm-meeting-grid__main">
          <AgendaCard meeting={m} refetch={refetch} />
          <LiveMinutes meeting={m} refetch={refetch} />
          <ActionItemsCard meeting={m} />
        </div>
        <div className="stack jm-meeting-grid__side">
          <InvitationsCard meeting={m} refetch={refetch} />
          <UnitAttendanceCard meeting={m} />
        </div>
      </div>

      {dialog === 'reschedule' && (
        <ScheduleMeetingDialog open onClose={() => setDialog(null)} meeting={m} onSaved={refetch} />
      )}
      <ReasonDialog
        open={dialog === 'cancel'}
        title={t('meetings.cancelTitle')}
        label={t('meetings.fields.reason')}
        hint={t('meetings.cancelBody')}
        confirmLabel={t('meetings.cancel')}
        danger
        busy={cancel.running}
        error={cancel.error?.message}
        onClose={() => setDialog(null)}
        onSubmit={async (reason) => {
          const { data } = await cancel.exec({ meetingId: m.id, reason, expectedVersion: m.version }, t('meetings.cancelled'));
          if (data) {
            setDialog(null);
            refetch();
          }
        }}
      />
    </div>
  );
}

function MyAttendance({ meeting: m, personId, refetch }: { meeting: Meeting; personId: string | undefined; refetch: () => void }) {
  const mine = m.invitations.find((i) => i.personId === personId);
  const [leaving, setLeaving] = useState(false);
  const respond = useCommand(RespondToInvitationMutation, { onConflict: refetch });
  const signIn = useCommand(SignInMutation, { onConflict: refetch });
  return (
    <Card title={t('meetings.my.title')} className="jm-my-attendance">
      <div className="stack">
        {mine?.signedInAt ? (
          <p className="jm-alert jm-alert--info">
            <Icon name="checkCircle" size={16} />
            {t('meetings.my.signedIn', { time: formatTime(mine.signedInAt) })}
          </p>
        ) : (
          <>
            <p className="muted">{m.signInOpen ? t('meetings.my.signInOpen') : t('meetings.my.signInClosed')}</p>
            <Button
              variant="primary"
              size="lg"
              block
              disabled={!m.signInOpen}
              busy={signIn.running}
              icon={<Icon name="check" size={18} />}
              onClick={() =>
                void signIn.exec({ meetingId: m.id, expectedVersion: m.version }, t('meetings.my.signInDone')).then(refetch)
              }
            >
              {t('meetings.my.signIn')}
            </Button>
          </>
        )}
        {m.phase === 'UPCOMING' && (
          <div className="stack">
            {mine?.response && (
              <p>
                {t('meetings.my.responded', { response: t(`meetings.invitations.${mine.response === 'ATTEND' ? 'attend' : 'leave'}`) })}
                {mine.leaveReason ? ` ${t('meetings.invitations.leaveReason', { reason: mine.leaveReason })}` : ''}
              </p>
            )}
            <div className="jm-actions">
              <Button
                variant={mine?.response === 'ATTEND' ? 'primary' : 'secondary'}
                busy={respond.running}
                onClick={() =>
                  void respond
                    .exec({ meetingId: m.id, response: 'ATTEND', expectedVersion: m.version }, t('meetings.my.answered'))
                    .then(refetch)
                }
              >
                {t('meetings.my.attend')}
              </Button>
              <Button variant={mine?.response === 'LEAVE' ? 'primary' : 'secondary'} onClick={() => setLeaving(true)}>
                {t('meetings.my.leave')}
              </Button>
            </div>
          </div>
        )}
        {(respond.error || signIn.error) && (respond.error ?? signIn.error)!.code !== 'CONFLICT' && (
          <p className="jm-alert jm-alert--error" role="alert">
            {(respond.error ?? signIn.error)!.message}
          </p>
        )}
      </div>
      <ReasonDialog
        open={leaving}
        title={t('meetings.my.leaveTitle')}
        label={t('meetings.my.leaveReason')}
        placeholder={t('meetings.my.leaveReasonPlaceholder')}
        confirmLabel={t('meetings.my.leave')}
        busy={respond.running}
        onClose={() => setLeaving(false)}
        onSubmit={async (reason) => {
          const { data } = await respond.exec({ meetingId: m.id, response: 'LEAVE', reason, expectedVersion: m.version }, t('meetings.my.answered'));
          if (data) {
            setLeaving(false);
            refetch();
          }
        }}
      />
    </Card>
  );
}

function InvitationsCard({ meeting: m, refetch }: { meeting: Meeting; refetch: () => void }) {
  const signIn = useCommand(SignInMutation, { onConflict: refetch });
  const [busyId, setBusyId] = useState<string | null>(null);
  const canSignOthers = m.canManage && m.phase !== 'CANCELLED' && m.minutesStatus !== 'APPROVED' && m.minutesStatus !== 'PUBLISHED';
  return (
    <Card title={t('meetings.invitations.title')} id="attendance" padded={false} className="jm-invitees">
      <DataTable
        caption={t('meetings.invitations.title')}
        hideCaption
        rows={m.invitations}
        rowKey={(r) => r.personId}
        columns={[
          { key: 'name', header: t('meetings.invitations.name'), primary: true, render: (r) => <strong>{r.name}</strong> },
          { key: 'unit', header: t('meetings.invitations.unit'), render: (r) => r.unitName ?? '—' },
          {
            key: 'response',
            header: t('meetings.invitations.response'),
            render: (r) =>
              r.response === 'LEAVE' ? (
                <span title={r.leaveReason ?? undefined}>
                  <StatusTag tone="warning">{t('meetings.invitations.leave')}</StatusTag>
                </span>
              ) : r.response === 'ATTEND' ? (
                <StatusTag tone="info">{t('meetings.invitations.attend')}</StatusTag>
              ) : (
                <span className="muted">{t('meetings.invitations.noResponse')}</span>
              ),
          },
          {
            key: 'signIn',
            header: t('meetings.invitations.signIn'),
            render: (r) =>
              r.signedInAt ? (
                <StatusTag tone="success">{t('meetings.invitations.signedInAt', { time: formatTime(r.signedInAt) })}</StatusTag>
              ) : canSignOthers ? (
                <Button
                  size="sm"
                  busy={signIn.running && busyId === r.personId}
                  aria-label={`${t('meetings.invitations.signInFor')} ${r.name}`}
                  onClick={async () => {
                    setBusyId(r.personId);
                    const { data } = await signIn.exec(
                      { meetingId: m.id, personId: r.personId, expectedVersion: m.version },
                      t('meetings.invitations.signedInFor', { name: r.name }),
                    );
                    setBusyId(null);
                    if (data) refetch();
                  }}
                >
                  {t('meetings.invitations.signInFor')}
                </Button>
              ) : (
                <span className="muted">{t('meetings.invitations.notSignedIn')}</span>
              ),
          },
        ]}
      />
      {signIn.error && signIn.error.code !== 'CONFLICT' && (
        <p className="jm-alert jm-alert--error jm-card__note" role="alert">
          {signIn.error.message}
        </p>
      )}
    </Card>
  );
}

function UnitAttendanceCard({ meeting: m }: { meeting: Meeting }) {
  return (
    <Card title={t('meetings.attendance.title')} padded={false}>
      <DataTable
        caption={t('meetings.attendance.title')}
        hideCaption
        rows={m.attendance}
        rowKey={(r) => r.unitId}
        empty={<EmptyState compact title={t('meetings.attendance.empty')} />}
        columns={[
          { key: 'unit', header: t('meetings.attendance.unit'), primary: true, render: (r) => r.unitName },
          { key: 'invited', header: t('meetings.attendance.invited'), align: 'end', render: (r) => r.invited },
          { key: 'signedIn', header: t('meetings.attendance.signedIn'), align: 'end', render: (r) => r.signedIn },
          { key: 'onLeave', header: t('meetings.attendance.onLeave'), align: 'end', render: (r) => r.onLeave },
          {
            key: 'rate',
            header: t('meetings.attendance.rate'),
            align: 'end',
            render: (r) => (r.invited ? `${Math.round((r.signedIn / r.invited) * 100)}%` : '—'),
          },
        ]}
      />
    </Card>
  );
}

const OUTCOMES: DecisionOutcome[] = ['APPROVED', 'DEFERRED', 'REJECTED'];
const outcomeTone = { APPROVED: 'success', DEFERRED: 'warning', REJECTED: 'danger' } as const;

function AgendaCard({ meeting: m, refetch }: { meeting: Meeting; refetch: () => void }) {
  const [adding, setAdding] = useState(false);
  const [deciding, setDeciding] = useState<Agenda | null>(null);
  const [acting, setActing] = useState<Agenda | null>(null);
  const remove = useCommand(RemoveAgendaItemMutation, { onConflict: refetch });
  const locked = m.minutesStatus === 'APPROVED' || m.minutesStatus === 'PUBLISHED' || m.phase === 'CANCELLED';
  const canDecide = m.canManage && !locked && (m.phase === 'IN_PROGRESS' || m.phase === 'HELD');
  const itemsFor = (a: Agenda) => m.actionItems.filter((i) => i.agendaItemId === a.id);
  return (
    <Card
      title={t('meetings.agenda.title')}
      id="agenda"
      extra={
        m.canManage &&
        !locked && (
          <Button size="sm" icon={<Icon name="plus" size={14} />} onClick={() => setAdding(true)}>
            {t('meetings.agenda.add')}
          </Button>
        )
      }
    >
      {m.agenda.length === 0 ? (
        <EmptyState compact icon="list" title={t('meetings.agenda.empty')} />
      ) : (
        <ol className="jm-agenda">
          {m.agenda.map((a, i) => (
            <li key={a.id} className="jm-agenda__item">
              <span className="jm-agenda__no" aria-hidden="true">
                {i + 1}
              </span>
              <div className="jm-agenda__main">
                <div className="jm-agenda__head">
                  <strong>{a.title}</strong>
                  <StatusTag>{t(`meetings.agenda.kind.${a.kind}`)}</StatusTag>
                </div>
                {a.description && <p className="jm-agenda__desc">{a.description}</p>}
                {a.decision ? (
                  <div className="jm-decision">
                    <StatusTag tone={outcomeTone[a.decision.outcome]}>
                      {t('meetings.agenda.decisionLine', { outcome: a.decision.outcomeLabel })}
                    </StatusTag>
                    {a.decision.note && <p className="jm-decision__note">{a.decision.note}</p>}
                  </div>
                ) : (
                  <p className="muted jm-agenda__pending">{t('meetings.agenda.noDecision')}</p>
                )}
                {itemsFor(a).length > 0 && (
                  <ul className="jm-agenda__actions-list">
                    {itemsFor(a).map((x) => (
                      <li key={x.id}>
                        <Icon name="flag" size={14} />
                        <Link to={`/supervision#${encodeURIComponent(x.id)}`}>{x.title}</Link>
                        <span className="muted">
                          {x.ownerName} · {t('actionItems.due', { date: formatLocalDate(x.dueDate) })}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                <div className="jm-actions">
                  {canDecide && (
                    <Button size="sm" onClick={() => setDeciding(a)}>
                      {t('meetings.agenda.decide')}
                    </Button>
                  )}
                  {m.canManage && a.decision && a.decision.outcome !== 'REJECTED' && (
                    <Button size="sm" variant="primary" icon={<Icon name="flag" size={14} />} onClick={() => setActing(a)}>
                      {t('meetings.agenda.createAction')}
                    </Button>
                  )}
                  {m.canManage && !locked && !a.decision && (
                    <Button
                      size="sm"
                      variant="ghost"
                      busy={remove.running}
                      onClick={() =>
                        void remove
                          .exec({ meetingId: m.id, agendaItemId: a.id, expectedVersion: m.version }, t('meetings.agenda.removed'))
                          .then(refetch)
                      }
                    >
                      {t('meetings.agenda.remove')}
                    </Button>
                  )}
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
      {adding && <AddAgendaDialog meeting={m} onClose={() => setAdding(false)} refetch={refetch} />}
      {deciding && <DecisionDialog meeting={m} item={deciding} onClose={() => setDeciding(null)} refetch={refetch} />}
      {acting && <CreateActionItemDialog meeting={m} item={acting} onClose={() => setActing(null)} refetch={refetch} />}
    </Card>
  );
}

function AddAgendaDialog({ meeting: m, onClose, refetch }: { meeting: Meeting; onClose: () => void; refetch: () => void }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);
  const add = useCommand(AddAgendaItemMutation, { onConflict: refetch });
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('meetings.agenda.addTitle')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            variant="primary"
            busy={add.running}
            onClick={async () => {
              if (!title.trim()) return setMissing(true);
              const { data } = await add.exec(
                { meetingId: m.id, kind: 'FREE', title: title.trim(), description: description.trim() || null, expectedVersion: m.version },
                t('meetings.agenda.added'),
              );
              if (data) {
                refetch();
                onClose();
              }
            }}
          >
            {t('meetings.agenda.add')}
          </Button>
        </>
      }
    >
      <div className="stack">
        {add.error && Object.keys(add.error.fields).length === 0 && (
          <p className="jm-alert jm-alert--error" role="alert">
            {add.error.message}
          </p>
        )}
        <Field label={t('meetings.agenda.itemTitle')} required error={missing ? t('fieldErrors.REQUIRED') : add.fieldError('title')}>
          <Input value={title} maxLength={200} autoFocus onChange={(e) => { setTitle(e.target.value); setMissing(false); }} />
        </Field>
        <Field label={t('meetings.agenda.description')} error={add.fieldError('description')}>
          <TextArea value={description} rows={3} maxLength={2000} onChange={(e) => setDescription(e.target.value)} />
        </Field>
      </div>
    </Dialog>
  );
}

function DecisionDialog({ meeting: m, item, onClose, refetch }: { meeting: Meeting; item: Agenda; onClose: () => void; refetch: () => void }) {
  const [outcome, setOutcome] = useState<DecisionOutcome>(item.decision?.outcome ?? 'APPROVED');
  const [note, setNote] = useState(item.decision?.note ?? '');
  const decide = useCommand(RecordDecisionMutation, { onConflict: refetch });
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('meetings.agenda.decideTitle')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            variant="primary"
            busy={decide.running}
            onClick={async () => {
              const { data } = await decide.exec(
                { meetingId: m.id, agendaItemId: item.id, outcome, note: note.trim() || null, expectedVersion: m.version },
                t('meetings.agenda.decided'),
              );
              if (data) {
                refetch();
                onClose();
              }
            }}
          >
            {t('meetings.agenda.decide')}
          </Button>
        </>
      }
    >
      <div className="stack">
        <p>
          <strong>{item.title}</strong>
        </p>
        {decide.error && decide.error.code !== 'CONFLICT' && (
          <p className="jm-alert jm-alert--error" role="alert">
            {decide.error.message}
          </p>
        )}
        <fieldset className="jm-radios">
          <legend className="jm-field__label">{t('meetings.agenda.outcome')}</legend>
          {OUTCOMES.map((o) => (
            <label key={o} className="jm-radio">
              <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
              <span>{t(`meetings.agenda.outcomeLabel.${o}`)}</span>
            </label>
          ))}
        </fieldset>
        <Field label={t('meetings.agenda.note')} error={decide.fieldError('note')}>
          <TextArea value={note} rows={4} maxLength={2000} placeholder={t('meetings.agenda.notePlaceholder')} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </div>
    </Dialog>
  );
}

function CreateActionItemDialog({
  meeting: m,
  item,
  onClose,
  refetch,
}: {
  meeting: Meeting;
  item: Agenda;
  onClose: () => void;
  refetch: () => void;
}) {
  const units = [...new Map(m.invitations.filter((i) => i.unitId).map((i) => [i.unitId!, i.unitName ?? i.unitId!])).entries()];
  const people = m.invitations.map((i) => [i.personId, i.name] as const);
  const [ownerKind, setOwnerKind] = useState<'UNIT' | 'PERSON'>(units.length ? 'UNIT' : 'PERSON');
  const [ownerId, setOwnerId] = useState('');
  const [title, setTitle] = useState(item.decision?.note?.trim() || item.title);
  const [dueDate, setDueDate] = useState(addDays(shanghaiDate(), 30));
  const [remind, setRemind] = useState('3');
  const [touched, setTouched] = useState(false);
  const create = useCommand(CreateActionItemMutation, { onConflict: refetch });
  const options = (ownerKind === 'UNIT' ? units : people).map(([value, label]) => ({ value, label }));
  const submit = async () => {
    setTouched(true);
    if (!title.trim() || !ownerId || !dueDate) return;
    const { data } = await create.exec(
      { meetingId: m.id, agendaItemId: item.id, title: title.trim(), ownerKind, ownerId, dueDate, remindDaysBefore: Number(remind) },
      t('meetings.actions.created'),
    );
    if (data) {
      refetch();
      onClose();
    }
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('meetings.actions.createTitle')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" busy={create.running} onClick={() => void submit()}>
            {t('meetings.agenda.createAction')}
          </Button>
        </>
      }
    >
      <div className="jm-form-grid">
        <p className="muted jm-form-grid__wide">
          {t('meetings.actions.fromItem', { title: item.title })}
        </p>
        {create.error && Object.keys(create.error.fields).length === 0 && (
          <p className="jm-alert jm-alert--error jm-form-grid__wide" role="alert">
            {create.error.message}
          </p>
        )}
        <Field
          label={t('meetings.actions.fields.title')}
          required
          className="jm-form-grid__wide"
          error={touched && !title.trim() ? t('fieldErrors.REQUIRED') : create.fieldError('title')}
        >
          <TextArea value={title} rows={2} maxLength={500} placeholder={t('meetings.actions.fields.titlePlaceholder')} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field label={t('meetings.actions.fields.ownerKind')} required>
          <Select
            value={ownerKind}
            placeholder={false}
            options={[
              { value: 'UNIT', label: t('meetings.actions.ownerKind.UNIT'), disabled: units.length === 0 },
              { value: 'PERSON', label: t('meetings.actions.ownerKind.PERSON') },
            ]}
            onChange={(e) => {
              setOwnerKind(e.target.value as 'UNIT' | 'PERSON');
              setOwnerId('');
            }}
          />
        </Field>
        <Field
          label={ownerKind === 'UNIT' ? t('meetings.actions.fields.owner') : t('meetings.actions.fields.ownerPerson')}
          required
          hint={ownerKind === 'UNIT' ? t('meetings.actions.ownerHint') : undefined}
          error={touched && !ownerId ? t('fieldErrors.REQUIRED') : create.fieldError('owner') ?? create.fieldError('ownerId')}
        >
          <Select value={ownerId} options={options} onChange={(e) => setOwnerId(e.target.value)} />
        </Field>
        <Field label={t('meetings.actions.fields.dueDate')} required error={create.fieldError('dueDate')}>
          <Input type="date" value={dueDate} min={shanghaiDate()} onChange={(e) => setDueDate(e.target.value)} />
        </Field>
        <Field label={t('meetings.actions.fields.remindDaysBefore')} error={create.fieldError('remindDaysBefore')}>
          <Input type="number" min={0} max={30} inputMode="numeric" value={remind} onChange={(e) => setRemind(e.target.value)} />
        </Field>
      </div>
    </Dialog>
  );
}

function ActionItemsCard({ meeting: m }: { meeting: Meeting }) {
  return (
    <Card
      title={t('meetings.actions.title')}
      id="actions"
      extra={
        <Link className="jm-btn jm-btn--ghost jm-btn--sm" to="/supervision">
          <span>{t('nav.supervision')}</span>
          <Icon name="chevronRight" size={14} />
        </Link>
      }
    >
      {m.actionItems.length === 0 ? (
        <EmptyState compact icon="flag" title={t('meetings.actions.empty')} description={t('meetings.actions.emptyHint')} />
      ) : (
        <ul className="jm-list">
          {m.actionItems.map((x) => {
            const due = x.status === 'OPEN' ? dueStatus(x.dueDate) : undefined;
            return (
              <li key={x.id} className="jm-action-row">
                <div className="jm-list__main">
                  <span className="jm-list__title">{x.title}</span>
                  <span className="jm-list__meta">
                    {x.ownerName} · {t('actionItems.due', { date: formatLocalDate(x.dueDate) })}
                  </span>
                  <Progress percent={x.percent} label={x.title} />
                </div>
                <StatusTag tone={x.status === 'COMPLETED' ? 'success' : due?.tone === 'overdue' ? 'danger' : 'info'}>
                  {due?.tone === 'overdue' ? due.label : t(`actionItems.status.${x.status}`)}
                </StatusTag>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
