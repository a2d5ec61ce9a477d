// The meeting rule as form fields (kind, and the day / month / interval that kind uses) with the rule in words,
// shared by 新建联席会议 and 设置例会周期; the dialog also keeps the dates on which no meeting is held.
import { useState, type FormEvent } from 'react';
import { useCommand } from '@/api/useCommand';
import type { CadenceKind, CommitteeFieldsFragment } from '@/gql/graphql';
import { t } from '@/i18n';
import { formatLocalDate, shanghaiDate } from '@/lib/format';
import { Button, Dialog, Field, Icon, Input, Select } from '@/ui';
import { SetCadenceMutation } from './documents';
import { cadenceForm, cadenceText, readCadence, withSkippedDate, type CadenceForm } from './committeeLogic';

const KINDS: readonly CadenceKind[] = ['MONTHLY', 'QUARTERLY', 'EVERY_N_WEEKS', 'EVERY_N_MONTHS'];

export function CadenceFields({ value, onChange, errors }: { value: CadenceForm; onChange: (c: CadenceForm) => void; errors: Record<string, string | undefined> }) {
  const { kind } = value;
  const preview = readCadence(value).input;
  return (
    <>
      <div className="jm-committee-row">
        <Field label={t('committees.cadenceKindLabel')} error={errors.kind}>
          <Select value={kind} placeholder={false} options={KINDS.map((k) => ({ value: k, label: t(`committees.cadenceKind.${k}`) }))} onChange={(e) => onChange({ ...value, kind: e.target.value as CadenceKind })} />
        </Field>
        {kind === 'QUARTERLY' && (
          <Field label={t('committees.monthOfQuarter')} error={errors.monthOfQuarter}>
            <Select value={value.monthOfQuarter} placeholder={false} options={[1, 2, 3].map((n) => ({ value: String(n), label: t('committees.monthN', { n }) }))} onChange={(e) => onChange({ ...value, monthOfQuarter: e.target.value })} />
          </Field>
        )}
        {(kind === 'EVERY_N_WEEKS' || kind === 'EVERY_N_MONTHS') && (
          <Field label={t(kind === 'EVERY_N_WEEKS' ? 'committees.intervalWeeks' : 'committees.intervalMonths')} error={errors.interval}>
            <Input type="number" inputMode="numeric" min={1} max={52} value={value.interval} onChange={(e) => onChange({ ...value, interval: e.target.value })} />
          </Field>
        )}
        {kind !== 'EVERY_N_WEEKS' && (
          <Field label={t('committees.dayOfMonth')} error={errors.dayOfMonth}>
            <Select value={value.dayOfMonth} placeholder={false} options={Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), label: t('committees.dayN', { n: i + 1 }) }))} onChange={(e) => onChange({ ...value, dayOfMonth: e.target.value })} />
          </Field>
        )}
      </div>
      <p className="jm-committee-cadence" aria-live="polite">
        {preview ? cadenceText(preview) : '—'}
      </p>
    </>
  );
}

type Committee = CommitteeFieldsFragment;

export function CadenceDialog({ committee, onClose, onDone }: { committee: Committee; onClose: () => void; onDone: () => void }) {
  const set = useCommand(SetCadenceMutation, { onConflict: onDone });
  const [form, setForm] = useState(cadenceForm(committee.cadence));
  const [skipped, setSkipped] = useState<string[]>([...committee.skippedDates]);
  const [newDate, setNewDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const today = shanghaiDate();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { errors: found, input } = readCadence(form);
    setErrors(found);
    if (!input) return;
    const r = await set.exec({ committeeId: committee.id, expectedVersion: committee.version, cadence: input, skippedDates: skipped }, t('committees.cadenceSaved'));
    if (r.data) {
      onDone();
      onClose();
    } else if (r.error?.code === 'CONFLICT') onClose();
  };
  const addDate = () => {
    if (!newDate) return;
    setSkipped((d) => withSkippedDate(d, newDate));
    setNewDate('');
  };
  const serverField = (k: string) => errors[k] ?? set.fieldError(k);
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('committees.cadenceTitle')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="jm-cadence" busy={set.running}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      <form id="jm-cadence" className="jm-committee-form" onSubmit={submit} noValidate>
        <CadenceFields value={form} onChange={setForm} errors={{ kind: serverField('cadence'), interval: serverField('interval'), dayOfMonth: serverField('dayOfMonth'), monthOfQuarter: serverField('monthOfQuarter') }} />
        <p className="muted">{t('committees.cadenceHint')}</p>
        <div className="jm-skipped">
          <div className="jm-skipped__add">
            <Field label={t('committees.skippedAdd')} hint={t('committees.skippedHint')}>
              <Input
                type="date"
                value={newDate}
                min={today}
                onChange={(e) => setNewDate(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    addDate();
                  }
                }}
              />
            </Field>
            <Button icon={<Icon name="plus" size={16} />} onClick={addDate} disabled={!newDate}>
              {t('committees.skippedAddButton')}
            </Button>
          </div>
          {skipped.length === 0 ? (
            <p className="muted">{t('committees.skippedEmpty')}</p>
          ) : (
            <ul className="jm-skipped__list" aria-label={t('committees.skippedList')}>
              {skipped.map((d) => (
                <li key={d} className={d < today ? 'is-past' : undefined}>
                  <span>{formatLocalDate(d)}</span>
                  <button type="button" className="jm-skipped__remove" aria-label={t('committees.skippedRemove', { date: formatLocalDate(d) })} onClick={() => setSkipped((all) => all.filter((x) => x !== d))}>
                    <Icon name="close" size={14} />
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        {set.error && set.error.code !== 'CONFLICT' && Object.keys(set.error.fields).length === 0 && (
          <p className="jm-alert jm-alert--error" role="alert">
            {set.error.message}
          </p>
        )}
      </form>
    </Dialog>
  );
}
