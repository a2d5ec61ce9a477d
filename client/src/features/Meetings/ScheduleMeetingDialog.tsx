// 召集 / 改期: time, place (and for a new meeting the committee and an optional title).
import { useState, type FormEvent } from 'react';
import { t } from '@/i18n';
import { chinaLocalToUtc, shanghaiDate, utcToChinaLocal } from '@/lib/format';
import { Button, Dialog, Field, Input, Select, TextArea } from '@/ui';
import { useCommand } from '@/api/useCommand';
import { addDays } from '@/features/Needs/NeedForm';
import { RescheduleMeetingMutation, ScheduleMeetingMutation } from './documents';

export interface MeetingSlotDraft {
  date: string;
  start: string;
  end: string;
  place: string;
}

/** Checks a slot and returns the UTC instants, or the field that is wrong. */
export function slotToUtc(d: MeetingSlotDraft): { startsAt: string; endsAt: string } | { error: keyof MeetingSlotDraft } {
  if (!d.date) return { error: 'date' };
  if (!/^\d{2}:\d{2}$/.test(d.start)) return { error: 'start' };
  if (!/^\d{2}:\d{2}$/.test(d.end) || d.end <= d.start) return { error: 'end' };
  return { startsAt: chinaLocalToUtc(`${d.date}T${d.start}`), endsAt: chinaLocalToUtc(`${d.date}T${d.end}`) };
}

export function ScheduleMeetingDialog({
  open,
  onClose,
  committees,
  defaultCommitteeId,
  meeting,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  committees?: { id: string; name: string }[];
  defaultCommitteeId?: string;
  /** Given: reschedule this meeting. */
  meeting?: { id: string; version: number; startsAt: string; endsAt: string; place: string };
  onSaved?: (id: string) => void;
}) {
  const initial = meeting
    ? {
        committeeId: '',
        title: '',
        date: utcToChinaLocal(meeting.startsAt).slice(0, 10),
        start: utcToChinaLocal(meeting.startsAt).slice(11),
        end: utcToChinaLocal(meeting.endsAt).slice(11),
        place: meeting.place,
        reason: '',
      }
    : {
        committeeId: defaultCommitteeId ?? committees?.[0]?.id ?? '',
        title: '',
        date: addDays(shanghaiDate(), 7),
        start: '14:30',
        end: '16:30',
        place: '',
        reason: '',
      };
  const [d, setD] = useState(initial);
  const [bad, setBad] = useState<string | null>(null);
  const schedule = useCommand(ScheduleMeetingMutation);
  const reschedule = useCommand(RescheduleMeetingMutation, { onConflict: onClose });
  const cmd = meeting ? reschedule : schedule;
  const set = (k: keyof typeof d) => (v: string) => {
    setD((x) => ({ ...x, [k]: v }));
    setBad(null);
  };
  const err = (k: string) =>
    bad === k ? (k === 'end' ? t('meetings.endBeforeStart') : t('fieldErrors.REQUIRED')) : cmd.fieldError(k === 'start' ? 'startsAt' : k === 'end' ? 'endsAt' : k);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!meeting && !d.committeeId) return setBad('committeeId');
    const slot = slotToUtc(d);
    if ('error' in slot) return setBad(slot.error);
    if (!d.place.trim()) return setBad('place');
    if (meeting) {
      const { data } = await reschedule.exec(
        { meetingId: meeting.id, ...slot, place: d.place.trim(), reason: d.reason.trim() || null, expectedVersion: meeting.version },
        t('meetings.rescheduled'),
      );
      if (data) {
        onSaved?.(data.rescheduleMeeting.id);
        onClose();
      }
    } else {
      const { data } = await schedule.exec(
        { committeeId: d.committeeId, title: d.title.trim() || null, ...slot, place: d.place.trim() },
        t('meetings.scheduled'),
      );
      if (data) {
        onSaved?.(data.scheduleMeeting.id);
        onClose();
      }
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={meeting ? t('meetings.rescheduleTitle') : t('meetings.scheduleTitle')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-schedule-form" busy={cmd.running}>
            {meeting ? t('meetings.reschedule') : t('meetings.schedule')}
          </Button>
        </>
      }
    >
      <form id="jm-schedule-form" className="jm-form-grid" onSubmit={submit} noValidate>
        {!meeting && <p className="muted jm-form-grid__wide">{t('meetings.scheduleHint')}</p>}
        {cmd.error && Object.keys(cmd.error.fields).length === 0 && (
          <p className="jm-alert jm-alert--error jm-form-grid__wide" role="alert">
            {cmd.error.message}
          </p>
        )}
        {!meeting && (
          <>
            <Field label={t('meetings.fields.committee')} required error={err('committeeId')} className="jm-form-grid__wide">
              <Select
                value={d.committeeId}
                options={(committees ?? []).map((c) => ({ value: c.id, label: c.name }))}
                onChange={(e) => set('committeeId')(e.target.value)}
              />
            </Field>
            <Field label={t('meetings.fields.title')} className="jm-form-grid__wide" error={err('title')}>
              <Input value={d.title} maxLength={100} placeholder={t('meetings.fields.titlePlaceholder')} onChange={(e) => set('title')(e.target.value)} />
            </Field>
          </>
        )}
        <Field label={t('meetings.fields.date')} required error={err('date')} className="jm-form-grid__wide">
          <Input type="date" value={d.date} onChange={(e) => set('date')(e.target.value)} />
        </Field>
        <Field label={t('meetings.fields.startTime')} required error={err('start')}>
          <Input type="time" value={d.start} step={300} onChange={(e) => set('start')(e.target.value)} />
        </Field>
        <Field label={t('meetings.fields.endTime')} required error={err('end')}>
          <Input type="time" value={d.end} step={300} onChange={(e) => set('end')(e.target.value)} />
        </Field>
        <Field label={t('meetings.fields.place')} required error={err('place')} className="jm-form-grid__wide">
          <Input value={d.place} maxLength={200} placeholder={t('meetings.fields.placePlaceholder')} onChange={(e) => set('place')(e.target.value)} />
        </Field>
        {meeting && (
          <Field label={t('meetings.fields.reason')} className="jm-form-grid__wide">
            <TextArea value={d.reason} rows={2} maxLength={300} placeholder={t('meetings.fields.reasonPlaceholder')} onChange={(e) => set('reason')(e.target.value)} />
          </Field>
        )}
      </form>
    </Dialog>
  );
}
